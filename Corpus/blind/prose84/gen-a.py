#!/usr/bin/env python3
"""Blind evaluation mail for a hospital Interpreter & Language Services department.

Everything here is invented: people, numbers, organisations, addresses.
Run:  python3 gen.py OUTDIR
"""
import sys
import os
import csv
import io
import json
import random
import struct
import zlib
import zipfile
import datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 8401
random.seed(SEED)

# ---------------------------------------------------------------------------
# organisation and people
# ---------------------------------------------------------------------------
ORG = "St. Aldric Regional Medical Center"
DOM = "staldric.org"
ADDR = "1400 Aldric Way, Eastbrook, NJ 07991"
MAIN_PHONE = "(732) 555-0100"

# key: (display name, email, title, phone)
P = {
    'rosa': ("Rosa Delgado-Pinto", "rdelgadopinto@" + DOM,
             "Manager, Interpreter & Language Services", "(732) 555-0188"),
    'tomasz': ("Tomasz Wierzbicki", "twierzbicki@" + DOM,
               "Scheduling Coordinator, Language Services", "(732) 555-0187"),
    'aisha': ("Aisha Farah", "afarah@" + DOM,
              "Language Services Scheduler", "(732) 555-0186"),
    'marisol': ("Marisol Ortega", "mortega@" + DOM,
                "Staff Medical Interpreter, Spanish (CHI-Spanish)", "(732) 555-0191"),
    'linh': ("Linh Tran-Nguyen", "ltrannguyen@" + DOM,
             "Staff Medical Interpreter, Vietnamese (CMI)", "(732) 555-0192"),
    'dan': ("Daniel Kessler", "dkessler@" + DOM,
            "Coordinator, Deaf & Hard of Hearing Services (NIC)", "(732) 555-0194"),
    'meiling': ("Mei-Ling Zhou", "mzhou@" + DOM,
                "Translation Program Coordinator", "(732) 555-0195"),
    'jean': ("Jean-Baptiste Pierre-Louis", "jpierrelouis@" + DOM,
             "Staff Interpreter, Haitian Creole / French", "(732) 555-0193"),
    'anab': ("Ana Beatriz Souza", "asouza@" + DOM,
             "Staff Interpreter, Portuguese (CoreCHI)", "(732) 555-0196"),
    'oleg': ("Oleg Marchenko", "omarchenko@" + DOM,
             "Staff Interpreter, Russian / Ukrainian", "(732) 555-0197"),
    'huda': ("Huda Al-Sayegh", "halsayegh@" + DOM,
             "Staff Interpreter, Arabic (CHI-Arabic)", "(732) 555-0198"),
    # clinicians and other departments
    'raman': ("Priya Raman, MD", "praman@" + DOM,
              "Cardiology, Heart & Vascular Center", "(732) 555-0321"),
    'ohara': ("Kevin O'Hara, RN", "kohara@" + DOM,
              "Charge Nurse, 4 West Med/Surg", "(732) 555-0440"),
    'whitcomb': ("Jenna Whitcomb, RN, CCM", "jwhitcomb@" + DOM,
                 "Case Management", "(732) 555-0452"),
    'okafor': ("Samuel Okafor, MD", "sokafor@" + DOM,
               "Obstetrics & Gynecology", "(732) 555-0360"),
    'lindqvist': ("Karin Lindqvist, PT, DPT", "klindqvist@" + DOM,
                  "Outpatient Rehabilitation", "(732) 555-0377"),
    'becker': ("Hannah Becker", "hbecker@" + DOM,
               "Unit Secretary, Emergency Department", "(732) 555-0411"),
    'patel': ("Nikhil Patel, PharmD", "npatel@" + DOM,
              "Outpatient Pharmacy", "(732) 555-0290"),
    'greer': ("Dana Greer", "dgreer@" + DOM,
              "Patient Relations Specialist", "(732) 555-0150"),
    'moss': ("Carl Moss", "cmoss@" + DOM,
             "Accounts Payable", "(732) 555-0222"),
    'ito': ("Ken Ito", "kito@" + DOM,
            "Clinical Applications Analyst, IS", "(732) 555-0260"),
    'fajardo': ("Lorna Fajardo, RN", "lfajardo@" + DOM,
                "Nurse Manager, 6 North", "(732) 555-0466"),
    'brandt': ("Erik Brandt, MSW", "ebrandt@" + DOM,
               "Social Work, Oncology", "(732) 555-0471"),
    'sato': ("Emily Sato", "esato@" + DOM,
             "Patient Access Supervisor", "(732) 555-0130"),
    'voss': ("Adrienne Voss", "avoss@" + DOM,
             "Director, Patient Experience", "(732) 555-0145"),
    'quinn': ("Theresa Quinn", "tquinn@" + DOM,
              "Revenue Cycle, Patient Financial Services", "(732) 555-0235"),
}
SHARED = {
    'interp': ("Interpreter Services", "interpreters@" + DOM),
    'transl': ("Translation Requests", "translation@" + DOM),
    'dhh': ("Deaf & HH Services", "dhh@" + DOM),
    'pr': ("Patient Relations", "patientrelations@" + DOM),
    'ls_all': ("Language Services Staff", "ls-staff@" + DOM),
    'ap': ("Accounts Payable", "ap-invoices@" + DOM),
}
AGENCY = {
    'lb': ("LinguaBridge Interpreting", "scheduling@linguabridge-interp.com"),
    'lb_bill': ("LinguaBridge Billing", "billing@linguabridge-interp.com"),
    'ch': ("ClearHands ASL Services", "requests@clearhandsasl.net"),
    'tl': ("TeleLingo VRI Support", "support@telelingo-vri.com"),
    'vx': ("Voxa Phone Interpreting", "accounts@voxaline.net"),
}

CONF = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, "
        "is for the sole use of the intended recipient(s) and may contain "
        "confidential and privileged information. Any unauthorized review, use, "
        "disclosure or distribution is prohibited. If you are not the intended "
        "recipient, please contact the sender by reply e-mail and destroy all "
        "copies of the original message.")

CONF_SHORT = ("This message may contain confidential information intended only "
              "for the addressee. If you received it in error, please notify the "
              "sender and delete it.")


def who(k):
    if k in P:
        return formataddr((P[k][0], P[k][1]))
    if k in SHARED:
        return formataddr(SHARED[k])
    if k in AGENCY:
        return formataddr(AGENCY[k])
    return k


def name(k):
    return P[k][0] if k in P else (SHARED.get(k) or AGENCY.get(k))[0]


def first(k):
    return name(k).split()[0]


def sig(k, conf=False, short=False, pager=None, extra=None):
    n, e, t, ph = P[k]
    lines = ["", n, t]
    if k in ('rosa', 'tomasz', 'aisha', 'marisol', 'linh', 'dan', 'meiling',
             'jean', 'anab', 'oleg', 'huda'):
        lines.append("Interpreter & Language Services | " + ORG)
    else:
        lines.append(ORG)
    if short:
        lines.append("x" + ph[-4:])
    else:
        lines.append("Office " + ph + (" | Pager " + pager if pager else ""))
        if extra:
            lines.append(extra)
    if conf:
        lines += ["", CONF]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# invented patients
# ---------------------------------------------------------------------------
POOLS = {
    'es': ["Esperanza Ruiz", "Jose Luis Morales", "Guadalupe Castillo",
           "Rigoberto Vargas", "Carmen Salazar", "Hector Medina",
           "Yolanda Fuentes", "Javier Quintanilla", "Dolores Arreola",
           "Miguel Cabrera Ortiz", "Rosa Elvira Reyes", "Alejandra Paredes",
           "Teodoro Villalobos", "Maria de Jesus Ochoa", "Aurelio Benitez",
           "Silvia Espinoza", "Ramon Tejada", "Lucia Barrientos"],
    'vi': ["Minh Nguyen", "Thu Tran", "Hoa Le", "Tuan Pham", "Lan Huynh",
           "Dung Vo", "Phuong Dang", "Hung Bui", "Thanh Do", "Kim Loan Ly"],
    'zh': ["Wei Chen", "Xiuying Li", "Jianguo Wang", "Meihua Zhang",
           "Guoqiang Liu", "Lihua Huang", "Zhiwei Zhao", "Yufen Lin"],
    'ru': ["Dmitri Volkov", "Galina Petrova", "Sergei Sokolov",
           "Lyudmila Ivanova", "Nikolai Kuznetsov", "Tatiana Morozova",
           "Boris Lebedev", "Valentina Orlova"],
    'ht': ["Jean-Robert Desir", "Marie-Claude Joseph", "Wilner Pierre",
           "Rosemene Etienne", "Fritznel Augustin", "Nadege Charles",
           "Yvrose Baptiste", "Ernso Jean-Louis"],
    'ar': ["Mona Haddad", "Khalid Al-Amin", "Fatima Nasser", "Youssef Darwish",
           "Samira Khoury", "Ahmad Barakat", "Layla Saleh", "Omar Zaher"],
    'so': ["Abdi Warsame", "Farhiya Hassan", "Hodan Ali", "Mohamed Jama",
           "Sahra Abdullahi", "Ibrahim Osman", "Ayan Yusuf", "Hawa Nur"],
    'pt': ["Ana Lucia Ferreira", "Joao Batista Rocha", "Maria das Gracas Lima",
           "Antonio Carlos Pereira", "Fernanda Alves", "Sebastiao Moreira",
           "Conceicao Teixeira", "Rui Medeiros"],
    'ko': ["Soon-ja Kim", "Young-ho Park", "Mi-kyung Lee", "Jae-won Choi",
           "Kyung-hee Jung", "Dong-hyun Kang", "Sun-hee Yoon", "Byung-chul Han"],
    'pl': ["Stanislaw Kowalczyk", "Halina Wisniewska", "Zbigniew Nowak",
           "Krystyna Zielinska", "Tadeusz Wojcik", "Jadwiga Kaminska",
           "Marek Lewandowski", "Irena Dabrowska"],
    'asl': ["Harold Brennan", "Gerald Pruitt", "Denise McAllister",
            "Ruth Ann Sorensen", "Travis Yoder", "Loretta Fains",
            "Curtis Oyelaran", "Megan Trujillo", "Walter Haskins"],
    'bn': ["Mohammed Rahman", "Nasima Begum", "Abul Kalam Hossain",
           "Rokeya Akter"],
    'ne': ["Dil Maya Gurung", "Bhim Bahadur Rai", "Tika Ram Adhikari",
           "Sita Kumari Tamang"],
    'tl': ["Rosalinda Mercado", "Danilo Bautista", "Marites Santos",
           "Ernesto Villanueva"],
}
LANGNAME = {'es': 'Spanish', 'vi': 'Vietnamese', 'zh': 'Mandarin',
            'ru': 'Russian', 'ht': 'Haitian Creole', 'ar': 'Arabic',
            'so': 'Somali', 'pt': 'Portuguese', 'ko': 'Korean',
            'pl': 'Polish', 'asl': 'ASL', 'bn': 'Bengali', 'ne': 'Nepali',
            'tl': 'Tagalog'}
for _k in sorted(POOLS):
    random.shuffle(POOLS[_k])


FEMALE = ["Esperanza", "Guadalupe", "Carmen", "Yolanda", "Dolores", "Rosa", "Alejandra",
          "Maria", "Silvia", "Lucia", "Thu", "Hoa", "Lan", "Phuong", "Kim", "Xiuying",
          "Meihua", "Lihua", "Yufen", "Galina", "Lyudmila", "Tatiana", "Valentina",
          "Marie-Claude", "Rosemene", "Nadege", "Yvrose", "Mona", "Fatima", "Samira",
          "Layla", "Farhiya", "Hodan", "Sahra", "Ayan", "Hawa", "Ana", "Fernanda",
          "Conceicao", "Soon-ja", "Mi-kyung", "Kyung-hee", "Sun-hee", "Halina", "Krystyna",
          "Jadwiga", "Irena", "Denise", "Ruth", "Loretta", "Megan", "Nasima", "Rokeya",
          "Dil", "Sita", "Rosalinda", "Marites", "Irina", "Olga", "Tamara", "Vera",
          "Alma", "Beatriz", "Gloria", "Isabel", "Ngoc", "Meilin", "Rania", "Gracas", "Rose",
          "Lourdes", "Sheila", "Man", "Shahida"]


def sex_of(full):
    return "F" if full.split()[0] in FEMALE else "M"


def patient(lang, sex=None, exact=None):
    """Take an unused invented patient name from a language pool."""
    pool = POOLS[lang]
    if exact:
        pool.remove(exact)
        return exact
    for i in range(len(pool) - 1, -1, -1):
        fem = pool[i].split()[0] in FEMALE
        if sex is None or (sex == 'F') == fem:
            return pool.pop(i)
    raise ValueError("pool exhausted: %s %s" % (lang, sex))


def last_name(full):
    return full.split()[-1]


def first_name(full):
    return full.split()[0]


def mrn():
    return "%08d" % random.randint(400000, 2999999)


def dob(lo=1932, hi=2019):
    y = random.randint(lo, hi)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return datetime.date(y, m, d)


def phone(area=None):
    area = area or random.choice(["732", "848", "908", "609", "973"])
    return "(%s) 555-%04d" % (area, random.randint(200, 9899))


def hexid(n=16):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def tz_for(m):
    return datetime.timezone(datetime.timedelta(hours=-4 if 3 < m < 11 else -5))


def when(m, d, h=None, mi=None, y=2024):
    if h is None:
        h = random.randint(7, 17)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59),
                             tzinfo=tz_for(m))


def rwhen(lo_month=1, hi_month=11):
    return when(random.randint(lo_month, hi_month), random.randint(1, 28))


def before(dt, hours_lo=1, hours_hi=30):
    return dt - datetime.timedelta(minutes=random.randint(hours_lo * 60, hours_hi * 60))


def after_days(dt, lo=1, hi=14):
    d = (dt + datetime.timedelta(days=random.randint(lo, hi))).date()
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    return d


def md(d):
    return "%d/%d" % (d.month, d.day)


def mdy(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def long_date(d):
    return d.strftime("%A, %B ") + str(d.day)


def gmail_on(dt, n, e):
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
        dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, h, dt.minute,
        ampm, n, e)


def outlook_hdr(dt, frm, to, subj, cc=None):
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    lines = ["-----Original Message-----",
             "From: " + frm,
             "Sent: %s, %s %d, %d %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"),
                                                 dt.day, dt.year, h, dt.minute, ampm),
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subj)
    return "\n".join(lines)


def outlook_from(dt, frm, to, subj, cc=None):
    """Newer Outlook 'From:' block without the Original Message rule."""
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    lines = ["_" * 32, "From: " + frm,
             "Sent: %s, %s %d, %d %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"),
                                                 dt.day, dt.year, h, dt.minute, ampm),
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subj)
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def fwd_hdr(dt, frm, to, subj):
    return ("---------- Forwarded message ---------\n"
            "From: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
                frm, dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at %I:%M %p"),
                subj, to))


# ---------------------------------------------------------------------------
# message building
# ---------------------------------------------------------------------------
def mk(frm, to, subj, body, dt=None, cc=None, html=None, atts=(), domain=None,
       extra=None, reply_to=None):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = who(frm) if not ('<' in frm or '@' in frm) else frm
    if isinstance(to, (list, tuple)):
        msg['To'] = ", ".join(who(t) if not ('<' in t or '@' in t) else t for t in to)
    else:
        msg['To'] = who(to) if not ('<' in to or '@' in to) else to
    if cc:
        if isinstance(cc, (list, tuple)):
            msg['Cc'] = ", ".join(who(t) if not ('<' in t or '@' in t) else t for t in cc)
        else:
            msg['Cc'] = who(cc) if not ('<' in cc or '@' in cc) else cc
    msg['Subject'] = subj
    dt = dt or rwhen()
    msg['Date'] = format_datetime(dt)
    if domain is None:
        addr = msg['From']
        domain = addr.split('@')[-1].rstrip('>').strip() if '@' in addr else DOM
    msg['Message-ID'] = "<%s.%s@%s>" % (hexid(12), hexid(8), domain)
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['MIME-Version'] = "1.0"
    if extra:
        for k, v in extra:
            msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, ctype, data = a
        maintype, subtype = ctype.split('/')
        if maintype == 'text':
            if isinstance(data, bytes):
                data = data.decode('utf-8')
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return msg


def html_wrap(body_html, font="Calibri, sans-serif"):
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:%s;font-size:11pt\">%s</body></html>"
            % (font, body_html))


def text_to_html(text):
    import html as _h
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.splitlines()) + "</p>")
    return html_wrap("\n".join(out))


# ---------------------------------------------------------------------------
# attachment writers (all by hand, deterministic)
# ---------------------------------------------------------------------------
ZDATE = (2024, 1, 2, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, data in files:
            zi = zipfile.ZipInfo(fn, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    """Minimal valid XLSX with inline strings and numbers."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows):
        out.append('<row r="%d">' % (ri + 1))
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", "".join(out))])


def docx(paragraphs):
    """Minimal valid DOCX; paragraphs is a list of strings ('' = blank line)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc)])


def pdf(lines, title="Document"):
    """Small single-page PDF with plain Helvetica text (ASCII only)."""
    def esc(s):
        s = s.encode('ascii', 'replace').decode('ascii')
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 750
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 %d Td" % y]
    for i, l in enumerate(lines):
        if i == 0:
            ops.append("(%s) Tj" % esc(l))
        else:
            ops.append("(%s) '" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode('latin-1')
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) >>" % esc(title)).encode('latin-1'),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def png(w, h, bg=(255, 255, 255), box=None, boxcolor=(0, 82, 147)):
    """Valid RGB PNG: plain background, optional filled rectangle (a logo block)."""
    rows = []
    for yy in range(h):
        row = bytearray([0])
        for xx in range(w):
            if box and box[0] <= xx < box[2] and box[1] <= yy < box[3]:
                row += bytes(boxcolor)
            else:
                row += bytes(bg)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(uid, summary, start, end, location, description, organizer):
    def f(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//St Aldric//Scheduling//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid,
        "DTSTAMP:" + f(start - datetime.timedelta(days=6)),
        "DTSTART:" + f(start), "DTEND:" + f(end), "SUMMARY:" + summary,
        "LOCATION:" + location, "DESCRIPTION:" + description.replace("\n", "\\n"),
        "ORGANIZER;CN=%s:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR", ""])


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


LOGO = png(120, 36, bg=(255, 255, 255), box=(4, 4, 32, 32), boxcolor=(0, 82, 147))

CLINICS = ["Ambulatory Care Center, 2nd fl", "Women's Health (ACC 4)",
           "Orthopedics (ACC 3)", "GI Lab", "Heart & Vascular Center",
           "Wound Care Center", "Infusion Center", "Pediatrics (ACC 1)",
           "Endocrinology", "Outpatient Rehab", "Ophthalmology",
           "Pre-Admission Testing", "Dialysis Unit", "Imaging - MRI"]
SHORT_CLINICS = ["ACC2 Med", "WHC (ACC4)", "Ortho ACC3", "GI Lab", "Heart & Vasc",
                 "Wound Care", "Infusion", "Peds ACC1", "Endo", "Rehab", "Ophtho", "PAT",
                 "Dialysis", "MRI", "4W-417", "5N-22", "6N-09", "L&D Triage"]


