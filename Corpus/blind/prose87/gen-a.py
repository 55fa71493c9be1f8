#!/usr/bin/env python3
"""Generate a blind evaluation set of medical-genetics clinic / reference-lab email.
Usage: python3 gen.py OUTDIR
Standard library only; deterministic (seeded)."""
import sys, os, io, csv, zlib, struct, zipfile, random, datetime, math
from xml.sax.saxutils import escape as xesc
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8701
random.seed(SEED)

# ---------------------------------------------------------------- basics
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))


def when(m=None, d=None, h=None, mi=None, y=2024):
    if m is None:
        m = random.randint(1, 11)
    if d is None:
        d = random.randint(1, 28)
    if h is None:
        h = random.randint(7, 18)
    if mi is None:
        mi = random.randint(0, 59)
    tz = TZ_EDT if 3 < m < 11 else TZ_EST
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz)


def hexid(n=16):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def msgid(domain):
    return '<%s.%d@%s>' % (hexid(), random.randint(100000, 999999), domain)


def domain_of(addr):
    a = addr.strip()
    if '<' in a:
        a = a[a.index('<') + 1:a.index('>')]
    return a.rsplit('@', 1)[1]


def to_html(body):
    out = []
    for para in body.split('\n\n'):
        p = (para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('\n', '<br>\n'))
        if para.startswith('>'):
            out.append('<blockquote style="border-left:2px solid #999;padding-left:6px;color:#555">%s</blockquote>' % p)
        else:
            out.append('<p>%s</p>' % p)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def mk(frm, to, subject, body, cc=None, date=None, html=False, atts=(),
       headers=None, reply=False, xmailer=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(date or when())
    m['Message-ID'] = msgid(domain_of(frm))
    if reply:
        ref = msgid(domain_of(m['To'].split(',')[0]))
        m['In-Reply-To'] = ref
        m['References'] = ref
    if xmailer:
        m['X-Mailer'] = xmailer
    for k, v in (headers or {}).items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    m.set_content(body)
    if html:
        m.add_alternative(html if isinstance(html, str) else to_html(body), subtype='html')
    for fname, mt, st, data in atts:
        if isinstance(data, str):
            data = data.encode('utf-8')
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


# ---------------------------------------------------------------- attachments
ZDATE = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(fname, rows, sheet='Sheet1'):
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        rx.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheetxml = (hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>' + ''.join(rx) + '</sheetData></worksheet>')
    ct = (hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = (hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    data = _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheetxml)])
    return (fname, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)


def docx(fname, paras):
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    doc = (hdr + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + body + '<w:sectPr/></w:body></w:document>')
    ct = (hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    data = _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])
    return (fname, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', data)


def pdf(fname, lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 10 Tf', '14 TL', '50 750 Td']
    for ln in lines:
        content.append('(%s) Tj T*' % esc(ln))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
            b'/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n' % (len(objs) + 1) + b'0000000000 65535 f \n'
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return (fname, 'application', 'pdf', out)


def png(fname, w=160, h=48, kind='logo'):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if kind == 'blank':
                px = (247, 247, 244)
                if x < 2 or y < 2 or x >= w - 2 or y >= h - 2:
                    px = (220, 220, 216)
            else:
                px = (255, 255, 255)
                y1 = h / 2 + (h / 3) * math.sin(x / 9.0)
                y2 = h / 2 - (h / 3) * math.sin(x / 9.0)
                if abs(y - y1) < 2.2:
                    px = (0, 112, 127)
                elif abs(y - y2) < 2.2:
                    px = (96, 170, 60)
                elif x % 9 == 0 and min(y1, y2) < y < max(y1, y2):
                    px = (170, 190, 200)
            raw.extend(px)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))
    return (fname, 'image', 'png', data)


def csvatt(fname, rows, delim=','):
    s = io.StringIO()
    wr = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        wr.writerow(r)
    return (fname, 'text', 'csv', s.getvalue())


def txt(fname, text, st='plain'):
    return (fname, 'text', st, text)