# ===========================================================================
# PHI - care
# ===========================================================================
def phi_care():
    out = []

    # c1 - bedside Mandarin, reply quoting the nurse
    pn = patient('zh', 'M')
    d0 = when(2, 20, 16, 42)
    d1 = d0 + datetime.timedelta(minutes=37)
    room = "4W-%d" % random.randint(401, 430)
    orig = ("Hi team,\n\nCan we get a Mandarin interpreter IN PERSON at bedside tomorrow "
            "(Wed) at 0730 for Mr. %s in %s? Dr. Feld's team is coming to go over the "
            "plan for Thursday and get his signature, and his wife and son want to be "
            "there. They told me the iPad was hard for him last time, he doesn't hear "
            "well from the left side.\n\nThanks!\nKevin\n4W charge x0440" % (last_name(pn), room))
    body = ("Hi Kevin,\n\nBooked - Wen Li (LinguaBridge) will be at %s at 0720 tomorrow "
            "and is scheduled until 0830 so she can stay for questions after the team "
            "leaves. Request #LS-%d. If rounds get pushed please call the scheduling "
            "line at x0186 and we'll try to hold her.\n\nAisha\n%s\n\n%s\n%s" % (
                room, random.randint(40000, 49999), sig('aisha', short=True).strip(),
                gmail_on(d0, name('ohara'), P['ohara'][1]), quote(orig)))
    out.append((mk('aisha', 'ohara', "RE: mandarin at bedside 0730 tmrw - %s" % room,
                   body, dt=d1, cc='interp'), pn))

    # c2 - case manager: ride + interpreter
    pn = patient('vi', 'F')
    d0 = when(3, 11, 10, 5)
    appt = after_days(d0, 5, 9)
    body = (
        "Tomasz,\n\n"
        "Following up on our call. Mrs. %s (%s) goes home today from 5N and has her "
        "first clinic visit with Dr. Halvorsen on %s at 9:40 in the %s. A few things:\n\n"
        "- Her daughter Kim usually drives her but just started a new job and can't get "
        "off that morning. I've set up the Medicaid ride through ModivCare, pickup window "
        "8:15-8:45 from home. The driver won't speak Vietnamese so I gave them the "
        "daughter's cell %s as the contact.\n"
        "- She needs a Vietnamese interpreter for the whole visit, she'll also be getting "
        "her blood drawn downstairs after. Linh worked with her on the floor and she "
        "really liked her, so if Linh is free that morning that would be ideal.\n"
        "- Please make sure whoever goes knows she uses a walker and will be coming in "
        "through the Route 9 entrance, not the main lobby.\n\n"
        "I'll call the family tonight to confirm the ride. Let me know who you get.\n\n"
        "Thank you!\nJenna\n%s" % (
            last_name(pn), pn, long_date(appt), CLINICS[0], phone(),
            sig('whitcomb', conf=True).strip()))
    out.append((mk('whitcomb', 'tomasz', "Ride + Vietnamese interp for %s clinic visit" % md(appt),
                   body, dt=d0, cc='linh'), pn))

    # c3 - DHH coordinator to ASL agency, with ics
    pn = patient('asl', 'M')
    d0 = when(5, 6, 14, 20)
    appt = datetime.datetime.combine(after_days(d0, 6, 10), datetime.time(10, 0),
                                     tzinfo=tz_for(5))
    body = (
        "Hello ClearHands team,\n\n"
        "Please confirm a team of two (ASL + CDI) for the following:\n\n"
        "Patient: %s\n"
        "Date/time: %s, 10:00 - 12:00\n"
        "Location: %s, check in at desk B\n"
        "Type: new patient visit, then he goes to the lab and to scheduling to set up "
        "the next round of appointments, so please plan for the full two hours.\n\n"
        "Mr. %s has asked for Renee Calloway again if she is available, and he would "
        "really prefer a CDI this time. His last visit was done over VRI and the screen "
        "froze twice; he left without the follow-up plan being explained, which is why "
        "we're going in person. He is bringing his wife, who is also Deaf.\n\n"
        "Calendar hold attached. Our PO for Q2 is 24-LS-0412.\n\n"
        "Thanks,\nDan\n%s" % (
            pn, appt.strftime("%A %m/%d/%Y"), CLINICS[8], last_name(pn),
            sig('dan', pager="(732) 555-7194", extra="VP: (732) 555-0812").strip()))
    cal = ics("dhh-%s@%s" % (hexid(10), DOM), "ASL team - %s - Endo new pt" % pn, appt,
              appt + datetime.timedelta(hours=2), "St. Aldric ACC Endocrinology desk B",
              "ASL + CDI team for %s. Prefers Renee Calloway. Wife (Deaf) attending." % pn,
              (name('dan'), P['dan'][1]))
    out.append((mk('dan', 'ch', "Team request ASL/CDI %s 10a Endocrinology" % appt.strftime("%m/%d"),
                   body, dt=d0, cc='dhh', atts=[("invite.ics", "text/calendar", cal)]), pn))

    # c4 - agency interpreter handover note
    pn = patient('so')
    d0 = when(7, 17, 17, 55)
    fri = after_days(d0, 2, 2)
    body = (
        "Hi Aisha,\n\n"
        "Quick note from today. I covered the 3pm family meeting for %s on 6 North "
        "(rm 6N-12). Meeting ran long, we finished around 4:50 so please adjust my "
        "time sheet to 2h (start 2:55).\n\n"
        "The family asked to meet again %s afternoon when the oldest son can come "
        "from Columbus. Dr. Amsel said 2pm works for her team. They were very clear they "
        "do NOT want the phone line for this one, they want someone in the room. "
        "Also her husband was asking who will help at home with meals and the stairs, "
        "social work said they would call her tomorrow with a Somali interpreter on "
        "the line.\n\n"
        "I can do Friday 2pm if you want to book me directly.\n\n"
        "Thanks,\nFaadumo Ismail\nSomali Interpreter, LinguaBridge Interpreting\n"
        "Sent from my Galaxy" % (pn, long_date(fri)))
    out.append((mk("Faadumo Ismail <fismail@linguabridge-interp.com>", 'aisha',
                   "6N family mtg today + Fri request", body, dt=d0), pn))

    # c5 - daughter writes about mother's appointment
    pn = patient('pt', 'F')
    d0 = when(5, 24, 21, 13)
    appt = after_days(d0, 8, 11)
    body = (
        "Hello,\n\n"
        "My name is Priscila %s Dutra, I am writing about my mother %s. "
        "She has appointment at the Orthopedics on %s at 1:15pm with Dr. Nakamura. "
        "My mother only speaks Portuguese. The last time she went (in April) nobody "
        "came to interpret and the front desk used a phone but the man spoke Spanish "
        "not Portuguese. She signed papers and she didn't know what they were, and "
        "she came home not knowing if she has to do the injection again or not.\n\n"
        "Please can you make sure a Portuguese interpreter is there this time? In person "
        "if possible, she is 78 and she does not hear good on the phone. I work until 5 "
        "so I can not go with her. Her phone is %s (home) and mine is %s.\n\n"
        "Thank you very much\nPriscila" % (last_name(pn), pn, long_date(appt), phone(),
                                             phone()))
    out.append((mk("Priscila Dutra <pri.dutra84@mailbox-one.net>", 'interp',
                   "interpreter for my mother appointment", body, dt=d0), pn))

    # c6 - discharge translation request with docx
    pn = patient('ru', 'M')
    d0 = when(9, 9, 13, 2)
    dcd = after_days(d0, 1, 1)
    rmrn = mrn()
    body = (
        "Hi Mei-Ling,\n\n"
        "We have a Russian-speaking patient going home tomorrow (%s) late morning, "
        "%s, MRN %s, 6N-08. Can we get the attached home instructions translated before "
        "he leaves? It's mostly the med schedule and who to call. Oleg went over it "
        "verbally with him this morning but the wife asked for something on paper she "
        "can stick on the fridge.\n\n"
        "If a full translation can't be done by then, could Oleg do a sight translation "
        "at discharge and we mail the written one?\n\n"
        "Thanks so much,\nLorna\n%s" % (md(dcd), pn, rmrn, sig('fajardo').strip()))
    doc = docx([
        "# Home Instructions - %s" % ORG,
        "Patient: %s    MRN: %s    Discharge date: %s" % (pn, rmrn, mdy(dcd)),
        "",
        "Medicines - take with food:",
        "  Metoprolol succinate 25 mg - 1 tablet every morning",
        "  Apixaban 5 mg - 1 tablet morning and 1 tablet evening",
        "  Furosemide 20 mg - 1 tablet in the morning. Weigh yourself every morning.",
        "  STOP taking: aspirin 81 mg",
        "",
        "Refills: 30 days sent to Eastbrook Family Pharmacy, (732) 555-4410.",
        "Follow-up: Dr. Raman, Heart & Vascular Center, within 7 days. The office will call.",
        "Visiting nurse: Garden State Home Health will call to set up the first visit.",
        "Call us at %s if you have questions. Ask for a Russian interpreter." % MAIN_PHONE,
    ])
    out.append((mk('fajardo', 'meiling', "Translation needed by AM - Russian d/c instructions",
                   body, dt=d0, cc='oleg',
                   atts=[("DC_instructions_%s.docx" % last_name(pn),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          doc)]), pn))

    # c7 - pharmacy refill call back, threaded
    pn = patient('bn', 'M')
    d0 = when(10, 2, 11, 17)
    d1 = d0 + datetime.timedelta(minutes=52)
    ph = phone()
    orig = (
        "Hi Interpreter Services,\n\n"
        "Mr. %s called the outpatient pharmacy this morning about picking up his "
        "refills. We connected a Bengali interpreter through the Voxa line and it "
        "dropped twice, second time right as we were telling him the insulin pens are "
        "ready but the pen needles are back-ordered until Friday.\n\n"
        "Can someone help us call him back at %s with an interpreter on the line? We "
        "need to tell him (1) the pens are ready for pickup today until 7pm, (2) pen "
        "needles Friday, and (3) his copay changed to $12 with the new plan.\n\n"
        "Thanks,\nNikhil\n%s" % (last_name(pn), ph, sig('patel', short=True).strip()))
    body = (
        "Nikhil - done. Called %s at 11:58 with a Voxa Bengali interpreter (ID 40917), "
        "three-way through my desk phone, no drops this time. He understood all three "
        "points. His son %s will pick up the pens around 5 today. He asked if we can call "
        "him when the needles come in, same number.\n\n"
        "I've also opened a ticket with Voxa about the dropped calls this morning.\n\n"
        "Tomasz\n\n%s\n\n%s" % (
            first_name(pn), random.choice(["Rafiq", "Sohel", "Imran"]),
            outlook_hdr(d0, "%s <%s>" % (name('patel'), P['patel'][1]),
                        "Interpreter Services <%s>" % SHARED['interp'][1],
                        "call back w/ Bengali interp - refill pickup"), orig))
    out.append((mk('tomasz', 'patel', "RE: call back w/ Bengali interp - refill pickup",
                   body, dt=d1), pn))

    # c8 - PT standing order, with HTML
    pn = patient('ko', 'F')
    d0 = when(8, 13, 9, 31)
    start = after_days(d0, 4, 6)
    d1 = d0 + datetime.timedelta(hours=3, minutes=12)
    orig = (
        "Hi Tomasz,\n\nCould you set up a standing Korean interpreter for %s? "
        "She starts outpatient PT with me %s, Mon/Wed/Fri at 2:00, 45 minute visits, "
        "for 3 weeks (9 visits). Video is fine for most of them but I'd like in-person "
        "for the first one since I'll be teaching her the home exercises and her cane.\n\n"
        "Thanks!\nKarin" % (pn, md(start)))
    txt = (
        "Hi Karin,\n\nAll set:\n\n"
        "  %s 2:00 - IN PERSON, Grace Yoo (LinguaBridge)\n"
        "  remaining 8 visits M/W/F 2:00 - VRI, Korean, cart #3 is assigned to Rehab gym\n\n"
        "Standing request #SR-%d under %s. If she cancels a visit please let us know "
        "by noon the day before so we don't get charged the 2-hr minimum for the in-person "
        "one.\n\nTomasz\n\n%s\n%s" % (
            md(start), random.randint(2000, 2999), pn,
            gmail_on(d0, name('lindqvist'), P['lindqvist'][1]), quote(orig)))
    import html as _h
    htm = html_wrap(
        "<p>Hi Karin,</p><p>All set:</p><table border=1 cellpadding=4 style='border-collapse:collapse'>"
        "<tr><th>Date</th><th>Time</th><th>Mode</th><th>Interpreter</th></tr>"
        "<tr><td>%s</td><td>2:00</td><td>IN PERSON</td><td>Grace Yoo (LinguaBridge)</td></tr>"
        "<tr><td>M/W/F x 8</td><td>2:00</td><td>VRI - Korean</td><td>cart #3, Rehab gym</td></tr>"
        "</table><p>Standing request under %s. Please cancel by noon the day before.</p>"
        "<p>Tomasz</p><blockquote style='border-left:2px solid #ccc;padding-left:8px'>%s</blockquote>"
        % (md(start), _h.escape(pn), "<br>".join(_h.escape(l) for l in orig.splitlines())))
    out.append((mk('tomasz', 'lindqvist', "Re: standing Korean interp - PT M/W/F",
                   txt, dt=d1, html=htm), pn))
    return out


# ===========================================================================
# PHI - ids
# ===========================================================================
def phi_ids():
    out = []

    # i1 - invoice dispute, MRN + DOS only
    d0 = when(3, 4, 15, 40)
    d1 = d0 + datetime.timedelta(days=1, hours=1)
    inv = random.randint(44000, 44999)
    m1, m2 = mrn(), mrn()
    orig = (
        "Hello,\n\nPlease see below regarding invoice %d. Our interpreter's sign-in "
        "sheet shows 1:00-3:30 for line 6; we'll need the clinic to confirm if you are "
        "disputing the time.\n\nRegards,\nBeth Sandoval\nAccounts Receivable, LinguaBridge "
        "Interpreting\n(646) 555-3380" % inv)
    body = (
        "Beth,\n\n"
        "I checked both lines against the appointment record:\n\n"
        "Line 6 - MRN %s, DOS 2/12, Spanish, Women's Health. Patient was roomed at 1:10 "
        "and checked out at 1:58. Interpreter was released by the nurse at 2:05 per her "
        "note. You billed 2.5 hrs. We'll pay the 2-hr minimum, not 2.5.\n\n"
        "Line 9 - MRN %s, DOS 2/15, Arabic, Heart & Vascular, ECHO + consult. That one "
        "is fine, the echo ran late.\n\n"
        "Please send a corrected invoice and I'll forward to AP.\n\n"
        "Thanks,\nTomasz\n%s\n\n%s\n%s" % (
            m1, m2, sig('tomasz', conf=True).strip(),
            outlook_hdr(d0, "LinguaBridge Billing <billing@linguabridge-interp.com>",
                        name('tomasz'), "Invoice %d - February services" % inv) + "\n", orig))
    out.append((mk('tomasz', 'lb_bill', "RE: Invoice %d - February services" % inv, body,
                   dt=d1, cc='moss'), ""))

    # i2 - grievance case, MRN + DOB, no name
    d0 = when(5, 8, 10, 22)
    gm = mrn()
    gdob = dob(1940, 1960)
    case = "PR-24-%04d" % random.randint(200, 499)
    body = (
        "Rosa,\n\n"
        "Opening a grievance case and need your department's input within 5 business days.\n\n"
        "Case #: %s\n"
        "MRN: %s    DOB: %s\n"
        "Encounter: ED visit 5/2/2024, arrived 22:47, discharged 04:15\n"
        "Language on file: Haitian Creole\n\n"
        "Summary: The patient's son called on 5/6. He states no interpreter was offered "
        "at any point during the ED visit, that he (the son) was asked to interpret "
        "including for the discharge instructions, and that his mother did not understand "
        "she was supposed to stop one of her home medications. She has since been seen by "
        "her PCP.\n\n"
        "Questions for Language Services:\n"
        "1. Any interpreter request, VRI or OPI call logged for this encounter?\n"
        "2. Was Jean-Baptiste on shift that night or was it agency/remote only?\n"
        "3. Were written d/c instructions available in Kreyol for this visit type?\n\n"
        "Thanks,\nDana\n%s" % (case, gm, mdy(gdob), sig('greer', conf=True).strip()))
    out.append((mk('greer', 'rosa', "Grievance %s - LS input needed" % case, body, dt=d0,
                   cc='voss'), ""))

    # i3 - Medicaid claim denial for T1013
    d0 = when(6, 19, 14, 5)
    claim = "2024%03d%07d" % (random.randint(100, 199), random.randint(0, 9999999))
    mcaid = "%d%010d" % (random.randint(1, 9), random.randint(0, 9999999999))
    body = (
        "Hi Rosa,\n\n"
        "We got a denial back from NJ FamilyCare on one of the interpreter service lines "
        "and I need some documentation to appeal.\n\n"
        "Claim #: %s\n"
        "Medicaid ID: %s\n"
        "DOS: 04/22/2024\n"
        "Line 2: T1013 x 4 units (sign language or oral interpretive services, per 15 min)\n"
        "Denial: CARC 16 / RARC N290 - missing/incomplete rendering provider info\n\n"
        "Line 1 (the office visit, 99214) paid. For the appeal I need the interpreter's "
        "name, start/stop time, and whether it was in person or remote. I think this one "
        "was the Dari visit in peds, the mom and the 2 kids.\n\n"
        "Can you pull the log? Appeal deadline is 7/21.\n\n"
        "Theresa\n%s" % (claim, mcaid, sig('quinn').strip()))
    out.append((mk('quinn', 'rosa', "T1013 denial - need interp log for appeal", body, dt=d0),
                ""))

    # i4 - patient account billed for interpreter
    d0 = when(7, 9, 9, 48)
    acct = random.randint(7700000, 7799999)
    body = (
        "Good morning Rosa,\n\n"
        "The wife of a patient called Patient Access very upset. Account #%d, the %s statement "
        "shows a line \"INTERP SVCS-ONSITE  $85.00\" for his 6/11 endoscopy visit, patient "
        "responsibility after insurance. My understanding is we never bill the patient "
        "for interpreter services. Can you confirm so I can ask PFS to write it off and "
        "call her back? She was told by someone on the phone that they have to pay it.\n\n"
        "Callback # on the account is the home number.\n\n"
        "Emily\n%s" % (acct, random.choice(["June", "July"]), sig('sato', short=True).strip()))
    out.append((mk('sato', 'rosa', "Acct %d - interp charge on pt statement??" % acct, body,
                   dt=d0, cc='quinn'), ""))

    # i5 - auto notification from translation request system
    d0 = when(4, 18, 8, 2)
    tr = "TR-2024-%04d" % random.randint(400, 499)
    tm = mrn()
    need = after_days(d0, 4, 6)
    body = (
        "*** This is an automated message from LanguageLink Request Portal. "
        "Do not reply. ***\n\n"
        "A new written translation request has been submitted.\n\n"
        "Request ID ........ %s\n"
        "Submitted by ...... Ruiz-Camacho, Ines (GI Lab)\n"
        "Patient MRN ....... %s\n"
        "Target language ... Vietnamese\n"
        "Documents ......... (1) Colonoscopy bowel prep - 2 day split dose (4 pp)\n"
        "                    (2) Consent for endoscopic procedure w/ sedation (3 pp)\n"
        "Procedure date .... %s\n"
        "Needed by ......... %s 12:00\n"
        "Priority .......... STANDARD\n"
        "Notes ............. pt is diabetic, please make sure the insulin holding "
        "instructions on pg 3 are included\n\n"
        "View request: https://llportal.%s/req/%s\n" % (
            tr, tm, mdy(need + datetime.timedelta(days=3)), mdy(need), DOM, tr))
    out.append((mk("LanguageLink Portal <no-reply@%s>" % DOM, 'transl',
                   "[LanguageLink] New translation request %s (Vietnamese)" % tr, body, dt=d0),
                ""))

    # i6 - MRN only in subject, thin
    d0 = when(6, 18, 13, 27)
    sm = mrn()
    body = ("agency never showed for the 10:30 Nepali, we waited 40 min and the pt's "
            "husband ended up interpreting for the pre-procedure part which dr. Ahn was "
            "not happy about. it's been rescheduled to 6/25 same time. PLEASE make sure "
            "someone is there for the new date, in person.\n\n"
            "thx\nMarcy\nGI Lab front desk x0388")
    out.append((mk("Marcy Dillard <mdillard@%s>" % DOM, 'interp',
                   "MRN %s - interp no-show 6/18 GI" % sm, body, dt=d0), ""))

    # i7 - workers comp IME, claim number, partial name
    d0 = when(8, 22, 11, 9)
    wc = "WC-%02d-%06d" % (random.randint(22, 24), random.randint(100000, 999999))
    wdob = dob(1970, 1995)
    ime = after_days(d0, 9, 12)
    body = (
        "Good morning,\n\n"
        "Keystone Mutual is requesting a Spanish medical interpreter for an independent "
        "medical exam with Dr. Farrow at your Orthopedics clinic.\n\n"
        "Claimant: R. Benitez (DOB %s)\n"
        "Claim #: %s   Employer: Tri-County Produce\n"
        "Exam: %s, 8:30 AM, approx. 90 min (right shoulder/upper extremity)\n\n"
        "Please invoice Keystone Mutual directly referencing the claim number above; "
        "the claimant should not be billed. Kindly confirm receipt.\n\n"
        "Thank you,\n"
        "Colleen Marsh\nSenior Claims Representative, Workers' Compensation\n"
        "Keystone Mutual Insurance Co.\nP (215) 555-7761 | F (215) 555-7799\n\n%s" % (
            mdy(wdob), wc, mdy(ime), CONF_SHORT))
    out.append((mk("Colleen Marsh <cmarsh@keystonemutual-ins.com>", 'interp',
                   "Interpreter request - IME - Claim %s" % wc, body, dt=d0), "R. Benitez"))

    # i8 - VRI vendor incident with MRN/DOB in session metadata
    d0 = when(10, 15, 16, 12)
    sess = "S%d-%d" % (random.randint(100000, 999999), random.randint(10, 99))
    vm = mrn()
    vdob = dob(1945, 1960)
    body = (
        "Hi Daniel,\n\n"
        "Following up on case #TL-%d (dropped ASL sessions in your ED).\n\n"
        "Session %s, device ED-CART-04, connected 10/14 02:16 ET. Our logs show three "
        "disconnects in 22 minutes caused by packet loss on the hospital network "
        "(>18%%). The nurse entered the following in the session notes field:\n\n"
        "    \"MRN %s / DOB %s - triage + meds, pt asking for CDI\"\n\n"
        "Please note we ask that clinical staff not enter patient identifiers in the "
        "notes field, as it is visible to our support staff. We have purged the field on "
        "our side.\n\n"
        "Credits for the three reconnects (minutes 0:00-0:22) have been applied to "
        "the October invoice.\n\n"
        "Best,\nJordan Pike\nClient Success, TeleLingo VRI\n1-888-555-0170 opt. 2" % (
            random.randint(80000, 89999), sess, vm, mdy(vdob)))
    out.append((mk('tl', 'dan', "Case update - ED dropped sessions 10/14", body, dt=d0,
                   cc='ito'), ""))
    return out