def ics(fname, summary, start, end, location, desc, org_name, org_mail, attendees=()):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Marlowe Genetics//Outlook Bridge 2.1//EN',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:%s@marlowegenetics.org' % hexid(24),
             'DTSTAMP:20240301T120000Z',
             'DTSTART;TZID=America/New_York:%s' % start.strftime(fmt),
             'DTEND;TZID=America/New_York:%s' % end.strftime(fmt),
             'SUMMARY:%s' % summary, 'LOCATION:%s' % location,
             'DESCRIPTION:%s' % desc.replace('\n', '\\n'),
             'ORGANIZER;CN=%s:mailto:%s' % (org_name, org_mail)]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (n, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return (fname, 'text', 'calendar', '\r\n'.join(lines) + '\r\n')


# ---------------------------------------------------------------- people
D = 'marlowegenetics.org'
ORG = 'Marlowe Center for Medical Genetics'
LAB = 'Marlowe Genomic Reference Laboratory'
ADDR = '1450 Tillman Parkway, Suite 300, Fairhaven, OH 43299'

STAFF = {
    'marchbank': ('Helen Marchbank, MD, FACMG', 'hmarchbank', 'Medical Director, Clinical Genetics', '(614) 555-0121'),
    'adebayo': ('Oluwaseun Adebayo, MD, PhD', 'oadebayo', 'Attending Clinical Geneticist', '(614) 555-0122'),
    'lindahl': ('Kristof Lindahl, PhD, FACMG', 'klindahl', 'Laboratory Director, Molecular Genetics', '(614) 555-0170'),
    'cho': ('Mei-Ling Cho, PhD, FACMG', 'mcho', 'Associate Director, Cytogenomics', '(614) 555-0171'),
    'dunmore': ('Rachel Dunmore, MS, CGC', 'rdunmore', 'Genetic Counselor, Hereditary Cancer Program', '(614) 555-0134'),
    'ibarra': ('Tomás Ibarra, MS, CGC', 'tibarra', 'Genetic Counselor, Pediatrics & Exome', '(614) 555-0135'),
    'gallagher': ('Fiona Gallagher, MS, CGC', 'fgallagher', 'Genetic Counselor, Cascade Testing', '(614) 555-0136'),
    'whitaker': ('Jasmine Whitaker, MS, CGC', 'jwhitaker', 'Prenatal Genetic Counselor', '(614) 555-0137'),
    'raghu': ('Dev Raghunathan, MS, LCGC', 'draghunathan', 'Genetic Counselor, Inherited Cardiovascular Disease', '(614) 555-0138'),
    'benedetti': ('Carla Benedetti', 'cbenedetti', 'Patient Access Representative', '(614) 555-0110'),
    'okoro': ('Lenny Okoro', 'lokoro', 'Front Desk / Scheduling', '(614) 555-0111'),
    'pruitt': ('Shauna Pruitt', 'spruitt', 'Client Services Supervisor', '(614) 555-0160'),
    'tolliver': ('Marcus Tolliver', 'mtolliver', 'Client Services Representative', '(614) 555-0161'),
    'tran': ('Bao Tran', 'btran', 'Accessioning Lead, Specimen Processing', '(614) 555-0165'),
    'ferreira': ('Gloria Ferreira', 'gferreira', 'Prior Authorization Specialist', '(614) 555-0150'),
    'castellanos': ('Nadine Castellanos', 'ncastellanos', 'Revenue Cycle Manager', '(614) 555-0151'),
    'delaney': ('Patrice Delaney, RN, BSN', 'pdelaney', 'Newborn Screening Follow-up Coordinator', '(614) 555-0140'),
    'haddad': ('Amira Haddad, LCSW', 'ahaddad', 'Clinical Social Worker', '(614) 555-0142'),
    'szabo': ('Victor Szabo', 'vszabo', 'LIMS Administrator, Laboratory Informatics', '(614) 555-0180'),
    'albright': ('Denise Albright, SHRM-CP', 'dalbright', 'HR Business Partner', '(614) 555-0190'),
    'harrow': ('Gwen Harrow, MLS(ASCP)', 'gharrow', 'Laboratory Operations Manager', '(614) 555-0172'),
    'pham': ('Linh Pham', 'lpham', 'Medical Interpreter (Vietnamese)', '(614) 555-0145'),
    'quintero': ('Alejandra Quintero', 'aquintero', 'Bilingual Patient Navigator', '(614) 555-0146'),
}


def who(k):
    n, u, t, p = STAFF[k]
    return '%s <%s@%s>' % (n.split(',')[0], u, D)


def addr(k):
    return '%s@%s' % (STAFF[k][1], D)


def sig(k, style='full'):
    n, u, t, p = STAFF[k]
    first = n.split()[0]
    if style == 'first':
        return '\n\n%s' % first
    if style == 'short':
        return '\n\n%s\n%s | %s' % (n, t, p)
    if style == 'lab':
        return ('\n\n%s\n%s\n%s\n%s\nPhone %s | Fax (614) 555-0199\nCLIA 36D0998812 | CAP 8812047'
                % (n, t, LAB, ADDR, p))
    return '\n\n%s\n%s\n%s\n%s\nPhone %s | Fax (614) 555-0199' % (n, t, ORG, ADDR, p)


CONF = ('\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for '
        'the person or entity to which it is addressed and may contain confidential and/or privileged '
        'information. Any review, retransmission, dissemination or other use of this information by '
        'persons other than the intended recipient is prohibited. If you received this in error, '
        'please contact the sender and delete the material from any computer.')

CONF_SHORT = ('\n\n-- \nThis message may contain confidential information. If you are not the intended '
              'recipient, please notify the sender and delete it.')

IPHONE = '\n\nSent from my iPhone'
ANDROID = '\n\nSent from my Galaxy'

EMAILS = []


def reg(label, kind, patient=''):
    def deco(fn):
        EMAILS.append((label, kind, patient, fn))
        return fn
    return deco


# ================================================================ PHI: care
@reg('phi', 'care', 'Adaeze Okafor')
def care1():
    body = ("Hi Carla,\n\nCan we move Mrs. Okafor's results visit from Tues 4/16 to Thurs 4/18? Her husband "
            "is the one who drives her and he can only get Thursday off. Any time after 1 works for them.\n\n"
            "Please keep the Igbo interpreter on the booking (same one as last time if possible, she liked him) "
            "and put her in the bigger room, she's bringing her sister.\n\nAdaeze Okafor, DOB 09/22/1978 - "
            "chart is under the hyphenated name Okafor-Nwosu in Epic, fyi.\n\nthanks!!" + sig('dunmore', 'first'))
    return mk(who('dunmore'), who('benedetti'), 'reschedule pls - Okafor', body, date=when(4, 9, 8, 12))


@reg('phi', 'care', 'Ruth Castellano')
def care2():
    body = ("Marcus,\n\nPlease send a saliva collection kit by mail to the patient below. She is homebound so "
            "a mobile draw isn't an option and she asked for the prepaid return mailer to be included (the one "
            "with the UN3373 sticker already on it).\n\n"
            "   Ruth Castellano\n   418 Pelham Road, Apt 2B\n   Granger Falls, OH 43307\n   (740) 555-0187 (home, "
            "let it ring - she's slow getting to the phone)\n\n"
            "Order is in the system under requisition R-558210. Ordering provider is Dr. Kessler at Bellfield. "
            "Her daughter Anita will help her with the collection, so if anyone calls with questions it may be "
            "Anita answering.\n\nThanks," + sig('raghu', 'short') + CONF)
    return mk(who('raghu'), who('tolliver'), 'Kit to home - Castellano', body, cc=who('pruitt'), html=True)


@reg('phi', 'care', 'Walter Brinkley')
def care3():
    body = ("Hello Ms. Gallagher,\n\nI'm Walter Brinkley's daughter, Dana. Dad has his appointment with you "
            "next Wednesday the 12th at 10:30 and I wanted to give you a heads-up about a couple things.\n\n"
            "He is really nervous about this whole thing. Ever since the letter came from my cousin's doctor he "
            "keeps saying he doesn't want to know, but then he asks me every day if I called you. I think he will "
            "go through with it but he may need a minute.\n\nAlso he can't walk the distance from the parking "
            "garage anymore. Is there someone who can meet us at the front entrance with a wheelchair? We'll "
            "be in a silver Buick.\n\nI'm on his HIPAA form so you can talk to me. My cell is 614-555-0173.\n\n"
            "Thank you so much,\nDana Brinkley-Ross")
    return mk('Dana Brinkley-Ross <danabross62@mailbridge.net>', who('gallagher'),
              "My father's appointment on the 12th", body, date=when(6, 5, 21, 44))


@reg('phi', 'care', 'Teodora Vasquez')
def care4():
    body = ("Jasmine - handover for while I'm out, just the one that's not wrapped up:\n\n"
            "Teodora Vasquez (MRN 6120448)\n"
            "- results call still pending, report signed out yesterday, it's in her chart\n"
            "- she prefers calls after 5pm, works days. Cell ending -0158 is best\n"
            "- partner Luis is fine on speaker, that's documented\n"
            "- she signed the release so we can send a copy to her sister's counselor in Tucson\n"
            "- has her OB visit at Lakeshore on the 22nd so ideally reach her before that\n\n"
            "Everything else is closed out or with Dr. Marchbank. Back Monday the 27th.\n\n"
            "Thanks for covering, owe you a coffee" + sig('dunmore', 'first'))
    return mk(who('dunmore'), who('whitaker'), 'coverage while I\'m out', body,
              cc=who('marchbank'), date=when(5, 16, 16, 50))


@reg('phi', 'care', 'Mason Harlan')
def care5():
    body = ("Dr. Adeyemi,\n\nFollowing up on Mason Harlan (DOB 02/27/2024), mom is Jessica Harlan. We still "
            "need the repeat heel stick collected before Friday. Family doesn't have a car right now and the bus "
            "route doesn't reach your office, so I arranged a home draw through Brightwell Home Health for "
            "Thursday 3/14 at 10:00. Their phlebotomist will drop the card in our courier box the same day.\n\n"
            "Mom knows it's routine and the lab just needs a better sample. She asked if someone could also "
            "check his weight while they're there, I told her that would be at the visit with you on the 19th.\n\n"
            "Could your nurse confirm you got this? Fax back to 614-555-0199 is fine." + sig('delaney') + CONF)
    return mk(who('delaney'), 'Samuel Adeyemi MD <sadeyemi@cedarhollowpeds.com>',
              'NBS repeat - Harlan infant - home draw arranged', body,
              cc='Cedar Hollow Nursing <nursing@cedarhollowpeds.com>', date=when(3, 11, 14, 2), html=True)


@reg('phi', 'care', 'Gerald Pinkham')
def care6():
    body = ("Hi Jen,\n\nThe lavender tube for Gerald Pinkham came in Friday with the label on the cap only, "
            "nothing on the tube itself, so per policy we can't run it. Sorry!\n\nI saw he's on your schedule "
            "for Tuesday morning anyway - can your phlebotomist pull a fresh one then? 2 x 4 mL EDTA, room temp, "
            "courier pickup is at 3. We'll keep the original requisition and just attach the new tube to it, "
            "no new order needed.\n\nBao" + sig('tran', 'lab'))
    quoted = ("\n\n-----Original Message-----\nFrom: Jen Moreau <jmoreau@bellfieldcardio.com>\n"
              "Sent: Friday, August 9, 2024 11:02 AM\nTo: Marlowe Lab Client Services <clientservices@marlowegenetics.org>\n"
              "Subject: specimen sent yesterday\n\nJust checking you got the blood for Mr. Pinkham, Dr Kessler "
              "is asking. thx\nJen Moreau, MA\nBellfield Cardiology Associates")
    return mk(who('tran'), 'Jen Moreau <jmoreau@bellfieldcardio.com>', 'RE: specimen sent yesterday',
              body + quoted, cc='clientservices@%s' % D, reply=True, date=when(8, 12, 9, 20))


@reg('phi', 'care', 'Priya Raman')
def care7():
    body = ("ok thank you! I'll let her know 7:40 Monday.\n\nLenny")
    q = ("\n\nOn Thu, Oct 3, 2024 at 4:12 PM Jasmine Whitaker <jwhitaker@marlowegenetics.org> wrote:\n"
         "> Yes please squeeze her in, 7:40 Mon is fine, I'll do the consent by phone before.\n>\n"
         "> On Thu, Oct 3, 2024 at 3:55 PM Lenny Okoro <lokoro@marlowegenetics.org> wrote:\n"
         ">> Priya Raman called again, she's 14 weeks on Saturday and her OB's office faxed the order this "
         "morning.\n>> She wants the earliest blood draw we have, she's anxious about the timing.\n"
         ">> Only slot I see is 7:40 Mon before clinic opens - ok to book? Her number is 614-555-0119.\n"
         ">> Lenny")
    return mk(who('okoro'), who('whitaker'), 'Re: Raman - earliest draw?', body + q, reply=True,
              date=when(10, 3, 16, 20))


@reg('phi', 'care', 'Dao Van Minh')
def care8():
    body = ("Front desk team,\n\nTransport is booked for Mr. Dao Van Minh for his visit on 3/22:\n\n"
            "  Pickup 8:15 AM at home (2290 Fenwick Ct), Medicaid ride via RideRight, conf # RR-77120\n"
            "  Return pickup requested for 11:45 AM\n\n"
            "His son Khoa is coming with him and will sign in as his caregiver. Linh Pham is booked to "
            "interpret 9:00-11:00. He will need the blood draw after he sees Dr. Adebayo so please walk "
            "them down to the lab, the son said last time they got lost.\n\nIf the ride is late call "
            "RideRight at 1-800-555-0166, not me, I'm in a family meeting all morning.\n\nAmira" + sig('haddad', 'short'))
    return mk(who('haddad'), 'frontdesk@%s' % D, 'Ride + interpreter set for Fri 3/22 - Dao', body,
              cc=[who('pham'), who('adebayo')], date=when(3, 19, 13, 5))


# ================================================================ PHI: ids
@reg('phi', 'ids', '')
def ids1():
    body = ("Nadine,\n\nClaim 4471209385 (member ID NGH883201457, DOS 02/14/2024, CPT 81162) came back "
            "denied CO-197, no auth on file. We DO have an approval for this one - PA-2024-118832, valid "
            "2/1 - 4/30. Looks like it got keyed against the wrong member suffix (-01 instead of -02, it's the "
            "spouse's coverage).\n\nCan you have someone correct and resubmit? Timely filing is 90 days for "
            "Northgate so we're fine, but I don't want it sitting.\n\nGloria" + sig('ferreira', 'short'))
    return mk(who('ferreira'), who('castellanos'), 'denial CO-197 - auth is on file', body, date=when(3, 28, 10, 41))


@reg('phi', 'ids', '')
def ids2():
    body = ("Hi,\n\nOffice manager at Bellfield called asking about turnaround on accession CRL-24-118876 "
            "(DOB 07/03/1981, received 5/6). It's the comprehensive cardiomyopathy panel. They have a "
            "follow-up with the patient on the 28th and want to know if results will be back.\n\n"
            "LIMS says it's in analysis/variant review since Monday. Anything I can tell them?\n\n"
            "Marcus\nClient Services x0161")
    reply = ("Should sign out by 5/24, there's one variant going to confirmation. Fine to tell them "
             "before the 28th.\n\nK.\n\n")
    return mk(who('lindahl'), who('tolliver'), 'RE: TAT question CRL-24-118876', reply + '> ' +
              body.replace('\n', '\n> '), reply=True, date=when(5, 21, 15, 3))


@reg('phi', 'ids', '')
def ids3():
    body = ("*** This is an automated notification. Please do not reply to this message. ***\n\n"
            "Northgate Health Plan - Utilization Management Portal\n\n"
            "Case status has changed.\n\n"
            "  Case number:        UM-5583021\n"
            "  Member ID:          XJK448120993\n"
            "  Member DOB:         04/18/1990\n"
            "  Service requested:  81408 - Molecular pathology procedure, Level 9\n"
            "  Requesting provider: Marlowe Center for Medical Genetics (NPI 1588043721)\n"
            "  Status:             PENDED - Additional clinical information required\n"
            "  Due date:           06/14/2024\n\n"
            "Reviewer note: Please submit pedigree (3 generations), documentation of how results will "
            "change management, and pre-test genetic counseling note.\n\n"
            "Log in to the provider portal at https://providers.northgatehp.com to upload documents.\n\n"
            "Northgate Health Plan | Utilization Management | 1-866-555-0131")
    return mk('Northgate UM Portal <um-noreply@northgatehp.com>', 'priorauth@%s' % D,
              'Case UM-5583021 status update: PENDED', body, date=when(6, 3, 6, 15))


@reg('phi', 'ids', '')
def ids4():
    body = ("Gloria - mom called re: the billing statement for the exome reanalysis. Kid's Medicaid # is "
            "88402719B, BrightPath. She says she got a bill for $1,240 and she shouldn't get any bill. "
            "Can you check if we submitted to BrightPath at all or if it went straight to self-pay?? She's "
            "pretty upset. Call back # on the account.\n\n-Carla")
    return mk(who('benedetti'), who('ferreira'), 'medicaid pt got a bill', body, date=when(9, 10, 11, 27))


@reg('phi', 'ids', '')
def ids5():
    body = ("Tomás,\n\nRequest came in through the portal to release results to the patient directly. "
            "Before I push anything out can you confirm identity matches - the requester gave:\n\n"
            "  DOB 11/30/1964\n  last 4 SSN 4471\n  zip 43215\n\nThat matches what's on the accession (MGR-2407-33019). "
            "It's Mr. D's exome, the one you disclosed in clinic in July. He just wants the PDF for his own "
            "files. OK to release?\n\nShauna" + sig('pruitt', 'short'))
    return mk(who('pruitt'), who('ibarra'), 'ok to release? MGR-2407-33019', body, date=when(8, 20, 9, 2))


@reg('phi', 'ids', '')
def ids6():
    body = ("Addendum attached. Please replace the prior version in the chart - the reference "
            "transcript in the original was listed incorrectly, the interpretation does not change.\n\n"
            "Let me know if the interface doesn't pick it up and I'll fax.\n\n" + sig('lindahl', 'lab').strip())
    lines = [LAB, ADDR, '', 'ADDENDUM REPORT', '', 'MRN: 00482716        Accession: MGR-2403-11872',
             'Date of birth: 1972-08-05', 'Ordering: Anjali Patel, MD, Westbrook Oncology', '',
             'Test: Hereditary Cancer Comprehensive Panel (47 genes)',
             'Addendum: Reference transcript corrected to NM_000059.4. Variant nomenclature updated.',
             'Interpretation unchanged. No other changes to this report.', '',
             'Electronically signed: K. Lindahl, PhD, FACMG  2024-04-02 14:11']
    return mk(who('lindahl'), 'Westbrook Oncology Records <records@westbrookonc.com>',
              'Re: MRN 00482716 - addendum report', body, atts=[pdf('Addendum_MGR-2403-11872.pdf', lines)],
              reply=True, date=when(4, 2, 14, 30))


@reg('phi', 'ids', '')
def ids7():
    body = ("Account 700215538 - pt balance $412.00 after Keystone Meridian paid (EOB 5/2). Guarantor called "
            "and asked about the financial assistance program, sending the app to the address on file. "
            "Please hold from statement cycle 60 days.\n\nthx\nN.")
    return mk(who('castellanos'), 'patientaccounts@%s' % D, 'hold acct 700215538', body, date=when(5, 14, 8, 3))


@reg('phi', 'ids', '')
def ids8():
    body = ("Dr. Adeyemi,\n\nCritical-range result notification from the state newborn screening program:\n\n"
            "  NBS kit #: 24-0937715\n  Infant DOB: 03/02/2024   Sex: F\n  Mother's MRN (St. Brendan's): 3309812\n"
            "  Specimen: 2nd screen, collected 03/16/2024\n  Analyte: C5-DC elevated (above cutoff)\n\n"
            "Our metabolic team recommends the infant be seen for confirmatory testing within 24-48h. "
            "I left a voicemail with your triage line at 9:40. Please call me at 614-555-0140 once "
            "the family has been reached.\n\nThank you," + sig('delaney') + CONF)
    return mk(who('delaney'), 'Samuel Adeyemi MD <sadeyemi@cedarhollowpeds.com>',
              'URGENT: NBS out-of-range, kit 24-0937715', body, html=True, date=when(3, 20, 9, 47),
              headers={'Importance': 'High', 'X-Priority': '1'})


# ================================================================ PHI: lang
@reg('phi', 'lang', 'Mateo Reyes Gómez')
def lang1():
    body = ("Hola Alejandra,\n\nLe escribo porque recibí la carta para la cita de Mateo el próximo jueves 14 a las "
            "2:00 para hablar de los resultados del exoma. Mi esposo no puede faltar al trabajo ese día, ¿podemos "
            "hacer la cita por video? Él quiere estar presente.\n\nTambién me llegó una carta del seguro (BrightPath) "
            "que dice que la prueba no fue aprobada, pero la doctora Marchbank me dijo que sí estaba cubierta. "
            "No entiendo nada. El número de miembro de Mateo es 77120458C.\n\nMateo sigue con las terapias de "
            "lenguaje y la neuróloga quiere saber los resultados antes de su cita en diciembre.\n\n"
            "Muchas gracias por su ayuda,\nYesenia Gómez\n(614) 555-0193")
    return mk('Yesenia Gomez <yesi.gomez.r@correoamigo.net>', who('quintero'),
              'Cita de Mateo Reyes Gómez - resultados', body, date=when(11, 6, 19, 12))


@reg('phi', 'lang', 'Nguyễn Thị Hoa')
def lang2():
    body = ("Chào chị Hoa,\n\nEm là Linh, thông dịch viên của Trung tâm Di truyền Y học Marlowe. Em gửi email để "
            "nhắc lịch hẹn của chị:\n\n- Thứ Ba, ngày 9 tháng 7, lúc 1 giờ 30 chiều: gặp chuyên viên tư vấn di truyền "
            "Rachel Dunmore để nói về kết quả xét nghiệm gen BRCA của chị.\n- Sau đó chị lấy máu ở phòng xét nghiệm "
            "tầng 1 nếu bác sĩ yêu cầu thêm.\n\nChị nhớ mang theo thẻ bảo hiểm và danh sách thuốc chị đang uống. Nếu em "
            "gái chị (chị Lan) muốn làm xét nghiệm, chị đưa cho chị ấy lá thư gia đình mà tụi em gửi kèm theo email này.\n\n"
            "Nếu cần đổi lịch, chị gọi số (614) 555-0145 nhé.\n\nCảm ơn chị,\nLinh Phạm\nThông dịch viên y tế" + CONF)
    letter = ["Marlowe Center for Medical Genetics", "Thư gửi gia đình / Family Letter", "",
              "Người thân của quý vị, Nguyễn Thị Hoa (ngày sinh 15/01/1971), được phát hiện có biến thể gây bệnh",
              "trong gen BRCA2. Quý vị có thể có cùng biến thể này. Xin hãy liên hệ chuyên viên tư vấn di truyền.",
              "", "Your relative has a pathogenic variant in BRCA2: c.5946delT (p.Ser1982Argfs*22).",
              "Testing for this familial variant is available. Contact (614) 555-0100."]
    return mk(who('pham'), 'Hoa Nguyen <hoanguyen71@thuxanh.net>',
              'Nhắc lịch hẹn - kết quả xét nghiệm gen (Nguyễn Thị Hoa)', body, cc=who('dunmore'),
              atts=[docx('Thu_gia_dinh_BRCA2.docx', letter)], date=when(7, 2, 10, 15))


@reg('phi', 'lang', '陈美玲')
def lang3():
    body = ("您好，\n\n我是陈美玲，上个月在你们中心做了携带者筛查（当时怀孕10周）。Whitaker 老师打电话说我是囊性纤维化"
            "的携带者，建议我丈夫也做检测。我丈夫王磊下周二上午可以来抽血，请问需要预约吗？需要空腹吗？\n\n"
            "另外，保险公司说我丈夫的检测需要事先批准，我们的保险是 Keystone Meridian，会员号 KMI-20388147。"
            "麻烦你们帮我们申请，谢谢。\n\n我的预产期是明年4月，很担心时间来不及。\n\n陈美玲\n电话：614-555-0128\n\n"
            "发自我的iPhone")
    return mk('Meiling Chen <meilingchen88@netpost-mail.com>', who('whitaker'),
              '关于我丈夫的携带者检测', body, date=when(10, 22, 22, 5))


@reg('phi', 'lang', 'Людмила Петренко')
def lang4():
    body = ("Здравствуйте,\n\nПишу по поводу моей мамы, Петренко Людмилы Ивановны (дата рождения 14.03.1951). "
            "Доктор Кесслер направил её на генетический анализ (кардиологическая панель) после того, как у её "
            "брата нашли кардиомиопатию. Кровь сдали две недели назад, но вчера пришло письмо от страховой, что "
            "нужно предварительное разрешение. Мама очень переживает, что ей придётся платить самой.\n\n"
            "Подскажите, пожалуйста, что нам делать? Номер полиса Northgate: NGH550912334. Мама плохо говорит "
            "по-английски, поэтому лучше звонить мне.\n\nС уважением,\nИрина Петренко-Коваль\nтел. 614-555-0152")
    return mk('Irina Petrenko-Koval <irina.pk@kovalfamily.net>', who('ferreira'),
              'Генетический анализ мамы - страховка', body, date=when(7, 18, 20, 33))


@reg('phi', 'lang', 'Widlyne Joseph')
def lang5():
    body = ("Bonjou Mis Delaney,\n\nSe manman Widlyne Joseph mwen ye, Mirlande Joseph. Yo te rele m pou di m fò m "
            "mennen tibebe a fè yon lòt tès nan talon pye l paske premye tès la pa t bon. Widlyne fèt 5 avril. "
            "Mwen pa gen machin e mwen travay lannwit. Èske gen yon moun ki ka vin lakay mwen pou pran san an? "
            "Adrès mwen se 77 Orchard Lane, apatman 4, Fairhaven.\n\nMwen enkyete anpil, èske se yon bagay grav? "
            "Doktè li se Dr. Adeyemi.\n\nMèsi anpil,\nMirlande\n614-555-0104" + ANDROID)
    return mk('Mirlande Joseph <mirlandej@postelakay.net>', who('delaney'), 'tès tibebe a', body,
              date=when(4, 17, 7, 2))


@reg('phi', 'lang', 'Rosângela Ferraz')
def lang6():
    body = ("Olá Fiona,\n\nRecebi a carta de família que vocês mandaram com o resultado do meu teste (a variante no "
            "gene BRCA2). Já entreguei cópias para as minhas duas irmãs, a Cláudia e a Márcia. A Cláudia mora em "
            "Boston e quer fazer o teste lá, ela pode usar a mesma carta? A Márcia ainda não decidiu.\n\n"
            "Também queria saber se posso marcar a consulta com a mastologista para conversar sobre a mastectomia "
            "preventiva. A Dra. Patel disse que vocês iam mandar o laudo para ela.\n\nObrigada por tudo,\n"
            "Rosângela Ferraz\nData de nasc. 22/06/1975")
    q = ("\n\nEm seg., 12 de ago. de 2024 às 09:14, Fiona Gallagher <fgallagher@marlowegenetics.org> escreveu:\n"
         "> Hi Rosângela, attached is your family letter in English and Portuguese as we discussed. Please\n"
         "> share it with any blood relatives you feel comfortable sharing it with.\n> Fiona")
    return mk('Rosangela Ferraz <rosferraz@caixapostal.net>', who('gallagher'), 'Re: Carta para a família',
              body + q, reply=True, date=when(8, 15, 18, 47))


@reg('phi', 'lang', 'فاطمة الزهراني')
def lang7():
    body = ("السلام عليكم،\n\nأنا خالد الزهراني، زوج المريضة فاطمة الزهراني (تاريخ الميلاد ٠٣/٠٩/١٩٩٢). لدينا موعد "
            "يوم الخميس القادم الساعة العاشرة صباحاً مع مستشارة الوراثة جاسمين ويتاكر لمناقشة نتيجة فحص الدم "
            "للحمل (NIPT). زوجتي حامل في الأسبوع السادس عشر.\n\nهل يمكن توفير مترجم عربي خلال الموعد؟ زوجتي "
            "تفهم الإنجليزية قليلاً فقط.\n\nوأيضاً، طبيبة النساء الدكتورة سوليس قالت إن النتيجة تحتاج إلى فحص إضافي "
            "(بزل السلى). هل هذا ضروري؟ نحن قلقون جداً.\n\nشكراً جزيلاً،\nخالد الزهراني\nهاتف: 614-555-0196")
    return mk('Khalid Alzahrani <k.alzahrani@sahel-mail.net>', who('whitaker'),
              'موعد زوجتي يوم الخميس - مترجم', body, cc='interpreters@%s' % D, date=when(9, 23, 21, 10))


@reg('phi', 'lang', '김민준')
def lang8():
    body = ("안녕하세요,\n\n저는 김민준입니다 (생년월일 1986년 2월 11일). 지난 3월에 심장 유전자 검사(비대성 심근병증 "
            "패널)를 받았는데, 오늘 청구서가 우편으로 왔습니다. 금액이 $2,850인데, 보험사(Northgate)에서는 사전 승인이 "
            "없어서 지급하지 않았다고 합니다.\n\n검사 전에 병원에서 승인을 받아준다고 들었는데 어떻게 된 건지 확인 "
            "부탁드립니다. 청구서에 있는 계좌번호는 700318842입니다. 분할 납부도 가능한지 알고 싶습니다.\n\n"
            "감사합니다.\n김민준 드림\n614-555-0177")
    return mk('Minjun Kim <minjun.kim86@hanmail-net.com>', 'billing@%s' % D, '청구서 문의 (계좌 700318842)',
              body, date=when(6, 11, 12, 40))


# ================================================================ PHI: lists
@reg('phi', 'lists', 'Eleanor Haverford; Paul Lindqvist; Bernadette Coyle; Darnell Pruett; Sunita Bhandari; Greg Voss')
def lists1():
    body = ("Cancer GC clinic - Thursday 5/9 - Suite 300 rooms B/C\n\n"
            "Time   Patient               DOB         GC        Visit        Notes\n"
            "-----  --------------------  ----------  --------  -----------  ------------------------------\n"
            "08:30  Haverford, Eleanor    03/11/1958  Dunmore   Results      BRCA2 +, husband coming\n"
            "09:30  Lindqvist, Paul       12/02/1969  Dunmore   New          colon ca dx 48, mom endometrial\n"
            "10:30  Coyle, Bernadette     07/19/1983  Gallagher Cascade      sister's MSH2 letter\n"
            "11:15  Pruett, Darnell       01/30/1990  Gallagher New          tele - link sent\n"
            "01:00  Bhandari, Sunita      05/05/1977  Dunmore   Results      VUS PALB2, needs interp (Nepali)\n"
            "02:00  Voss, Greg            10/14/1962  Dunmore   F/U          pancreatic hx, auth still pending\n\n"
            "Reminder calls done except Voss (vm full). Bhandari interpreter confirmed.\n\n-Lenny")
    return mk(who('okoro'), [who('dunmore'), who('gallagher')], 'Thurs clinic list', body,
              cc=who('benedetti'), date=when(5, 8, 15, 55))


@reg('phi', 'lists', 'Kayla Dorsey; Hector Ybarra; Lorna McPhee; Anil Varghese; Therese Gaudet; Brandon Tully; Oksana Hrytsenko')
def lists2():
    rows = [['Accession', 'Patient Name', 'DOB', 'Client', 'Test', 'Received', 'Rejection Reason', 'Client Notified'],
            ['MGR-2409-40112', 'DORSEY, KAYLA', '1994-02-08', 'Lakeshore Women\'s Health', 'Expanded Carrier Screen', '2024-09-03', 'Unlabeled tube', 'Y - J. Frost'],
            ['MGR-2409-40127', 'YBARRA, HECTOR', '1958-11-21', 'Bellfield Cardiology', 'Cardiomyopathy Panel', '2024-09-03', 'Hemolyzed', 'Y - voicemail'],
            ['MGR-2409-40188', 'MCPHEE, LORNA', '1949-06-30', 'Westbrook Oncology', 'Hereditary Cancer 47', '2024-09-04', 'Name mismatch req vs tube', 'Y - D. Ruiz'],
            ['MGR-2409-40203', 'VARGHESE, ANIL', '1971-09-09', 'Bellfield Cardiology', 'Arrhythmia Panel', '2024-09-04', 'Received frozen (EDTA)', 'N'],
            ['MGR-2409-40241', 'GAUDET, THERESE', '1986-03-17', 'Lakeshore Women\'s Health', 'NIPT', '2024-09-05', 'Exceeded stability (>7d)', 'Y - J. Frost'],
            ['MGR-2409-40266', 'TULLY, BRANDON', '2011-12-02', 'Cedar Hollow Pediatrics', 'Exome Trio - proband', '2024-09-05', 'QNS saliva', 'Y - portal msg'],
            ['MGR-2409-40290', 'HRYTSENKO, OKSANA', '1979-08-25', 'Westbrook Oncology', 'Hereditary Cancer 47', '2024-09-06', 'Missing collection date', 'N']]
    body = ("Hi all,\n\nAttached is this week's rejected specimen log (9/3-9/6). Two clients still need a call - "
            "Varghese and Hrytsenko. Marcus can you pick those up Monday AM?\n\nLakeshore had two again, I'm going "
            "to ask Shauna to set up a refresher with their MAs on labeling.\n\nBao" + sig('tran', 'lab'))
    return mk(who('tran'), [who('pruitt'), who('tolliver')], 'Rejected specimens wk of 9/3', body,
              cc=who('harrow'), atts=[csvatt('rejected_log_2024-09-03_to_09-06.csv', rows)], date=when(9, 6, 16, 31))


@reg('phi', 'lists', 'Norma Kittredge; Elijah Baptiste; Rowan Feeney; Consuelo Arana; Martin Oyelowo; Hannah Strauss; Wesley Pike; Giovanna Russo')
def lists3():
    rows = [['Patient', 'DOB', 'Payer', 'Member ID', 'CPT', 'Test', 'Submitted', 'Status', 'Ref #', 'Notes'],
            ['Kittredge, Norma', '08/14/1955', 'Northgate', 'NGH201448870', '81162', 'BRCA1/2 full', '06/03', 'Approved', 'PA-2024-130021', ''],
            ['Baptiste, Elijah', '02/02/2019', 'BrightPath Medicaid', '66201934A', '81415', 'Exome proband', '06/04', 'Pended', 'BP-88120', 'needs dev peds note'],
            ['Feeney, Rowan', '11/11/2016', 'BrightPath Medicaid', '66198820A', '81416', 'Exome comparator x2', '06/04', 'Pended', 'BP-88121', 'linked to Baptiste? no - diff family'],
            ['Arana, Consuelo', '04/27/1968', 'Keystone Meridian', 'KMI-10933475', '81479', 'Cardiac panel', '06/05', 'Denied', 'KM-4471903', 'P2P requested 6/12'],
            ['Oyelowo, Martin', '09/30/1974', 'Northgate', 'NGH773019552', '81292', 'Lynch panel', '06/06', 'Approved', 'PA-2024-130388', ''],
            ['Strauss, Hannah', '01/15/1991', 'Keystone Meridian', 'KMI-20177621', '81443', 'Carrier screen exp.', '06/07', 'Submitted', '', 'pregnant 11w'],
            ['Pike, Wesley', '07/07/1960', 'Medicare', '4TW8-JK2-NP61', '81408', 'TTN seq', '06/07', 'N/A - MolDX', '', 'check LCD'],
            ['Russo, Giovanna', '12/19/1987', 'Northgate', 'NGH903322104', '81162', 'BRCA1/2 full', '06/10', 'Submitted', '', '']]
    body = ("Nadine - here's the open auth tracker as of this morning like you asked. Highlighted rows are the "
            "ones I'm worried about (Arana P2P and the two BrightPath exomes).\n\nGloria")
    return mk(who('ferreira'), who('castellanos'), 'auth tracker', body,
              atts=[xlsx('PA_tracker_2024-06-11.xlsx', rows, 'Open auths')], date=when(6, 11, 9, 4))


@reg('phi', 'lists', 'Aubree Lindsey; Baby Boy Castillo; Zion Whitfield; Nora Elkhatib; Baby Girl Prentiss')
def lists4():
    body = ("NBS follow-up open items - wk 18\n\n"
            "| Infant              | DOB      | Kit #       | Flag                 | PCP              | Next step                     |\n"
            "|---------------------|----------|-------------|----------------------|------------------|-------------------------------|\n"
            "| Lindsey, Aubree     | 04/22/24 | 24-1102338  | TSH borderline       | Cedar Hollow     | repeat rcvd 4/30, pending     |\n"
            "| BB Castillo         | 04/25/24 | 24-1104971  | unsat - early coll.  | St Brendan NICU  | NICU to redraw at 7d          |\n"
            "| Whitfield, Zion     | 04/26/24 | 24-1105220  | Hb FS pattern        | Eastside FM      | hem referral placed           |\n"
            "| Elkhatib, Nora      | 04/27/24 | 24-1106014  | C3 elevated          | Cedar Hollow     | seen in met clinic 5/1        |\n"
            "| BG Prentiss         | 04/28/24 | 24-1106632  | IRT high             | Riverbend Peds   | sweat test sched 5/9          |\n\n"
            "Castillo family has moved per NICU SW - new address in chart. Will close Elkhatib after the "
            "confirmatory labs post.\n\nPatrice" + sig('delaney', 'short'))
    return mk(who('delaney'), [who('marchbank'), who('adebayo')], 'NBS open items wk 18', body,
              cc='nbs-followup@%s' % D, html=True, date=when(5, 3, 11, 20))


@reg('phi', 'lists', 'Simone Delacroix; Andre Delacroix; Paulette Delacroix Hine; Julien Delacroix')
def lists5():
    body = ("Dr. Marchbank,\n\nHere's where we are with the Delacroix family letters (proband Simone, MSH2 "
            "c.942+3A>T). Letters went out 2/20.\n\n"
            "Andre Delacroix - 05/03/1966 - brother - tested 3/15, POSITIVE, colonoscopy referral done\n"
            "Paulette Delacroix Hine - 09/28/1969 - sister - appt 4/11, lives in Toledo, tele visit\n"
            "Julien Delacroix - 01/12/1994 - nephew (Andre's son) - declined for now, will revisit\n"
            "Marguerite Delacroix - 06/06/1940 - mother - not contacted per Simone, mother has dementia\n\n"
            "Still nothing from the Quebec cousins. Simone thinks they got the letter but she'll nudge.\n\n"
            "Fiona" + sig('gallagher', 'short'))
    return mk(who('gallagher'), who('marchbank'), 'Delacroix cascade status', body, date=when(4, 2, 14, 10))


@reg('phi', 'lists', 'Tristan Abernathy; Lucia Ferrante; Omar Siddiqui; Kenji Watanabe; Rose-Marie Delva')
def lists6():
    body = ("K - these are ready for sign-out, pasted from the tracker. Ferrante is the one with the de novo "
            "we talked about at rounds.\n\n"
            "Case\tProband\tDOB\tOrdering\tIndication\tPrimary finding\tStatus\n"
            "EX-24-0611\tAbernathy, Tristan\t2019-03-14\tAdeyemi\tGDD, hypotonia\tnegative\tdraft ready\n"
            "EX-24-0617\tFerrante, Lucia\t2021-08-02\tIbarra/Adebayo\tepilepsy, ID\tSCN2A het de novo P\tdraft ready\n"
            "EX-24-0622\tSiddiqui, Omar\t2015-10-30\tCedar Hollow\tASD, macrocephaly\tPTEN LP\tneeds secondary review\n"
            "EX-24-0630\tWatanabe, Kenji\t2008-05-19\tAdeyemi\tcardiomyopathy, short stature\tVUS RAF1\tdraft ready\n"
            "EX-24-0634\tDelva, Rose-Marie\t2022-01-07\tSt Brendan NICU\tmultiple anomalies\tnegative, CNV pending\thold\n\n"
            "Tomás")
    return mk(who('ibarra'), who('lindahl'), 'exomes for sign-out', body, date=when(7, 25, 17, 2))


@reg('phi', 'lists', 'Meghan Soule; Carlos Benitez; Vanessa Trinh; Imani Okeke')
def lists7():
    body = ("Perfect, I'll send the partner kits today. Thanks Jasmine.\n\nMarcus")
    q = ("\n\nOn Tue, Oct 15, 2024 at 2:41 PM Jasmine Whitaker <jwhitaker@marlowegenetics.org> wrote:\n"
         "> Yes go ahead with all four. Benitez - partner is already being tested at his own lab so skip\n"
         "> the kit, just note it.\n>\n"
         "> On Tue, Oct 15, 2024 at 1:10 PM Marcus Tolliver <mtolliver@marlowegenetics.org> wrote:\n"
         ">> Hi Jasmine, Lakeshore sent over the carrier screen positives from last week asking which\n"
         ">> partners we're mailing kits to. Their list:\n>>\n"
         ">> Soule, Meghan     DOB 2/11/1993   GA 9w   CF carrier (F508del)       partner: Ethan Soule\n"
         ">> Benitez, Carlos   DOB 7/4/1988    (male, partner pregnant 12w)  SMA carrier, 1 copy SMN1  partner: Daniela Ruiz\n"
         ">> Trinh, Vanessa    DOB 3/23/1996   GA 11w  alpha-thal silent carrier  partner: Kevin Trinh\n"
         ">> Okeke, Imani      DOB 10/9/1990   GA 8w   HbS carrier                partner: Chidi Okeke\n>>\n"
         ">> Want me to send to all?\n>> Marcus\n>>\n"
         ">> From: Rhea Frost <rfrost@lakeshorewomens.net>\n>> Sent: Monday, October 14, 2024 4:55 PM\n"
         ">> Subject: carrier positives - partner testing\n>> see below, thx - Rhea")
    return mk(who('tolliver'), who('whitaker'), 'Re: carrier positives - partner testing', body + q,
              reply=True, date=when(10, 15, 15, 2))


# ================================================================ PHI: names
@reg('phi', 'names', 'Eleanor Haverford')
def names1():
    body = ("Helen,\n\nQuick one before Thursday. Mrs. Haverford's result is back - BRCA2 pathogenic, the "
            "frameshift that's in her sister. Not a surprise given the family but she's been telling everyone "
            "she's sure she doesn't have it, so I expect it to be a tough visit. She already had the left "
            "lumpectomy in 2019 so the conversation is going to be mostly about the other side and ovaries.\n\n"
            "Would you be able to pop in for 10 min at the end? She trusts you from the first visit.\n\n"
            "Rachel")
    return mk(who('dunmore'), who('marchbank'), 'Thursday 8:30', body, date=when(5, 6, 12, 15))


@reg('phi', 'names', 'Tasha')
def names2():
    body = ("hey - Tasha's exome came back with a VUS in MYH7. Not the family variant from the uncle, "
            "different position. Dad is still not tested. Do we want to bring her back now or wait for "
            "segregation? She's 15 and her echo last month was normal per Dr. K.\n\nI'm inclined to wait but "
            "mom is going to call the minute the portal updates.\n\nT.")
    return mk(who('ibarra'), who('raghu'), 'quick q', body, date=when(9, 4, 13, 7))


@reg('phi', 'names', 'Simone Delacroix')
def names3():
    body = ("Fiona,\n\nDelacroix, Simone - colonoscopy done last week, two small adenomas removed, path benign. "
            "GI wants annual scopes going forward which matches Lynch guidance. She asked me again about her "
            "brothers - she says Andre did his but the younger one \"doesn't believe in it.\" Anything more we "
            "can do from our side or just leave it with her?\n\nAlso she wants to start talking about a "
            "hysterectomy, I told her to bring it up with Dr. Solis.\n\nThanks,\nAnjali Patel, MD\n"
            "Westbrook Oncology\n(614) 555-0311")
    return mk('Anjali Patel <apatel@westbrookonc.com>', who('gallagher'), 'Simone D. follow up', body,
              date=when(6, 18, 18, 40))


@reg('phi', 'names', 'Bertram Oyelaran')
def names4():
    body = ("Agree with that - the TTN truncating variant is in an A-band exon, so I'd count it. With his "
            "EF at 35 and the brother who died at 44 I think the cascade letter needs to go out this week, "
            "not after his next echo.\n\nI'll draft, you review?\n\nDev")
    q = ("\n\n________________________________\nFrom: Martin Kessler <mkessler@bellfieldcardio.com>\n"
         "Sent: Wednesday, February 21, 2024 7:12 AM\nTo: Dev Raghunathan\nSubject: Re: Bertram Oyelaran\n\n"
         "Dev - saw the report. Do you think this explains it? I'd like to get his kids screened.\nMK")
    return mk(who('raghu'), 'Martin Kessler <mkessler@bellfieldcardio.com>', 'RE: Re: Bertram Oyelaran', body + q,
              reply=True, date=when(2, 21, 8, 3))


@reg('phi', 'names', 'Marisela Ortega')
def names5():
    body = ("Sounds good, I'll put the letter in the mail tomorrow.\n\nCarla\n")
    q = ("\n-----Original Message-----\nFrom: Oluwaseun Adebayo <oadebayo@marlowegenetics.org>\n"
         "Sent: Tuesday, July 30, 2024 5:48 PM\nTo: Carla Benedetti <cbenedetti@marlowegenetics.org>\n"
         "Subject: RE: no-show letter\n\nYes please send the standard letter. Make it a bit warmer than usual.\n\n"
         "-----Original Message-----\nFrom: Carla Benedetti\nSent: Tuesday, July 30, 2024 2:02 PM\n"
         "To: Oluwaseun Adebayo\nSubject: no-show letter\n\nDr. A, second no-show for the Ortega girl's "
         "follow-up. Mom (Marisela Ortega) said last time that the baby was in the hospital again for the "
         "feeding tube and they couldn't come. Do you want the no-show letter or should I just rebook?\n\nCarla")
    return mk(who('benedetti'), who('adebayo'), 'RE: no-show letter', body + q, reply=True,
              date=when(7, 31, 8, 51))


@reg('phi', 'names', 'Benny Marchetti')
def names6():
    body = ("Hi team,\n\nLittle Benny Marchetti (the PKU boy, 3 yo) - mom called, his Phe level from Monday was 9.8 "
            "and she's panicking because of the birthday party last weekend. I reassured her and told her the "
            "dietitian would call. Can Lauren adjust his formula and let me know? His next level is due the 27th.\n\n"
            "Also mom said the pharmacy is giving them trouble with the medical food again, she's down to 4 cans. "
            "Amira, could you call BrightPath? \n\nThanks\nPatrice")
    return mk(who('delaney'), ['Lauren Kowalski RD <lkowalski@%s>' % D, who('haddad')], 'Benny M - levels + formula',
              body, cc=who('adebayo'), date=when(3, 13, 10, 22))


@reg('phi', 'names', 'Lorraine Whitcombe')
def names7():
    body = ("Dear Dr. Marchbank,\n\nI am referring Ms. Lorraine Whitcombe, a 52-year-old woman I have followed "
            "for palpitations, for evaluation of a possible inherited arrhythmia. Her father died suddenly at 49 "
            "while shoveling snow and a paternal cousin has an ICD. Her resting ECG shows a QTc of 478 ms; Holter "
            "was unremarkable apart from occasional PVCs. She is on no QT-prolonging medications.\n\n"
            "She has two adult sons and is anxious about what this means for them. I would appreciate genetic "
            "counseling and consideration of an arrhythmia panel. Records and ECGs are attached via our portal.\n\n"
            "Kind regards,\n\nMartin Kessler, MD, FACC\nBellfield Cardiology Associates\n220 Wexley Blvd, Fairhaven, "
            "OH 43298\nTel (614) 555-0260 | Fax (614) 555-0261")
    return mk('Martin Kessler <mkessler@bellfieldcardio.com>', 'referrals@%s' % D, 'Referral - inherited arrhythmia evaluation',
              body, cc=who('raghu'), html=True, date=when(1, 29, 16, 12))


@reg('phi', 'names', 'Hollis Gaines')
def names8():
    body = ("Hi Rachel - Anjali Patel here. Any news on Hollis Gaines' panel? He's booked for his colectomy on the "
            "3rd and the surgeon wants to know whether to do a subtotal. I know it was only sent on the 10th, but "
            "is there any way to expedite? Happy to call the lab directly if that's easier.\n\nThx\nAP\n\n"
            "Sent from my iPad")
    return mk('Anjali Patel <apatel@westbrookonc.com>', who('dunmore'), 'Gaines - panel status?', body,
              date=when(4, 22, 6, 55))


# ================================================================ PHI: self
@reg('phi', 'self', 'Deborah Fanning')
def self1():
    body = ("hi, i got a bill from you guys today for $980 for my genetic test (the breast cancer one from march) "
            "but when i called keystone they said it was covered and they paid you already?? i dont understand why "
            "im getting billed. my member id is KMI-30419276 if that helps. can someone call me back, im home after "
            "3:30. 614 555 0109\n\nthanks\ndeb fanning")
    return mk('deb fanning <debfanning1967@lakesidemail.net>', 'billing@%s' % D, 'bill??', body,
              date=when(6, 24, 19, 58))


@reg('phi', 'self', 'Caitlin Morrow')
def self2():
    body = ("Hi, this is Caitlin Morrow. I did the carrier screening blood draw on the 2nd, is it back yet? I'm 11 "
            "weeks and my OB (Dr. Solis) said we'd need to test my husband if anything comes up so I'm trying not to "
            "lose time. DOB 5/19/1995 if you need it.\n\nThank you!!\nCaitlin" + IPHONE)
    return mk('Caitlin Morrow <caitmorrow95@icloud-mail.net>', who('whitaker'), 'Carrier screening results?', body,
              date=when(10, 11, 12, 31))


@reg('phi', 'self', 'Kiara Dobbs')
def self3():
    body = ("Hi Denise,\n\nSorry to bug you with this. I'm 20 weeks now and I've got standing appointments with "
            "maternal-fetal medicine every other Thursday at 2 because of the results from my screening, so I'll "
            "need to leave accessioning early those days through at least October. Bao is ok with me flexing to "
            "6:30-3 but said I need to go through you for the paperwork.\n\nAlso - does our plan cover the amnio if "
            "they recommend it? The Keystone site is confusing and I don't want a surprise bill from our own lab "
            "lol.\n\nThanks so much,\nKiara Dobbs\nSpecimen Processing, 2nd shift\nx0166")
    return mk('Kiara Dobbs <kdobbs@%s>' % D, who('albright'), 'schedule + coverage question', body,
              date=when(7, 8, 11, 45))


@reg('phi', 'self', 'Gerard Lapointe')
def self4():
    body = ("To whom it may concern,\n\nI am writing to request that a copy of my genetic test report be sent to my "
            "new cardiologist. I had the cardiac panel done through your laboratory in 2022 (the result showed a "
            "variant in the LMNA gene) and I have since moved to Indianapolis.\n\n"
            "Name: Gerard A. Lapointe\nDate of birth: 08/02/1959\nPrevious ordering physician: Dr. Martin Kessler\n\n"
            "Please send to:\nDr. Yolanda Birch, Meridian Heart Partners\nFax (317) 555-0148\n\n"
            "I have also attached the signed authorization form. Please let me know if anything else is needed. "
            "I also have my pacemaker check there next month and they would like to have it before then.\n\n"
            "Sincerely,\nGerard Lapointe\n(317) 555-0122")
    form = ["AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", "Marlowe Center for Medical Genetics", "",
            "Patient name: Gerard A. Lapointe        DOB: 08/02/1959",
            "Release to: Yolanda Birch, MD, Meridian Heart Partners, fax (317) 555-0148",
            "Information: Genetic test report(s) - cardiac panel, 2022", "Purpose: Continuity of care",
            "Expires: 12/31/2024", "", "Signature: /s/ Gerard A. Lapointe      Date: 09/16/2024"]
    return mk('Gerard Lapointe <glapointe59@northwoods-mail.net>', 'records@%s' % D,
              'Records request - send report to new cardiologist', body,
              atts=[pdf('ROI_Lapointe_signed.pdf', form), png('scan_page2.png', 120, 156, 'blank')],
              date=when(9, 16, 9, 12))


@reg('phi', 'self', 'Anneliese Brandt')
def self5():
    body = ("Hello,\n\nI received a letter from Northgate today saying my BRCA test was denied as \"not medically "
            "necessary.\" I don't understand how that's possible. My mother had ovarian cancer at 51 and my aunt "
            "had breast cancer twice. Rachel told me at my appointment that I met the criteria.\n\n"
            "I have not had my blood drawn yet because I was told to wait for the approval. Should I still come "
            "on Monday? I can't afford $3,000 but I also don't want to wait months. My mammogram is in November "
            "and I'd like to know before that.\n\nIs there an appeal I can do or does the office do that? "
            "Reference number on the letter is UM-5601447.\n\nThank you,\nAnneliese Brandt")
    return mk('Anneliese Brandt <a.brandt@brandtfamily.org>', [who('ferreira'), who('dunmore')],
              'Denial letter from Northgate', body, date=when(8, 29, 17, 3))


@reg('phi', 'self', 'Roy Vandermolen')
def self6():
    body = ("Quick question - I did the spit tube this morning but it didn't quite reach the black line even after "
            "20 min of trying. Maybe 3/4 of the way. I already sealed it and put it in the bag. Should I mail it or "
            "wait for a new kit? My doctor really wants the heart gene results before my stress test on the 9th.\n\n"
            "Roy\n\n" + ANDROID.strip())
    return mk('Roy Vandermolen <royv.1954@fastlane-mail.com>', 'kits@%s' % D, 'saliva kit - not enough?', body,
              date=when(9, 28, 8, 14))


@reg('phi', 'self', 'Jolene Marsh')
def self7():
    body = ("Hi my name is Jolene, I got a letter from my cousin Simone that says she has a gene change for "
            "colon cancer and that family members should get tested. I had a polyp removed last year and my "
            "dad had colon cancer so now I'm really worried. Do I need a referral from my doctor or can I just "
            "make an appointment with you? I have Medicaid (BrightPath). \n\nmy number is 419-555-0135, thank you\n\n"
            "Jolene")
    return mk('Jolene Marsh <jmarsh.toledo@quickpost.net>', 'info@%s' % D, 'letter from my cousin', body,
              date=when(4, 30, 21, 17))


# ================================================================ PHI: struct
def _hl7(segs, sep='\r'):
    return sep.join(segs) + sep


@reg('phi', 'struct', 'Diane Kowalczyk')
def struct1():
    segs = [
        'MSH|^~\\&|MGRL_LIMS|MARLOWE_LAB|EPIC|WESTBROOK_ONC|20240411143022||ORU^R01^ORU_R01|MGR0411143022887|P|2.5.1',
        'PID|1||00561290^^^WBO^MR~MGR-2404-12230^^^MGRL^AN||KOWALCZYK^DIANE^M||19680915|F|||882 BIRCHWOOD DR^^FAIRHAVEN^OH^43298||^PRN^PH^^^614^5550183',
        'PV1|1|O|||||1457382910^PATEL^ANJALI^^^^^^NPI',
        'ORC|RE|WBO-559812|MGR-2404-12230||CM',
        'OBR|1|WBO-559812|MGR-2404-12230|HCP47^Hereditary Cancer Comprehensive Panel^L|||20240321091500|||||||20240322101200|BLD^Blood|1457382910^PATEL^ANJALI||||||20240411142900||MG|F',
        'OBX|1|CWE|69548-6^Genetic variant assessment^LN||LA9633-4^Present^LN||||||F',
        'OBX|2|CWE|48018-6^Gene studied^LN||HGNC:1925^CHEK2^HGNC||||||F',
        'OBX|3|ST|48004-6^DNA change c.HGVS^LN||NM_007194.4:c.1100del||||||F',
        'OBX|4|ST|48005-3^Amino acid change p.HGVS^LN||p.Thr367Metfs*15||||||F',
        'OBX|5|CWE|53034-5^Allelic state^LN||LA6706-1^Heterozygous^LN||||||F',
        'OBX|6|CWE|53037-8^Genetic variation clinical significance^LN||LA6668-3^Pathogenic^LN||||||F',
        'NTE|1||No other pathogenic or likely pathogenic variants identified in the 47 genes analyzed.',
    ]
    body = ("Ops team,\n\nThis ORU is stuck in the error queue on the Westbrook feed since 14:30 - their engine "
            "NAKs with AE 'PV1-7 invalid'. I think they want NPI in component 9 only. Raw message below, can "
            "someone on the Epic side look? Result is signed out so they need it today.\n\n"
            + _hl7(segs, '\n') + "\nVictor" + sig('szabo', 'short'))
    return mk(who('szabo'), 'Westbrook Interface Team <interfaces@westbrookonc.com>',
              'ORU NAK on WBO feed - MGR0411143022887', body, cc=who('pruitt'), date=when(4, 11, 15, 10))


@reg('phi', 'struct', 'Cole Holloway')
def struct2():
    segs = [
        'ISA*00*          *00*          *ZZ*MARLOWEGEN     *ZZ*CLEARHUBX      *240515*1022*^*00501*000004471*0*P*:',
        'GS*HC*MARLOWEGEN*CLEARHUBX*20240515*1022*4471*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*MG24051501*20240515*1022*CH',
        'NM1*41*2*MARLOWE CENTER FOR MEDICAL GENETICS*****46*MGEN01',
        'PER*IC*NADINE CASTELLANOS*TE*6145550151',
        'NM1*40*2*NORTHGATE HEALTH PLAN*****46*NGHP1',
        'HL*1**20*1',
        'NM1*85*2*MARLOWE GENOMIC REFERENCE LAB*****XX*1588043721',
        'N3*1450 TILLMAN PARKWAY STE 300',
        'N4*FAIRHAVEN*OH*43299',
        'REF*EI*311234567',
        'HL*2*1*22*0',
        'SBR*P*18*GRP55012******CI',
        'NM1*IL*1*HOLLOWAY*COLE*J***MI*NGH661203947',
        'N3*45 QUARRY HILL RD',
        'N4*FAIRHAVEN*OH*43298',
        'DMG*D8*19810226*M',
        'NM1*PR*2*NORTHGATE HEALTH PLAN*****PI*NGHP1',
        'CLM*MGR2405118*3450***81:B:1*Y*A*Y*Y',
        'REF*G1*PA-2024-121905',
        'HI*ABK:Z8042*ABF:Z803',
        'NM1*DN*1*PATEL*ANJALI****XX*1457382910',
        'LX*1',
        'SV1*HC:81162*3450*UN*1***1',
        'DTP*472*D8*20240502',
    ]
    n = len(segs) - 2 + 1
    segs += ['SE*%d*0001' % n, 'GE*1*4471', 'IEA*1*000004471']
    edi = '~\n'.join(segs) + '~\n'
    body = ("Hi ClearHub support,\n\nBatch 4471 rejected at your front end with 'invalid CLM05' - attached is the "
            "corrected file for the one claim. We changed the facility code composite. Please reprocess and send "
            "the 999.\n\nThanks,\nNadine" + sig('castellanos', 'short') + CONF)
    return mk(who('castellanos'), 'ClearHub EDI Support <support@clearhub-edi.com>',
              'Ticket 20931 - corrected 837P batch 4471', body,
              atts=[txt('MGEN01_837P_4471_corrected.txt', edi)], date=when(5, 15, 10, 40))


@reg('phi', 'struct', 'Harriet Solberg')
def struct3():
    import json
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "id": "b7f3c2a1-orders-0719",
        "entry": [
            {"fullUrl": "urn:uuid:pat-1", "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "BCA-0318847"}],
                "name": [{"family": "Solberg", "given": ["Harriet", "June"]}],
                "gender": "female", "birthDate": "1963-10-04",
                "telecom": [{"system": "phone", "value": "614-555-0114", "use": "mobile"}],
                "address": [{"line": ["3117 Kestrel Way"], "city": "Fairhaven", "state": "OH", "postalCode": "43298"}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"fullUrl": "urn:uuid:cov-1", "resource": {
                "resourceType": "Coverage", "status": "active",
                "beneficiary": {"reference": "urn:uuid:pat-1"},
                "payor": [{"display": "Keystone Meridian Insurance"}],
                "subscriberId": "KMI-40021937"},
             "request": {"method": "POST", "url": "Coverage"}},
            {"fullUrl": "urn:uuid:sr-1", "resource": {
                "resourceType": "ServiceRequest", "status": "active", "intent": "order",
                "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.12", "code": "81479",
                                     "display": "Comprehensive Cardiomyopathy Panel"}]},
                "subject": {"reference": "urn:uuid:pat-1"},
                "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I42.0",
                                            "display": "Dilated cardiomyopathy"}]}],
                "requester": {"display": "Martin Kessler, MD"},
                "authoredOn": "2024-07-19T10:02:00-04:00",
                "note": [{"text": "Sister with DCM dx age 38. Please include TTN."}]},
             "request": {"method": "POST", "url": "ServiceRequest"}}]}
    body = ("Victor,\n\nThis is the bundle that failed validation on the new FHIR order endpoint this morning "
            "(HTTP 422, 'Coverage.payor must be a reference'). Attaching exactly what we sent. Can you loosen "
            "that rule or should we switch to an Organization reference on our side?\n\n"
            "Priyanka Rao\nIntegration Analyst, Bellfield Cardiology Associates")
    return mk('Priyanka Rao <prao@bellfieldcardio.com>', who('szabo'), 'FHIR order 422 - sample payload',
              body, atts=[('order_bundle_0719.json', 'application', 'json',
                           json.dumps(bundle, indent=2, ensure_ascii=False))], date=when(7, 19, 11, 18))