# ===========================================================================
# PHI - lang
# ===========================================================================
ES_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"]


def phi_lang():
    out = []

    # l1 - Spanish, daughter writes; Marisol answers on top
    d0 = when(5, 7, 18, 40)
    appt = datetime.date(2024, 5, 14)
    d1 = when(5, 8, 9, 15)
    pn = "José Luis Morales"
    tel = phone()
    orig = (
        "Buenas tardes,\n\n"
        "Le escribo por mi papá, José Luis Morales, fecha de nacimiento 14/03/1949. "
        "Tiene cita con la Dra. Raman (cardiología) el %s %d de %s a las 10:30. La última "
        "vez le pusieron el intérprete en una tableta y mi papá no escucha bien, casi no "
        "entendió nada de lo que le dijeron de la pastilla nueva para la presión.\n\n"
        "¿Se puede que vaya una intérprete en persona? Si se puede la señora Marisol, él "
        "dice que ella le explica muy bien.\n\n"
        "También quería preguntar si le pueden mandar los papeles de las citas en español, "
        "porque todo le llega en inglés a la casa y no sabe qué es.\n\n"
        "Mi número es %s, me pueden llamar después de las 3.\n\n"
        "Muchas gracias,\nYesenia Morales" % (
            ES_DIAS[appt.weekday()], appt.day, ES_MESES[appt.month - 1], tel))
    body = (
        "Buenos días, Sra. Morales:\n\n"
        "Ya quedó programado: yo estaré en persona en la cita de su papá el %s %d a las "
        "10:30 en el Heart & Vascular Center, 3er piso. Por favor que llegue 15 minutos "
        "antes para el registro y que traiga todas sus medicinas en la bolsa.\n\n"
        "Sobre las cartas en inglés: ya pedí a Admisiones que pongan español como idioma "
        "preferido en su expediente, así los recordatorios le deben llegar en español. Si "
        "le sigue llegando algo en inglés, me lo puede mandar por aquí y se lo traducimos.\n\n"
        "Saludos cordiales,\n\nMarisol Ortega\nIntérprete Médica - Español\n"
        "Servicios de Intérpretes, %s\nTel. (732) 555-0191\n\n%s\n%s" % (
            ES_DIAS[appt.weekday()], appt.day, ORG,
            gmail_on(d0, "Yesenia Morales", "yesi.morales77@correo-rapido.net"), quote(orig)))
    out.append((mk('marisol', "Yesenia Morales <yesi.morales77@correo-rapido.net>",
                   "Re: Cita de mi papá - necesita intérprete", body, dt=d1, cc='interp'), pn))

    # l2 - Vietnamese, staff interpreter hands over to agency colleague
    d0 = when(9, 11, 20, 5)
    pn = "Đoàn Văn Sáu; Lương Thị Mai"
    body = (
        "Chị Hạnh ơi,\n\n"
        "Ngày mai (thứ Năm 12/9) em phải đi lớp CEU cả ngày nên nhờ chị thay ca buổi sáng "
        "giúp em nhé. Em đã báo anh Tomasz rồi, chị cứ ghi giờ vào phiếu như bình thường.\n\n"
        "1) 8:30 sáng - Infusion Center, ghế số 6: bác Đoàn Văn Sáu, 71 tuổi. Bác truyền "
        "thuốc lần thứ 3. Bác hay bị buồn nôn nên chị nhắc y tá cho bác uống thuốc chống "
        "nôn trước khi bắt đầu. Con gái bác là chị Vy thường đi cùng, số chị Vy là %s.\n\n"
        "2) 11:00 - phòng khám Nội tiết (ACC tầng 2): cô Lương Thị Mai, tái khám, bác sĩ "
        "sẽ chỉnh lại liều insulin. Cô không biết đọc nên chị đọc giúp cô tờ hướng dẫn "
        "và ghi giờ chích thuốc ra giấy cho cô nhé.\n\n"
        "Bãi đậu xe nhân viên đang sửa, chị gửi xe ở Garage B rồi lấy vé ở quầy bảo vệ.\n\n"
        "Cảm ơn chị nhiều!\nLinh\n\n--\nLinh Tran-Nguyen\nStaff Medical Interpreter, "
        "Vietnamese (CMI)\n%s" % (phone(), ORG))
    out.append((mk('linh', "Hanh Vu <hanh.vu@linguabridge-interp.com>",
                   "Nhờ chị thay ca sáng mai - Infusion + Nội tiết", body, dt=d0,
                   cc='tomasz'), pn))

    # l3 - Chinese, son asks for translated discharge papers
    d0 = when(9, 24, 21, 36)
    pn = "张美华"
    cm = mrn()
    body = (
        "您好，\n\n"
        "我母亲张美华（出生日期：1951年8月3日，病历号 MRN %s）上周五（9月20日）从五楼病房"
        "出院。护士给我们的出院说明和药物清单都是英文的，我母亲完全看不懂，有一些医学词语"
        "我也不太明白。\n\n"
        "请问医院能不能提供中文版本？特别是华法林（warfarin）每天吃多少，还有什么时候要去"
        "抽血查INR。她下周二（10月1日）还要去心脏科复诊，希望那天也能安排一位普通话翻译。\n\n"
        "如果需要签授权书，请告诉我怎么办。我的电话是 %s，白天可以打给我。\n\n"
        "谢谢！\n刘建国（病人的儿子）\n\n"
        "Sent from my iPhone" % (cm, phone("908")))
    out.append((mk("Jianguo Liu <liujg1977@netmail-plus.com>", 'transl',
                   "出院文件翻译 / discharge papers in Chinese", body, dt=d0), pn))

    # l4 - Russian, wife writes to staff interpreter
    d0 = when(10, 8, 19, 2)
    pn = "Виктор Андреевич Гусев"
    body = (
        "Здравствуйте, Олег!\n\n"
        "Пишет Нина Гусева, жена Виктора Андреевича Гусева. Вы переводили нам в больнице "
        "в августе, когда мужу ставили стент. Теперь у него запись к кардиологу, доктору "
        "Раман, 17 октября в 14:00, а 16 октября утром - анализ крови натощак.\n\n"
        "Можно ли, чтобы Вы сами пришли на приём? По телефону муж плохо понимает, а у него "
        "много вопросов про таблетки - после выписки ему дали Брилинту, и он говорит, что от "
        "неё задыхается, хочет знать, можно ли её бросить.\n\n"
        "Дата рождения мужа 02.11.1950, если нужно для записи. Мой телефон %s.\n\n"
        "Заранее спасибо,\nНина\n\nОтправлено с iPhone" % phone())
    out.append((mk("Nina Guseva <ninagus50@mailbox-one.net>", 'oleg',
                   "Запись к кардиологу 17.10 - нужен переводчик", body, dt=d0), pn))

    # l5 - Haitian Creole, patient writes herself
    d0 = when(7, 16, 7, 12)
    pn = "Guerline Saintil"
    body = (
        "Bonjou,\n\n"
        "Mwen rele Guerline Saintil, dat nesans mwen se 06/12/1987. Mwen gen yon randevou "
        "nan klinik fanm yo (Women's Health) lendi 22 jiyè a 9è nan maten pou swivi gwosès "
        "mwen. Mwen pap ka vini jou sa a paske pa gen moun pou gade pitit mwen yo.\n\n"
        "Èske nou ka chanje randevou a pou yon lòt jou nan semèn nan, apre 1è? Epi tanpri "
        "mete yon entèprèt kreyòl ankò, mesye Jean-Baptiste te ede m anpil dènye fwa a. "
        "Doktè a te di m fòk mwen fè tès sik la anvan 28 semèn.\n\n"
        "Nimewo telefòn mwen se %s.\n\n"
        "Mèsi anpil\nGuerline" % phone("973"))
    out.append((mk("guerline saintil <gsaintil87@quickpost-mail.com>", 'interp',
                   "chanje randevou", body, dt=d0), pn))

    # l6 - Arabic, husband asks for female interpreter; forwarded by Huda with English note
    d0 = when(3, 26, 22, 48)
    d1 = when(3, 27, 8, 5)
    pn = "رنا الحلبي (Rana Al-Halabi)"
    tel = phone()
    orig = (
        "السلام عليكم ورحمة الله،\n\n"
        "أنا يوسف الحلبي، زوج المريضة رنا الحلبي (تاريخ الميلاد 15/4/1992). عندها موعد "
        "متابعة الحمل عند الدكتور أوكافور يوم الأربعاء القادم الساعة 11 صباحاً.\n\n"
        "نرجو أن تكون المترجمة امرأة، لأن زوجتي لا ترتاح مع مترجم رجل في فحوصات النساء. في "
        "المرة الماضية جاء مترجم رجل على الفيديو واضطرت أن ترفض الفحص.\n\n"
        "زوجتي في الشهر السادس، والطبيب طلب تحليل السكر في هذه الزيارة، فهل يجب أن تكون صائمة؟\n\n"
        "شكراً جزيلاً\nيوسف الحلبي\nهاتف: %s" % tel)
    body = (
        "Tomasz - can you put me on this one (Wed 4/3 11:00 OB, Dr. Okafor)? Husband is "
        "asking for a female interpreter, last visit they got a male on VRI and she declined "
        "the exam. He also asks whether she needs to fast for the glucose test - I'll pass "
        "that to the OB nurse line rather than answer it myself.\n\nHuda\n\n%s\n%s" % (
            fwd_hdr(d0, "Yousef Al-Halabi <y.halabi@quickpost-mail.com>",
                    "Interpreter Services <%s>" % SHARED['interp'][1], "طلب مترجمة للموعد"),
            orig))
    out.append((mk('huda', 'tomasz', "Fwd: طلب مترجمة للموعد", body, dt=d1), pn))

    # l7 - Portuguese, staff interpreter handover
    d0 = when(8, 27, 17, 20)
    pn = "Valdir Gonçalves"
    body = (
        "Oi Cláudia, tudo bem?\n\n"
        "Te passo o caso de amanhã pra você não ir no escuro. É a consulta das 10h na "
        "Clínica de Feridas (Wound Care, térreo do prédio C) com o seu Valdir Gonçalves, "
        "68 anos. Ele é de Minas, fala bem devagar, e a esposa dele, dona Neide, sempre vem "
        "junto e faz muitas perguntas.\n\n"
        "Ele está fazendo curativo no pé direito duas vezes por semana e amanhã a enfermeira "
        "Tricia vai ensinar a dona Neide a fazer o curativo em casa. Demora, pode contar com "
        "1h30. O Dr. Weiss mencionou amputação semana passada e o seu Valdir ficou muito "
        "abalado, então se o médico tocar no assunto de novo, vai com calma.\n\n"
        "O Tomasz já lançou no sistema, pedido LS-%d.\n\n"
        "Qualquer coisa me chama no WhatsApp.\nBeijos,\nBia\n\n"
        "Ana Beatriz Souza\nStaff Interpreter, Portuguese (CoreCHI)\n%s" % (
            random.randint(50000, 59999), ORG))
    out.append((mk('anab', "Claudia Reis <claudia.reis@linguabridge-interp.com>",
                   "Wound Care amanhã 10h - seu Valdir", body, dt=d0), pn))

    # l8 - Korean, son asks for consent in Korean
    d0 = when(10, 30, 12, 55)
    pn = "이정숙"
    body = (
        "안녕하세요.\n\n"
        "저희 어머니 이정숙 (생년월일 1948년 2월 9일) 께서 다음 달 12일에 정형외과에서 "
        "오른쪽 무릎 인공관절 수술을 받으십니다. 어제 진료 때 수술 동의서와 수술 전 안내문을 "
        "받았는데 영어로만 되어 있어서 어머니가 전혀 이해를 못 하십니다. 한국어로 된 동의서나 "
        "설명서가 있을까요?\n\n"
        "그리고 수술 당일 아침 6시 도착인데, 그때 한국어 통역사가 와 주실 수 있는지도 알고 "
        "싶습니다. 저는 회사 때문에 오후에나 병원에 갈 수 있습니다. 어머니는 보청기를 "
        "끼셔서 전화 통역은 잘 못 알아들으십니다.\n\n"
        "제 연락처는 %s 입니다.\n\n"
        "감사합니다.\n최민수 드림" % phone("201"))
    out.append((mk("Minsu Choi <minsu.choi@hanmir-mail.net>", 'interp',
                   "어머니 수술 동의서 한국어 번역 요청", body, dt=d0, cc='transl'), pn))
    return out


# ===========================================================================
# PHI - lists
# ===========================================================================
FIRSTS = {
    'es': ["Maria", "Jose", "Luis", "Rosa", "Carmen", "Javier", "Miguel", "Yolanda",
           "Hector", "Alma", "Rogelio", "Beatriz", "Ernesto", "Gloria", "Ruben", "Isabel"],
    'vi': ["Minh", "Thu", "Hoa", "Tuan", "Lan", "Dung", "Phuong", "Hung", "Thanh", "Ngoc"],
    'zh': ["Wei", "Xiuying", "Jian", "Meilin", "Guoqiang", "Lihua", "Zhiwei", "Yufen"],
    'ru': ["Dmitri", "Irina", "Sergei", "Olga", "Nikolai", "Tamara", "Yuri", "Vera"],
    'ht': ["Jean-Claude", "Marie", "Wilner", "Rose", "Fritz", "Nadege", "Yves", "Lourdes"],
    'ar': ["Mona", "Khalid", "Fatima", "Youssef", "Rania", "Ahmad", "Layla", "Hassan"],
    'so': ["Abdi", "Farhiya", "Hodan", "Mohamed", "Sahra", "Ibrahim", "Ayan", "Hawa"],
    'pt': ["Ana", "Joao", "Gracas", "Antonio", "Fernanda", "Sebastiao", "Lucia", "Rui"],
    'ko': ["Soon-ja", "Young-ho", "Mi-kyung", "Jae-won", "Kyung-hee", "Dong-hyun"],
    'pl': ["Stanislaw", "Halina", "Zbigniew", "Krystyna", "Tadeusz", "Jadwiga"],
    'asl': ["Harold", "Denise", "Travis", "Loretta", "Curtis", "Megan", "Ronald", "Sheila"],
    'ne': ["Dil Maya", "Bhim", "Tika", "Sita", "Hari", "Man Kumari"],
    'bn': ["Mohammed", "Nasima", "Abul", "Rokeya", "Shahida"],
}
LASTS = {
    'es': ["Garcia", "Hernandez", "Lopez", "Martinez", "Ramirez", "Flores", "Gomez",
           "Diaz", "Cruz", "Rojas", "Mendoza", "Aguilar", "Sandoval", "Pineda", "Zamora"],
    'vi': ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do", "Truong"],
    'zh': ["Chen", "Li", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Lin", "Wu"],
    'ru': ["Volkov", "Pavlov", "Sidorov", "Fedorov", "Belov", "Kozlov", "Popov"],
    'ht': ["Desir", "Joseph", "Pierre", "Etienne", "Augustin", "Charles", "Noel"],
    'ar': ["Haddad", "Nasser", "Darwish", "Khoury", "Barakat", "Saleh", "Mansour"],
    'so': ["Warsame", "Hassan", "Ali", "Jama", "Abdullahi", "Osman", "Yusuf", "Farah"],
    'pt': ["Ferreira", "Rocha", "Lima", "Pereira", "Alves", "Moreira", "Teixeira"],
    'ko': ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"],
    'pl': ["Kowalski", "Wisniewski", "Nowak", "Zielinski", "Wojcik", "Kaminski"],
    'asl': ["Brennan", "Hollis", "Yoder", "Fains", "Oyelaran", "Trujillo", "Kemper"],
    'ne': ["Gurung", "Rai", "Adhikari", "Tamang", "Thapa", "Magar"],
    'bn': ["Rahman", "Begum", "Hossain", "Akter", "Islam"],
}
_used_names = [n for _k in sorted(POOLS) for n in POOLS[_k]]


def rname(lang, sex=None):
    fs = FIRSTS[lang]
    if sex:
        fs = [f for f in fs if (f.split()[0] in FEMALE) == (sex == 'F')]
    while True:
        f = random.choice(fs)
        l = random.choice(LASTS[lang])
        if f.split()[0] in FEMALE:
            if lang == 'ru' and l[-2:] in ('ov', 'ev', 'in'):
                l += 'a'
            if lang == 'pl' and l.endswith('ski'):
                l = l[:-1] + 'a'
        n = f + " " + l
        if n not in _used_names:
            _used_names.append(n)
            return n


def lf(n):
    parts = n.split()
    return "%s, %s" % (parts[-1], " ".join(parts[:-1]))


def weighted_lang():
    return random.choice(['es', 'es', 'es', 'es', 'vi', 'zh', 'ru', 'ht', 'ar', 'so',
                          'pt', 'ko', 'pl', 'asl', 'ne', 'bn'])


def phi_lists():
    out = []

    # L1 - aligned daily schedule in body
    d0 = when(4, 15, 15, 30)
    day = after_days(d0, 1, 1)
    staff = {'es': "M. Ortega", 'vi': "L. Tran-Nguyen", 'ht': "J-B Pierre-Louis",
             'pt': "A.B. Souza", 'ru': "O. Marchenko", 'ar': "H. Al-Sayegh"}
    rows = []
    names = []
    t = datetime.datetime(2024, 4, 16, 7, 30)
    for i in range(11):
        lg = weighted_lang()
        n = rname(lg)
        names.append(n)
        who_ = staff.get(lg, random.choice(["LinguaBridge", "LinguaBridge", "ClearHands"
                                            if lg == 'asl' else "VRI"]))
        if lg == 'asl':
            who_ = "ClearHands (team)"
        rows.append((t.strftime("%H:%M"), random.choice(SHORT_CLINICS), lf(n)[:24], mrn(),
                     LANGNAME[lg][:10], who_))
        t += datetime.timedelta(minutes=random.choice([30, 45, 60]))
    tbl = "%-6s %-25s %-25s %-9s %-11s %s\n" % ("TIME", "LOCATION", "PATIENT", "MRN", "LANG",
                                                  "INTERPRETER")
    tbl += "-" * 96 + "\n"
    for r in rows:
        tbl += "%-6s %-25s %-25s %-9s %-11s %s\n" % r
    body = (
        "All,\n\nIn-person board for tomorrow %s is below. Changes after 4pm go through "
        "the scheduling line, not my email please. Jean-Baptiste you are floating for ED "
        "after 1pm.\n\n%s\n"
        "Reminder: check in at the clinic desk, document start/stop in the encounter, "
        "and badge out at the LS office if you leave for lunch.\n\nAisha\n%s" % (
            mdy(day), tbl, sig('aisha', short=True).strip()))
    out.append((mk('aisha', 'ls_all', "Tomorrow's in-person board %s" % md(day), body, dt=d0),
                "; ".join(names)))

    # L2 - CSV attachment from IS, VRI usage by encounter
    d0 = when(10, 3, 10, 14)
    rows = [["session_start", "department", "device", "language", "minutes", "mrn",
             "patient_name", "encounter_csn"]]
    names = []
    for i in range(24):
        lg = weighted_lang()
        n = rname(lg)
        names.append(n)
        dd = datetime.datetime(2024, 9, random.randint(1, 30), random.randint(0, 23),
                               random.randint(0, 59))
        rows.append([dd.strftime("%Y-%m-%d %H:%M"),
                     random.choice(["ED", "4W", "5N", "6N", "L&D", "PEDS", "ACC2", "INFUS"]),
                     "VRI-%02d" % random.randint(1, 18), LANGNAME[lg],
                     random.randint(3, 58), mrn(), lf(n).upper(),
                     "%d" % random.randint(300000000, 399999999)])
    rows[1:] = sorted(rows[1:], key=lambda r: r[0])
    body = (
        "Rosa,\n\nHere's the September extract you asked for - VRI sessions matched to "
        "encounters by device/location and time. About 9%% couldn't be matched and are "
        "left out, I'll send those separately. Please keep this on the S: drive, not in "
        "email threads, since it has names.\n\nKen\n%s" % sig('ito').strip())
    out.append((mk('ito', 'rosa', "VRI sessions matched to encounters - Sept", body, dt=d0,
                   atts=[("vri_sept_matched.csv", "text/csv", to_csv(rows))]),
                "; ".join(names)))

    # L3 - XLSX invoice detail from agency
    d0 = when(6, 5, 11, 2)
    inv = random.randint(45000, 45999)
    hdr = ["Invoice", "Line", "DOS", "Patient", "MRN", "Department", "Language",
           "Interpreter", "Start", "End", "Billed Hrs", "Rate", "Amount"]
    rows = [hdr]
    names = []
    total = 0.0
    for i in range(14):
        lg = random.choice(['es', 'es', 'so', 'ne', 'ar', 'ko', 'pl', 'bn'])
        n = rname(lg)
        names.append(n)
        hrs = random.choice([2.0, 2.0, 2.0, 2.5, 3.0, 4.0])
        rate = 65.0 if lg == 'es' else 78.0
        amt = hrs * rate
        total += amt
        sh = random.randint(8, 14)
        rows.append([str(inv), i + 1, "05/%02d/2024" % random.randint(1, 31), lf(n), mrn(),
                     random.choice(["Women's Health", "Peds", "Ortho", "GI Lab", "Endo",
                                    "Cardiology", "Oncology"]),
                     LANGNAME[lg], random.choice(["F. Ismail", "G. Yoo", "R. Khatri",
                                                  "P. Mendez", "A. Nowicka", "S. Uddin"]),
                     "%d:00" % sh, "%d:%02d" % (sh + int(hrs), 30 if hrs % 1 else 0),
                     hrs, rate, amt])
    rows.append(["", "", "", "", "", "", "", "", "", "", "", "TOTAL", total])
    body = (
        "Good morning,\n\nPlease find attached the line-item detail for invoice #%d "
        "(May 2024 on-site services), total $%s. Per your request we now include the MRN "
        "and start/stop times on every line.\n\nPayment terms Net 30. Remit to "
        "LinguaBridge Interpreting LLC, PO Box 2291, Hoboken NJ 07030.\n\n"
        "Thank you for your business,\nBeth Sandoval\nAccounts Receivable\n"
        "LinguaBridge Interpreting | (646) 555-3380 | billing@linguabridge-interp.com" % (
            inv, "{:,.2f}".format(total)))
    out.append((mk('lb_bill', ['ap', 'tomasz'], "Invoice #%d detail - May 2024" % inv, body,
                   dt=d0, atts=[("LB_Invoice_%d_detail.xlsx" % inv,
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 xlsx(rows, "Detail"))]),
                "; ".join(names)))

    # L4 - Name - DOB - document lines, translation backlog
    d0 = when(2, 9, 16, 48)
    items = []
    names = []
    docs = ["discharge instructions (CHF)", "consent - cardiac cath", "home insulin plan",
            "post-op knee instructions", "prenatal labs letter", "colonoscopy prep",
            "wound care at home", "peds asthma action plan", "chemo calendar cycle 2",
            "consent - tubal ligation"]
    for i in range(8):
        lg = random.choice(['es', 'vi', 'zh', 'ht', 'ar', 'pt', 'ru', 'so', 'ne'])
        n = rname(lg)
        names.append(n)
        items.append("%s - %s - %s - %s - due %s" % (
            n, mdy(dob()), LANGNAME[lg], docs[i], "2/%d" % random.randint(10, 16)))
    body = (
        "Rosa,\n\nWhere we are on the written translation backlog as of this afternoon. "
        "Vendor (Polyglot Docs) turned around 6 of the 14 we sent last week; the rest are "
        "below. The two consents I'd like to escalate - clinics are holding the procedures "
        "until the signed translated version is in the chart.\n\n"
        + "\n".join(items) +
        "\n\nI'm doing the Spanish ones in-house with Marisol reviewing. Can we talk "
        "Monday about adding a second vendor for Somali and Nepali?\n\nMei-Ling\n"
        + sig('meiling', short=True).strip())
    out.append((mk('meiling', 'rosa', "translation backlog - wk of 2/5", body, dt=d0),
                "; ".join(names)))

    # L5 - pipe table of ASL requests
    d0 = when(1, 19, 13, 5)
    lines = ["DATE  | TIME        | PATIENT             | DEPT / ROOM        | NOTES",
             "------+-------------+---------------------+--------------------+----------------------------"]
    names = []
    notes = ["prefers CDI; low vision, sit close", "new pt, 2 hrs", "dialysis, 4 hr chair",
             "pre-op + anesthesia", "mental health intake, same interp as last",
             "family mtg 6N, 2 interps", "ultrasound 28 wk", "PT eval"]
    depts = ["ACC2 Endo", "Dialysis ch 3", "PAT", "Behavioral Hlth", "6N-14", "Women's Hlth",
             "Rehab gym", "Ophtho"]
    for i in range(7):
        n = rname('asl')
        names.append(n)
        dd = datetime.date(2024, 1, 22 + i % 5)
        lines.append("%-5s | %-11s | %-19s | %-18s | %s" % (
            md(dd), random.choice(["8:00-10:00", "9:30-11:30", "13:00-15:00", "10:00-12:00",
                                   "14:00-16:00"]), n, depts[i], notes[i]))
    body = (
        "Hi ClearHands,\n\nNext week's ASL requests are below (pipe table so it survives "
        "your system's import). All are in person. Please send names by Monday noon.\n\n"
        + "\n".join(lines) +
        "\n\nThe 6N family meeting is the priority if you're short.\n\nThanks,\nDan\n"
        + sig('dan', pager="(732) 555-7194").strip())
    out.append((mk('dan', 'ch', "ASL requests wk of 1/22", body, dt=d0, cc='dhh'),
                "; ".join(names)))

    # L6 - tab-delimited pasted, agency no-shows
    d0 = when(7, 2, 9, 22)
    hdr = "Date\tClinic\tLanguage\tPatient\tMRN\tImpact"
    lines = [hdr]
    names = []
    impacts = ["visit rescheduled", "used VRI", "family interpreted (pt declined VRI)",
               "procedure delayed 2 hrs", "pt left w/o being seen", "used OPI",
               "rescheduled, 3rd time"]
    for i in range(7):
        lg = random.choice(['so', 'ne', 'ko', 'pl', 'es', 'ar', 'bn'])
        n = rname(lg)
        names.append(n)
        lines.append("%s\t%s\t%s\t%s\t%s\t%s" % (
            "%d/%d/24" % (random.randint(4, 6), random.randint(1, 28)),
            random.choice(["Peds", "GI Lab", "Ortho", "Women's Hlth", "Cardiology", "Oncology"]),
            LANGNAME[lg], n, mrn(), impacts[i]))
    body = (
        "Hi Marcus,\n\nAhead of our quarterly review Thursday - these are the Q2 no-shows "
        "and late cancels on your side that had a patient impact (copied straight out of "
        "our tracker). Seven in a quarter is more than our contract allows (SLA 4.2, max "
        "3/qtr) and I'd like to talk about the Somali and Nepali coverage specifically.\n\n"
        + "\n".join(lines) +
        "\n\nTalk Thursday,\nTomasz\n" + sig('tomasz').strip())
    out.append((mk('tomasz', "Marcus Bell <mbell@linguabridge-interp.com>",
                   "Q2 no-shows for Thursday's review", body, dt=d0, cc='rosa'),
                "; ".join(names)))

    # L7 - forwarded thread, list deep in quoted ED note
    d0 = when(10, 4, 6, 50)
    d1 = d0 + datetime.timedelta(hours=2, minutes=40)
    d2 = d1 + datetime.timedelta(hours=1, minutes=5)
    names = []
    ed = []
    waits = [("vi", None, (45, 80), "chest pain", "waited 50 min for VRI, cart 2 dead"),
             ("so", None, (9, 9), "abd pain", "OPI only w/ mother, dropped x2"),
             ("ne", None, (30, 75), "fall, head lac", "no Nepali on VRI overnight, used OPI"),
             ("asl", None, (50, 85), "SOB", "VRI froze, pt wrote notes"),
             ("es", "F", (18, 38), "L&D triage", "used sister to interpret until 03:10")]
    for lg, sx, ages, cc_, note in waits:
        sx = sx or random.choice("MF")
        n = rname(lg, sx)
        names.append(n)
        ed.append("  - Bd %d  %s  %d%s  %s  %s - %s" % (
            random.randint(1, 28), lf(n), random.randint(*ages), sx, LANGNAME[lg], cc_,
            note))
    night = (
        "Charge RN overnight report 10/3-10/4, language access issues:\n\n" + "\n".join(ed) +
        "\n\nThat's 5 in one night. Staff are frustrated.\nPaula Kerrigan RN, ED night charge")
    mid = (
        "Adrienne,\n\nSending you the ED night report below. We need to talk about overnight "
        "in-house coverage again.\n\nRosa\n\n" +
        outlook_hdr(d0, "Kerrigan, Paula <pkerrigan@%s>" % DOM,
                    "Delgado-Pinto, Rosa <%s>" % P['rosa'][1], "ED overnight language issues",
                    cc="ED Nursing Leadership") + "\n\n" + night)
    body = (
        "Rosa - agree. Let's put it on the 10/10 Patient Experience agenda and bring the "
        "VRI network numbers from IS. Can you pull the overnight volume by language for "
        "the last 90 days?\n\nA.\n\nAdrienne Voss\nDirector, Patient Experience\n\n" +
        outlook_hdr(d1, "Delgado-Pinto, Rosa", "Voss, Adrienne",
                    "FW: ED overnight language issues") + "\n\n" + mid)
    out.append((mk('voss', 'rosa', "RE: FW: ED overnight language issues", body, dt=d2,
                   cc='dan'), "; ".join(names)))
    return out


# ===========================================================================
# PHI - names
# ===========================================================================
def phi_names():
    out = []

    # n1 - Mrs. X in prose
    pn = patient('ar', 'F')
    d0 = when(1, 30, 8, 12)
    body = (
        "Huda,\n\nAre you in today? Mrs. %s in 412 keeps refusing the iPad interpreter - "
        "she's pretty hard of hearing and she just waves it away, and the male voice on "
        "VRI upset her yesterday. She's POD 2 from her bowel resection and we really need "
        "her up walking and using the spirometer, and surgery rounds are usually ~9:15. "
        "If you could come up for rounds and then stay for the teaching with her nurse "
        "that would be amazing. Her son comes after 5 if that's easier for the afternoon "
        "stuff.\n\nThanks - Kevin (4W)\n\nSent from my iPhone" % last_name(pn))
    out.append((mk('ohara', 'huda', "4W rm 412 - can you come for rounds?", body, dt=d0,
                   cc='interp'), pn))

    # n2 - name only in the subject
    pn = patient('es', 'F')
    d0 = when(2, 27, 14, 40)
    d1 = d0 + datetime.timedelta(minutes=25)
    body = (
        "Booked for Thursday 2:00, Spanish in person, Marisol. She's with wound care again "
        "for the foot so I blocked 90 min.\n\n"
        "-A\n\n%s\n%s" % (
            gmail_on(d0, name('whitcomb'), P['whitcomb'][1]),
            quote("Can you get her an interpreter for Thursday? Same as last time. thx J")))
    out.append((mk('aisha', 'whitcomb', "Re: %s" % pn, body, dt=d1), pn))

    # n3 - Last, First
    pn = patient('vi', 'M')
    d0 = when(11, 5, 6, 58)
    body = (
        "Good morning,\n\n%s - new to us, started hemodialysis here today, Tue/Thu/Sat "
        "0600, chair 7. He understands very little English and the son who came with him "
        "today can only come Saturdays. We need a Vietnamese interpreter at the start of "
        "each run for at least the first two weeks (assessment, fluid goal, access site "
        "checks, diet teaching). After that, VRI at the chair is probably fine.\n\n"
        "Also he is very hard of hearing on the right - please have whoever comes sit on "
        "his left side.\n\nThanks,\nGwen Abbate RN\nCharge Nurse, Dialysis Unit\n"
        "%s x0480" % (lf(pn), ORG))
    out.append((mk("Gwen Abbate <gabbate@%s>" % DOM, 'interp',
                   "Vietnamese for new HD pt T/Th/Sa 0600", body, dt=d0, cc='linh'), pn))

    # n4 - nickname, friendly
    pn = patient('es', exact='Teodoro Villalobos')
    d0 = when(4, 11, 23, 14)
    body = (
        "Marisol!! your buddy Don Teo is back (%s). 3rd time this month, sugar was "
        "in the 400s again and he says he ran out of the insulin because the pharmacy "
        "wanted the new card. Dr. Kwan is going to admit him. He keeps asking for \"la "
        "señora Marisol\" lol. If you're on tomorrow can you swing by 5N in the morning? "
        "Case mgmt wants to sit down with him and the daughter about the insurance.\n\n"
        "- Hannah\nED unit secretary (nights this week)" % pn)
    out.append((mk('becker', 'marisol', "guess who", body, dt=d0), pn))

    # n5 - patient only in quoted original
    pn = patient('ru', 'F')
    d0 = when(8, 6, 15, 3)
    d1 = d0 + datetime.timedelta(hours=1, minutes=10)
    orig = (
        "Hi Tomasz,\n\n"
        "I'm setting up a family meeting for %s on Friday at 1pm in the 6N conference "
        "room. Oncology will be going over the scan results - the cancer has spread to "
        "the liver and they want to talk about moving to comfort care / hospice. Her "
        "husband and two daughters will be there; one daughter speaks English but the "
        "family asked that she not be the one to interpret. Can we get Oleg in person "
        "for about 90 minutes? Please make sure it isn't phone or video for this one.\n\n"
        "Erik" % pn)
    body = (
        "Erik - confirmed, Oleg is on for Fri 1:00-2:30 in person. He'll come by 6N at "
        "12:45 to pre-session with you and Dr. Greenberg.\n\nTomasz\n\n%s\n\n%s" % (
            outlook_from(d0, "Brandt, Erik <%s>" % P['brandt'][1],
                         "Wierzbicki, Tomasz <%s>" % P['tomasz'][1], "family mtg Fri 1pm 6N"),
            orig))
    out.append((mk('tomasz', 'brandt', "RE: family mtg Fri 1pm 6N", body, dt=d1, cc='oleg'),
                pn))

    # n6 - first name only + room, remote interpreter incident
    pn = "Galina"
    d0 = when(3, 14, 17, 33)
    body = (
        "Rosa,\n\nI want to flag something from this morning before I forget the details.\n\n"
        "Galina in 6N-04 (the retired teacher, her husband visits every afternoon) had her "
        "biopsy results discussion at 10:30. I was in the ED so the team used the Voxa "
        "phone line. According to the nurse, the phone interpreter said \"рак\" "
        "(cancer) before Dr. Lowe had even finished explaining that they found abnormal "
        "cells and needed more tests - basically the interpreter summarised ahead and "
        "added words that weren't said. Galina was crying when I got up there at 11:40 "
        "and asking me if she is dying. I stayed with the nurse and we had Dr. Lowe come "
        "back and go through it again with me interpreting.\n\n"
        "I think this needs to go to Voxa as a quality complaint. I can write up the "
        "timeline. Call ID was on the phone display, the nurse wrote it down: 7734-22190.\n\n"
        "Oleg\n" + sig('oleg', short=True).strip())
    out.append((mk('oleg', 'rosa', "quality issue w/ Voxa Russian this AM - 6N", body, dt=d0),
                pn))

    # n7 - Deaf patient, family interpreting
    pn = patient('asl', 'M')
    d0 = when(12, 3, 10, 20)
    body = (
        "Lorna,\n\n"
        "I just stopped by 6N-19 to introduce myself to %s. He is Deaf, ASL is his "
        "primary language, and he was admitted last night through the ED with chest pain. "
        "His daughter (hearing) has been interpreting for everything since he arrived, "
        "including the consent for the stress test this morning. She told me she's "
        "exhausted, doesn't know the medical signs, and wasn't sure she got the part about "
        "the risks right.\n\n"
        "Per policy LS-104 we can't rely on family for consent. I have a CDI/ASL team "
        "coming at 1pm and the cardiology fellow said they'll redo the consent then. "
        "Going forward can your team call DHH (x0194 or pager 7194) as soon as a Deaf "
        "patient hits the floor? The VRI cart is fine for quick checks but not for this "
        "kind of conversation.\n\n"
        "Thanks,\nDan\n%s" % (pn, sig('dan', pager="(732) 555-7194").strip()))
    out.append((mk('dan', 'fajardo', "6N-19 - Deaf pt, daughter interpreting consent", body,
                   dt=d0, cc='rosa'), pn))

    # n8 - formal incident letter with HTML, Polish phone interpreter
    pn = patient('pl', 'M')
    d0 = when(9, 19, 12, 6)
    txt = (
        "Dear Voxa Quality Team,\n\n"
        "We are submitting a formal service complaint regarding a Polish over-the-phone "
        "interpretation on September 17, 2024 (call ID 9912-40457, approx. 06:05-06:31, "
        "account 1188-SARMC-PAT).\n\n"
        "During Mr. %s's pre-operative assessment for his right hip replacement, the "
        "interpreter repeatedly left the line for 20-40 seconds at a time, did not interpret "
        "the anesthesia nurse's questions about his blood thinner and his last dose, and "
        "at one point answered a question on the patient's behalf. The surgery went ahead "
        "once an on-site Polish interpreter from our agency arrived, but it was delayed by 70 minutes.\n\n"
        "We ask that you (1) review the recording, (2) confirm the interpreter's "
        "qualification and coaching outcome, and (3) credit the call. Please respond within "
        "10 business days as outlined in section 7 of our agreement.\n\n"
        "Sincerely,\n\nRosa Delgado-Pinto, MA, CHI\n"
        "Manager, Interpreter & Language Services\n%s\n%s\n\n%s" % (
            last_name(pn), ORG, ADDR, CONF))
    out.append((mk('rosa', 'vx', "Formal service complaint - call ID 9912-40457", txt,
                   dt=d0, cc=['tomasz', 'greer'], html=text_to_html(txt)), pn))
    return out


# ===========================================================================
# PHI - self
# ===========================================================================
def phi_self():
    out = []

    # s1 - Deaf patient asks for ASL at MRI
    pn = patient('asl')
    d0 = when(2, 6, 20, 31)
    appt = after_days(d0, 7, 10)
    em = pn.lower().replace(" ", ".") + "@quickpost-mail.com"
    body = (
        "Hello,\n\nMy name is %s. I am Deaf and use ASL. I have an MRI of my lower back "
        "scheduled %s at 7:15 am in Imaging (the doctor ordered it for my sciatica and numb "
        "leg). When I called through VRS to confirm, the scheduler said an interpreter is "
        "\"not usually needed for MRI\".\n\n"
        "I need an interpreter. I cannot hear anything in the machine and I can't lip read "
        "the tech with the mask. I also get very claustrophobic, last time I had a panic "
        "attack and they had to stop. I want to understand the instructions before I go in, "
        "and agree on a signal to stop.\n\n"
        "Please confirm by email. My VP number is %s.\n\nThank you,\n%s" % (
            pn, long_date(appt), phone(), pn))
    out.append((mk("%s <%s>" % (pn, em), 'dhh', "Need ASL interpreter for MRI %s" % md(appt),
                   body, dt=d0), pn))

    # s2 - patient billed for interpreter
    pn = patient('pl')
    d0 = when(8, 2, 19, 45)
    acct = random.randint(7700000, 7799999)
    body = (
        "To whom it may concern,\n\n"
        "I received a bill from St. Aldric for $170.00 with the description \"LANGUAGE "
        "SVCS\" for my visit on June 27 in the Pulmonary clinic (account number %d). I "
        "asked for a Polish interpreter because my English is not good for medical words, "
        "they told me before it is free. Now I am paying already for the breathing tests "
        "and for my inhalers which are very expensive, I can not pay for this too.\n\n"
        "Please remove this charge. If you need to call, my number is %s, better in the "
        "evening.\n\n"
        "%s\n%s" % (acct, phone(), pn,
                    "%d Linden St Apt %d, Eastbrook NJ" % (random.randint(10, 400),
                                                           random.randint(1, 12))))
    out.append((mk("%s <%s@netmail-plus.com>" % (pn, pn.split()[0][0].lower() +
                                                    last_name(pn).lower()),
                   'pr', "Bill for interpreter - account %d" % acct, body, dt=d0), pn))

    # s3 - phone, lower case
    pn = patient('es')
    d0 = when(6, 3, 7, 2)
    body = (
        "hi this is %s i have apointment tuesday 11 with dr lopez for my sugar and my "
        "feet. can i have the spanish lady again not the tablet, i dont understand the "
        "tablet. also i need to know if i come no eat breakfast for the blood. my "
        "daugter cant come this time\n\nthank you\n%s\n\nSent from my iPhone" % (
            pn.lower(), first_name(pn).lower()))
    out.append((mk("%s <%s%d@quickpost-mail.com>" % (pn, first_name(pn).lower(),
                                                     random.randint(60, 99)),
                   'interp', "apointment tuesday", body, dt=d0), pn))

    # s4 - HoH, CART request for class
    pn = patient('asl')
    d0 = when(3, 19, 13, 48)
    body = (
        "Hi,\n\nI'm registered for the Living Well with Diabetes class series that starts "
        "April 4 (Thursdays 6-8pm, 4 weeks). I was diagnosed with type 2 in January and my "
        "endocrinologist wants me to take it. I have a cochlear implant on the right and "
        "a hearing aid on the left. I don't sign, so an ASL interpreter wouldn't help me, "
        "but in a group room I miss most of what's said. Could you arrange CART "
        "(real-time captioning) for the four sessions? Remote CART on a laptop is fine.\n\n"
        "I'm happy to talk with whoever sets this up. Best way to reach me is email or "
        "text %s.\n\nThanks so much,\n%s" % (phone(), pn))
    out.append((mk("%s <%s@mailbox-one.net>" % (pn, first_name(pn)[0].lower() +
                                                 last_name(pn).lower()),
                   'dhh', "CART captioning for diabetes class", body, dt=d0), pn))

    # s5 - employee's own surgery, doctor's note PDF
    pn = name('jean')
    d0 = when(7, 24, 16, 5)
    body = (
        "Hi Rosa,\n\nAs we discussed, my knee surgery (ACL reconstruction, left) is now "
        "confirmed for August 12 at Riverside Ortho. The surgeon says 4 to 6 weeks out, and "
        "then light duty - no long standing or stairs for a while, so probably VRI/OPI "
        "only from the office when I come back.\n\n"
        "I attached the note from Dr. Castellano for HR. I already sent the FMLA form to "
        "Leave Administration. I'll make sure the Kreyol consent translations are finished "
        "before I go.\n\nMèsi,\nJB")
    note = pdf([
        "RIVERSIDE ORTHOPAEDIC ASSOCIATES",
        "220 Mill Pond Rd, Eastbrook NJ   Tel (732) 555-6610   Fax (732) 555-6611",
        "",
        "Date: 07/22/2024",
        "RE: Jean-Baptiste Pierre-Louis    DOB: 09/30/1986",
        "",
        "To whom it may concern:",
        "The above patient is under my care for a complete tear of the left anterior",
        "cruciate ligament with medial meniscus tear (M23.612, S83.512A).",
        "He is scheduled for arthroscopic ACL reconstruction on 08/12/2024.",
        "Expected time off work: 08/12/2024 through 09/23/2024.",
        "Anticipated restrictions on return: seated duties, no prolonged standing,",
        "no stairs or ladders, for approximately 4 additional weeks.",
        "",
        "Marco Castellano, MD    NPI 1659000000",
    ], title="Work note")
    out.append((mk('jean', 'rosa', "surgery date + note", body, dt=d0,
                   atts=[("work_note_Castellano.pdf", "application/pdf", note)]), pn))

    # s6 - patient asks for records in Nepali
    pn = patient('ne')
    d0 = when(11, 12, 10, 10)
    body = (
        "Namaste sir/madam,\n\n"
        "I am %s, my date of birth 1961-04-03. I was admit in your hospital in October "
        "for my thyroid operation and kidney stone. I got the papers but all in English. "
        "I want to know what is written, specially the medicine and the result of the "
        "biopsy, my son is reading but he is also not understand medical word.\n\n"
        "Can you give me these paper in Nepali language? Or can the Nepali interpreter "
        "read with me on phone. I am free any day after 11 o clock.\n\n"
        "My phone %s\n\nDhanyabad\n%s" % (pn, phone(), pn))
    out.append((mk("%s <%s.%s@netmail-plus.com>" % (pn, first_name(pn).lower(),
                                                      last_name(pn).lower()),
                   'transl', "Nepali language paper", body, dt=d0), pn))

    # s7 - low vision patient, member ID, HTML mobile mail
    pn = patient('tl')
    d0 = when(5, 29, 15, 22)
    mid = "XKH%09d" % random.randint(0, 999999999)
    txt = (
        "Good afternoon. I am a patient of Dr. Amsel in the eye clinic. I have macular "
        "degeneration in both eyes and I can no longer read regular print. For my injection "
        "appointments (next one June 10) could you please give me the consent form and the "
        "after care sheet in LARGE PRINT, 18 point or bigger? Tagalog would be even better "
        "but English large print is okay.\n\n"
        "My insurance is Horizon Medicare Blue, member ID %s, if that matters for "
        "the cost. I do not need an interpreter for speaking.\n\n"
        "Salamat po,\n%s\n\nSent from my iPad" % (mid, pn))
    out.append((mk("%s <%s%d@mailbox-one.net>" % (pn, first_name(pn).lower(),
                                                  random.randint(1950, 1960)),
                   'interp', "large print forms please", txt, dt=d0,
                   html=text_to_html(txt).replace("11pt", "16pt")), pn))
    return out


# ===========================================================================
# PHI - struct
# ===========================================================================
LANG_HL7 = {'es': ("SPA", "Spanish"), 'vi': ("VIE", "Vietnamese"), 'zh': ("CHI", "Chinese"),
            'ru': ("RUS", "Russian"), 'ht': ("HAT", "Haitian Creole"), 'ar': ("ARA", "Arabic"),
            'so': ("SOM", "Somali"), 'pt': ("POR", "Portuguese"), 'ko': ("KOR", "Korean"),
            'pl': ("POL", "Polish"), 'asl': ("SGN", "American Sign Language"),
            'ne': ("NEP", "Nepali"), 'bn': ("BEN", "Bengali"), 'tl': ("TGL", "Tagalog")}
STREETS = ["Cedar St", "Maple Ave", "Route 9", "Linden St", "Harbor Rd", "Elm Ct",
           "Washington Ave", "Prospect St", "Oak Hill Dr", "Main St"]


def addr_hl7():
    return "%d %s^%s^EASTBROOK^NJ^07991" % (random.randint(10, 990), random.choice(STREETS),
                                            random.choice(["", "APT %d" % random.randint(1, 30)]))


def pid_seg(m, full, dob_, sex, lg, acct="", ssn=""):
    parts = full.upper().split()
    f = [""] * 20
    f[0] = "PID"
    f[1] = "1"
    f[3] = "%s^^^SARMC^MR" % m
    f[5] = "%s^%s" % (parts[-1], " ".join(parts[:-1]))
    f[7] = dob_.strftime("%Y%m%d")
    f[8] = sex
    f[11] = addr_hl7()
    f[13] = "^PRN^PH^^^%s^%s" % (random.choice(["732", "848", "908"]),
                                 "555%04d" % random.randint(200, 9899))
    f[15] = "%s^%s^HL70296" % LANG_HL7[lg]
    f[18] = acct
    f[19] = ssn
    return "|".join(f)


def x12_ssn():
    return "%03d%02d%04d" % (random.randint(100, 665), random.randint(10, 99),
                             random.randint(1000, 9999))


def phi_struct():
    out = []

    # t1 - SIU^S12 pasted in body
    pn = patient('es')
    d0 = when(6, 11, 9, 44)
    m = mrn()
    b = dob(1950, 1965)
    ts = "20240611093012"
    appt = "202406181330"
    hl7 = "\n".join([
        "MSH|^~\\&|EPIC|SARMC|INTERPRETIT|SARMC|%s||SIU^S12^SIU_S12|MSG%08d|P|2.5.1" % (
            ts, random.randint(0, 99999999)),
        "SCH|%d^EPIC|||||FOLLOWUP^Follow Up Visit|||40|min|^^40^%s^%s" % (
            random.randint(10000000, 99999999), appt, "202406181410"),
        pid_seg(m, pn, b, sex_of(pn), 'es', acct="V%d" % random.randint(10 ** 8, 10 ** 9)),
        "PV1|1|O|ACC2ENDO^^^SARMC||||1487000001^KWAN^ANDREW^^^MD",
        "RGS|1",
        "AIS|1||ENDOFU^ENDO FOLLOW UP|%s|0|min|40|min" % appt,
        "AIL|1||ACC2ENDO^^^SARMC",
        "AIP|1||1487000001^KWAN^ANDREW^^^MD",
        "NTE|1||INTERPRETER NEEDED: Y  LANG: SPANISH  MODALITY: IN PERSON  NOTE: A1C + insulin adjust, bring glucometer",
    ])
    body = (
        "Tomasz,\n\nHere's the raw SIU for the appointment you asked about. The message "
        "did reach InterpretIT but the request never got created - looks like the parser "
        "expects the interpreter flag in a ZIN segment and Epic is only sending it in NTE "
        "since the May upgrade. Opened INC0%d with the vendor.\n\n%s\n\n"
        "Until it's fixed, anything scheduled with the interpreter flag after 5/28 may be "
        "missing on your side. I'll send a report of those this afternoon.\n\nKen\n%s" % (
            random.randint(100000, 199999), hl7, sig('ito').strip()))
    out.append((mk('ito', 'tomasz', "SIU not creating interp request - example", body, dt=d0,
                   cc='rosa'), pn))

    # t2 - interface engine alert with ADT^A04 batch attached
    d0 = when(8, 30, 3, 17)
    msgs = []
    names = []
    for i in range(3):
        lg = random.choice(['so', 'ne', 'ht', 'ko'])
        n = rname(lg)
        names.append(n)
        b = dob()
        segs = [
            "MSH|^~\\&|EPIC|SARMC|RHAPSODY|SARMC|202408300%d1%d22||ADT^A04^ADT_A01|ADT%09d|P|2.5.1" % (
                i + 2, i, random.randint(0, 10 ** 9)),
            "EVN|A04|202408300%d1%d20" % (i + 2, i),
            pid_seg(mrn(), n, b, sex_of(n), lg,
                    acct="V%d" % random.randint(10 ** 8, 10 ** 9)),
            "PV1|1|E|ED^%02d^01^SARMC||||||||||||||||V%d" % (random.randint(1, 28),
                                                           random.randint(10 ** 8, 10 ** 9)),
            "PV2|||%s" % random.choice(["^ABD PAIN", "^FEVER", "^FALL", "^SOB", "^HEADACHE"]),
            "OBX|1|ST|INTERP^Interpreter Needed||Y",
        ]
        msgs.append("\r".join(segs))
    alert = (
        "Rhapsody Alert - Route: ADT_to_InterpretIT (PROD)\n"
        "Severity: WARNING\nTime: 2024-08-30 03:17:08 EDT\n\n"
        "3 message(s) moved to Error Queue.\n"
        "Error: Lookup failed - PID-15.1 value not found in table LANG_MAP_V3\n\n"
        "The errored messages are attached. Reprocess from the Rhapsody IDE once the "
        "lookup table is updated.\n\n"
        "-- Automated notification. Do not reply. --")
    out.append((mk("Rhapsody Alerts <rhapsody-alerts@%s>" % DOM, ['ito', 'tomasz'],
                   "[WARN] ADT_to_InterpretIT - 3 messages errored", alert, dt=d0,
                   atts=[("errored_ADT_20240830.hl7", "application/octet-stream",
                          ("\r\n".join(msgs) + "\r\n").encode('utf-8'))]),
                "; ".join(names)))

    # t3 - 837P with T1013 line, attached
    pn = patient('ht', 'F')
    d0 = when(6, 13, 10, 51)
    parts = pn.upper().split()
    mcaid = "%012d" % random.randint(10 ** 10, 10 ** 12 - 1)
    ctl = "%09d" % random.randint(1, 10 ** 8)
    pa = "SA%d" % random.randint(10 ** 7, 10 ** 8)
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*20240612*1030*CH" % ctl[-4:],
        "NM1*41*2*ST ALDRIC REGIONAL MEDICAL CENTER*****46*SARMC0001",
        "PER*IC*PFS EDI*TE*7325550235",
        "NM1*40*2*NJ FAMILYCARE*****46*NJMCD",
        "HL*1**20*1",
        "NM1*85*2*ST ALDRIC REGIONAL MEDICAL CENTER*****XX*1999999984",
        "N3*1400 ALDRIC WAY",
        "N4*EASTBROOK*NJ*07991",
        "REF*EI*221234567",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*%s*%s****MI*%s" % (parts[-1], parts[0], mcaid),
        "N3*%d %s" % (random.randint(10, 400), random.choice(STREETS).upper()),
        "N4*EASTBROOK*NJ*07991",
        "DMG*D8*%s*F" % dob(1985, 2001).strftime("%Y%m%d"),
        "NM1*PR*2*NJ FAMILYCARE*****PI*NJMCD",
        "CLM*%s*308***11:B:1*Y*A*Y*Y" % pa,
        "HI*ABK:O24410*ABF:Z3A26",
        "NM1*82*1*OKAFOR*SAMUEL****XX*1881234567",
        "PRV*PE*PXC*207V00000X",
        "LX*1",
        "SV1*HC:99214*180*UN*1***1:2",
        "DTP*472*D8*20240604",
        "LX*2",
        "SV1*HC:T1013*128*UN*4***1",
        "DTP*472*D8*20240604",
        "NTE*ADD*HAITIAN CREOLE IN PERSON 1000-1100",
    ]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    isa = ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*240612*1030*^*00501*%s*0*P*:" % (
        "SARMC0001", "CLEARHSE", ctl))
    x12 = "~\n".join([isa, "GS*HC*SARMC0001*CLEARHSE*20240612*1030*%d*X*005010X222A1" % int(ctl)]
                     + segs + ["GE*1*%d" % int(ctl), "IEA*1*%s" % ctl]) + "~\n"
    body = (
        "Hi ClaimLink support,\n\n"
        "One of yesterday's 837P files came back with a 999 reject on a single claim "
        "(patient control # %s) - AK2/IK3 points at loop 2400 SV1 for the T1013 line. "
        "We added interpreter services lines in June per the new Medicaid guidance so "
        "this is the first batch with them. Claim file attached (just the one claim, I cut "
        "it out of the batch). Can you tell me what's wrong with the SV1 - is it the "
        "diagnosis pointer?\n\nThank you,\nTheresa Quinn\n%s\nPFS EDI submitter ID SARMC0001"
        % (pa, "Revenue Cycle, " + ORG))
    out.append((mk('quinn', "ClaimLink Support <support@claimlink-edi.com>",
                   "999 reject - T1013 line, pt ctrl %s" % pa, body, dt=d0,
                   atts=[("837P_%s.txt" % pa, "text/plain", x12)]), pn))

    # t4 - FHIR bundle in body
    pn = patient('ar', 'F')
    d0 = when(4, 2, 14, 27)
    fam = last_name(pn)
    giv = " ".join(pn.split()[:-1])
    m = mrn()
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "e%s" % hexid(10),
                "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.999.2.7.5.737384.14",
                                "value": m, "type": {"text": "MRN"}}],
                "name": [{"family": fam, "given": [giv]}],
                "gender": "female", "birthDate": dob(1975, 1999).isoformat(),
                "telecom": [{"system": "phone", "value": phone().replace("(", "").replace(") ", "-"),
                             "use": "mobile"}],
                "communication": [{"language": {"coding": [
                    {"system": "urn:ietf:bcp:47", "code": "ar", "display": "Arabic"}]},
                    "preferred": "true"}],
                "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
                               "valueBoolean": True}]}},
            {"resource": {
                "resourceType": "Appointment", "id": "a%s" % hexid(10), "status": "booked",
                "serviceType": [{"text": "OB Ultrasound - Anatomy Scan"}],
                "reasonCode": [{"text": "Supervision of pregnancy, 20 weeks"}],
                "start": "2024-04-09T09:00:00-04:00", "end": "2024-04-09T10:00:00-04:00",
                "participant": [
                    {"actor": {"reference": "Patient/e", "display": pn}, "status": "accepted"},
                    {"actor": {"display": "Women's Health Ultrasound Rm 2"}, "status": "accepted"}],
                "comment": "Female interpreter requested"}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = (
        "Ken,\n\nThis is one of the payloads from your PROD subscription that our "
        "validator rejected overnight (there were 14 like it). The problem is "
        "communication[0].preferred is coming through as the string \"true\" instead of a "
        "boolean, so we drop the language and the interpreter request never gets created. "
        "Sorry for pasting a real one - I couldn't reproduce it in your sandbox.\n\n%s\n\n"
        "Can your team check the mapping on the Epic side? We can also loosen our "
        "validator as a stopgap if you want.\n\n"
        "Regards,\nPriya Venkatesan\nIntegration Engineer, InterpretIT Scheduling\n"
        "interpretit-sched.com" % js)
    out.append((mk("Priya Venkatesan <pvenkatesan@interpretit-sched.com>", 'ito',
                   "FHIR Appointment feed - preferred flag type error", body, dt=d0), pn))

    # t5 - pipe-delimited daily export
    d0 = when(11, 19, 5, 0, )
    rows = ["REQ_ID|SVC_DATE|START|END|MRN|PT_LAST|PT_FIRST|DOB|LANG|MODALITY|DEPT|INTERPRETER|STATUS"]
    names = []
    for i in range(16):
        lg = weighted_lang()
        n = rname(lg)
        names.append(n)
        sh = random.randint(7, 16)
        mi = random.choice([0, 15, 30, 45])
        dur = random.choice([30, 45, 60, 90, 120])
        e = datetime.datetime(2024, 11, 18, sh, mi) + datetime.timedelta(minutes=dur)
        p = n.upper().split()
        mod = random.choice(["ONSITE", "ONSITE", "VRI"] + ([] if lg == 'asl' else ["OPI"]))
        if mod == "VRI":
            itp = "VRI-POOL"
        elif mod == "OPI":
            itp = "VOXA"
        else:
            itp = {'es': "ORTEGA M", 'vi': "TRAN-NGUYEN L", 'asl': "AGENCY-CH",
                   'ht': "PIERRE-LOUIS J", 'ru': "MARCHENKO O", 'ar': "AL-SAYEGH H",
                   'pt': "SOUZA A"}.get(lg, "AGENCY-LB")
        rows.append("|".join([
            "LS-%d" % random.randint(60000, 69999), "20241118", "%02d%02d" % (sh, mi),
            e.strftime("%H%M"), mrn(), p[-1], " ".join(p[:-1]), dob().strftime("%Y%m%d"),
            LANG_HL7[lg][0], mod,
            random.choice(["ED", "4W", "ACC2", "WHC", "ONC", "PEDS", "GI", "DIAL"]),
            itp,
            random.choice(["COMPLETED", "COMPLETED", "COMPLETED", "PT NO-SHOW", "CANCELLED"])]))
    body = (
        "Scheduled report: Daily Completed Encounters (PROD)\n"
        "Run time: 2024-11-19 05:00 EST\nRecords: %d\nFormat: pipe-delimited (.txt)\n\n"
        "This report was delivered by InterpretIT Scheduler. To change the distribution "
        "list, contact your system administrator." % (len(rows) - 1))
    out.append((mk("InterpretIT Reports <reports@interpretit-sched.com>",
                   ['tomasz', 'rosa'], "Scheduled report: Daily Completed Encounters 11/18/2024",
                   body, dt=d0,
                   atts=[("daily_completed_20241118.txt", "text/plain",
                          "\n".join(rows) + "\n")]), "; ".join(names)))

    # t6 - JSON from VRI vendor API
    d0 = when(10, 16, 11, 40)
    sessions = []
    names = []
    for i in range(4):
        lg = random.choice(['asl', 'asl', 'es', 'so', 'vi'])
        n = rname(lg)
        names.append(n)
        st = datetime.datetime(2024, 10, 14, random.randint(0, 6), random.randint(0, 59))
        sessions.append({
            "session_id": "S%d-%d" % (random.randint(100000, 999999), random.randint(10, 99)),
            "device": "ED-CART-0%d" % random.randint(1, 6),
            "language": LANGNAME[lg] if lg != 'asl' else "American Sign Language",
            "started_at": st.strftime("%Y-%m-%dT%H:%M:00-04:00"),
            "duration_sec": random.randint(120, 2400),
            "interpreter_id": "TL-%05d" % random.randint(0, 99999),
            "reconnects": random.choice([0, 0, 1, 3]),
            "custom_fields": {"patient_ref": mrn(), "patient_name": n,
                              "unit": "ED", "reason": random.choice(
                                  ["triage", "discharge teaching", "consent - LP",
                                   "pain reassessment", "CT prep"])}})
    js = json.dumps({"account": "SARMC-ED", "count": len(sessions), "sessions": sessions},
                    indent=2)
    body = (
        "Dan,\n\nFYI this is what TeleLingo's session API returns for the ED carts "
        "overnight 10/14. Note custom_fields - the ED build has the nurses typing the "
        "MRN and name into the cart before connecting, which is why it ends up in their "
        "logs (the thing Jordan complained about). I'm going to ask ED informatics to "
        "remove those prompts.\n\n%s\n\nKen" % js)
    out.append((mk('ito', 'dan', "TeleLingo API output - ED 10/14", body, dt=d0), "; ".join(names)))

    # t7 - C-CDA attached, from HIM to translation
    pn = patient('zh', 'M')
    d0 = when(9, 3, 9, 2)
    m = mrn()
    b = dob(1940, 1955)
    p = pn.split()
    roi = "ROI-%d" % random.randint(240000, 249999)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240830150000-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="%s" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>%d Prospect St</streetAddressLine><city>Eastbrook</city><state>NJ</state><postalCode>07991</postalCode></addr>
      <telecom use="HP" value="tel:+1-732-555-%04d"/>
      <patient>
        <name><given>%s</given><family>%s</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="%s"/>
        <languageCommunication>
          <languageCode code="zh-CN"/>
          <preferenceInd value="true"/>
        </languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)</item>
        <item>Chronic kidney disease, stage 3b (N18.32)</item>
        <item>Essential hypertension (I10)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>Insulin glargine 18 units subcutaneous at bedtime</item>
        <item>Losartan 50 mg by mouth daily</item>
        <item>Empagliflozin 10 mg by mouth daily</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan of Care</title>
      <text>Nephrology follow-up 4 weeks. Renal diet teaching with Mandarin interpreter. BMP in 2 weeks.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (roi, m, random.randint(10, 800), random.randint(200, 9899), " ".join(p[:-1]), p[-1],
       b.strftime("%Y%m%d"))
    body = (
        "Hi Mei-Ling,\n\n"
        "Release of information request %s: the patient asked for his visit summary in "
        "Simplified Chinese. Signed authorization is on file. The CCD we generated is "
        "attached - I know it's not pretty, but it has everything he asked for (problem "
        "list, meds, plan). Could your vendor produce a translated summary from it? He "
        "would like to pick it up at HIM, not by mail.\n\nThanks,\n"
        "Rhonda Weathers, RHIT\nHealth Information Management - Release of Information\n"
        "%s | Fax (732) 555-0177" % (roi, ORG))
    out.append((mk("Rhonda Weathers <rweathers@%s>" % DOM, 'transl',
                   "%s - translation of CCD (Simplified Chinese)" % roi, body, dt=d0,
                   atts=[("CCD_%s.xml" % roi, "application/xml", ccd.encode('utf-8'))]), pn))
    return out