@reg('phi', 'struct', 'Leticia Amundsen')
def struct4():
    segs = [
        'MSH|^~\\&|ATHENA|LAKESHORE_WH|MGRL_LIMS|MARLOWE_LAB|20240826091512||ORM^O01|LWH8826091512|P|2.3',
        'PID|1||LWH0092231^^^LWH^MR||AMUNDSEN^LETICIA^R||19970612|F|||55 CANAL ST APT 3^^FAIRHAVEN^OH^43299||6145550161',
        'PV1|1|O|LWH^^^LAKESHORE||||1326049981^SOLIS^RENATA',
        'IN1|1|KMI01|KMI|KEYSTONE MERIDIAN INSURANCE||||GRP8820||||||||AMUNDSEN^LETICIA|01|19970612||||||||||||||||||KMI-50218834',
        'ORC|NW|LWH-ORD-771203||||||||||1326049981^SOLIS^RENATA',
        'OBR|1|LWH-ORD-771203||NIPT^Noninvasive Prenatal Screen^L|||20240826084500||||||||^|1326049981^SOLIS^RENATA',
        'DG1|1||Z3A.12^12 weeks gestation of pregnancy^I10',
        'DG1|2||O09.521^Supervision of elderly multigravida, first trimester^I10',
    ]
    body = ("IntegraBridge Alert - Channel: LWH_ORDERS_IN\n"
            "Severity: ERROR     Time: 2024-08-26 09:15:14 EDT\n"
            "Message control ID: LWH8826091512\n"
            "Error: Required field OBR-15 (Specimen Source) is empty. Message held.\n\n"
            "Raw message:\n" + _hl7(segs, '\n') +
            "\nThis alert was generated automatically. Reply-to is not monitored. Open the channel dashboard "
            "to reprocess.")
    return mk('IntegraBridge Alerts <alerts@integrabridge.marlowegenetics.org>',
              ['lims-support@%s' % D, who('tolliver')], '[ERROR] LWH_ORDERS_IN held message LWH8826091512',
              body, date=when(8, 26, 9, 15), headers={'Auto-Submitted': 'auto-generated'})


@reg('phi', 'struct', 'Hannah Strauss')
def struct5():
    segs = [
        'ISA*00*          *00*          *ZZ*KEYSTONEMI     *ZZ*MARLOWEGEN     *240613*1402*^*00501*000118820*0*P*:',
        'GS*HI*KEYSTONEMI*MARLOWEGEN*20240613*1402*118820*X*005010X217',
        'ST*278*0001*005010X217',
        'BHT*0007*11*PA240607-0042*20240613*1402',
        'HL*1**20*1',
        'NM1*X3*2*KEYSTONE MERIDIAN INSURANCE*****PI*KMI01',
        'HL*2*1*21*1',
        'NM1*1P*2*MARLOWE GENOMIC REFERENCE LAB*****XX*1588043721',
        'HL*3*2*22*1',
        'NM1*IL*1*STRAUSS*HANNAH****MI*KMI-20177621',
        'DMG*D8*19910115*F',
        'HL*4*3*EV*0',
        'UM*HS*I*1',
        'HCR*A1*KM-4480217',
        'DTP*472*RD8*20240613-20240912',
        'HI*ABK:Z3A11*ABF:Z3141',
        'SV1*HC:81443*1850*UN*1',
    ]
    segs += ['SE*%d*0001' % (len(segs) - 1), 'GE*1*118820', 'IEA*1*000118820']
    body = ("FYI - 278 response came back for the expanded carrier screen, approved, auth KM-4480217 good through "
            "9/12. Raw file attached for the record. I updated the tracker.\n\nG.")
    return mk(who('ferreira'), who('whitaker'), 'approved - carrier screen auth', body,
              atts=[txt('278_resp_KMI_118820.x12', '~'.join(segs) + '~')], date=when(6, 13, 14, 20))