# ===========================================================================
# CLEAN - admin
# ===========================================================================
def clean_admin():
    out = []

    # a1 - VRI carts / wifi dead zones
    d0 = when(2, 14, 11, 5)
    inc = "INC0%d" % random.randint(150000, 159999)
    body = (
        "Rosa, Dan -\n\n"
        "Update on the VRI connectivity problems. Network team did a wireless survey "
        "Tuesday night with one of the TeleLingo carts. Findings:\n\n"
        "  - 5 North rooms 5N-20 through 5N-28: signal drops below -72 dBm, carts fail over "
        "to the guest SSID and the video freezes. New AP going in next to the med room "
        "(work order WO-88213, scheduled 2/20).\n"
        "  - ED rooms 14-18 and the Fast Track hallway: channel congestion, not coverage. "
        "They're moving the carts to the 5 GHz-only clinical SSID (SARMC-CLIN). Carts "
        "need a config push - Biomed will do it during the 2/16 overnight.\n"
        "  - L&D triage: fine.\n\n"
        "Until then, please tell staff to use the wall-mounted phones for OPI in 5N-20+ "
        "rather than fight with the cart. Master ticket is %s if anyone asks.\n\n"
        "Ken\n%s" % (inc, sig('ito').strip()))
    out.append((mk('ito', ['rosa', 'dan'], "VRI wifi survey results - 5N / ED", body, dt=d0),
                ""))

    # a2 - contract renewal terms, HTML
    d0 = when(4, 23, 16, 15)
    txt = (
        "Adrienne,\n\n"
        "Summary of where we landed with Voxa for the OPI renewal (term 7/1/2024 - "
        "6/30/2027), before it goes to Contracting:\n\n"
        "Rates\n"
        "  - Spanish: $0.68/min (was $0.75)\n"
        "  - All other languages: $0.85/min (was $0.95)\n"
        "  - ASL over VRI through their partner: $2.10/min, no minimum\n"
        "  - Third-party dial-out: no charge\n\n"
        "Service levels\n"
        "  - Spanish connect < 30 sec, 95%% of calls; top 20 languages < 60 sec\n"
        "  - Rare languages: < 3 min or call-back within 10 min\n"
        "  - Monthly credit of 5%% if the connect SLA is missed two months running\n"
        "  - Quality complaints acknowledged in 2 business days, resolved in 10\n\n"
        "Other terms\n"
        "  - Interpreters must hold CCHI or NBCMI credential, or documented 40-hr training "
        "plus language proficiency testing\n"
        "  - No recording retention beyond 90 days\n"
        "  - BAA carried over from the 2021 agreement, updated exhibit B\n\n"
        "Projected annual spend at current volume (~310,000 min) is about $229K, a ~$26K "
        "saving. I'd like to get it signed by 5/31 so the new rates apply to June usage.\n\n"
        "Rosa\n%s" % sig('rosa', conf=True).strip())
    out.append((mk('rosa', 'voss', "Voxa OPI renewal - final terms", txt, dt=d0,
                   cc="Contracting Office <contracting@%s>" % DOM, html=text_to_html(txt)), ""))

    # a3 - meeting invite with ics
    d0 = when(9, 5, 10, 0)
    start = datetime.datetime(2024, 9, 17, 14, 0, tzinfo=tz_for(9))
    agenda = (
        "Language Access Committee - September\n\n"
        "1. Approve minutes (August)\n"
        "2. Section 1557 notice of nondiscrimination + taglines: updated 15-language "
        "insert for registration packets (Mei-Ling)\n"
        "3. ED overnight coverage proposal - 0.6 FTE Spanish + VRI network fixes (Rosa/IS)\n"
        "4. Deaf Awareness Week events (Dan)\n"
        "5. Qualified bilingual staff program: 11 staff passed the Spanish assessment, 3 "
        "Mandarin pending\n"
        "6. Patient portal: languages for MyAldric messages\n"
        "7. Open floor\n")
    body = (
        "Hi all,\n\nCalendar invite for the September Language Access Committee is "
        "attached. We're back in the Board Room (Admin building 3rd fl) - Teams link in the "
        "invite for anyone off-site.\n\n" + agenda +
        "\nPlease send updates for item 5 to me by 9/13.\n\nThanks,\nRosa")
    cal = ics("lac-202409@%s" % DOM, "Language Access Committee", start,
              start + datetime.timedelta(hours=1), "Admin Bldg Board Room / Teams",
              agenda, (name('rosa'), P['rosa'][1]))
    out.append((mk('rosa', ["Language Access Committee <lac@%s>" % DOM], 
                   "Language Access Committee - Tue 9/17 2pm", body, dt=d0,
                   atts=[("invite.ics", "text/calendar", cal)]), ""))

    # a4 - policy revision with docx
    d0 = when(1, 10, 9, 30)
    pol = docx([
        "# Policy LS-104: Use of Qualified Interpreters and Translated Documents",
        "Revision 6 - effective 02/01/2024 - Owner: Interpreter & Language Services",
        "",
        "1. Patients and companions who prefer a language other than English, or who are "
        "Deaf, DeafBlind or hard of hearing, will be offered a qualified interpreter at no "
        "cost for all clinical and financial communication.",
        "2. Family members, friends and untrained staff may not interpret for informed "
        "consent, discharge instructions, medication teaching, or end-of-life discussions. "
        "Minors may not interpret except in a life-threatening emergency until a "
        "qualified interpreter is available.",
        "3. The interpreter's name or ID number and modality (on-site, VRI, OPI) must be "
        "documented in the encounter using the Interpreter Services flowsheet row.",
        "4. Vital documents (consents, discharge instructions, patient rights, financial "
        "assistance) must be provided in the patient's preferred language when a "
        "translated version exists in the forms library; otherwise sight translation is "
        "performed by a qualified interpreter and documented.",
        "5. Qualified bilingual staff (QBS) may communicate directly in the language of "
        "their assessment but may not act as interpreters for others unless credentialed.",
        "",
        "Related: LS-101 Requesting Interpreters; LS-110 Deaf & HH Auxiliary Aids; "
        "PC-220 Informed Consent.",
    ])
    body = (
        "Good morning Nurse Managers and Clinic Managers,\n\n"
        "Attached is revision 6 of LS-104, effective Feb 1. Main changes: (a) end-of-life "
        "discussions added to the list where family may not interpret, (b) the new "
        "flowsheet row replaces free-text interpreter notes, and (c) QBS language was "
        "clarified.\n\n"
        "Please review at your next huddle. I'm happy to come to any staff meeting for 10 "
        "minutes - just send me a date.\n\nThank you,\nRosa\n" + sig('rosa').strip())
    out.append((mk('rosa', "Nursing & Clinic Managers <nsg-clinic-mgrs@%s>" % DOM,
                   "Revised policy LS-104 (interpreters) effective 2/1", body, dt=d0,
                   atts=[("LS-104_rev6.docx",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          pol)]), ""))

    # a5 - office move
    d0 = when(5, 20, 14, 2)
    body = (
        "Team,\n\n"
        "Facilities confirmed our move to the B-wing, 2nd floor (rooms B-214 to B-218, the "
        "old Pre-Admission Testing suite) on Friday 6/7. What you need to know:\n\n"
        "- Pack your desk by Thursday 6/6 at 3pm. Crates will be delivered Monday. Label "
        "everything with your name and new room number.\n"
        "- Phone extensions stay the same. The scheduling line (x0186) will be down from "
        "6/7 7am to about 10am - calls roll to my cell.\n"
        "- New door badge access is already loaded. Lockers are B-216, combination locks "
        "from Security.\n"
        "- The VRI cart charging station moves to the alcove outside B-218.\n"
        "- Dictionary shelf and the consent form binders: Mei-Ling will sort what we keep.\n\n"
        "The new space has a proper quiet room for OPI/VRI calls from the office and a "
        "small room for pre-sessions with clinicians. Pizza on 6/7 once we're in.\n\n"
        "Rosa")
    out.append((mk('rosa', 'ls_all', "Office move to B-wing Fri 6/7", body, dt=d0), ""))

    # a6 - supplies order
    d0 = when(3, 6, 10, 48)
    body = (
        "Hi Materials Management,\n\n"
        "Please process the following for cost center 7420 (Language Services):\n\n"
        "Qty  Item#       Description                                    Unit\n"
        "12   LS-4471     Dual-handset speakerphone, Polycom-style         EA\n"
        "30   LS-2210     Headset, noise-cancelling, USB-A                 EA\n"
        "10   LS-9832     Pocket talker personal amplifier w/ headphones   EA\n"
        "40   LS-0098     Disposable ear cushions for pocket talker (pk50) PK\n"
        "8    LS-5516     iPad 10.9\" rugged case w/ stand (VRI)          EA\n"
        "4    LS-7731     Cart power strip, hospital grade, 6 outlet       EA\n\n"
        "The pocket talkers are for the inpatient units - 4W, 5N and 6N have each asked for "
        "three for hard of hearing patients who don't use sign language. Please deliver "
        "to B-214.\n\nThanks,\nTomasz\n" + sig('tomasz', short=True).strip())
    out.append((mk('tomasz', "Materials Management <matmgmt@%s>" % DOM,
                   "Req - CC 7420 phones, headsets, pocket talkers", body, dt=d0, cc='rosa'), ""))

    # a7 - billing policy to agencies (no patient)
    d0 = when(7, 15, 13, 20)
    txt = (
        "Dear Agency Partners,\n\n"
        "Effective with services on or after August 1, 2024, St. Aldric will only accept "
        "interpreter invoices that meet the following requirements:\n\n"
        "1. Each line must reference our Language Services request number (LS-xxxxx), the "
        "service date, department, language, modality and actual start/stop times.\n"
        "2. Do NOT include patient names, medical record numbers or dates of birth on "
        "invoices or supporting detail. The request number is sufficient for us to "
        "reconcile against the encounter.\n"
        "3. Two-hour minimums apply to on-site spoken-language assignments; ASL/CDI "
        "assignments follow the rate sheet in your agreement. Cancellations with less "
        "than 24 hours' notice may be billed at the minimum.\n"
        "4. Mileage and parking are not reimbursable unless pre-approved in writing.\n"
        "5. Invoices are due by the 10th of the following month, one PDF per month, "
        "emailed to ap-invoices@%s with a copy to the scheduling coordinator.\n\n"
        "Invoices that don't meet these requirements will be returned unpaid. Thank you "
        "for your partnership and for the care your interpreters give our patients.\n\n"
        "Rosa Delgado-Pinto\nManager, Interpreter & Language Services\n\n%s" % (DOM, CONF))
    out.append((mk('rosa', ['lb', 'ch', 'vx'], "Invoice requirements effective 8/1/2024", txt,
                   dt=d0, cc=['tomasz', 'moss'], html=text_to_html(txt)), ""))
    return out


# ===========================================================================
# CLEAN - lookalike
# ===========================================================================
def clean_lookalike():
    out = []

    # k1 - invoice summary to AP
    d0 = when(3, 12, 9, 5)
    lines = []
    tot = 0.0
    for vend, vid, po in [("LinguaBridge Interpreting LLC", "V-004417", "24-LS-0391"),
                          ("ClearHands ASL Services", "V-006102", "24-LS-0412"),
                          ("Voxa Phone Interpreting", "V-003388", "24-LS-0377"),
                          ("TeleLingo VRI", "V-007754", "24-LS-0380"),
                          ("Polyglot Docs Translation", "V-005590", "24-LS-0402")]:
        inv = "%s-%d" % (vend[:2].upper(), random.randint(10000, 99999))
        amt = round(random.uniform(3000, 42000), 2)
        tot += amt
        lines.append("%-32s %-9s %-12s %-11s %12s" % (vend, vid, inv, po, "{:,.2f}".format(amt)))
    body = (
        "Carl,\n\nFebruary interpreter/translation invoices approved for payment. All coded "
        "to GL 6240-200, cost center 7420.\n\n"
        "%-32s %-9s %-12s %-11s %12s\n%s\n%s\n%s\n\n"
        "Total: ${:,.2f}\n\n"
        "LinguaBridge's original invoice had a 0.5 hr overbill on one line; the number "
        "above is their corrected version (Rev 1). Net 30 terms on all of them except TeleLingo "
        "(Net 45).\n\nThanks,\nTomasz".format(tot) % (
            "Vendor", "Vendor #", "Invoice", "PO", "Amount", "-" * 80, "\n".join(lines),
            "-" * 80))
    out.append((mk('tomasz', 'moss', "Feb LS invoices approved - 5 vendors", body, dt=d0,
                   cc='ap'), ""))

    # k2 - interpreter credential verification roster (staff/agency, not patients)
    d0 = when(10, 21, 15, 12)
    rows = [["Interpreter", "Agency/Staff", "Language", "Credential", "Cert #", "Expires",
             "Verified", "Verified by"]]
    creds = [("Marisol Ortega", "Staff", "Spanish", "CHI-Spanish (CCHI)"),
             ("Linh Tran-Nguyen", "Staff", "Vietnamese", "CMI (NBCMI)"),
             ("Huda Al-Sayegh", "Staff", "Arabic", "CHI-Arabic (CCHI)"),
             ("Ana Beatriz Souza", "Staff", "Portuguese", "CoreCHI (CCHI)"),
             ("Oleg Marchenko", "Staff", "Russian", "CMI (NBCMI)"),
             ("Jean-Baptiste Pierre-Louis", "Staff", "Haitian Creole", "CoreCHI (CCHI)"),
             ("Faadumo Ismail", "LinguaBridge", "Somali", "CoreCHI (CCHI)"),
             ("Grace Yoo", "LinguaBridge", "Korean", "CMI (NBCMI)"),
             ("Renee Calloway", "ClearHands", "ASL", "NIC (RID)"),
             ("Tobias Marsh", "ClearHands", "ASL (Deaf interp.)", "CDI (RID)")]
    for n, a, l, c in creds:
        num = ("%d" % random.randint(10000, 99999)) if "CCHI" in c else (
            "%d" % random.randint(1000, 9999) if "NBCMI" in c else "RID %d" % random.randint(10000, 99999))
        exp = datetime.date(random.choice([2025, 2026, 2027]), random.randint(1, 12), 1)
        rows.append([n, a, l, c, num, mdy(exp), "10/%d/2024" % random.randint(14, 21), "T. Wierzbicki"])
    body = (
        "Hi Survey Readiness team,\n\nAttached is the interpreter credential verification "
        "log for the Joint Commission tracer binder (primary-source verified on the CCHI, "
        "NBCMI and RID registries this week). All current. Two ASL renewals fall in Q1 "
        "2025 and I've put reminders on the calendar.\n\nTomasz")
    out.append((mk('tomasz', "Survey Readiness <survey-readiness@%s>" % DOM,
                   "Interpreter credential verification log - Oct 2024", body, dt=d0,
                   cc='rosa', atts=[("interpreter_credentials_2024-10.xlsx",
                                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     xlsx(rows, "Credentials"))]), ""))

    # k3 - quick reference card / phone directory with access codes, PNG logo
    d0 = when(1, 8, 8, 30)
    txt = (
        "INTERPRETER QUICK REFERENCE - updated January 2024\n"
        "Please print and post at every nurses' station and registration desk.\n\n"
        "IN-PERSON / SCHEDULING\n"
        "  Scheduling line (7a-7p M-F) ............ x0186 / (732) 555-0186\n"
        "  After hours / weekends ................. page 7100 (LS on-call)\n"
        "  Deaf & HH Services ..................... x0194 / pager 7194 / VP (732) 555-0812\n"
        "  Translation requests ................... translation@%s / fax (732) 555-0199\n\n"
        "PHONE INTERPRETING (Voxa)\n"
        "  Dial ................................... 1-800-555-0143\n"
        "  Account code ........................... 1188\n"
        "  Department PIN ......................... ED 4401 | Inpt 4402 | ACC 4403 | L&D 4404\n"
        "  From a hospital phone .................. x8686 (auto-enters account)\n\n"
        "VIDEO (TeleLingo VRI)\n"
        "  Carts: ED (6), L&D (2), 4W, 5N, 6N, PEDS, ACC2 (1 each)\n"
        "  Help desk .............................. 1-888-555-0170 opt 2 (ref acct SARMC-01)\n"
        "  Cart broken? IS Service Desk x4357, give asset tag on the cart\n\n"
        "Document every interpreted encounter in the Interpreter Services flowsheet row: "
        "interpreter name/ID, language, modality.\n" % DOM)
    out.append((mk('rosa', "All Staff - Clinical <allclinical@%s>" % DOM,
                   "Updated interpreter quick reference card (print & post)", txt, dt=d0,
                   atts=[("LS_logo.png", "image/png", LOGO),
                         ("Interpreter_QuickRef_Jan2024.pdf", "application/pdf",
                          pdf(txt.splitlines(), title="Interpreter Quick Reference"))]), ""))

    # k4 - aggregate monthly stats with csv
    d0 = when(7, 8, 12, 0)
    langs = ["Spanish", "Haitian Creole", "Portuguese", "Mandarin", "Arabic", "Vietnamese",
             "Russian", "ASL", "Korean", "Somali", "Nepali", "Polish", "Bengali", "Other (41)"]
    rows = [["language", "onsite_encounters", "vri_minutes", "opi_minutes", "avg_connect_sec",
             "unfilled_requests"]]
    tot_on = 0
    for l in langs:
        on = random.randint(1500, 1900) if l == "Spanish" else random.randint(30, 260)
        tot_on += on
        rows.append([l, on, random.randint(200, 9000), random.randint(300, 24000),
                     random.randint(12, 95), random.randint(0, 14)])
    body = (
        "Hi all,\n\nJune dashboard is attached (CSV, feeds the Tableau view). Headlines:\n\n"
        "- %d on-site encounters, fill rate 94.1%% (May 92.7%%)\n"
        "- Average OPI connect time 19 sec; Somali and Nepali still > 60 sec\n"
        "- VRI minutes down 8%% after the 5N/ED wifi fix - fewer dropped calls, fewer "
        "reconnects\n"
        "- 212 documents translated, median turnaround 4.5 business days\n"
        "- 61 languages served this month\n\n"
        "No patient-level data in this file.\n\nRosa" % tot_on)
    out.append((mk('rosa', ['voss', "Language Access Committee <lac@%s>" % DOM],
                   "June language services dashboard", body, dt=d0,
                   atts=[("LS_dashboard_2024-06.csv", "text/csv", to_csv(rows))]), ""))

    # k5 - equipment serials, MACs, tracking
    d0 = when(8, 19, 14, 44)
    lines = []
    for i in range(5):
        lines.append("  Asset SARMC-%05d  S/N DMPX%07dQ1  MAC 3C:22:FB:%02X:%02X:%02X  "
                     "FedEx 7%011d" % (random.randint(10000, 99999), random.randint(0, 10 ** 7),
                                       random.randint(0, 255), random.randint(0, 255),
                                       random.randint(0, 255), random.randint(0, 10 ** 11)))
    body = (
        "Hi Dan,\n\nThe five VRI iPads from the carts that failed the August battery check "
        "shipped back to TeleLingo today under RMA 2024-0819-SARMC. Details for your "
        "asset log:\n\n" + "\n".join(lines) +
        "\n\nLoaners (3) arrive Wednesday, already enrolled in MDM. Biomed will re-tag "
        "them.\n\nThanks,\nLuis Acevedo\nBiomedical Engineering, %s\nx0530" % ORG)
    out.append((mk("Luis Acevedo <lacevedo@%s>" % DOM, 'dan',
                   "VRI iPads RMA shipped - serials/tracking", body, dt=d0, cc='ito'), ""))

    # k6 - coding reference, no patient
    d0 = when(5, 30, 10, 12)
    body = (
        "Rosa and team,\n\n"
        "Quick reference for the interpreter services billing project (Medicaid only; "
        "commercial payers don't reimburse separately):\n\n"
        "  HCPCS T1013  Sign language or oral interpretive services, per 15 min\n"
        "               - bill with the E/M line on the same claim, same DOS\n"
        "               - units = actual minutes / 15, rounded per the 8-minute rule\n"
        "               - rendering provider = billing provider (facility NPI 1999999984)\n"
        "  Rev code     0940 (other therapeutic services) on the UB-04 side\n"
        "  Modifiers    none required by NJ Medicaid; some MCOs want U1 for remote\n\n"
        "Diagnosis: no specific ICD-10 code is required for T1013. Please do NOT add "
        "Z60.3 or Z55.0 to indicate language need - they don't mean that and coders will "
        "reject them. If a payer asks, Z78.9 is what their policy lists.\n\n"
        "Documentation needed for each unit: interpreter name/ID, language, modality, "
        "start and stop time.\n\n"
        "Theresa\n" + sig('quinn').strip())
    out.append((mk('quinn', 'rosa', "T1013 billing reference", body, dt=d0, cc='tomasz'), ""))

    # k7 - outage incident report
    d0 = when(10, 17, 9, 3)
    body = (
        "INCIDENT SUMMARY - TeleLingo VRI degraded service\n"
        "IS Major Incident: MI-2024-%d   Vendor case: TL-%d\n\n"
        "Timeline (ET):\n"
        "  10/14 01:52  First dropped session reported by ED (call to Service Desk, %s)\n"
        "  10/14 02:30  Network on-call paged; packet loss 14-22%% on VLAN 412\n"
        "  10/14 03:10  Carts failed over to OPI per downtime procedure\n"
        "  10/14 05:45  Faulty uplink on IDF-ED-2 switch identified (port Gi1/0/48)\n"
        "  10/14 06:20  Uplink replaced, service restored\n\n"
        "Impact: 27 VRI sessions affected across ED and L&D; 9 moved to OPI; no "
        "interpreter-related safety events reported.\n\n"
        "Follow-up actions:\n"
        "  1. Redundant uplink for IDF-ED-2 (CHG0%d, 10/24)\n"
        "  2. Add VRI packet-loss alarm to NOC dashboard\n"
        "  3. LS to re-educate ED night staff on downtime procedure\n\n"
        "Ken Ito, Clinical Applications\n" % (
            random.randint(100, 999), random.randint(80000, 89999),
            "INC0%d" % random.randint(160000, 169999), random.randint(200000, 299999)))
    out.append((mk('ito', ['dan', 'rosa'], "Incident summary - VRI outage 10/14", body,
                   dt=d0), ""))
    return out