@reg('phi', 'struct', 'Isaiah Mbeki-Carter')
def struct6():
    ccd = '''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.5521.44" extension="CCD-20240305-88123"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Cedar Hollow Pediatrics - Referral Summary</title>
  <effectiveTime value="20240305133000-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.5521.1" extension="CHP-0071842"/>
      <addr use="HP"><streetAddressLine>904 Linden Terrace</streetAddressLine><city>Fairhaven</city><state>OH</state><postalCode>43297</postalCode></addr>
      <telecom value="tel:+1-614-555-0125" use="HP"/>
      <patient>
        <name><given>Isaiah</given><family>Mbeki-Carter</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20170811"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Problems</title>
      <text><list>
        <item>Global developmental delay (F88) - onset 2019</item>
        <item>Autism spectrum disorder (F84.0) - dx 2021</item>
        <item>Macrocephaly (Q75.3)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Medications</title>
      <text><list><item>Guanfacine ER 1 mg PO nightly</item><item>Melatonin 3 mg PO nightly</item></list></text>
    </section></component>
    <component><section>
      <code code="42348-3" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Reason for Referral</title>
      <text>Genetics evaluation; chromosomal microarray 2021 normal. Family requests exome.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
'''
    body = ("Hello,\n\nPlease see attached referral summary for a new genetics evaluation. Parents prefer afternoon "
            "appointments. Please contact our referral line with any questions.\n\nThank you,\n"
            "Marisol Jennings\nReferral Coordinator\nCedar Hollow Pediatrics\nP (614) 555-0402 | F (614) 555-0403" + CONF)
    return mk('Marisol Jennings <referrals@cedarhollowpeds.com>', 'referrals@%s' % D, 'New referral - genetics',
              body, atts=[('CCD_referral_20240305.xml', 'application', 'xml', ccd)], date=when(3, 5, 13, 45))