# ===========================================================================
# CLEAN - news
# ===========================================================================
def clean_news():
    out = []

    # w1 - department newsletter, HTML + logo
    d0 = when(7, 1, 8, 0)
    txt = (
        "THE BRIDGE - Interpreter & Language Services Quarterly | Summer 2024\n\n"
        "BY THE NUMBERS (April-June)\n"
        "  * 9,870 on-site interpreted encounters\n"
        "  * 612,000 minutes of phone and video interpreting\n"
        "  * 64 languages, including our first K'iche' and Tigrinya requests\n"
        "  * 598 documents translated; 41 new forms added to the library\n\n"
        "WELCOME\n"
        "Please welcome Huda Al-Sayegh (Arabic, CHI) and our new per diem Haitian Creole "
        "interpreter Wesline Fleurant. Huda spent 8 years at a pediatric hospital in "
        "Michigan and is already running our Arabic glossary project.\n\n"
        "TIP OF THE QUARTER: TEACH-BACK WORKS THROUGH AN INTERPRETER TOO\n"
        "Ask the patient to explain the plan in their own words, and let the interpreter "
        "render it back to you exactly. Speak in short segments, look at the patient, not "
        "the interpreter, and avoid idioms (\"we'll keep an eye on it\").\n\n"
        "NEW IN THE FORMS LIBRARY\n"
        "Consent for blood transfusion (12 languages), MRI safety screening (9), Financial "
        "assistance application (15), Pediatric fever handout (8).\n\n"
        "DEAF AWARENESS WEEK - SEPT 23-27\n"
        "ASL 101 lunch sessions, a Deaf community panel, and a demo of the new captioning "
        "service. Details next month.\n\n"
        "Questions? interpreters@%s | x0186\n" % DOM)
    import html as _h
    htm = html_wrap(
        "<table width='600' style='border:1px solid #ccd'><tr><td style='background:#005293;"
        "color:#fff;padding:12px'><b>THE BRIDGE</b><br>Interpreter &amp; Language Services "
        "Quarterly | Summer 2024</td></tr><tr><td style='padding:12px'>" +
        "".join("<p>%s</p>" % "<br>".join(_h.escape(l) for l in p.splitlines())
                for p in txt.split("\n\n")[1:]) +
        "</td></tr></table>")
    out.append((mk('rosa', "All Staff <allstaff@%s>" % DOM,
                   "The Bridge - Language Services Quarterly (Summer 2024)", txt, dt=d0,
                   html=htm, atts=[("bridge_header.png", "image/png",
                                    png(300, 40, bg=(0, 82, 147), box=(8, 8, 32, 32),
                                        boxcolor=(255, 255, 255)))]), ""))

    # w2 - county public health bulletin
    d0 = when(6, 20, 10, 30)
    body = (
        "EASTBROOK COUNTY DEPARTMENT OF HEALTH\nLanguage Access & Health Equity Bulletin - "
        "June 2024\n\n"
        "1) WHO LIVES HERE\n"
        "New five-year estimates show about 23% of county residents age 5+ speak a language "
        "other than English at home, and about 9% report speaking English less than \"very "
        "well.\" Spanish remains the most common, followed by Haitian Creole, Portuguese, "
        "Chinese and Arabic. Nepali and Somali speakers grew fastest in the northern "
        "townships.\n\n"
        "2) HEAT SAFETY MATERIALS IN 14 LANGUAGES\n"
        "Heat illness fact sheets and cooling-center maps are available free for clinics "
        "and community groups. Order through the county print portal or download PDFs.\n\n"
        "3) MEASLES VACCINE CLINICS\n"
        "Walk-in MMR clinics every Saturday in July at the Eastbrook Library. Flyers in "
        "Spanish, Haitian Creole, Portuguese and Arabic are attached to the web posting. "
        "Interpreters will be on site for Spanish and Haitian Creole.\n\n"
        "4) FUNDING\n"
        "Community-based organizations may apply for language access mini-grants "
        "(up to $15,000). Applications due August 15.\n\n"
        "You are receiving this bulletin because you signed up for health equity updates. "
        "To unsubscribe, reply with UNSUBSCRIBE.\n"
        "Eastbrook County Dept. of Health | 50 Courthouse Plaza, Eastbrook NJ | (732) 555-0400")
    out.append((mk("Eastbrook County Health <healthequity@eastbrookcountyhealth.org>",
                   'rosa', "Language Access & Health Equity Bulletin - June 2024", body,
                   dt=d0), ""))

    # w3 - library research roundup
    d0 = when(2, 28, 7, 45)
    body = (
        "RESEARCH ROUNDUP: LANGUAGE ACCESS IN CLINICAL CARE\n"
        "Compiled by the Bergstrom Medical Library for the Patient Experience Council\n\n"
        "What the recent literature says, in brief:\n\n"
        "- Professional vs. ad hoc interpreters. Reviews of observational studies "
        "consistently report fewer clinically significant interpretation errors when "
        "trained interpreters are used than when family members or untrained bilingual "
        "staff interpret. Errors by ad hoc interpreters were more often omissions of "
        "medication dose or frequency.\n\n"
        "- Discharge and readmission. Several hospital-based studies associate "
        "interpreter use at admission and discharge with shorter length of stay and fewer "
        "30-day readmissions for patients with limited English proficiency, though "
        "effect sizes vary and most designs are retrospective.\n\n"
        "- Video vs. phone. Clinician and patient satisfaction tends to be higher with "
        "video or in-person interpreting for complex conversations; phone remains "
        "acceptable for brief exchanges.\n\n"
        "- Deaf patients. Surveys of Deaf ASL users report frequent difficulty obtaining "
        "interpreters and low confidence in VRI for emergency care.\n\n"
        "Full citations and PDFs are on the library intranet page (Guides > Language "
        "Access). Librarians can run a custom search for your unit - request via "
        "library@%s.\n" % DOM)
    out.append((mk("Bergstrom Medical Library <library@%s>" % DOM,
                   "Patient Experience Council <pec@%s>" % DOM,
                   "Research Roundup: Language access in clinical care", body, dt=d0,
                   cc='rosa'), ""))

    # w4 - vendor marketing
    d0 = when(9, 25, 11, 0)
    txt = (
        "TeleLingo Product Update - Fall 2024\n\n"
        "Hi Rosa,\n\n"
        "Here's what's new for your team:\n\n"
        "* 24/7 video now available in Dari, Pashto and Tigrinya\n"
        "* Dual-camera mode for Deaf-Blind tactile and pro-tactile sessions\n"
        "* One-tap Certified Deaf Interpreter add-on from any ASL call\n"
        "* New usage dashboard with per-department cost tracking and connect-time trends\n"
        "* Android tablet support (in addition to iPad)\n\n"
        "Join our webinar \"Building a Language Access Program That Scales\" on October 9 "
        "at 1 PM ET - 1.0 CCHI CE hours available.\n\n"
        "Register: https://events.telelingo-vri.com/fall24\n\n"
        "TeleLingo Inc. | 400 Innovation Blvd, Suite 210, Raleigh NC\n"
        "You're receiving this as a TeleLingo customer. Manage preferences | Unsubscribe")
    out.append((mk("TeleLingo <news@telelingo-vri.com>", 'rosa',
                   "New languages, dual-camera mode & a free CE webinar", txt, dt=d0,
                   html=text_to_html(txt)), ""))

    # w5 - hospital weekly bulletin
    d0 = when(9, 16, 6, 0)
    body = (
        "ST. ALDRIC WEEKLY - September 16, 2024\n\n"
        "DEAF AWARENESS WEEK, SEPT 23-27\n"
        "Join Deaf & Hard of Hearing Services for daily ASL 101 lunch-and-learns "
        "(12:15, Conference Center B), a Deaf community panel on Wednesday, and a "
        "demonstration of the new remote CART captioning service. Reminder: patients and "
        "visitors who are Deaf or hard of hearing have a right to interpreters and "
        "auxiliary aids at no cost. Call x0194.\n\n"
        "EMPLOYEE FLU CLINICS\n"
        "Employee Health flu clinics begin Sept 30 in the cafeteria annex. Last year we "
        "reached 91%% staff vaccination - let's beat it.\n\n"
        "GARAGE B RESURFACING\n"
        "Levels 2-3 closed 9/21-9/22. Use the surface lot off Route 9.\n\n"
        "CONGRATULATIONS\n"
        "4 West earned the Unit of Excellence award from the nursing "
        "practice council.\n\n"
        "Submit items for the bulletin to communications@%s by Thursday noon.\n" % DOM)
    out.append((mk("St. Aldric Communications <communications@%s>" % DOM,
                   "All Staff <allstaff@%s>" % DOM, "St. Aldric Weekly - 9/16", body, dt=d0),
                ""))

    # w6 - conference announcement
    d0 = when(3, 4, 9, 15)
    body = (
        "Garden State Healthcare Interpreters Association\n"
        "2024 Regional Conference - \"Access in Every Encounter\"\n"
        "Saturday, May 18, 2024 | Eastbrook Conference Center\n\n"
        "Sessions include:\n"
        "  - Interpreting in oncology: terminology and emotional load\n"
        "  - Remote interpreting ergonomics and self-care\n"
        "  - Working with Deaf interpreters in team assignments\n"
        "  - Sight translation vs. written translation: where to draw the line\n"
        "  - Language-specific terminology workshops (Spanish, Portuguese, Haitian Creole, "
        "Arabic, Mandarin)\n\n"
        "CE: up to 0.6 IMIA / 6 CCHI CE hours / 0.6 RID CEUs (pending)\n"
        "Early bird: $95 members / $140 non-members until April 15\n"
        "Student and per diem interpreter scholarships available.\n\n"
        "Register at gshia-interpreters.org/conference\n\n"
        "GSHIA | PO Box 118, Trenton NJ | info@gshia-interpreters.org")
    out.append((mk("GSHIA <info@gshia-interpreters.org>", 'ls_all',
                   "Registration open: 2024 Regional Conference, May 18", body, dt=d0), ""))
    return out