@reg('phi', 'struct', 'Thomas Albrecht')
def struct7():
    import json
    payload = {
        "event": "intake.form.submitted", "form_id": "fhq-v3", "submission_id": "sub_8f21c0a9d4",
        "submitted_at": "2024-10-02T21:14:07-04:00",
        "patient": {"first_name": "Thomas", "last_name": "Albrecht", "dob": "1979-04-23",
                    "email": "t.albrecht79@ridgeline-mail.net", "phone": "+16145550138",
                    "appointment": {"date": "2024-10-09", "time": "09:30", "provider": "D. Raghunathan"}},
        "answers": {
            "reason_for_visit": "Brother collapsed playing basketball, found to have HCM. Cardiologist said I should be tested.",
            "personal_history": ["palpitations", "fainting once in 2015"],
            "medications": ["metoprolol 25mg"],
            "pedigree": [
                {"relation": "brother", "age": 41, "conditions": ["hypertrophic cardiomyopathy", "ICD placed 2024"]},
                {"relation": "father", "age_at_death": 52, "cause": "sudden death, unknown"},
                {"relation": "daughter", "age": 12, "conditions": []}],
            "ashkenazi_jewish": False, "consanguinity": False}}
    body = ("New intake form submission received.\n\nForm: Family History Questionnaire v3\n"
            "Submission: sub_8f21c0a9d4\nAppointment: 2024-10-09 09:30 with D. Raghunathan\n\n"
            "The full payload is attached (JSON). Log in to the Intake Console to review and attach it to "
            "the chart.\n\n-- Marlowe Patient Intake (automated message)")
    return mk('Patient Intake <no-reply@intake.marlowegenetics.org>', 'intake-queue@%s' % D,
              'New intake submission: fhq-v3 / appt 2024-10-09 09:30', body,
              atts=[('sub_8f21c0a9d4.json', 'application', 'json', json.dumps(payload, indent=2))],
              date=when(10, 2, 21, 14), headers={'Auto-Submitted': 'auto-generated'})


# ================================================================ CLEAN: admin
@reg('clean', 'admin')
def admin1():
    body = ("Hi Gwen,\n\nWe're running low on a few things for kit assembly - can you approve the reorder so it goes "
            "out with Thursday's PO run?\n\n"
            "  - Saliva collection devices (2 mL)         qty 600   (we're at ~140)\n"
            "  - 4 mL K2EDTA lavender tubes               qty 20 cs\n"
            "  - UN3373 biohazard mailers w/ absorbent    qty 400\n"
            "  - Gel cold packs, 8 oz                     qty 300 (NIPT summer shipping)\n"
            "  - Requisition forms v2024.2 (cardiac)      qty 2,000 - print shop\n\n"
            "The old cancer panel reqs (v2023.4) should be pulled from the kit room once the new ones land. "
            "Clients are still sending the old form with the retired gene list.\n\nThanks,\nBao" + sig('tran', 'lab'))
    return mk(who('tran'), who('harrow'), 'kit room reorder', body, date=when(5, 20, 10, 10))


@reg('clean', 'admin')
def admin2():
    body = ("All,\n\nVariant Review Committee is moving to the Birch Conference Room (3rd floor, east) starting "
            "next Tuesday. Facilities needs the Larch room for the renovation through end of September.\n\n"
            "Same time (12:00-1:00). The big screen in Birch doesn't have the Teams camera yet, so remote folks "
            "please use the dial-in on the invite. Lunch is still provided on 1st and 3rd Tuesdays.\n\n"
            "Mei-Ling" + sig('cho', 'short'))
    start = datetime.datetime(2024, 7, 16, 12, 0)
    return mk(who('cho'), 'vrc@%s' % D, 'VRC room change starting 7/16', body,
              atts=[ics('VRC.ics', 'Variant Review Committee', start, start + datetime.timedelta(hours=1),
                        'Birch Conference Room 3E / Teams', 'Weekly variant classification review. Dial-in +1 614-555-0177 conf 448 201 9#',
                        'Mei-Ling Cho', addr('cho'))], date=when(7, 10, 9, 30))


@reg('clean', 'admin')
def admin3():
    body = ("PLANNED DOWNTIME - LIMS (GenTrack 9.4 upgrade)\n\n"
            "When: Saturday, March 23, 10:00 PM - Sunday, March 24, 6:00 AM\n"
            "Affected: GenTrack LIMS, client portal order entry, HL7 result interfaces (all clients), label printers in accessioning\n\n"
            "During the window:\n"
            "  * Accessioning will use downtime requisition logs (binder in Specimen Processing, shelf 2).\n"
            "  * No results will release to client EMRs. Queued ORUs will send after go-live.\n"
            "  * Client services: please use the downtime script if ordering offices call.\n\n"
            "Post-upgrade validation sign-off: K. Lindahl / G. Harrow by 7:00 AM Sunday.\n\n"
            "Questions to lims-support@marlowegenetics.org or x0180.\n\nVictor Szabo\nLaboratory Informatics")
    return mk(who('szabo'), 'all-lab@%s' % D, 'PLANNED DOWNTIME: LIMS Sat 3/23 10pm-6am', body,
              html=True, date=when(3, 14, 16, 0))


@reg('clean', 'admin')
def admin4():
    body = ("Team,\n\nHeads up on the Northgate medical policy update (MP-GEN-114, rev. 2024-07):\n\n"
            "1. Effective 9/1, CPT 81479 (unlisted molecular) requires prior auth for ALL lines of business, "
            "including the Medicare Advantage plans that were previously exempt.\n"
            "2. Multi-gene panels billed with 81162 + 81479 on the same DOS will be bundled - bill the panel code "
            "only (81432/81433) where it applies.\n"
            "3. Pre-test genetic counseling documentation is now a required attachment for hereditary cancer "
            "panels. A GC note from a board-certified counselor satisfies it.\n"
            "4. Retro auths will be accepted within 14 calendar days of collection (was 30).\n\n"
            "I'll update the payer grid on the shared drive. Gloria, please brief client services so they "
            "know what to tell ordering offices.\n\nNadine" + sig('castellanos') + CONF)
    return mk(who('castellanos'), [who('ferreira'), 'billing-team@%s' % D], 'Northgate policy changes eff 9/1',
              body, cc=who('pruitt'), date=when(7, 29, 13, 25))


@reg('clean', 'admin')
def admin5():
    body = ("Helen, Kristof,\n\nSummary of where we landed with Keystone Meridian on the 2025 renewal (draft "
            "attached, redlines from their side in blue):\n\n"
            "- Term: 1/1/2025 - 12/31/2027, auto-renew 1 yr, 120-day termination notice\n"
            "- Hereditary cancer panels: 81432 at $1,410 (was $1,275); 81433 at $780\n"
            "- Cardiac panels (81479 + attached gene list): $1,650 flat\n"
            "- Exome: 81415 $3,900 / 81416 $1,200 per comparator; reanalysis not separately reimbursed (we pushed back)\n"
            "- NIPT 81420: $595; carrier screening 81443: $820\n"
            "- Timely filing 180 days; clean-claim payment 30 days\n\n"
            "The open item is the reanalysis language. I'd like 20 minutes with both of you before the Friday call.\n\n"
            "Nadine Castellanos\nRevenue Cycle Manager")
    terms = ["DRAFT - Keystone Meridian / Marlowe Center for Medical Genetics",
             "Laboratory Services Agreement - Exhibit B (Fee Schedule) - 2025", "",
             "81432  Hereditary breast/ovarian/colon panel ..... $1,410.00",
             "81433  Duplication/deletion analysis ............. $780.00",
             "81479  Cardiac panel (per gene list A-2) ......... $1,650.00",
             "81415  Exome, proband ............................ $3,900.00",
             "81416  Exome, comparator (each) .................. $1,200.00",
             "81420  Fetal aneuploidy, cfDNA ................... $595.00",
             "81443  Genetic testing, severe inherited (carrier)  $820.00", "",
             "Confidential - for negotiation purposes only."]
    return mk(who('castellanos'), [who('marchbank'), who('lindahl')], 'Keystone renewal - where we are', body,
              atts=[docx('KMI_Exhibit_B_2025_draft_v3.docx', terms)], date=when(10, 8, 17, 5))


@reg('clean', 'admin')
def admin6():
    body = ("Hi everyone,\n\nTwo facilities items:\n\n"
            "1) Courier pickup moves from 3:00 to 4:15 PM starting Monday 11/4 (SwiftMed contract change). "
            "Outbound kits and send-outs need to be packed and in the dock cage by 4:00.\n\n"
            "2) Preventive maintenance on the -80 freezers in B112 (units F3, F4) is Wednesday 11/6, 7-11 AM. "
            "F3 contents will be moved to backup unit F7 the night before - DNA archive boxes 2019-2021 only. "
            "The alarm dialer will be in test mode during the window, so please ignore alarm texts between 7 and 11.\n\n"
            "Thanks,\nGwen" + sig('harrow', 'lab'))
    return mk(who('harrow'), 'all-lab@%s' % D, 'courier time change + freezer PM', body, date=when(10, 30, 14, 45))


@reg('clean', 'admin')
def admin7():
    body = ("VRC agenda - Tue 8/20, Birch room\n\n"
            "1. Reclassification proposals (ClinVar submissions due 8/30)\n"
            "   - MYBPC3 c.1504C>T - LP -> P (new segregation data from 3 published families)\n"
            "   - PALB2 c.3113G>A - VUS -> LP (functional data, PS3_moderate)\n"
            "   - SCN5A c.1673A>G - LB -> B (gnomAD v4 frequency)\n"
            "2. CNV calling thresholds for the new exome pipeline (Mei-Ling)\n"
            "3. ACMG SF v3.2 - do we add the new genes to the opt-in secondary findings list? (Helen)\n"
            "4. Reanalysis request backlog - 31 open, target 30-day turnaround (Tomás)\n\n"
            "No case-level data on the slides please - use variant IDs only.\n\nKristof")
    return mk(who('lindahl'), 'vrc@%s' % D, 'VRC agenda 8/20', body, date=when(8, 16, 15, 12))


# ================================================================ CLEAN: lookalike
@reg('clean', 'lookalike')
def look1():
    body = ("Please find attached Invoice INV-2024-088417 for Purchase Order PO 45-20931.\n\n"
            "Bill to: Marlowe Genomic Reference Laboratory, Attn: Accounts Payable\n"
            "Ship date: 05/28/2024   Carrier: UPS Ground   Tracking: 1Z 8W4 F19 03 4471 2258\n\n"
            "Line  Catalog #     Description                          Lot          Exp         Qty   Unit $    Ext $\n"
            "1     SCD-2000      Saliva DNA collection kit, 2 mL      24D1183      2026-04-30  600   4.85      2,910.00\n"
            "2     KE-4ML-100    K2EDTA tube 4 mL (100/cs)            B4092271     2025-11-15  20    38.20     764.00\n"
            "3     UNB-3373-L    Biohazard mailer w/ absorbent, lg    M24-0551     n/a         400   1.12      448.00\n"
            "                                                                               Subtotal: 4,122.00\n"
            "                                                                               Freight:    86.40\n"
            "                                                                               Total:   4,208.40\n\n"
            "Terms: Net 30. Remit to: Caldera Lab Supply, PO Box 77120, Dayton, OH 45401. Account 10-558213.\n"
            "Questions: ar@calderalabsupply.com or 1-800-555-0147.")
    lines = ["CALDERA LAB SUPPLY", "INVOICE INV-2024-088417     Date 05/28/2024", "Customer 10-558213   PO 45-20931",
             "SCD-2000 x600 lot 24D1183 ... 2,910.00", "KE-4ML-100 x20 lot B4092271 ... 764.00",
             "UNB-3373-L x400 lot M24-0551 ... 448.00", "Freight 86.40    TOTAL DUE 4,208.40", "Net 30"]
    return mk('Caldera Lab Supply AR <ar@calderalabsupply.com>', 'ap@%s' % D, 'Invoice INV-2024-088417 / PO 45-20931',
              body, cc=who('tran'), atts=[pdf('INV-2024-088417.pdf', lines)], date=when(5, 28, 16, 2))


@reg('clean', 'lookalike')
def look2():
    body = ("Outbound kit shipments - 10/21\n\n"
            "Client                         Kits  Type            FedEx tracking        Ship ref\n"
            "Westbrook Oncology             25    Blood (EDTA)    7749 2210 4183        SHP-24-10211\n"
            "Bellfield Cardiology           15    Blood (EDTA)    7749 2210 4221        SHP-24-10212\n"
            "Lakeshore Women's Health       40    NIPT Streck     7749 2210 4290        SHP-24-10213\n"
            "Cedar Hollow Pediatrics        10    Saliva          7749 2210 4317        SHP-24-10214\n"
            "Riverbend Pediatrics           10    Saliva          7749 2210 4355        SHP-24-10215\n\n"
            "Total 100 kits. Lakeshore asked for Tuesday delivery before 10:30 - priority overnight was used.\n\n"
            "Marcus")
    return mk(who('tolliver'), ['clientservices@%s' % D, who('tran')], 'kit shipments 10/21', body,
              date=when(10, 21, 15, 35))


@reg('clean', 'lookalike')
def look3():
    body = ("Billing quick reference - hereditary cancer & cardiac (rev. Aug 2024)\n\n"
            "CPT\n  81162  BRCA1/2 full seq + del/dup\n  81165  BRCA1 full seq\n  81292  MLH1 full seq\n"
            "  81295  MSH2 full seq\n  81432  Hereditary breast ca-related disorders panel (>=10 genes)\n"
            "  81433  dup/del for 81432\n  81435  Hereditary colon ca panel (>=10 genes)\n  81413  Cardiac ion channelopathies, full seq\n"
            "  81439  Hereditary cardiomyopathy panel (>=5 genes)\n  96040  Medical genetics counseling, each 30 min (GC)\n\n"
            "Common ICD-10-CM\n  Z80.3   Family history of malignant neoplasm of breast\n  Z80.41  Family hx ovarian\n"
            "  Z80.0   Family hx digestive organs\n  Z15.01  Genetic susceptibility to breast ca\n  Z82.41  Family hx sudden cardiac death\n"
            "  I42.1   Obstructive hypertrophic cardiomyopathy\n  Z13.79  Encounter for other screening for genetic disorder\n\n"
            "Modifiers: -90 (reference lab), -GA (ABN on file, Medicare).\nUse Z codes as primary only when no personal "
            "history applies. See payer grid for auth requirements.")
    return mk(who('ferreira'), 'clientservices@%s' % D, 'Updated CPT/ICD cheat sheet', body,
              atts=[csvatt('cpt_icd_quickref_2024-08.csv',
                           [['type', 'code', 'description'], ['CPT', '81162', 'BRCA1/2 full seq + del/dup'],
                            ['CPT', '81432', 'Hereditary breast ca panel'], ['CPT', '81439', 'Cardiomyopathy panel'],
                            ['CPT', '96040', 'Genetic counseling 30 min'], ['ICD10', 'Z80.3', 'FHx breast ca'],
                            ['ICD10', 'Z82.41', 'FHx sudden cardiac death'], ['ICD10', 'Z15.01', 'Genetic susceptibility breast ca']])],
              date=when(8, 5, 10, 5))


@reg('clean', 'lookalike')
def look4():
    body = ("Updated ordering-provider directory for the client services desk. Please use this instead of the "
            "sticky notes.\n\n"
            "Provider                   Practice                       NPI          Phone           Fax\n"
            "Anjali Patel, MD           Westbrook Oncology             1457382910   (614) 555-0311  (614) 555-0312\n"
            "Martin Kessler, MD, FACC   Bellfield Cardiology           1639201874   (614) 555-0260  (614) 555-0261\n"
            "Renata Solis, MD           Lakeshore Women's Health       1326049981   (614) 555-0350  (614) 555-0351\n"
            "Samuel Adeyemi, MD         Cedar Hollow Pediatrics        1982047735   (614) 555-0400  (614) 555-0403\n"
            "Graciela Montoya, DO       Riverbend Pediatrics           1740356218   (614) 555-0420  (614) 555-0421\n"
            "Harold Finch-Ames, MD      Eastside Family Medicine       1093821446   (614) 555-0440  (614) 555-0441\n\n"
            "Ohio licence numbers are in the credentialing file if a payer asks (e.g. Patel 35.118204).\n\nShauna")
    return mk(who('pruitt'), 'clientservices@%s' % D, 'provider directory (updated)', body, html=True,
              date=when(2, 12, 11, 40))


@reg('clean', 'lookalike')
def look5():
    body = ("Ticket INC0048812 has been updated.\n\n"
            "  Short description: Zebra label printer ACC-PR-03 printing barcodes offset\n"
            "  Priority: 3 - Moderate\n  Assignment group: Lab Informatics\n  Assigned to: Victor Szabo\n"
            "  Asset tag: MG-004417   Serial: 52J193601182\n  Opened: 2024-02-06 07:52   Updated: 2024-02-06 13:18\n\n"
            "Work note: Replaced printhead (part P1058930-009), recalibrated media. Test labels scan at 100% on the "
            "Honeywell 1950g (S/N 21077B0345). Monitoring for 24h before resolving.\n\n"
            "To view the ticket: https://servicedesk.marlowegenetics.org/incident/INC0048812\n"
            "Service Desk x4357 | servicedesk@marlowegenetics.org")
    return mk('Service Desk <servicedesk@%s>' % D, who('tran'), 'INC0048812 updated - label printer ACC-PR-03', body,
              date=when(2, 6, 13, 18), headers={'Auto-Submitted': 'auto-generated'})


@reg('clean', 'lookalike')
def look6():
    rows = [['Month', 'Specimens received', 'Rejected', 'Rejection rate %', 'Top reason', 'Median TAT (days) cancer', 'Median TAT cardiac', 'Median TAT exome'],
            ['2024-01', 3120, 74, 2.37, 'Unlabeled/mislabeled', 12, 16, 48],
            ['2024-02', 2985, 61, 2.04, 'Unlabeled/mislabeled', 11, 15, 51],
            ['2024-03', 3344, 88, 2.63, 'Hemolyzed', 12, 17, 46],
            ['2024-04', 3210, 59, 1.84, 'Stability exceeded', 11, 15, 44],
            ['2024-05', 3402, 66, 1.94, 'Unlabeled/mislabeled', 10, 14, 43],
            ['2024-06', 3157, 52, 1.65, 'QNS saliva', 10, 14, 42]]
    body = ("Q-meeting numbers for H1 attached. Headlines:\n\n- Rejection rate down from 2.37% (Jan) to 1.65% (Jun)\n"
            "- Labeling errors still #1 overall (212 of 400 rejects), Lakeshore accounts for 38% of those\n"
            "- Exome median TAT 42 days in June, first time under our 45-day target\n- 19,218 specimens received H1\n\n"
            "Gwen")
    return mk(who('harrow'), [who('lindahl'), who('marchbank'), who('pruitt')], 'H1 quality metrics', body,
              atts=[xlsx('QA_metrics_H1_2024.xlsx', rows, 'H1')], date=when(7, 9, 8, 30))


@reg('clean', 'lookalike')
def look7():
    body = ("CAP Proficiency Testing - Event shipment notice\n\n"
            "Program: MGL2 Molecular Genetics (Hereditary Cancer)   Event: 2024-B\n"
            "Kit ID: 8812047-MGL2-24B   Lab #: 8812047\n"
            "Specimens: MGL2-06, MGL2-07, MGL2-08 (cell line DNA, 50 ng/uL)\n"
            "Ship date: 09/09/2024   Results due: 10/04/2024 11:59 PM CT\n\n"
            "Specimen MGL2-06 is a 38-year-old female, family history of breast cancer (simulated clinical scenario).\n\n"
            "Enter results through e-LAB Solutions Suite. PT specimens must be tested with routine patient "
            "workload by staff who routinely perform the test; do not refer specimens to another laboratory.\n\n"
            "Kristof - PT binder is in my office, I logged receipt at 10:14, stored at 4C shelf B.\n\nGwen")
    return mk(who('harrow'), [who('lindahl'), 'molecular-bench@%s' % D], 'CAP MGL2-B received - due 10/4', body,
              date=when(9, 11, 10, 22))


# ================================================================ CLEAN: news
@reg('clean', 'news')
def news1():
    body = ("THE PEDIGREE - Marlowe Center for Medical Genetics staff newsletter - Spring 2024\n\n"
            "NEW: Inherited Cardiovascular Disease Clinic\nStarting April 1, Dev Raghunathan, MS, LCGC and Dr. Adebayo "
            "will run a combined clinic every Wednesday afternoon with Bellfield Cardiology. The new 112-gene "
            "cardiomyopathy/arrhythmia panel went live in the lab the same week.\n\n"
            "BY THE NUMBERS (Q1)\n  1,184 genetic counseling visits (41% telehealth)\n  9,449 specimens accessioned\n"
            "  312 family letters mailed through the cascade program\n\n"
            "WELCOME\n  Kiara Dobbs - Specimen Processing (2nd shift)\n  Lauren Kowalski, RD - Metabolic dietitian\n\n"
            "KUDOS\nTo the accessioning team for zero mislabeled specimens released in March!\n\n"
            "UPCOMING\n  Apr 18 - Grand Rounds: 'Polygenic risk scores in the clinic: ready or not?'\n"
            "  May 2 - Spring potluck, 3rd floor atrium\n\nSubmit items for the summer issue to newsletter@marlowegenetics.org")
    html = ('<html><body style="font-family:Georgia,serif">'
            '<h1>The Pedigree</h1><p><i>Spring 2024</i></p><h2>New: Inherited Cardiovascular Disease Clinic</h2>'
            '<p>Starting April 1, Dev Raghunathan, MS, LCGC and Dr. Adebayo will run a combined clinic every Wednesday '
            'afternoon with Bellfield Cardiology.</p><h2>By the numbers (Q1)</h2><ul><li>1,184 genetic counseling visits '
            '(41% telehealth)</li><li>9,449 specimens accessioned</li><li>312 family letters mailed</li></ul>'
            '<h2>Welcome</h2><p>Kiara Dobbs - Specimen Processing; Lauren Kowalski, RD - Metabolic dietitian</p>'
            '</body></html>')
    return mk('The Pedigree <newsletter@%s>' % D, 'allstaff@%s' % D, 'The Pedigree - Spring 2024', body,
              html=html, atts=[png('marlowe_logo.png')], date=when(3, 29, 7, 0))


@reg('clean', 'news')
def news2():
    body = ("Ohio Newborn Screening Program - Provider Bulletin, Issue 24-3\n\n"
            "Spinal muscular atrophy (SMA) and X-linked adrenoleukodystrophy (X-ALD) screening: first-year summary\n\n"
            "Between July 2023 and June 2024 the program screened 128,412 newborns. SMA screening identified 9 "
            "screen-positive infants, all confirmed; X-ALD screening identified 14 screen-positive infants, of whom "
            "11 were confirmed male hemizygotes. Median time from birth to first treatment for SMA was 16 days.\n\n"
            "Reminders for submitters:\n  - Collect specimens at 24-48 hours of age.\n  - Unsatisfactory rate statewide "
            "was 1.1%; the most common cause is layered or clotted blood.\n  - Courier specimens within 24 hours of "
            "collection.\n\nFull report and follow-up protocols: nbs-bulletin.example.org\n\nYou are receiving this "
            "bulletin because you are a registered submitter or follow-up center.")
    return mk('Ohio NBS Bulletin <bulletin@nbs-bulletin.example.org>', 'nbs-followup@%s' % D,
              'NBS Provider Bulletin 24-3: SMA and X-ALD first-year results', body, html=True, date=when(8, 1, 6, 30))


@reg('clean', 'news')
def news3():
    body = ("Journal club - Friday 12:00, Birch room (pizza)\n\n"
            "Paper: 'Uptake of cascade testing after direct contact versus family letters: a randomized trial' "
            "(J Genet Couns, 2024).\n\nSummary: 1,020 at-risk relatives across 312 families. Direct provider "
            "contact increased testing uptake at 12 months from 23% to 37%. Effect was largest for second-degree "
            "relatives and smaller in families with >2 generations already tested. Cost per additional relative "
            "tested was estimated at $190.\n\nDiscussion questions:\n  1. Could we offer direct contact within our "
            "consent process?\n  2. What's our current uptake? (Fiona has the 2023 aggregate numbers: 29%.)\n"
            "  3. State law on contacting relatives without the proband's involvement?\n\nPresenter: Fiona Gallagher")
    return mk(who('gallagher'), 'gc-team@%s' % D, 'Journal club Fri - cascade testing RCT', body, date=when(11, 4, 9, 0))


@reg('clean', 'news')
def news4():
    body = ("Now available: Expanded Carrier Screen 2.0 from Marlowe Genomic Reference Laboratory\n\n"
            "- 514 genes, including SMN1 copy number with SMN2 and the g.27134T>G silent-carrier marker\n"
            "- Full-gene sequencing plus del/dup; fragile X repeat sizing by PCR\n"
            "- Turnaround: 10-14 days; partner testing reflexed at no added cost when ordered within 30 days\n"
            "- In network with Northgate, Keystone Meridian and BrightPath Medicaid\n\n"
            "Order through your EMR interface or the client portal. Kits ship free. Our genetic counselors "
            "are available for provider consults Monday-Friday, 8-6.\n\n"
            "Client Services: (614) 555-0160 | clientservices@marlowegenetics.org\n\n"
            "To unsubscribe from provider updates, reply STOP or visit our preference center.")
    return mk('Marlowe Genomic Reference Lab <updates@%s>' % D,
              'Lakeshore Women\'s Health <office@lakeshorewomens.net>',
              'Introducing Expanded Carrier Screen 2.0 - 514 genes, 10-14 day TAT', body, html=True,
              atts=[png('ecs2_banner.png', 240, 60)], date=when(9, 17, 10, 0))


@reg('clean', 'news')
def news5():
    body = ("Happy Genetic Counselor Awareness Day (Nov 7)!\n\n"
            "Our 11 genetic counselors saw families from 46 Ohio counties this year, in English, Spanish, "
            "Vietnamese, Arabic, Nepali and Somali with interpreter partners. A few things they accomplished:\n\n"
            "  * Launched the same-week results clinic for hereditary cancer\n"
            "  * Cut wait time for a new prenatal GC visit from 19 to 6 days\n"
            "  * Supervised 7 students from the Ohio Valley GC program\n\n"
            "Stop by the 3rd floor break room for cake at 3:00. Thank you, GCs!\n\nHelen Marchbank, MD\nMedical Director")
    return mk(who('marchbank'), 'allstaff@%s' % D, 'GC Awareness Day - thank you!', body, date=when(11, 7, 8, 15))


@reg('clean', 'news')
def news6():
    body = ("Northgate Health Plan - Provider News, October 2024\n\n"
            "GENETIC TESTING POLICY UPDATES\nEffective January 1, 2025, Northgate will use updated criteria for "
            "hereditary cancer multigene panels aligned with current NCCN guidelines. Requests from laboratories "
            "participating in the Genetic Testing Quality Program will be eligible for automated approval when "
            "criteria are met.\n\nBY THE NUMBERS\nIn 2023, 71% of genetic testing prior authorization requests were "
            "approved on first submission. The most common reason for denial was missing pre-test counseling "
            "documentation (44% of denials).\n\nWEBINAR\n'Genetic testing prior authorization: getting it right the "
            "first time' - November 14, 12:00 PM ET. Register at providers.northgatehp.com/webinars\n\n"
            "Northgate Health Plan | Provider Relations | 1-866-555-0130")
    return mk('Northgate Provider News <providernews@northgatehp.com>', 'billing-team@%s' % D,
              'Provider News - October 2024', body, html=True, date=when(10, 1, 5, 45))