# ===========================================================================
# CLEAN - staff
# ===========================================================================
def clean_staff():
    out = []

    # st1 - weekly roster
    d0 = when(3, 14, 16, 10)
    body = (
        "Staff schedule, week of 3/18 (posted on the board too)\n\n"
        "NAME                         CRED       MON    TUE    WED    THU    FRI\n"
        "Ortega, Marisol              CHI-SPA    7-3:30 7-3:30 7-3:30 7-3:30 OFF\n"
        "Tran-Nguyen, Linh            CMI-VIE    8-4:30 8-4:30 OFF    8-4:30 8-4:30\n"
        "Pierre-Louis, Jean-Baptiste  CoreCHI    11-7:30 11-7:30 11-7:30 11-7:30 11-7:30\n"
        "Souza, Ana Beatriz           CoreCHI    8-4:30 8-4:30 8-4:30 8-4:30 OFF\n"
        "Marchenko, Oleg              CMI-RUS    OFF    9-5:30 9-5:30 9-5:30 9-5:30\n"
        "Al-Sayegh, Huda              CHI-ARA    8-4:30 8-4:30 8-4:30 OFF    8-4:30\n"
        "Kessler, Daniel (DHH)        NIC        8-4:30 8-4:30 8-4:30 8-4:30 8-4:30\n"
        "Fleurant, Wesline (per diem) --         OFF    OFF    11-7:30 OFF   11-7:30\n\n"
        "ED float: JB Mon-Fri after 1pm. Marisol's Friday is covered by Wesline + agency.\n"
        "Weekend on-call: Oleg (Sat), Marisol (Sun).\n\n"
        "Swaps need my OK by Thursday noon.\n\nTomasz")
    out.append((mk('tomasz', 'ls_all', "Schedule wk of 3/18", body, dt=d0), ""))

    # st2 - on-call list
    d0 = when(9, 27, 15, 35)
    rows = [["Week starting", "Spoken-language on-call", "Cell", "ASL/DHH on-call", "Cell"]]
    staff_cells = {"Marisol Ortega": phone(), "Oleg Marchenko": phone(),
                   "Jean-Baptiste Pierre-Louis": phone(), "Huda Al-Sayegh": phone(),
                   "Daniel Kessler": phone(), "Renee Calloway (ClearHands)": phone()}
    spoken = ["Marisol Ortega", "Oleg Marchenko", "Jean-Baptiste Pierre-Louis", "Huda Al-Sayegh"]
    asl = ["Daniel Kessler", "Renee Calloway (ClearHands)"]
    dd = datetime.date(2024, 10, 7)
    for i in range(12):
        s_ = spoken[i % 4]
        a_ = asl[i % 2]
        rows.append([mdy(dd), s_, staff_cells[s_], a_, staff_cells[a_]])
        dd += datetime.timedelta(days=7)
    body = (
        "Hi everyone,\n\nQ4 after-hours on-call rotation attached (CSV). On-call runs "
        "Mon 7pm to the following Mon 7am; the page operator has a copy. Holidays: "
        "Thanksgiving is Oleg, Christmas Eve/Day is Huda, New Year's is JB - thank you "
        "three.\n\nIf you swap, update the shared calendar AND tell the page operator "
        "(dial 0).\n\nTomasz")
    out.append((mk('tomasz', 'ls_all', "Q4 on-call rotation", body, dt=d0,
                   cc="Page Operator <pageop@%s>" % DOM,
                   atts=[("LS_oncall_Q4_2024.csv", "text/csv", to_csv(rows))]), ""))

    # st3 - payroll / mileage
    d0 = when(11, 20, 11, 30)
    body = (
        "Reminder for everyone, especially per diem:\n\n"
        "Because of the Thanksgiving holiday, Kronos timecards for the pay period ending "
        "11/23 must be approved by Monday 11/25 at 10am (not Tuesday). Please review your "
        "punches today - missed punches need a corrected punch request, not an email to "
        "me.\n\n"
        "Per diem interpreters traveling to the Route 9 and Riverside satellite clinics: "
        "mileage is reimbursed at $0.67/mile from the main campus, not from home. Submit "
        "the mileage log through Concur by the 5th of the month with the assignment "
        "numbers. Parking receipts only for pre-approved assignments.\n\n"
        "Holiday pay: 1.5x for hours worked on 11/28. Double-check that the holiday code "
        "shows on your timecard.\n\n"
        "Thanks,\nRosa")
    out.append((mk('rosa', 'ls_all', "Timecards due Mon 11/25 10am + mileage reminder",
                   body, dt=d0), ""))

    # st4 - celebration
    d0 = when(4, 24, 13, 0)
    txt = (
        "Shhh - don't tell Marisol!\n\n"
        "On Thursday May 2 Marisol Ortega celebrates 20 YEARS as a staff interpreter at "
        "St. Aldric. She started when we were three people and a pager, trained most of "
        "us, and has interpreted for thousands of families.\n\n"
        "We're doing a potluck lunch in B-218 at 12:30 - sign up on the sheet by the "
        "coffee maker. Card is in Aisha's top drawer, please sign by Tuesday. Collecting "
        "for flowers and a gift card ($10 suggested, Venmo or cash to Aisha).\n\n"
        "Dr. Okafor and the Women's Health team want to stop by too, so we'll do the cake "
        "at 1.\n\nAisha")
    out.append((mk('aisha', [P['rosa'][1], P['tomasz'][1], P['linh'][1], P['jean'][1],
                             P['anab'][1], P['oleg'][1], P['huda'][1], P['dan'][1],
                             P['meiling'][1]],
                   "Marisol's 20 years - SURPRISE potluck 5/2", txt, dt=d0,
                   html=text_to_html(txt)), ""))

    # st5 - leave without health info
    d0 = when(5, 28, 9, 40)
    body = (
        "Hi Tomasz,\n\n"
        "Just confirming that Linh's leave was approved - she's out 6/10 through 6/21 and "
        "back Monday 6/24. Please plan coverage for Vietnamese:\n\n"
        "- Infusion Center standing Tue/Thu mornings: LinguaBridge (Hanh Vu) has agreed\n"
        "- Dialysis: VRI at the chair\n"
        "- Inpatient requests: VRI first, OPI backup\n\n"
        "Her out-of-office will point people to the scheduling line. No need to contact "
        "her while she's out.\n\nThanks,\nRosa")
    out.append((mk('rosa', 'tomasz', "Linh out 6/10-6/21 - coverage", body, dt=d0), ""))

    # st6 - hiring
    d0 = when(8, 9, 14, 18)
    body = (
        "Interview panel - Staff Interpreter, Nepali/Hindi (Req #24-1187), 1.0 FTE\n\n"
        "Tue 8/20, B-215\n"
        "  09:00  Sunita Bhandari  - currently per diem with LinguaBridge, CoreCHI\n"
        "  10:30  Prakash Lamichhane  - court interpreter background, NJ certified\n"
        "  13:00  Anjali Shrestha  - recent grad, 60-hr medical interpreter course\n\n"
        "Panel: Rosa, Tomasz, Linh, plus Ellen Park from HR Talent.\n\n"
        "Format: 30 min behavioral, 20 min role play (Mei-Ling is recording the English "
        "side of the role play script), 10 min sight translation. I've put the scoring "
        "rubric in the Teams folder. Please score independently before we debrief at 2:30.\n\n"
        "Ellen says the offer range is approved at the CHI-equivalent grade.\n\nRosa")
    out.append((mk('rosa', ['tomasz', 'linh', "Ellen Park <epark@%s>" % DOM],
                   "Nepali interpreter interviews 8/20", body, dt=d0, cc='meiling'), ""))

    # st7 - CEU tracking
    d0 = when(1, 22, 10, 5)
    body = (
        "Hi all,\n\n"
        "Here's where everyone stands on CE for credential renewal. Please send "
        "certificates to me so I can update the file.\n\n"
        "Name              Credential  Cycle ends   CE needed  CE on file\n"
        "M. Ortega         CHI         06/30/2024   32 hrs     26\n"
        "L. Tran-Nguyen    CMI         03/31/2025   3.0 CEU    1.8\n"
        "J-B Pierre-Louis  CoreCHI     12/31/2024   32 hrs     11\n"
        "A.B. Souza        CoreCHI     09/30/2025   32 hrs     9\n"
        "O. Marchenko      CMI         11/30/2024   3.0 CEU    2.4\n"
        "H. Al-Sayegh      CHI         08/31/2026   32 hrs     4\n"
        "D. Kessler        NIC         12/31/2025   8.0 CEU    5.5\n\n"
        "The department will pay for the GSHIA conference in May (6 CE) for anyone "
        "whose cycle ends this year - JB and Marisol especially, please register.\n\n"
        "Tomasz")
    out.append((mk('tomasz', 'ls_all', "CE hours for renewals - status", body, dt=d0,
                   cc='rosa'), ""))
    return out


# ===========================================================================
# CLEAN - training
# ===========================================================================
def clean_training():
    out = []

    # tr1 - role play script, fictitious
    d0 = when(8, 14, 15, 0)
    script = docx([
        "# Role Play 3 - Medication Reconciliation (FICTITIOUS SCENARIO)",
        "For interpreter skills assessment. All names and details are invented.",
        "",
        "Setting: Outpatient clinic. Patient: \"Sra. Prueba\" (fictional), 67.",
        "",
        "CLINICIAN: Good morning. I'd like to go over all the medicines you take at home, "
        "including vitamins and anything from the botanica.",
        "PATIENT: Buenos días. Tomo la pastilla para la presión, la del azúcar en la mañana "
        "y en la noche, y un té de hierbas para los nervios.",
        "CLINICIAN: Do you know the names or the doses? Did you bring the bottles?",
        "PATIENT: No los traje. La de la presión es una chiquita blanca. A veces no me la "
        "tomo porque me mareo.",
        "CLINICIAN: When you feel dizzy, is it when you stand up quickly?",
        "PATIENT: Sí, cuando me levanto de la cama. Y también cuando hace mucho calor.",
        "",
        "Scoring: accuracy (omissions/additions), register, terminology (mareo vs. vértigo), "
        "first-person, management of the flow (clarifications, transparency).",
    ])
    body = (
        "Panel,\n\nRole play 3 for Tuesday's interviews is attached. It's the med rec "
        "scenario, fictional patient, Spanish/English. Mei-Ling recorded the English lines; "
        "Marisol will read the Spanish lines live.\n\nRosa")
    out.append((mk('rosa', ['tomasz', 'linh', 'marisol'], "Role play 3 - med rec (for 8/20)",
                   body, dt=d0, atts=[("RolePlay3_MedRec_FICTITIOUS.docx",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       script)]), ""))

    # tr2 - terminology quiz
    d0 = when(10, 1, 12, 20)
    body = (
        "Terminology Tuesday - Cardiology (Spanish)\n"
        "Answer key at the bottom - no peeking!\n\n"
        "1. \"Shortness of breath\"\n"
        "   a) falta de aire  b) aire corto  c) sofoco\n"
        "2. \"Blood thinner\"\n"
        "   a) diluyente de sangre  b) anticoagulante  c) both are used, (b) is the technical term\n"
        "3. \"Stent\"\n"
        "   a) stent / endoprótesis vascular  b) tubo  c) resorte\n"
        "4. \"Heart failure\" - why avoid \"fallo del corazón\" with some patients?\n"
        "5. Sight-translate: \"Weigh yourself every morning and call us if you gain more "
        "than 3 pounds in a day.\"\n\n"
        "Vietnamese & Portuguese versions are in the shared drive (Training > Terminology).\n\n"
        "---\nKEY: 1a  2c  3a  4 It can sound like the heart has stopped; use "
        "\"insuficiencia cardíaca\" and explain.  5 \"Pésese todas las mañanas y llámenos si "
        "aumenta más de 3 libras en un día.\"\n\nMarisol")
    out.append((mk('marisol', 'ls_all', "Terminology Tuesday - cardiology quiz", body,
                   dt=d0), ""))

    # tr3 - UAT test script with test records
    d0 = when(5, 2, 10, 0)
    rows = [["Step", "Action", "Test record", "Expected result", "Pass/Fail", "Tester"]]
    steps = [
        ("Create outpatient appt with interpreter flag = Spanish, in person",
         "ZZTEST, LANGSPANISH  MRN 99900101", "Request created in InterpretIT within 2 min"),
        ("Change appt time +30 min", "ZZTEST, LANGSPANISH  MRN 99900101",
         "Request updated, interpreter notified"),
        ("Cancel appt", "ZZTEST, LANGSPANISH  MRN 99900101", "Request cancelled, no charge"),
        ("Create ED arrival, language = ASL", "ZZTEST, DEAFASL  MRN 99900102",
         "DHH on-call paged"),
        ("Language = Nepali, modality VRI", "ZZTEST, LANGNEPALI  MRN 99900103",
         "Request routed to VRI queue"),
        ("Language code missing from table (Tigrinya)", "ZZTEST, LANGTIR  MRN 99900104",
         "Error queue + alert email"),
    ]
    for i, (a, r, e) in enumerate(steps):
        rows.append([i + 1, a, r, e, "", ""])
    body = (
        "Hi all,\n\nUAT for the InterpretIT v7 upgrade is next Tuesday/Wednesday in the "
        "TST environment (SARMC-TST). Test script attached. Only use the ZZTEST patients - "
        "they exist in TST only and are fictitious. Record pass/fail and screenshots in "
        "the UAT folder.\n\nTomasz and Aisha: scheduler workflows (steps 1-3).\n"
        "Dan: step 4.\nKen: steps 5-6 with the interface team.\n\nKen")
    out.append((mk('ito', ['tomasz', 'aisha', 'dan'], "InterpretIT v7 UAT - test script",
                   body, dt=d0, atts=[("InterpretIT_v7_UAT_script.xlsx",
                                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                       xlsx(rows, "UAT"))]), ""))

    # tr4 - ethics case study (no identifiers)
    d0 = when(11, 6, 14, 30)
    body = (
        "Case discussion for Friday's staff meeting (de-identified, details changed)\n\n"
        "An older adult is admitted with a new serious diagnosis. Before the team meets "
        "the patient, an adult child finds the interpreter in the hallway and asks that "
        "the word for the diagnosis not be interpreted - \"in our culture we don't tell "
        "the patient, it will take away her hope.\" The physician arrives and asks the "
        "interpreter to \"just interpret everything.\"\n\n"
        "Questions:\n"
        "1. What is the interpreter's role at the hallway moment? What would you say?\n"
        "2. Is it appropriate to share the family's request with the physician? How, "
        "and when?\n"
        "3. Where is the line between cultural brokering and advocacy?\n"
        "4. What should be documented, and where?\n\n"
        "Bring one example from your own practice (no patient details, please).\n\n"
        "Oleg (facilitating this month)")
    out.append((mk('oleg', 'ls_all', "Friday case discussion - family asks to withhold",
                   body, dt=d0), ""))

    # tr5 - orientation with screenshot placeholder
    d0 = when(1, 16, 9, 15)
    body = (
        "Welcome to the New Nurse Residency cohort!\n\n"
        "Module 6: Working with Interpreters - what you need before Thursday's session:\n\n"
        "1. How to place an interpreter request: Orders > Ancillary > \"Interpreter "
        "Request\". The screenshot attached uses the training patient SAMPLE, PATIENT "
        "(TRN environment) - never practice in PROD.\n"
        "2. Watch the 12-min video \"Briefing your interpreter\" on the LMS.\n"
        "3. Know the three modalities and when to use each:\n"
        "   - In person: consent, end-of-life, Deaf patients, complex teaching\n"
        "   - Video (VRI): most bedside conversations, ED\n"
        "   - Phone (OPI): brief exchanges, rare languages, backup\n"
        "4. Document the interpreter name/ID in the flowsheet row every time.\n\n"
        "Thursday we'll practice with Marisol and Huda in the sim lab.\n\n"
        "Rosa Delgado-Pinto\nInterpreter & Language Services")
    shot = png(320, 200, bg=(240, 240, 240), box=(10, 10, 310, 40), boxcolor=(0, 82, 147))
    out.append((mk('rosa', "Nurse Residency Cohort 24A <nrp-24a@%s>" % DOM,
                   "Module 6 prep - working with interpreters", body, dt=d0,
                   cc="Clinical Education <clined@%s>" % DOM,
                   atts=[("interpreter_request_TRN_screenshot.png", "image/png", shot)]), ""))

    # tr6 - sight translation practice PDF
    d0 = when(6, 24, 16, 40)
    practice = pdf([
        "SIGHT TRANSLATION PRACTICE - SAMPLE DOCUMENT (FICTITIOUS)",
        "",
        "Patient: Jane Sample (training)     MRN: 00000000     DOB: 01/01/1900",
        "",
        "Discharge Instructions - Laparoscopic gallbladder removal",
        "- You may shower 24 hours after surgery. Do not soak in a tub for 2 weeks.",
        "- Remove the outer bandages after 48 hours. Leave the skin strips in place.",
        "- Take acetaminophen 1,000 mg every 8 hours as needed for pain.",
        "- Call if you have fever over 101 F, yellow skin or eyes, or belly pain",
        "  that gets worse.",
        "- Follow up in General Surgery clinic in 2 weeks.",
        "",
        "Practice goals: 3 minutes, no omissions, keep register.",
    ], title="Sight translation practice")
    body = (
        "Hi all,\n\nFor next week's skills lab: a sample discharge sheet (made-up patient) "
        "for sight translation practice. Time yourselves at 3 minutes, record on your "
        "phone, and we'll review in pairs. Glossary:\n\n"
        "  skin strips = Steri-Strips\n  soak = sumergirse / ngâm / imergir\n"
        "  outer bandages = vendajes externos\n\nMei-Ling")
    out.append((mk('meiling', 'ls_all', "Sight translation practice sheet for skills lab",
                   body, dt=d0, atts=[("SightTranslation_Practice_SAMPLE.pdf",
                                       "application/pdf", practice)]), ""))
    return out


# ===========================================================================
# main
# ===========================================================================
PLAN = [
    ('phi', 'care', phi_care, 8),
    ('phi', 'ids', phi_ids, 8),
    ('phi', 'lang', phi_lang, 8),
    ('phi', 'lists', phi_lists, 7),
    ('phi', 'names', phi_names, 8),
    ('phi', 'self', phi_self, 7),
    ('phi', 'struct', phi_struct, 7),
    ('clean', 'admin', clean_admin, 7),
    ('clean', 'lookalike', clean_lookalike, 7),
    ('clean', 'news', clean_news, 6),
    ('clean', 'staff', clean_staff, 7),
    ('clean', 'training', clean_training, 6),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    rows = []
    counts = []
    for label, kind, fn, want in PLAN:
        items = fn()
        if len(items) != want:
            raise SystemExit("%s-%s: got %d, want %d" % (label, kind, len(items), want))
        for i, (msg, pname) in enumerate(items):
            fname = "%s-%s-%03d.eml" % (label, kind, i + 1)
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kind, pname])
        counts.append(("%s-%s" % (label, kind), len(items)))
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, n in counts:
        print("%-16s %d" % (k, n))
    print("%-16s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