# ================================================================ CLEAN: staff
@reg('clean', 'staff')
def staff1():
    body = ("Genetics on-call - December 2024\n\n"
            "Dates         Attending geneticist          Backup             Lab director on call\n"
            "12/2-12/8     Dr. Marchbank  555-0121       Dr. Adebayo        Dr. Lindahl 555-0170\n"
            "12/9-12/15    Dr. Adebayo    555-0122       Dr. Marchbank      Dr. Cho 555-0171\n"
            "12/16-12/22   Dr. Marchbank  555-0121       Dr. Adebayo        Dr. Lindahl 555-0170\n"
            "12/23-12/29   Dr. Adebayo    555-0122       Dr. Marchbank      Dr. Cho 555-0171\n"
            "12/30-1/5     Dr. Marchbank  555-0121       Dr. Adebayo        Dr. Lindahl 555-0170\n\n"
            "NBS critical calls go to Patrice Delaney first (pager 614-555-0141), then the attending. Hospital "
            "operator: (614) 555-0100, ask for genetics on call.\n\nPlease send swaps to me by 11/22.\n\nCarla")
    return mk(who('benedetti'), 'genetics-oncall@%s' % D, 'December on-call', body, html=True, date=when(11, 15, 12, 0))


@reg('clean', 'staff')
def staff2():
    rows = [['Week of', 'Cancer clinic', 'Cardiac clinic', 'Prenatal', 'Peds/exome', 'Lab consult line'],
            ['9/9', 'Dunmore, MS, CGC', 'Raghunathan, MS, LCGC', 'Whitaker, MS, CGC', 'Ibarra, MS, CGC', 'Gallagher, MS, CGC'],
            ['9/16', 'Gallagher, MS, CGC', 'Raghunathan, MS, LCGC', 'Whitaker, MS, CGC', 'Ibarra, MS, CGC', 'Dunmore, MS, CGC'],
            ['9/23', 'Dunmore, MS, CGC', 'Raghunathan, MS, LCGC', 'Gallagher, MS, CGC', 'Ibarra, MS, CGC', 'Whitaker, MS, CGC'],
            ['9/30', 'Dunmore, MS, CGC', 'Ibarra, MS, CGC', 'Whitaker, MS, CGC', 'Raghunathan, MS, LCGC', 'Gallagher, MS, CGC']]
    body = ("Hi GCs,\n\nSeptember rotation attached. Fiona covers prenatal the week of 9/23 while Jasmine is at NSGC. "
            "Tomás and Dev swap the week of 9/30 per their request.\n\nStudents (Ohio Valley GC program) start 9/9: "
            "Priya with cancer, Marcus L. with peds.\n\nRachel\nGC Team Lead")
    return mk(who('dunmore'), 'gc-team@%s' % D, 'Sept GC rotation', body,
              atts=[xlsx('GC_rotation_Sep2024.xlsx', rows, 'September')], date=when(8, 26, 14, 5))


@reg('clean', 'staff')
def staff3():
    body = ("Reminder: Open Enrollment closes Friday, November 15 at 11:59 PM.\n\n"
            "What's new for 2025:\n  - Medical plans: Keystone Meridian PPO and HDHP (with HSA). Employer HSA seed "
            "increases to $750 single / $1,500 family.\n  - Dental and vision rates unchanged.\n  - New: Fertility "
            "and family-building benefit through our EAP partner.\n\nIf you do nothing, your 2024 elections roll over "
            "except for FSA, which must be re-elected every year.\n\nBenefits office hours: Tues/Thurs 11-1, Room 214, "
            "or book 15 minutes with me.\n\nDenise Albright, SHRM-CP\nHR Business Partner | x0190" + CONF)
    return mk(who('albright'), 'allstaff@%s' % D, 'Open Enrollment closes 11/15', body, html=True, date=when(11, 4, 9, 0))


@reg('clean', 'staff')
def staff4():
    body = ("Hi all,\n\nPayroll cutoff is moved up for the Thanksgiving week: timesheets must be submitted by "
            "Tuesday 11/26 at noon, and managers approve by 5 PM the same day. Paychecks/direct deposit will be on "
            "Wednesday 11/27.\n\nShift differential for 2nd shift accessioning and weekend on-call stipends "
            "($250/weekend for GCs, $400 for geneticists) are paid on this cycle.\n\nThanks,\nPayroll | Marlowe Center "
            "for Medical Genetics\npayroll@marlowegenetics.org")
    return mk('Payroll <payroll@%s>' % D, 'allstaff@%s' % D, 'Timesheet deadline - Thanksgiving week', body,
              date=when(11, 18, 10, 30))


@reg('clean', 'staff')
def staff5():
    body = ("Friends,\n\nAfter 14 years at the bench, Ray Oduya (MLS(ASCP), our Sanger and MLPA guru) is retiring "
            "at the end of June! Please join us for cake and stories:\n\n  Thursday June 27, 3:00-4:00\n  3rd floor atrium\n\n"
            "There's a card going around Specimen Processing, and Gwen is collecting for a group gift (Venmo or "
            "the envelope on her desk by 6/21).\n\nIf you have a favorite Ray story or photo, send it to me for the "
            "slideshow - nothing too embarrassing please ;)\n\nBao")
    start = datetime.datetime(2024, 6, 27, 15, 0)
    return mk(who('tran'), 'all-lab@%s' % D, "Ray's retirement party 6/27!", body,
              atts=[ics('Ray_retirement.ics', "Ray Oduya retirement celebration", start,
                        start + datetime.timedelta(hours=1), '3rd floor atrium', 'Cake and stories!',
                        'Bao Tran', addr('tran'))], date=when(6, 10, 11, 11))


@reg('clean', 'staff')
def staff6():
    body = ("Hi team,\n\nMarisol Ventura from client services will be on leave from Monday 4/8 through Monday 5/20. "
            "Please don't contact her during that time.\n\nCoverage:\n  - Westbrook & Bellfield accounts: Marcus\n"
            "  - Lakeshore & Cedar Hollow: me\n  - Portal password resets: IT service desk\n\n"
            "Her voicemail and email auto-reply will point to clientservices@.\n\nShauna" + sig('pruitt', 'short'))
    return mk(who('pruitt'), 'clientservices@%s' % D, 'Coverage while Marisol is out', body, date=when(4, 3, 16, 40))


@reg('clean', 'staff')
def staff7():
    body = ("Hi Rachel,\n\nQuick credentialing reminder from our tracker - these renewals are coming up:\n\n"
            "  Rachel Dunmore, MS, CGC - ABGC certification maintenance cycle ends 12/31/2024 (25 CEUs logged of 25)\n"
            "  Dev Raghunathan, MS, LCGC - Ohio GC license renewal due 1/31/2025\n"
            "  Tomás Ibarra, MS, CGC - ABGC CMC ends 12/31/2025\n"
            "  Oluwaseun Adebayo, MD, PhD - ABMGG MOC Part II due 2025\n"
            "  Gwen Harrow, MLS(ASCP) - CMP reporting due 3/31/2025\n\n"
            "Please upload certificates to the HR portal under 'Licenses & Certifications' once renewed. "
            "Payers need current copies for our recredentialing in Q1.\n\nThanks!\nDenise")
    return mk(who('albright'), who('dunmore'), 'Credential renewals coming up', body,
              cc=[who('raghu'), who('ibarra')], date=when(10, 14, 15, 20))


# ================================================================ CLEAN: training
@reg('clean', 'training')
def train1():
    body = ("GC students - pedigree nomenclature quiz (self-check, not graded)\n\n"
            "1. What symbol denotes a pregnancy that resulted in a spontaneous abortion of unknown sex?\n"
            "2. How do you indicate consanguinity between two individuals?\n"
            "3. A proband is a 42-year-old woman with breast cancer at 39. Her mother had ovarian cancer at 55 and "
            "her maternal aunt is unaffected at 68. Draw the three-generation pedigree and mark the proband and the "
            "consultand.\n4. What does a diagonal line through a symbol mean?\n"
            "5. How should an individual who has had genetic testing with a negative result be marked?\n\n"
            "All scenarios are fictional. Answers next week at supervision.\n\nFiona Gallagher, MS, CGC\n"
            "Student Supervisor, Cascade Testing")
    return mk(who('gallagher'), 'gc-students@%s' % D, 'Pedigree quiz - week 3', body,
              atts=[docx('Pedigree_quiz_wk3.docx', body.split('\n'))], date=when(9, 25, 8, 0))


@reg('clean', 'training')
def train2():
    body = ("UAT script - GenTrack 9.4, Accessioning module (run in TEST environment only: gentrack-tst)\n\n"
            "Use the test patients below. Do NOT use real patient data in TST.\n\n"
            "Step  Action                                         Test record                     Expected\n"
            "1     Create accession from portal order             ZZTEST, ALPHA  MRN TST000101    Accession MGR-TST-0001 created\n"
            "2     Scan tube barcode, mismatch name               ZZTEST, BRAVO  MRN TST000102    Hard stop 'Name mismatch'\n"
            "3     Reject specimen - hemolyzed                    ZZTEST, CHARLIE MRN TST000103   Rejection letter queued to client\n"
            "4     Add-on test to existing accession              ZZTEST, ALPHA                   Add-on visible in worklist\n"
            "5     Print labels (ACC-PR-TST)                      any                             2D barcode scans\n\n"
            "Record pass/fail in the attached sheet. Sign-off due Friday.\n\nVictor")
    rows = [['Step', 'Test record', 'Expected', 'Pass/Fail', 'Tester', 'Notes'],
            [1, 'ZZTEST, ALPHA', 'Accession created', '', '', ''],
            [2, 'ZZTEST, BRAVO', 'Hard stop name mismatch', '', '', ''],
            [3, 'ZZTEST, CHARLIE', 'Rejection letter queued', '', '', ''],
            [4, 'ZZTEST, ALPHA', 'Add-on in worklist', '', '', ''],
            [5, 'n/a', '2D barcode scans', '', '', '']]
    return mk(who('szabo'), [who('tran'), 'accessioning@%s' % D], 'UAT script - accessioning (TST)', body,
              atts=[xlsx('UAT_accessioning_9.4.xlsx', rows, 'UAT')], date=when(3, 11, 9, 45))


@reg('clean', 'training')
def train3():
    body = ("Case for Thursday's teaching conference (de-identified composite - no real patient)\n\n"
            "A couple is referred after routine first-trimester cfDNA screening reports a high-risk result for "
            "trisomy 18. The pregnant patient is in her mid-30s; this is her second pregnancy. The first-trimester "
            "ultrasound was reported as normal. The couple are unsure whether they want diagnostic testing.\n\n"
            "Discussion points:\n  - PPV of cfDNA for T18 at this maternal age\n  - CVS vs. amniocentesis timing\n"
            "  - Confined placental mosaicism\n  - Supporting decision-making without directiveness\n\n"
            "Jasmine Whitaker, MS, CGC")
    return mk(who('whitaker'), 'gc-team@%s' % D, 'Teaching case - cfDNA high risk (composite)', body,
              date=when(5, 27, 16, 10))


@reg('clean', 'training')
def train4():
    segs = [
        'MSH|^~\\&|MGRL_LIMS|MARLOWE_LAB|EPIC|VALIDATION|20240610120000||ORU^R01^ORU_R01|VAL0000017|T|2.5.1',
        'PID|1||TST99000017^^^MGRL^MR||TESTPATIENT^FICTIONAL^A||19000101|U|||123 TEST ST^^NOWHERE^OH^00000',
        'OBR|1|VAL-ORD-17|MGR-VAL-0017|HCP47^Hereditary Cancer Comprehensive Panel^L|||20240601080000',
        'OBX|1|CWE|69548-6^Genetic variant assessment^LN||LA9634-2^Absent^LN||||||F',
    ]
    body = ("Interface validation - message 17 of 40 (negative result, no variants)\n\n"
            "Processing ID is T (training/test). Patient is the fictitious validation record TESTPATIENT, FICTIONAL. "
            "Please confirm it files to the validation chart and the result displays 'No pathogenic variants "
            "detected' in the Results Review tab.\n\n" + _hl7(segs, '\n') + "\nVictor Szabo\nLab Informatics")
    return mk(who('szabo'), 'Westbrook Interface Team <interfaces@westbrookonc.com>',
              'Validation msg 17/40 - negative panel (TEST record)', body, date=when(6, 10, 12, 5))


@reg('clean', 'training')
def train5():
    body = ("Results disclosure role-play - GC student skills lab\n\n"
            "Roles: Counselor (student), Client (standardized patient actor), Observer\n\n"
            "Scenario (fictional): 'Dana', a 45-year-old teacher, returns for results of a hereditary colon cancer "
            "panel. The result is a variant of uncertain significance in MSH6. Dana's brother was diagnosed with "
            "colon cancer at 47. Dana expected a clear yes or no.\n\n"
            "Actor notes: be frustrated at first; ask 'So do I have it or not?' and 'Should my kids be tested?'\n\n"
            "Observer checklist:\n  [ ] Checks understanding before giving result\n  [ ] Explains VUS in plain language\n"
            "  [ ] Addresses management based on family history, not the VUS\n  [ ] Discusses reclassification / recontact\n\n"
            "Fiona")
    return mk(who('gallagher'), ['gc-students@%s' % D, 'sp-program@ohiovalleygc.example.edu'],
              'Skills lab Tuesday - VUS role-play', body, date=when(10, 7, 13, 30))


@reg('clean', 'training')
def train6():
    body = ("Annual accessioning competency - practical station 2\n\n"
            "Each trainee receives 6 mock specimen tubes labeled SAMPLE-A through SAMPLE-F and matching mock "
            "requisitions. Identify which tubes must be rejected and why.\n\n"
            "  SAMPLE-A  two identifiers match, collected 2 days ago, EDTA room temp          -> accept\n"
            "  SAMPLE-B  name on tube, DOB missing                                          -> reject (1 identifier)\n"
            "  SAMPLE-C  label on cap only                                                  -> reject\n"
            "  SAMPLE-D  NIPT Streck tube, collected 9 days ago                             -> reject (stability)\n"
            "  SAMPLE-E  saliva below fill line                                             -> QNS, contact client\n"
            "  SAMPLE-F  requisition name spelled differently from tube                     -> reject, mismatch\n\n"
            "Passing score 6/6. Answer key is for trainers only - please don't forward to trainees.\n\nGwen Harrow, MLS(ASCP)")
    return mk(who('harrow'), ['trainers@%s' % D, who('tran')], 'Competency station 2 - answer key (trainers)', body,
              date=when(1, 22, 8, 40))


# ================================================================ main
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    for label, kind, patient, fn in EMAILS:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (label, kind, counters[key])
        msg = fn()
        with open(os.path.join(out, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counters.items():
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)


if __name__ == '__main__':
    main()
