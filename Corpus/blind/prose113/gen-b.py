#!/usr/bin/env python3
"""Build a set of .eml messages for a home care agency setting plus labels.csv.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic.
"""
import sys, os, io, csv, random, zipfile, zlib, datetime, json
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import format_datetime, formataddr
from email import encoders
import email.policy

SEED = 11302
random.seed(SEED)

AG = "hearthsidehc.example"


# ---------------------------------------------------------------- basics
def dt(mo, d, h, mi, year=2025):
    off = -5 if (mo < 3 or (mo == 3 and d < 9) or mo > 11 or (mo == 11 and d >= 2)) else -4
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(year, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))


def sender_domain(frm):
    a = frm.split("<")[-1].strip(" >")
    return a.split("@")[-1] if "@" in a else AG


def mid(domain=AG):
    return "<%012x.%06x@%s>" % (random.getrandbits(48), random.getrandbits(24), domain)


# staff of Hearthside Home Companions
DANA = "Dana Whitcomb <dwhitcomb@%s>" % AG
MARISOL = "Marisol Ortega <mortega@%s>" % AG
TERRENCE = "Terrence Abernathy <tabernathy@%s>" % AG
PRIYA = "Priya Raman <praman@%s>" % AG
KELSEY = "Kelsey Dunmore <kdunmore@%s>" % AG
GLEN = "Glen Hartsough <ghartsough@%s>" % AG
SCHED = "Hearthside Scheduling <scheduling@%s>" % AG
BILLING = "Hearthside Billing <billing@%s>" % AG
ALLSTAFF = "Hearthside Office Staff <office-staff@%s>" % AG
CAREGIVERS = "Hearthside Caregivers <caregivers@%s>" % AG
SMS = "Hearthside Text Relay <sms-relay@%s>" % AG

SIG_DANA = """--
Dana Whitcomb
Scheduling Coordinator | Hearthside Home Companions
Office (555) 010-4400 x2 | After hours on-call (555) 010-4499
"""
SIG_MARISOL = """Marisol Ortega, RN
Director of Client Services
Hearthside Home Companions
(555) 010-4400 x5
"""
SIG_PRIYA = """Thanks,
Priya Raman
Billing & Authorizations, Hearthside Home Companions
(555) 010-4400 x4 | fax (555) 010-4410
"""
SIG_KELSEY = """Kelsey Dunmore
HR & Recruiting | Hearthside Home Companions
We're hiring! Refer a friend and earn $300.
"""
DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole
use of the intended recipient(s) and may contain confidential information.
Any unauthorized review, use, disclosure or distribution is prohibited. If
you are not the intended recipient, please contact the sender by reply
e-mail and destroy all copies of the original message."""


def mk(frm, to, subject, body=None, html=None, date=None, cc=None,
       charset="utf-8", cte=None, html_cte=None, attachments=(), headers=None,
       reply_to=None, in_reply_to=None, domain=None):
    """Build an EmailMessage. body=text/plain, html=text/html; both => alternative."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date or dt(4, 1, 9, 0)
    m["Message-ID"] = mid(domain or sender_domain(frm))
    if reply_to:
        m["Reply-To"] = reply_to
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    for att in attachments:
        if isinstance(att, EmailMessage):
            m.add_attachment(att)
        else:
            data, maintype, subtype, filename = att
            if isinstance(data, str):
                m.add_attachment(data, subtype=subtype, filename=filename,
                                 cte="quoted-printable" if maintype == "text" else None)
            else:
                m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def legacy_text(frm, to, subject, body, charset, date, cte=None, subject_charset=None,
                from_name=None, from_charset=None, headers=None, domain=None):
    """compat32 style single-part message with a non-UTF-8 charset."""
    m = MIMEText(body, "plain", charset)
    # cte: the charset's own default body encoding is used (QP for Latin-1/2, base64 for KOI8-R/GB2312)
    if from_name:
        m["From"] = formataddr((from_name, frm), charset=from_charset or charset)
    else:
        m["From"] = frm
    m["To"] = to
    if all(ord(c) < 128 for c in subject):
        m["Subject"] = subject
    else:
        m["Subject"] = Header(subject, subject_charset or charset).encode()
    m["Date"] = date
    m["Message-ID"] = mid(domain or sender_domain(frm))
    for k, v in (headers or {}).items():
        m[k] = v
    return m


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- file builders
ZDATE = (2025, 1, 1, 0, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (colname(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % "".join(sheet_rows)),
    ]
    return zip_bytes(files)


def docx(paragraphs, table=None):
    """paragraphs: list of str (a str starting with '# ' is bold). table: list of rows, placed after paragraphs."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    if table:
        trs = []
        for row in table:
            tcs = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c) for c in row)
            trs.append("<w:tr>%s</w:tr>" % tcs)
        body.append("<w:tbl>%s</w:tbl>" % "".join(trs))
        body.append("<w:p/>")
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>'
         % "".join(body)),
    ]
    return zip_bytes(files)


def pdf(lines, title="Document", compress=True):
    """Minimal single/multi-page PDF with Helvetica text lines (latin-1)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(None)  # catalog placeholder (1)
    objs.append(None)  # pages placeholder (2)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")  # 3
    objs.append(("<< /Title (%s) /Producer (Hearthside Office) >>" % pesc(title)).encode("latin-1"))  # 4
    page_ids = []
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 760 Td"]
        for ln in pg:
            ops.append("(%s) '" % pesc(ln))
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1", "replace")
        if compress:
            data = zlib.compress(stream, 9)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id).encode())
        page_ids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ====================================================================== PHI: care
@reg("phi", "care")
def care_shift_note():
    body = """Hi Marisol,

Shift note for today 8a-12p at Mrs. Voss's (Eleanor Voss, Birchwood Ct).

- Arrived 7:55. She was still in bed, a little confused about what day it was, kept asking if Gordon was coming home for lunch. Redirected, she settled.
- Refused the shower again (3rd time this week). Did a sponge bath at the sink instead, lotion on her heels, changed her nightgown. Skin on her left heel looks pink, not open. Please let daughter know?
- Breakfast: half a bowl of oatmeal, 1 cup coffee, 4 oz prune juice. Pushed water, she drank maybe 2 glasses total.
- Med reminder 9:10 from the Tues AM slot of her pill box. She took them all. The Wednesday slot is already empty though?? Either she took them early or dropped them, I looked under the table and didn't find anything.
- Walked to the mailbox and back with her walker, slow but steady.
- Lunch made & left in fridge (chicken salad, labeled).
- Mood: tearful around 11 looking at photo albums, ok by the time I left.

Left at 12:05. Bea from church was coming at 1.

Yolanda

Sent from my phone
"""
    return mk("Yolanda Pierce <yolipierce77@pmail.example>",
              "Marisol Ortega <mortega@%s>" % AG,
              "shift note tues", body, cc=SCHED, date=dt(3, 18, 12, 31)), "Eleanor Voss"


@reg("phi", "care")
def care_fall_html():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Marisol / Terrence &mdash;</p>
<p>Forwarding what Bogdan texted in at 6:52 this morning. I already called the son (Kevin) and left a VM for the PCP office.</p>
<blockquote style="border-left:2px solid #999;padding-left:8px;color:#333">
<p><b>From:</b> Bogdan K. (555) 017-3321<br><b>Sent:</b> 6:52 AM</p>
<p>walter fell in bathroom before i got here. found him on floor at 6:40 he says he was there since 5 maybe. he is awake talking but says right hip hurts bad cant put weight. i did NOT move him. called 911 they are here now taking him to St Brigid. i will stay and lock up house. his glasses are broken</p>
</blockquote>
<p>Follow up from Bogdan at 8:15: ER is doing x-rays of the hip and a CT of his head since nobody knows if he hit it. Kevin is on his way from Harrisburg.</p>
<p>I've put Mr. Pruitt's shifts for today through Friday on <b>hospital hold</b>. Bogdan is being paid through 9 for today. Incident report started in the portal (IR-25-0117); Marisol, you'll need to sign off on it.</p>
<p>Dana</p>
<p style="color:#777;font-size:9pt">Dana Whitcomb<br>Scheduling Coordinator | Hearthside Home Companions<br>Office (555) 010-4400 x2</p>
</body></html>"""
    return mk(DANA, "%s, %s" % (MARISOL, TERRENCE),
              "FW: Walter Pruitt - fall this AM, EMS called", html=html,
              date=dt(4, 7, 8, 27), html_cte="quoted-printable"), "Walter Pruitt"


@reg("phi", "care")
def care_hospital_hold():
    body = """All,

Please HOLD every shift for Mr. Desmond Achterberg (Tues/Thurs/Sat, Ridgeview Terrace) until further notice. His wife called at 7:40 - he was admitted to Lakeview General overnight and they're already talking about sending him to a rehab facility for a couple of weeks instead of straight home.

Luz and Fatou - you'll still get your hours this week, I'm moving you to the Gerber and Talley cases on those days. Details in the app by noon.

When he comes home the plan of care will probably change (more hands-on with transfers, maybe overnights), so Marisol will do a new assessment before we restart.

Thanks,
Dana
"""
    html = """<html><body><p>All,</p>
<p>Please <b>HOLD every shift</b> for Mr. Desmond Achterberg (Tues/Thurs/Sat, Ridgeview Terrace) until further notice. His wife called at 7:40 &ndash; he was admitted to Lakeview General overnight and they're already talking about sending him to a rehab facility for a couple of weeks instead of straight home.</p>
<p>Luz and Fatou &ndash; you'll still get your hours this week, I'm moving you to the Gerber and Talley cases on those days. Details in the app by noon.</p>
<p>When he comes home the plan of care will probably change (more hands-on with transfers, maybe overnights), so Marisol will do a new assessment before we restart.</p>
<p>Thanks,<br>Dana</p></body></html>"""
    return mk(DANA, "Luzviminda Bautista <luzbautista@pmail.example>, Fatou Diallo <fatou.diallo@inboxly.example>",
              "Schedule change - Achterberg on hold", body=body, html=html, cc=MARISOL,
              date=dt(5, 13, 8, 2)), "Desmond Achterberg"


@reg("phi", "care")
def care_death():
    body = """Dear Rosa, Olena, and Jean-Baptiste,

I wanted you to hear this from me and not from the schedule. Mrs. Ruth Castellanos passed away early Sunday morning at home. Hospice had been coming daily since the 20th and her nephew tells me she was comfortable and not alone - Olena, he specifically asked me to thank you for staying past your shift Saturday night.

The family is planning a service at St. Anselm's on Friday at 11. You are welcome to go; let me know if you want to and I will make sure you're covered.

Her shifts are closed out in the system as of Sunday. Please don't go back to the house for anything you left - call me and I'll coordinate with the nephew.

If this one is hitting you hard, our EAP line is (555) 010-7300, free and private. You took very good care of her.

Marisol

""" + SIG_MARISOL
    return mk(MARISOL,
              "Rosa Castillo <rosaecastillo@pmail.example>, Olena Shevchuk <olena.shev@inboxly.example>, Jean-Baptiste Moise <jbmoise@textmail.example>",
              "Mrs. Castellanos", body, date=dt(2, 24, 9, 45), cte="quoted-printable"), "Ruth Castellanos"


@reg("phi", "care")
def care_med_change_reply():
    orig = """Hi Marisol,

Dad saw Dr. Sandoval yesterday. She took him off the metoprolol and started carvedilol 6.25 twice a day, with breakfast and with supper. The pharmacy is re-doing his blister packs and they should be delivered Thursday. Until then the new bottle is on the counter by the toaster.

Can the aides make sure the evening reminder is at supper now and not at bedtime? Last week the evening girl was doing it around 9 when he's already half asleep.

Also she wants his blood pressure written down if the aide can do it - we bought one of those wrist cuffs. If they're not allowed I understand.

Thanks so much,
Janine Haskins-Ruiz
(555) 013-8870
"""
    reply = """Hi Janine,

Thanks for the update. I'll change Leonard's care plan today so the PM reminder moves to the 5:00 supper visit, and I'll message both of his regular caregivers (Tamika and Hoa) tonight.

About the BP cuff: our caregivers can help him put the cuff on and write down the number the machine shows, but they can't interpret it or make decisions about his pills based on it. If a reading is outside the range Dr. Sandoval gives you, they will call you and me. Could you ask her office for the numbers she wants us to call about?

One more thing - please make sure the old metoprolol is out of the house or in a bag marked "STOPPED" so nobody reminds him to take the wrong one.

Marisol

""" + SIG_MARISOL + "\nOn Mon, Apr 14, 2025 at 8:12 PM Janine Haskins-Ruiz <janine.hruiz@homemail.example> wrote:\n" + quote(orig) + "\n"
    return mk(MARISOL, "Janine Haskins-Ruiz <janine.hruiz@homemail.example>",
              "Re: Dad's new pill", reply, date=dt(4, 15, 9, 3),
              in_reply_to="<CAH8a7x2Lq9@homemail.example>"), "Leonard Haskins"


@reg("phi", "care")
def care_buried_thread():
    t1 = """Dana, can someone pick up my Sat 2/15? My sister's baby shower got moved. I can do Sun instead if that helps.
-Kiara"""
    t2 = """Kiara - Sat is covered by Olena. I need you Sunday 9-1 at the Marchetti house then, ok?

Everyone else: mileage forms for January are due to Kelsey by Friday. Kelsey says the rate is still 67 cents. Do NOT put your commute from home to the first client on it.

Dana"""
    t3 = """Sunday is fine. Is the Marchetti lockbox code still the same?

Also did anybody hear about Gus? I had him last Thursday."""
    t4 = """Yes, same code, it's in the app under client notes.

FYI for everybody who covers him: Gus Lindqvist is coming home from the hospital Thursday. His daughter says PT will come Tues/Thurs mornings so don't book anything 10-11 those days. He's going to need standby assist for every transfer now and the shower chair has to be in the tub before he gets in - no more showering standing up. He's also on a blood thinner now so be careful with the razor, electric only. Marisol is doing his new assessment Friday at 2.

Back to mileage: the form is in the shared drive under HR > Forms.

Dana"""
    t5 = """Can I get the Friday Gus shift too? I need the hours.

Olena"""
    thread = ""
    last_head = ""
    for who, when, txt in [("Kiara Fontenot <kiarafont@pmail.example>", "Mon, Feb 10, 2025 at 9:31 PM", t1),
                           ("Dana Whitcomb <dwhitcomb@%s>" % AG, "Tue, Feb 11, 2025 at 10:05 AM", t2),
                           ("Kiara Fontenot <kiarafont@pmail.example>", "Tue, Feb 11, 2025 at 2:17 PM", t3),
                           ("Dana Whitcomb <dwhitcomb@%s>" % AG, "Tue, Feb 11, 2025 at 3:58 PM", t4),
                           ("Olena Shevchuk <olena.shev@inboxly.example>", "Tue, Feb 11, 2025 at 4:40 PM", t5)]:
        thread = (txt + "\n\n" + last_head + quote(thread)) if thread else txt
        last_head = "On %s, %s wrote:\n" % (when, who)
    body = ("Olena - yes, I'll put you on Fri 12-4 with him. Thanks all.\n\nDana\n\n" + SIG_DANA
            + "\n" + last_head + quote(thread) + "\n")
    return mk(DANA, CAREGIVERS, "Re: Re: Re: Sat 2/15 swap + mileage forms",
              body, date=dt(2, 11, 17, 2)), "Gus Lindqvist"


@reg("phi", "care")
def care_supervisory_visit():
    body = """Terrence, Priya,

Completed the 60-day supervisory visit for Cora Jean Mabry yesterday afternoon, with Yolanda present.

Summary:
Home is clean, caregiver arriving on time per EVV. Cora Jean and her sister are both happy with Yolanda. She has lost 6 lbs since February by her own bathroom scale and is skipping lunch when nobody is there. She's now wearing compression stockings per her doctor and can't get them on by herself.

Changes to the plan of care, effective 5/5:
 * Add: help putting on / taking off compression stockings AM and PM
 * Add: prepare and stay for lunch (was: leave lunch in fridge)
 * Increase from 2 hrs/day to 3 hrs/day, 7 days

Priya - this takes her from 14 to 21 hrs/week, so we need a new authorization from her waiver service coordinator (Brandon at Allegheny Valley AAA) before the extra hours can be billed. The signed plan is in her chart.

Marisol
"""
    return mk(MARISOL, "%s, %s" % (TERRENCE, PRIYA),
              "Supervisory visit done - Mabry - POC change needs new auth", body,
              date=dt(5, 2, 10, 18), cte="quoted-printable"), "Cora Jean Mabry"


@reg("phi", "care")
def care_subtle_bath_days():
    body = """Hi team, quick one -

Starting next week Agnes Whitford's bath days move to Mon/Thu (were Tue/Fri). Her daughter asked.

Thx
Dana
"""
    return mk(DANA, "Hoa Nguyen <hoanguyen.cg@inboxly.example>, Tamika Rowe <tamikarowe@pmail.example>",
              "Whitford schedule", body, date=dt(6, 20, 15, 44), cte="7bit"), "Agnes Whitford"


# ====================================================================== PHI: names
@reg("phi", "names")
def names_subject_only():
    body = """Her daughter called back around 3. She's ok with the Tues/Thurs aide starting at 1:00 now, after the wound care nurse leaves - they were overlapping and it was too much for her.

So: Tue/Thu 1-5p, Sat stays 9-1. Same caregiver (Fatou) if possible, she really likes her and asked for her by name.

Please update the schedule and let Fatou know. Daughter's number is in the file if you need it.

M.
"""
    return mk(MARISOL, SCHED, "Mrs. Chiamaka Okafor \u2013 respite hours moved to afternoons", body,
              date=dt(3, 27, 15, 22)), "Chiamaka Okafor"


@reg("phi", "names")
def names_last_first():
    body = """Dana,

Keystone LTC kicked back the March invoice for Tr\u1ea7n, Th\u1ecb Lan (policy on file, I'm not putting it in email). Their reviewer says 3/12 and 3/19 don't show any ADL boxes checked on the timesheet, so those two visits look like "companionship only" and aren't covered under her benefit.

Hoa was the caregiver both days. Can you ask her whether she helped Lan with bathing or dressing those mornings? If she did and just forgot to tick the boxes, I need her to write a short late-entry note in the app (dated today, not backdated) and I'll resubmit with it.

For the record Mrs. Tran has been on bathing + dressing + toileting assist since January, so I'd be surprised if Hoa didn't do any of it.

""" + SIG_PRIYA
    return mk(PRIYA, DANA, "Re: Tran, Thi Lan - March timesheets denied 3/12 + 3/19", body,
              date=dt(4, 9, 11, 6), cte="quoted-printable"), "Tr\u1ea7n, Th\u1ecb Lan"


@reg("phi", "names")
def names_dr_accented():
    body = """Dear Ms. Ortega,

Thank you for meeting with my mother and me on Friday. As promised, here is a little background on my father for whoever you send at night.

Dr. Milos\u0142av Dvo\u0159\u00e1k (he will tell the caregiver to call him Milo, please don't, he likes "Doctor" or "Pan Doktor") taught chemistry at the university for 35 years. Since the fall in January he has been getting up two or three times a night and my mother, who is 84, can no longer get up with him every time. Dr. Dvo\u0159\u00e1k's main problem at night is that he gets disoriented and tries to go down the stairs. He needs someone awake from 10pm to 6am to walk him to the bathroom, get him back into bed and keep him off the stairs.

He is a gentleman but gets sharp when he is tired. Classical music (Dvo\u0159\u00e1k, of course) calms him down. He takes his evening pills at 9 with my mother, so the night caregiver does not need to remind him.

My mother (Mrs. Dvo\u0159\u00e1kov\u00e1) will be home every night. Please have the caregiver use the side door.

Best regards,
Tom\u00e1\u0161 Dvo\u0159\u00e1k
(555) 012-6618
"""
    body = body.replace("Milos\u0142av", "Miloslav")
    return mk("Tom\u00e1\u0161 Dvo\u0159\u00e1k <tomas.dvorak@homemail.example>", MARISOL,
              "Dr. Dvo\u0159\u00e1k \u2013 night caregiver", body, date=dt(1, 27, 21, 14),
              cte="quoted-printable"), "Miloslav Dvo\u0159\u00e1k"


@reg("phi", "names")
def names_particles_reply():
    orig = """Hi, we need help for my uncle, Ludwig van der Berg, who lives alone on Orchard Lane. He is 91 and just got out of Riverbend after a week of IV antibiotics. He needs someone in the mornings to help him wash and dress and make breakfast. Can someone come talk to us this week?

Annelies Verhoeven"""
    body = """Hi Annelies,

Thank you for reaching out about Mr. van der Berg. I can come to Orchard Lane Thursday at 10:30 for the in-home assessment - about an hour. Please have his discharge papers and his medication list out if you can, and any long-term-care insurance policy he might have.

Based on what you describe (help with washing, dressing, breakfast) we'd likely start with 3 hours every morning, 7 days. I'll know more once I meet Ludwig and see the house - bathroom layout matters a lot for whether he needs a shower chair or grab bars first.

See you Thursday,
Marisol

""" + SIG_MARISOL + "\n" + DISCLAIMER + "\n\n-----Original Message-----\nFrom: Annelies Verhoeven <a.verhoeven@homemail.example>\nSent: Monday, June 2, 2025 6:48 PM\nTo: info@" + AG + "\nSubject: help for my uncle\n\n" + orig + "\n"
    return mk(MARISOL, "Annelies Verhoeven <a.verhoeven@homemail.example>",
              "re: van der Berg - assessment Thursday", body, date=dt(6, 3, 8, 51)), "Ludwig van der Berg"


@reg("phi", "names")
def names_arabic():
    html = """<div dir="ltr"><p>Hi Dana,</p>
<p>Following up on my mother, Mrs. Fatima Al-Haddad (Umm Yusuf to everyone at the mosque, so if a visitor asks for Umm Yusuf that's her).</p>
<p>A couple of things for the caregiver schedule:</p>
<ul>
<li>It has to be a <b>female caregiver</b> for the showers, please. The man who came Saturday was very kind but my mother would not let him help her, and she ended up skipping her shower. Mama was upset all afternoon.</li>
<li>During Ramadan she will be fasting, so please no lunch prep &ndash; just help her with the iftar table around sunset if the shift runs that late.</li>
<li>Her knees are worse on the stairs in the morning. She needs someone beside her when she goes down to the kitchen.</li>
</ul>
<p>Thank you, and please tell Hoa that Mrs. Al-Haddad asks about her every day.</p>
<p>Yusuf Al-Haddad<br>(555) 016-2047</p></div>"""
    return mk("Yusuf Al-Haddad <yusuf.alhaddad@homemail.example>", DANA,
              "my mother's caregiver - female only please", html=html,
              date=dt(2, 26, 19, 37)), "Fatima Al-Haddad"


@reg("phi", "names")
def names_nigerian():
    body = """Marisol,

Quick heads up about Chief Adeyemi-Ogunleye before Monday.

His wife, Mrs. Folasade Adeyemi-Ogunleye, called me. The Chief (Babatunde - but NOBODY calls him that, everyone says "Chief" or "Baba") is refusing the walker again and had two near-falls in the hallway this week. She wants us to add an extra hour in the afternoon for the walk to the park, which the physical therapist told him to do every day.

Also the EVV system has him as "ADEYEMI OGUNLEYE, BABATUNDE O" without the hyphen, and the new caregiver couldn't find him in the app Saturday and clocked in late. Can you or Glen fix the name so it matches his LTC policy? The insurer spells it Adeyemi-Ogunleye.

Thanks,
Dana
"""
    return mk(DANA, MARISOL, "Chief A-O: near falls + extra afternoon hour", body,
              cc=GLEN, date=dt(5, 19, 16, 5)), "Babatunde Adeyemi-Ogunleye"


@reg("phi", "names")
def names_polish_latin2():
    body = """Dzień dobry Ms. Whitcomb,

This is Marek Wiśniewski, son of your client Zofia Wiśniewska on Kościuszko Street. Mama (Pani Zosia to your caregivers - she likes that) came home from St. Brigid's on Monday after the pneumonia and she is very weak.

Could the caregiver who comes in the morning please:
 - help her to the bathroom and with the shower chair, she is not steady at all
 - make sure she finishes the antibiotic, 1 tablet at breakfast and 1 at supper, until Sunday
 - make soup, she is not eating much else

Olena is perfect because she speaks Polish with Mama a little and Mama trusts her. If Olena can do more days this week we would be grateful.

Dziękuję bardzo,
Marek Wiśniewski
555-011-9023
"""
    return legacy_text("marek.wisniewski@homemail.example", DANA,
                       "Zofia Wiśniewska - home from hospital",
                       body, "iso-8859-2", dt(3, 5, 7, 58), cte="qp",
                       from_name="Marek Wiśniewski"), "Zofia Wiśniewska"


@reg("phi", "names")
def names_indian():
    body = """Hello Marisol,

Sending this on behalf of my mother-in-law, Mrs. Lakshmi Venkataraman. At home we call her Lakshmi-amma, and the caregivers have started calling her "Mrs. V", which she finds very funny.

Two requests:
1) Her morning yoga is not optional for her :) but since the eye surgery she shouldn't bend her head down below the waist for two weeks. Please can the caregiver remind her and help her put her socks on?
2) She is strictly vegetarian, no eggs either. Last Tuesday the sandwich had egg salad. Please let the team know.

Her son Srinivas will be travelling until the 28th so please call me for anything.

Regards,
Deepa Venkataraman
"""
    html = """<html><body><p>Hello Marisol,</p><p>Sending this on behalf of my mother-in-law, <b>Mrs. Lakshmi Venkataraman</b>. At home we call her Lakshmi-amma, and the caregivers have started calling her &quot;Mrs. V&quot;, which she finds very funny.</p>
<p>Two requests:</p><ol><li>Her morning yoga is not optional for her :) but since the eye surgery she shouldn't bend her head down below the waist for two weeks. Please can the caregiver remind her and help her put her socks on?</li>
<li>She is strictly vegetarian, no eggs either. Last Tuesday the sandwich had egg salad. Please let the team know.</li></ol>
<p>Her son Srinivas will be travelling until the 28th so please call me for anything.</p><p>Regards,<br>Deepa Venkataraman</p></body></html>"""
    return mk("Deepa Venkataraman <deepa.venkat@homemail.example>", MARISOL,
              "Venkataraman, Lakshmi - after surgery", body=body, html=html,
              date=dt(7, 14, 7, 12), cte="base64"), "Lakshmi Venkataraman"


# ====================================================================== PHI: self
@reg("phi", "self")
def self_callout_covid():
    body = """Dana I'm so sorry. I tested positive for covid this morning, 2 lines on the home test and fever was 101.4 last night. My whole body aches. I can't do my Thu Fri Sat shifts. I called the on call phone at 5:30 but it went to voicemail so I'm emailing too.

I'll test again Monday and send you a picture of it. Do I need a doctor's note to come back?

Yolanda
"""
    return mk("Yolanda Pierce <yolipierce77@pmail.example>", SCHED,
              "calling out thu-sat", body, date=dt(1, 16, 6, 2)), "Yolanda Pierce"


@reg("phi", "self")
def self_client_cataract():
    body = """To whom it may concern at Hearthside,

This is Beatrice Lamont. Norma is my companion on Tuesdays and Fridays.

I had my cataract surgery on the left eye this Tuesday and I'm not allowed to drive for two weeks or to lift anything heavy. I have the follow-up with Dr. Okwuosa on the 21st at 9:15 at the Eye Associates on Linden Ave. Could Norma take me to that appointment in her car? It would be a Friday, so it's her regular day, only earlier. I am happy to pay the mileage.

Also I have eye drops four times a day now and I keep forgetting the 2 o'clock one. If Norma could remind me that would be a big help.

Thank you kindly,
Bea

Sent from my iPad
"""
    return mk("Beatrice Lamont <bealamont1941@homemail.example>", "Hearthside Info <info@%s>" % AG,
              "Friday the 21st", body, date=dt(3, 13, 10, 40), cte="quoted-printable"), "Beatrice Lamont"


@reg("phi", "self")
def self_pregnancy_restriction():
    body = """Hi Kelsey,

I wanted to let you know I'm pregnant (16 weeks), and my OB gave me a note that says no lifting over 25 lbs and no repetitive bending for the rest of the pregnancy. I attached a picture of it.

I love my clients but I can't keep doing the full transfers at my Monday/Wednesday case. Is there a way to move me to companion-only or homemaker clients until I go on leave in September? I can still do meals, laundry, errands, med reminders, all of that.

Also do we have any kind of short term disability through the company or is that only for full time?

Thank you,
Tamika Rowe
"""
    note = pdf(["Lakeside Women's Health Associates", "1220 Harbor Pkwy, Suite 300   (555) 019-3300", "",
                "Date: 05/06/2025", "",
                "RE: Tamika Rowe   DOB: 08/22/1996", "",
                "The above patient is currently under my care for pregnancy, EDD 10/19/2025.",
                "Work restrictions effective immediately until delivery:",
                "  - No lifting, pushing or pulling more than 25 lbs",
                "  - No repetitive bending or stooping",
                "  - May continue all other duties", "",
                "Adaeze Okoro, MD, FACOG"], title="Work note")
    return mk("Tamika Rowe <tamikarowe@pmail.example>", KELSEY,
              "work restriction note", body, date=dt(5, 6, 20, 11),
              attachments=[(note, "application", "pdf", "IMG_4471_note.pdf")]), "Tamika Rowe"


@reg("phi", "self")
def self_prospective_client():
    html = """<html><body style="font-family:Georgia,serif">
<p>Good afternoon,</p>
<p>I found your agency through the Area Agency on Aging list. I am 79 years old, widowed, and I live alone in a two-story house in Millbrook. Last month my eye doctor told me I have the wet kind of macular degeneration in my right eye, and I get injections every four weeks now. My left eye is not great either.</p>
<p>I can still take care of myself, but I can no longer drive, and I'm having trouble reading the labels on my pill bottles (blood pressure, thyroid, and a water pill). I would like someone two or three mornings a week to take me grocery shopping and to my injection appointments, and to set up my pills for the week.</p>
<p>I have a long-term care policy with Meridian Mutual that I bought in 2004. My date of birth is April 2, 1946, in case you need it to check the benefits. Could someone call me at (555) 014-7720? Mornings are best.</p>
<p>Sincerely,<br>Harold Brenneman</p>
</body></html>"""
    return mk("Harold Brenneman <hbrenneman46@homemail.example>", "Hearthside Info <info@%s>" % AG,
              "Inquiry about services", html=html, date=dt(4, 22, 13, 5)), "Harold Brenneman"


@reg("phi", "self")
def self_back_injury_fw():
    inner_body = """Kelsey,

Writing this down like you asked on the phone.

Monday 3/3 around 10:15 I was helping my client stand up from the recliner to the walker. His knees gave out and I caught him so he wouldn't fall. I felt a pull in my low back on the right side. I finished the shift but by night I couldn't bend.

Tuesday I went to QuickCare Urgent Care on Route 9. They did an x-ray, no fracture, said lumbar strain. They gave me cyclobenzaprine and ibuprofen 800 and said light duty 2 weeks, no lifting over 15 lbs. Follow-up on 3/17. The paper is attached.

I don't want to lose hours. Is there companion or homemaker work I can do?

Bogdan Kowalczyk
"""
    inner = mk("Bogdan Kowalczyk <bogdan.k@textmail.example>", KELSEY,
               "my back - what happened monday", inner_body, date=dt(3, 5, 8, 44))
    slip = "QuickCare Urgent Care - Route 9\nWork Status Report\n\nPatient: Bogdan Kowalczyk   DOB 02/11/1979\nDate of visit: 03/04/2025\nDx: Strain of muscle of lower back, initial encounter\nRestrictions: Modified duty. No lifting >15 lb. No repetitive bending.\nDuration: through 03/17/2025\nFollow up: 03/17/2025\nProvider: R. Castellano, PA-C\n"
    inner.add_attachment(slip, subtype="plain", filename="work_status_0304.txt")
    body = """Terrence - forwarding Bogdan's statement for the workers' comp first report. I'll file with the carrier today. He's asking for light duty; I think we can give him the two companion cases on the east side for the next two weeks.

Kelsey

""" + SIG_KELSEY
    return mk(KELSEY, TERRENCE, "FW: my back - what happened monday", body,
              date=dt(3, 5, 9, 30), attachments=[inner]), "Bogdan Kowalczyk"


@reg("phi", "self")
def self_applicant_disclosure():
    body = """Hello Ms. Dunmore,

Thank you for the interview yesterday, I'm very excited about the position.

I wanted to be upfront about one thing before the background check and the physical: I have epilepsy. I take lamotrigine every day and I have been seizure-free for six years. My neurologist (Dr. Feinstein at Valley Neurology) cleared me to drive in 2020 and I have a valid license.

Does this affect whether I can do the shifts that involve driving clients to appointments? If you need a letter from my neurologist I can get one.

Best,
Ren\u00e9e Aucoin
"""
    return mk("Ren\u00e9e Aucoin <renee.aucoin@inboxly.example>", KELSEY,
              "Following up - caregiver position", body, date=dt(6, 11, 18, 26),
              cte="8bit"), "Ren\u00e9e Aucoin"


@reg("phi", "self")
def self_family_knee():
    body = """Hi Dana,

I'm the one who covers Mom's weekends (Sat/Sun, the agency does the weekdays). I finally have a date for my knee replacement - June 3 at Lakeview - and the surgeon says I won't be able to drive or do any lifting for at least 6 weeks, probably longer because of my other knee.

So I need to add Saturday and Sunday 9-3 for Mom from May 31 through mid-July. Can you quote me what that adds to the monthly bill? And please use one of her regular girls if at all possible, she gets anxious with new faces.

Thanks,
Colleen Farrow
(555) 012-4451
"""
    return mk("Colleen Farrow <cfarrow.home@homemail.example>", DANA,
              "weekend coverage for Mom starting May 31", body,
              date=dt(5, 1, 21, 3)), "Colleen Farrow"


# ====================================================================== PHI: ids
@reg("phi", "ids")
def ids_waiver_units():
    body = """Hi Brandon,

Requesting a units increase for the client below. Supervisory visit on 4/28 found she now needs hands-on help with bathing and dressing every day (was 4x/week) since her hospital stay in April.

  Client:        Ernestine Dubois
  DOB:           03/07/1938
  Medicaid ID:   4471029385
  Current PA #:  2025-HCBS-08812  (T1019 personal care, 56 units/wk)
  Requested:     84 units/wk T1019, effective 5/12/2025 through end of current service plan year

Updated plan of care signed by Ms. Dubois's daughter (POA) is attached to the request in the portal. Let me know if you need the discharge summary from Mercy too.

""" + SIG_PRIYA + "\n" + DISCLAIMER + "\n"
    return mk(PRIYA, "Brandon Keefe <bkeefe@alleghenyvalleyaaa.example>",
              "Units increase request - Dubois, E.", body, date=dt(5, 6, 14, 20)), "Ernestine Dubois"


@reg("phi", "ids")
def ids_ltc_claim_pdf():
    body = """Good morning,

Please find attached our April invoice for home care services for your insured. Caregiver timesheets with ADL documentation are included on pages 2-3.

Insured: Gerald Thibodeaux
Date of birth: 11 Feb 1931
Policy No.: MM 402 118 773
Claim No.: LTC-7730-19945
Service dates: 04/01/2025 - 04/30/2025
Total billed: $4,836.00 (186 hours @ $26.00)

Benefits are assigned to Hearthside Home Companions per the assignment form on file. Please remit to the address on the invoice.

""" + SIG_PRIYA
    lines = ["HEARTHSIDE HOME COMPANIONS, LLC", "418 Canal Street, Suite 2, Millbrook  (555) 010-4400   Tax ID 38-1774420", "",
             "INVOICE #  HHC-2504-0371                 Invoice date: 05/02/2025", "",
             "Bill to: Meridian Mutual Long-Term Care Claims", "         PO Box 7730, Eastfield", "",
             "Insured: THIBODEAUX, GERALD         DOB 02/11/1931", "Policy: MM 402 118 773       Claim: LTC-7730-19945", "",
             "Date        Caregiver            Hours   ADLs assisted", ""]
    cgs = ["Pierce, Y.", "Moise, J.", "Pierce, Y.", "Diallo, F.", "Moise, J."]
    total = 0
    for d in range(1, 31):
        h = 6 if d % 7 not in (5, 6) else 7
        total += h
        lines.append("04/%02d/2025  %-20s %5.1f   bathing, dressing, toileting, transfer" % (d, cgs[d % 5], h))
    lines += ["", "Total hours: %d     Rate $26.00/hr     Amount due: $%0.2f" % (total, total * 26.0), "",
              "Plan of care: 6-7 hrs/day, standby assist all transfers, incontinence care, meal prep."]
    p = pdf(lines, title="Invoice HHC-2504-0371")
    return mk(PRIYA, "Meridian Mutual LTC Claims <ltcclaims@meridianmutual.example>",
              "Claim LTC-7730-19945 / Thibodeaux / April invoice", body, date=dt(5, 2, 9, 14),
              attachments=[(p, "application", "pdf", "HHC-2504-0371_Thibodeaux.pdf")]), "Gerald Thibodeaux"


@reg("phi", "ids")
def ids_referral_address():
    body = """Hi Marisol,

New private-pay referral from Riverbend Rehab social work (Carla Nunez, (555) 018-2210).

Mildred Sorensen, 88
4418 Quarry Hill Rd, Apt 2B, Millbrook
Home (555) 014-2297 / daughter Ingrid (555) 014-2290

Going home Friday after 3 weeks of rehab for a broken wrist. Needs 4 hrs/day to start: bathing, dressing, meals, light housekeeping. She'll have home PT through the hospital agency. Daughter wants a start on Saturday morning. Second-floor apartment, elevator, no pets.

Can you do the assessment Friday afternoon after she's home?

Dana
"""
    return mk(DANA, MARISOL, "new referral - start Sat", body, date=dt(6, 17, 11, 52)), "Mildred Sorensen"


@reg("phi", "ids")
def ids_hospital_mrn():
    body = """Hello Hearthside team,

We are discharging the patient below to home tomorrow and the family has chosen your agency for private-duty help. Please confirm you can start services on the day of discharge.

Patient: KOWALSKI, STANLEY J
MRN: 00418832
DOB: 1940-06-19
Admit: 05/02/2025   Expected D/C: 05/09/2025
Address: 77 Tannery Row, Eastfield
Contact: Dorota Kowalski (wife) 555-015-3319

Services requested: 8 hrs/day x 2 weeks, then re-evaluate. Assist with ambulation (rolling walker), bathing, meal prep. Patient is on new insulin - home health RN (Bayview VNA) will do teaching; your caregivers for reminders only.

Thank you,
Shanice Oyelaran, MSW
Case Management, Lakeview General Hospital
(555) 019-4400 x6120

This message may contain confidential health information protected by state and federal law.
"""
    return mk("Shanice Oyelaran <soyelaran@lakeviewgeneral.example>", "Hearthside Intake <intake@%s>" % AG,
              "Discharge referral - Kowalski", body, date=dt(5, 8, 15, 47),
              domain="lakeviewgeneral.example"), "Stanley Kowalski"


@reg("phi", "ids")
def ids_account_dispute():
    body = """Hi Priya,

I got the statement for my aunt's account and the hours look wrong.

Account #: HHC-10442
Client ID: C-2291 (Theodora Pappas, b. 7.14.29)

It says 31.5 hours for the week of June 9, but the caregiver left early on Wednesday because Aunt Theo had the stomach bug and wanted to sleep, and Thursday nobody came because she was at the cardiologist all day with me. So it should be more like 24.

Can you look at the clock-in/out records and send me a corrected bill?

Thanks,
Niko Pappas
"""
    reply = """Hi Niko,

You're right - Thursday 6/12 was cancelled by phone on 6/11 and shouldn't have billed. EVV shows Wednesday 6/11 clock-out at 10:48 instead of 1:00, so that's 2.2 fewer hours too. Corrected statement attached, new total 24.8 hrs for that week. Sorry about that.

""" + SIG_PRIYA + "\nOn Jun 20, 2025, at 8:03 PM, Niko Pappas <npappas@homemail.example> wrote:\n" + quote(body)
    stmt = csv_text([["account", "client_id", "client", "date", "caregiver", "clock_in", "clock_out", "hours", "note"],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-09", "Rowe, T.", "08:00", "13:00", "5.0", ""],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-10", "Rowe, T.", "08:00", "14:30", "6.5", ""],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-11", "Rowe, T.", "08:00", "10:48", "2.8", "client ill, asked CG to leave"],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-12", "", "", "", "0.0", "cancelled - client at cardiology appt"],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-13", "Rowe, T.", "08:00", "13:30", "5.5", ""],
                     ["HHC-10442", "C-2291", "Pappas, Theodora", "2025-06-14", "Nguyen, H.", "09:00", "14:00", "5.0", ""],
                     ["", "", "", "", "", "", "TOTAL", "24.8", ""]])
    return mk(PRIYA, "Niko Pappas <npappas@homemail.example>", "Re: statement question acct HHC-10442",
              reply, date=dt(6, 23, 10, 12), attachments=[(stmt, "text", "csv", "HHC-10442_corrected_wk0609.csv")]), "Theodora Pappas"


@reg("phi", "ids")
def ids_ssn_oops():
    body = """Sorry Priya, I forgot the last part you asked for. Dad's social is 412-55-8830.

That should be everything for the Medicaid application now - the bank statements went in the mail Monday. The caseworker said once he's approved for the waiver, the 20 hrs/week of personal care can switch over from private pay. Dad's been getting help with showers and meals from your people since October, he's Bernard Quayle on the Fenwick Rd case.

Laura Quayle-Simms
"""
    return mk("Laura Quayle-Simms <lqsimms@homemail.example>", PRIYA,
              "Re: Dad's Medicaid application", body, date=dt(1, 22, 12, 9),
              cte="base64"), "Bernard Quayle"


@reg("phi", "ids")
def ids_mco_member_evv():
    body = """Hi Glen,

EVV keeps rejecting visits for one member on Keystone Community Choice and the MCO won't pay without the match. Details:

Member: Rosalind Okonjo
Member ID: YH48821937
DOB: Sept. 3rd 1942
Service: S5130 homemaker / T1019 personal care
Caregivers: Fatou Diallo, Luz Bautista

Every visit since 6/2 fails with error code 4012 "member address does not match authorization". She moved from Crestview Apts to her son's house at 19 Alder Way on 5/30 after her stroke, and I think the MCO changed the address on the authorization but our system still has the old one, so the GPS check fails.

That's 31 visits stuck so far. Can you update her address and resubmit the batch?

""" + SIG_PRIYA
    return mk(PRIYA, GLEN, "EVV rejects - Okonjo", body, date=dt(6, 25, 9, 37)), "Rosalind Okonjo"


@reg("phi", "ids")
def ids_va_referral_fw():
    inner_body = """VA COMMUNITY CARE REFERRAL / AUTHORIZATION

Referral #: VA0023991847
Veteran: BRAMLETT, CURTIS L
SSN (last 4): 7731
DOB: 12/25/1947
Phone: (555) 013-6604
Address: 2211 Sycamore Bend, Millbrook

Authorized service: Homemaker/Home Health Aide (H/HHA)
Hours: 10 hrs/week, 2-3 visits/week
Effective: 07/01/2025 - 12/31/2025
Tasks: bathing/shower assist, grooming, meal prep, med reminders, laundry
Notes: Veteran lives with spouse. Uses cane. Recently discharged from VAMC after syncope w/u.

Community Care Coordinator: L. Marchbanks, RN  (555) 019-8800 x3345
"""
    inner = mk("VA Community Care <cc-referrals@va-ccn.example>", "Hearthside Intake <intake@%s>" % AG,
               "Referral VA0023991847 - H/HHA authorization", inner_body, date=dt(6, 27, 16, 20),
               domain="va-ccn.example")
    body = """Dana - new VA authorization came in Friday. Please staff starting the week of 7/7 (Mr. Bramlett prefers Mon/Wed/Fri mornings). I've added the auth to the billing system.

Priya
"""
    return mk(PRIYA, DANA, "FW: Referral VA0023991847 - H/HHA authorization", body,
              date=dt(6, 30, 8, 55), attachments=[inner]), "Curtis Bramlett"


# ====================================================================== PHI: lists
@reg("phi", "lists")
def lists_weekly_schedule_spaces():
    rows = [
        ("Mon 7/14", "7:00-11:00", "Voss, Eleanor", "Y. Pierce", "sponge bath if refuses shower, pill box AM"),
        ("Mon 7/14", "9:00-1:00", "Whitford, Agnes", "H. Nguyen", "BATH DAY, shower chair"),
        ("Mon 7/14", "12:00-4:00", "Lindqvist, Gus", "O. Shevchuk", "standby assist transfers, electric razor only"),
        ("Mon 7/14", "5:00-8:00", "Haskins, Leonard", "T. Rowe", "supper + PM med reminder at 5:30"),
        ("Tue 7/15", "8:00-12:00", "Okafor, Chiamaka", "F. Diallo", "respite, dtr at work"),
        ("Tue 7/15", "10:00-2:00", "Dvorak, Miloslav", "J-B. Moise", "day shift this week only - wife at dr"),
        ("Tue 7/15", "1:00-5:00", "Mabry, Cora Jean", "Y. Pierce", "compression stockings, stay for lunch"),
        ("Wed 7/16", "7:00-11:00", "Voss, Eleanor", "K. Fontenot", "sub for Yolanda"),
        ("Wed 7/16", "8:00-4:00", "Kowalski, Stanley", "B. Kowalczyk", "walker, insulin reminder before meals"),
    ]
    lines = ["%-10s %-12s %-20s %-12s %s" % ("DAY", "TIME", "CLIENT", "CAREGIVER", "NOTES"),
             "%-10s %-12s %-20s %-12s %s" % ("-" * 9, "-" * 11, "-" * 19, "-" * 11, "-" * 40)]
    for r in rows:
        lines.append("%-10s %-12s %-20s %-12s %s" % r)
    body = ("Hi all, here's the first half of next week. Reply to me, not all, with any problems.\n\n"
            + "\n".join(lines) + "\n\nThurs-Sun goes out tomorrow.\n\n" + SIG_DANA)
    return mk(DANA, CAREGIVERS, "Schedule wk of 7/14 (Mon-Wed)", body, date=dt(7, 10, 16, 30)), "Eleanor Voss"


@reg("phi", "lists")
def lists_supervisory_due_tabs():
    hdr = "Client\tDOB\tPayer\tLast sup. visit\tDue by\tHrs/wk\tNotes"
    rows = [
        "Dubois, Ernestine\t03/07/1938\tMedicaid waiver\t03/10/2025\t05/09/2025\t84u\tPOC changed post-hospital",
        "Okonjo, Rosalind\t09/03/1942\tKeystone CC\t04/02/2025\t06/01/2025\t20\tmoved to son's house, new address",
        "Mabry, Cora Jean\t11/30/1936\tMedicaid waiver\t05/01/2025\t06/30/2025\t21\tweight loss - recheck",
        "Quayle, Bernard\t01/15/1939\tPrivate -> waiver pending\t03/28/2025\t05/27/2025\t20\t",
        "Thibodeaux, Gerald\t02/11/1931\tMeridian LTC\t04/15/2025\t06/14/2025\t45\tincontinence care added",
        "Bramlett, Curtis\t12/25/1947\tVA CCN\t--\t07/07/2025\t10\tinitial visit",
    ]
    body = ("Marisol,\n\nHere's who is due (or close) for supervisory visits. Waiver clients need it every 60 days or the MCO can recoup.\n\n"
            + hdr + "\n" + "\n".join(rows) + "\n\nPriya\n")
    return mk(PRIYA, MARISOL, "supervisory visits due", body, date=dt(5, 5, 8, 40),
              charset="utf-8", cte="quoted-printable"), "Ernestine Dubois"


@reg("phi", "lists")
def lists_hospital_hold_bars():
    table = """+--------------------------+---------------------+------------+------------------------------+
| Client                   | Where               | Since      | Status                       |
+--------------------------+---------------------+------------+------------------------------+
| Pruitt, Walter           | St. Brigid's        | 04/07      | hip surgery 4/8, to rehab    |
| Achterberg, Desmond      | Lakeview General    | 05/12      | rehab at Maple Grove TCU     |
| Kowalski, Stanley        | Lakeview General    | 05/02      | D/C home 5/9 - START 8h/day  |
| Wisniewska, Zofia        | home                | 03/03      | back, more hours this week   |
| Castellanos, Ruth        | --                  | 02/23      | deceased - close out         |
+--------------------------+---------------------+------------+------------------------------+"""
    html = ("<html><body><p>Monday huddle &ndash; hospital / hold list as of this morning:</p><pre style=\"font-family:Consolas,monospace\">"
            + xesc(table) + "</pre><p>Anything missing, tell me before 10.</p><p>Dana</p></body></html>")
    text = "Monday huddle - hospital / hold list as of this morning:\n\n" + table + "\n\nAnything missing, tell me before 10.\n\nDana\n"
    return mk(DANA, "%s, %s, %s" % (MARISOL, PRIYA, TERRENCE), "Huddle - hold list 5/12", body=text, html=html,
              date=dt(5, 12, 8, 3)), "Walter Pruitt"


@reg("phi", "lists")
def lists_evv_exceptions_csv():
    rows = [["visit_id", "client_name", "member_id", "caregiver", "scheduled", "exception", "reason_code", "caregiver_comment"],
            ["V-883201", "Okonjo, Rosalind", "YH48821937", "Diallo, Fatou", "2025-06-02 09:00", "GPS mismatch", "4012", "client now at son's house after stroke"],
            ["V-883245", "Dubois, Ernestine", "4471029385", "Pierce, Yolanda", "2025-06-02 08:00", "late clock-in", "", "client on floor when I arrived, called 911 first"],
            ["V-883260", "Mabry, Cora Jean", "5520918837", "Pierce, Yolanda", "2025-06-03 13:00", "missed clock-out", "", "forgot, stayed till sister came back from dialysis appt"],
            ["V-883302", "Quayle, Bernard", "", "Moise, Jean-Baptiste", "2025-06-03 07:00", "visit not started", "", "client in ER overnight per daughter"],
            ["V-883377", "Okonjo, Rosalind", "YH48821937", "Bautista, Luzviminda", "2025-06-04 09:00", "GPS mismatch", "4012", ""],
            ["V-883410", "Haskins, Leonard", "", "Rowe, Tamika", "2025-06-04 17:00", "short visit", "", "family took him out to eat, only did PM meds reminder"]]
    body = """Glen, Priya -

Attached is this week's EVV exception export. The two Okonjo ones are the address problem I told you about. The rest need a caregiver attestation before we can bill.

Dana
"""
    return mk(DANA, "%s, %s" % (GLEN, PRIYA), "EVV exceptions 6/2-6/4", body, date=dt(6, 5, 10, 17),
              attachments=[(csv_text(rows), "text", "csv", "evv_exceptions_20250602_20250604.csv")]), "Rosalind Okonjo"


@reg("phi", "lists")
def lists_waiver_billing_xlsx():
    rows = [["Client", "Medicaid ID", "DOB", "PA #", "Proc", "Units auth", "Units used", "Caregiver(s)", "Comments"],
            ["Dubois, Ernestine", "4471029385", "1938-03-07", "2025-HCBS-08812", "T1019", 336, 322, "Pierce; Fontenot", "increase pending"],
            ["Mabry, Cora Jean", "5520918837", "1936-11-30", "2025-HCBS-07730", "T1019", 364, 364, "Pierce", "new auth for 21 h/wk"],
            ["Okonjo, Rosalind", "YH48821937", "1942-09-03", "KCC-55120", "S5130", 160, 96, "Diallo; Bautista", "EVV address hold"],
            ["Okonjo, Rosalind", "YH48821937", "1942-09-03", "KCC-55121", "T1019", 160, 88, "Diallo; Bautista", "EVV address hold"],
            ["Greenleaf, Ottoline", "3308812740", "1944-01-19", "2025-HCBS-09901", "S5150", 96, 96, "Moise", "respite, caregiver son"],
            ["Ibarra Soto, Ramiro", "6671102293", "1933-08-08", "2025-HCBS-06642", "T1019", 448, 401, "Castillo", "hospital 6/10-6/13"]]
    body = """Terrence,

June waiver billing worksheet attached for your review before I submit Friday. Okonjo is still on hold until EVV clears. Ibarra Soto is under because of his hospital stay.

""" + SIG_PRIYA
    return mk(PRIYA, TERRENCE, "June waiver billing - review", body, date=dt(6, 30, 15, 2),
              attachments=[(xlsx(rows, "June 2025"), XLSX[0], XLSX[1], "Waiver_Billing_June2025.xlsx")]), "Ernestine Dubois"


@reg("phi", "lists")
def lists_oncall_handoff_docx():
    paras = ["# Weekend On-Call Handoff - Fri 3/7 to Mon 3/10",
             "On call: Marisol (Fri-Sat), Dana (Sun). Backup: Terrence.",
             "# Clients to watch",
             ]
    table = [["Client", "Issue", "What to do"],
             ["Zofia Wisniewska", "Home from St. Brigid's 3/3, weak, antibiotic through Sun", "Olena AM Sat/Sun. If fever or confused, son Marek 555-011-9023"],
             ["Walter Pruitt", "Refusing walker, unsteady", "Remind CG: stay within arm's reach in bathroom"],
             ["Eleanor Voss", "Refusing showers, pink area L heel", "Sponge bath OK. Photo of heel to Marisol"],
             ["Ruth Castellanos", "Hospice, actively declining", "If CG calls: hospice line first (555) 019-2200, then family"],
             ["Gus Lindqvist", "New blood thinner", "Any fall = call 911, no exceptions"]]
    d = docx(paras, table)
    body = "Weekend handoff attached. Quiet week otherwise. - M\n"
    return mk(MARISOL, "%s, %s" % (DANA, TERRENCE), "weekend handoff", body, date=dt(3, 7, 16, 48),
              attachments=[(d, DOCX[0], DOCX[1], "OnCall_Handoff_0307.docx")]), "Zofia Wisniewska"


@reg("phi", "lists")
def lists_fall_log_pdf():
    lines = ["Hearthside Home Companions - Q1 2025 Incident / Fall Log (QA Committee)", "",
             "IR #        Date      Client                  Caregiver       Type        Outcome",
             "-" * 96,
             "IR-25-0031  01/09/25  Greenleaf, Ottoline     Moise, J-B      fall        no injury, family notified",
             "IR-25-0044  01/21/25  Voss, Eleanor           Pierce, Y       near fall   none",
             "IR-25-0058  02/03/25  Lindqvist, Gus          Shevchuk, O     fall        ER, admitted 3 days",
             "IR-25-0062  02/10/25  Ibarra Soto, Ramiro     Castillo, R     skin tear   first aid, RN notified",
             "IR-25-0079  02/27/25  Mabry, Cora Jean        Pierce, Y       med error   missed PM dose (CG late)",
             "IR-25-0090  03/14/25  Pruitt, Walter          Kowalczyk, B    fall        bruise R arm, declined ER",
             "IR-25-0097  03/22/25  Adeyemi-Ogunleye, B.    Rowe, T         near fall   PT referral requested", "",
             "Totals: falls 3, near falls 2, skin tears 1, med reminder errors 1",
             "Follow-up: gait belt refresher at April in-service; walker compliance added to shift note."]
    body = """QA committee members,

Q1 incident/fall log attached ahead of Thursday's meeting. Please don't forward outside the committee.

Marisol
"""
    return mk(MARISOL, "QA Committee <qa-committee@%s>" % AG, "Q1 fall log for Thursday", body,
              date=dt(4, 14, 13, 30), attachments=[(pdf(lines, "Q1 Fall Log"), "application", "pdf", "Q1_2025_Incident_Log.pdf")]), "Ottoline Greenleaf"


# ====================================================================== PHI: struct
@reg("phi", "struct")
def struct_hl7_pasted():
    hl7 = "\n".join([
        "MSH|^~\\&|LGHEHR|LAKEVIEWGEN|TRANSLINK|HEARTHSIDE|20250509101522||ADT^A03|LGH8841920|P|2.5.1",
        "EVN|A03|20250509101500",
        "PID|1||00418832^^^LGH^MR||KOWALSKI^STANLEY^J||19400619|M|||77 TANNERY ROW^^EASTFIELD^PA^17999||(555)015-3319|||M|CAT|4410293385",
        "NK1|1|KOWALSKI^DOROTA|SPO|77 TANNERY ROW^^EASTFIELD^PA^17999|(555)015-3319",
        "PV1|1|I|4W^412^B^LGH||||1188293^HALVORSEN^INGRID^^^MD|||MED||||7|||1188293^HALVORSEN^INGRID^^^MD|IN||MCR|||||||||||||||||01|||LGH||||20250502183000|20250509101500",
        "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10|||A",
        "DG1|2||R26.81^Unsteadiness on feet^I10|||A",
        "IN1|1|MCR01|MEDICARE|MEDICARE PART A||||||||||||KOWALSKI^STANLEY^J|01|19400619|||||||||||||||||||3QW7RT2YK49",
    ])
    body = """Marisol,

The TransitionLink interface dropped this into the error queue because the receiving facility field was blank. It's the Kowalski discharge we already have the email referral for - pasting the raw message so you can see the discharge time and attending. I'll fix the mapping.

""" + hl7 + """

Glen
IT / Office Manager
"""
    return mk(GLEN, MARISOL, "Interface error - ADT A03 Kowalski", body, date=dt(5, 9, 10, 41)), "Stanley Kowalski"


@reg("phi", "struct")
def struct_hl7_attached():
    hl7 = "\r".join([
        "MSH|^~\\&|SBHREG|STBRIGID|HHREF|HEARTHSIDE|20250221083011||ADT^A04|SB-20250221-00717|P|2.3",
        "EVN|A04|20250221083011",
        "PID|1||SB7720419^^^SBH^MR~412558830^^^SSA^SS||QUAYLE^BERNARD^T||19390115|M|||14 FENWICK RD^^MILLBROOK^PA^17901||555-014-6612|||W||SBA22019944",
        "NK1|1|QUAYLE-SIMMS^LAURA|DAU||555-013-0092||EC",
        "PV1|1|O|SBH-ED^^^SBH||||2210394^NAKASHIMA^ROBERT^^^MD||||||||||||||||||||||||||||||||||||20250221073000",
        "PV2|||^FALL AT HOME, LACERATION R FOREARM",
        "OBX|1|TX|REFNOTE^Referral note||Pt to return home with family. Recommend increase private duty aide hours for ADL assist and fall precautions.||||||F",
        "",
    ])
    body = """Hi,

ED referral for your existing client attached (HL7 file from our referral system). Please contact the daughter re: increasing aide hours.

Regards,
St. Brigid's Emergency Dept. Care Transitions
(555) 019-1100
"""
    return mk("ED Care Transitions <edtransitions@stbrigid.example>", "Hearthside Intake <intake@%s>" % AG,
              "ED Referral SB-20250221-00717", body, date=dt(2, 21, 8, 35), domain="stbrigid.example",
              attachments=[(hl7.encode("ascii"), "application", "hl7-v2", "SB-20250221-00717.hl7")]), "Bernard Quayle"


@reg("phi", "struct")
def struct_837_attached():
    segs = [
        "ISA*00*          *00*          *ZZ*HEARTHSIDE01   *ZZ*KEYSTONECC     *250703*1015*^*00501*000000417*0*P*:",
        "GS*HC*HEARTHSIDE01*KEYSTONECC*20250703*1015*417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*HHC0703A*20250703*1015*CH",
        "NM1*41*2*HEARTHSIDE HOME COMPANIONS LLC*****46*HHC77120",
        "PER*IC*PRIYA RAMAN*TE*5550104400*EX*4",
        "NM1*40*2*KEYSTONE COMMUNITY CHOICE*****46*KCC01",
        "HL*1**20*1",
        "NM1*85*2*HEARTHSIDE HOME COMPANIONS LLC*****XX*1457339028",
        "N3*418 CANAL ST STE 2",
        "N4*MILLBROOK*PA*17901",
        "REF*EI*381774420",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*OKONJO*ROSALIND****MI*YH48821937",
        "N3*19 ALDER WAY",
        "N4*MILLBROOK*PA*17901",
        "DMG*D8*19420903*F",
        "NM1*PR*2*KEYSTONE COMMUNITY CHOICE*****PI*KCC01",
        "CLM*HHC250603OK*2196.00***12:B:1*Y*A*Y*Y",
        "REF*G1*KCC-55121",
        "HI*ABK:I69.351*ABF:Z74.1",
        "LX*1",
        "SV1*HC:T1019*1122.00*UN*88***1",
        "DTP*472*RD8*20250602-20250630",
        "LX*2",
        "SV1*HC:S5130*1074.00*UN*96***1",
        "DTP*472*RD8*20250602-20250630",
        "SE*28*0001",
        "GE*1*417",
        "IEA*1*000000417",
    ]
    x12 = "~\n".join(segs) + "~\n"
    body = """Glen - Keystone's clearinghouse says the file below was rejected at the 999 level (AK5*R). I think it's the SE count after I added the second service line by hand. Can you look before I resubmit? Raw file attached.

""" + SIG_PRIYA
    return mk(PRIYA, GLEN, "837 rejected - Okonjo June claim", body, date=dt(7, 3, 11, 2),
              attachments=[(x12.encode("ascii"), "application", "edi-x12", "HHC_837P_20250703_417.x12")]), "Rosalind Okonjo"


@reg("phi", "struct")
def struct_835_pasted():
    x = """ISA*00*          *00*          *ZZ*PADHSPROMISE   *ZZ*HEARTHSIDE01   *250618*0402*^*00501*000088213*0*P*:~
GS*HP*PADHSPROMISE*HEARTHSIDE01*20250618*0402*88213*X*005010X221A1~
ST*835*0001~
BPR*I*1850.00*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20250620~
TRN*1*882130001*1512345678~
N1*PR*STATE MEDICAID WAIVER PROGRAM~
N1*PE*HEARTHSIDE HOME COMPANIONS LLC*XX*1457339028~
LX*1~
CLP*HHC2505DUB*1*2184.00*1850.00**MC*2025151000442*12~
NM1*QC*1*DUBOIS*ERNESTINE****MR*4471029385~
DTM*232*20250501~
DTM*233*20250531~
SVC*HC:T1019*2184.00*1850.00**322~
CAS*CO*198*334.00~
REF*G1*2025-HCBS-08812~
LQ*HE*N362~
SE*16*0001~
GE*1*88213~
IEA*1*000088213~"""
    body = """Terrence,

FYI - the remit for Mrs. Dubois's May units came back short $334. CARC 198 = "precertification/authorization exceeded". We billed 322 units but the PA still showed 56 units/week because Brandon hadn't entered the increase yet. He says it's approved back to 5/12 so I'm filing a corrected claim. Raw 835 below in case you want to see it.

""" + x + "\n\n" + SIG_PRIYA
    return mk(PRIYA, TERRENCE, "short pay on Dubois - auth exceeded", body, date=dt(6, 18, 13, 26),
              cte="quoted-printable"), "Ernestine Dubois"


@reg("phi", "struct")
def struct_fhir_json():
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2025-04-24T14:02:11-04:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient",
                "id": "mvh-pt-221904",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "MVH221904"}],
                "name": [{"family": "Greenleaf", "given": ["Ottoline", "Mae"]}],
                "gender": "female",
                "birthDate": "1944-01-19",
                "telecom": [{"system": "phone", "value": "(555) 016-3380", "use": "home"}],
                "address": [{"line": ["602 Larkspur Ct"], "city": "Millbrook", "state": "PA", "postalCode": "17901"}]}},
            {"resource": {
                "resourceType": "ServiceRequest",
                "id": "sr-88120",
                "status": "active",
                "intent": "order",
                "code": {"text": "Non-medical in-home support: respite / personal care"},
                "subject": {"reference": "Patient/mvh-pt-221904"},
                "occurrenceTiming": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "wk", "duration": 4, "durationUnit": "h"}},
                "reasonCode": [{"text": "Caregiver (son) burnout; patient with moderate dementia, wandering at night"}],
                "note": [{"text": "Son works Mon/Wed/Fri. Needs supervision, meals, toileting reminders."}]}},
            {"resource": {
                "resourceType": "Coverage",
                "id": "cov-1",
                "status": "active",
                "subscriberId": "3308812740",
                "beneficiary": {"reference": "Patient/mvh-pt-221904"},
                "payor": [{"display": "State Medicaid - Aging Waiver"}]}}]}
    body = """Hello,

Attached is the FHIR referral bundle for Ms. Greenleaf from Millbrook Valley Health's care coordination platform. Respite hours are authorized under her waiver starting 5/1. Please confirm receipt.

Millbrook Valley Health - Care Coordination
"""
    return mk("MVH Care Coordination <carecoord@millbrookvalleyhealth.example>", "Hearthside Intake <intake@%s>" % AG,
              "Referral bundle sr-88120", body, date=dt(4, 24, 14, 5), domain="millbrookvalleyhealth.example",
              attachments=[(json.dumps(bundle, indent=2).encode(), "application", "fhir+json", "referral_sr-88120.json")]), "Ottoline Greenleaf"


@reg("phi", "struct")
def struct_incident_form():
    body = """A new incident report has been submitted in CareLog.

Incident #:            IR-25-0117
Report type:           Fall
Client name:           Walter Pruitt
Client ID:             C-1873
Date of birth:         08/30/1932
Service address:       55 Wicker Ln, Millbrook
Date/time of event:    04/07/2025 approx. 05:00 (found 06:40)
Reported by:           Bogdan Kowalczyk (caregiver)
Location:              Bathroom floor
Witnessed:             No
Injury observed:       Pain R hip, unable to bear weight; broken eyeglasses
Action taken:          911 called 06:45; EMS transport to St. Brigid's ED
Family notified:       Kevin Pruitt (son) 07:05 by D. Whitcomb
Physician notified:    VM left Dr. Ashworth office 07:20
Supervisor review:     PENDING - M. Ortega

Log in to CareLog to review and sign.
This is an automated message. Do not reply.
"""
    return mk("CareLog Notifications <no-reply@carelog-app.example>", MARISOL,
              "[CareLog] Incident IR-25-0117 submitted - Pruitt, Walter", body, date=dt(4, 7, 9, 12),
              domain="carelog-app.example"), "Walter Pruitt"


@reg("phi", "struct")
def struct_fixed_width():
    recs = [
        ("C-2291", "PAPPAS", "THEODORA", "19290714", "20250609", "0800", "1300", "T1019", "BATH DRSS MEAL"),
        ("C-2291", "PAPPAS", "THEODORA", "19290714", "20250610", "0800", "1430", "T1019", "BATH MEAL MEDR"),
        ("C-1873", "PRUITT", "WALTER", "19320830", "20250609", "0700", "1100", "S5130", "HOSP HOLD"),
        ("C-2040", "IBARRA SOTO", "RAMIRO", "19330808", "20250609", "0900", "1700", "T1019", "BATH TRNF TOIL"),
        ("C-2040", "IBARRA SOTO", "RAMIRO", "19330808", "20250610", "0900", "1700", "T1019", "HOSP ADMIT 6/10"),
        ("C-2107", "WHITFORD", "AGNES", "19370402", "20250609", "0900", "1300", "T1019", "BATH MEAL"),
    ]
    lines = ["HHCEVV01" + "20250614" + "HEARTHSIDE".ljust(20) + "0006".rjust(6)]
    for r in recs:
        lines.append("%-8s%-15s%-12s%8s%8s%4s%4s%-6s%-20s" % r)
    lines.append("TRL" + "%06d" % len(recs))
    data = ("\r\n".join(lines) + "\r\n").encode("ascii")
    body = """Priya,

Weekly EVV aggregator export attached (fixed width, layout v2: client id 8, last 15, first 12, DOB 8, date 8, in 4, out 4, proc 6, task codes 20). The state aggregator threw a warning on the Ibarra Soto 6/10 line since it's a full shift with a hospital admit code - can you check whether that one should be billed?

Glen
"""
    return mk(GLEN, PRIYA, "EVV export wk 6/9", body, date=dt(6, 14, 9, 2),
              attachments=[(data, "text", "plain", "EVV_HHC_20250614.txt")]), "Theodora Pappas"


# ====================================================================== PHI: lang
@reg("phi", "lang")
def lang_spanish_latin1():
    body = """Hola Dana, buenas tardes.

Le escribo para avisarle lo que pasó hoy con Doña Carmen Villalobos. Cuando llegué a las 8 estaba sentada en el piso de la cocina, dice que se resbaló cuando iba por su café. No se pegó en la cabeza (eso dice ella), pero tiene un moretón grande en la cadera izquierda y le duele al caminar. Le llamé a su hija Maribel y dijo que mañana la lleva con el doctor.

No quiso bañarse, solo le ayudé a lavarse en el lavabo y a cambiarse de ropa. Comió muy poquito, medio plato de arroz con pollo. Le recordé sus pastillas de la presión a las 9 y se las tomó todas.

Está muy triste, lloró porque ya no puede hacer las cosas sola. Estuvimos viendo su novela un rato y se calmó.

Ya llené el reporte en la aplicación. Mañana entro a las 8 otra vez.

Rosa Elena Castillo
"""
    return legacy_text("rosaecastillo@pmail.example", DANA, "Doña Carmen - se cayó hoy", body,
                       "iso-8859-1", dt(3, 19, 14, 8), cte="qp", from_name="Rosa Elena Castillo"), "Carmen Villalobos"


@reg("phi", "lang")
def lang_russian_koi8():
    body = """Здравствуйте, Борис!
(Дана, это про Гринберга Аркадия Семёновича, копия вам.)

Пишу по поводу вашего папы. Сегодня утром давление было 168/95 - я измерила два раза, как вы просили, с перерывом 10 минут. Он сказал, что голова немного кружится. Таблетки утром принял все, я проверила коробочку на понедельник.

Завтракал плохо, только чай и половину бутерброда с сыром. Душ принимать отказался, я помогла ему умыться и побриться. Погуляли 15 минут во дворе, держался за мою руку.

Он опять спрашивал про маму и немного плакал.

Может быть, стоит позвонить врачу насчёт давления? Завтра я снова с 9 до 13.

С уважением,
Олена
"""
    return legacy_text("olena.shev@inboxly.example", "Boris Grinberg <bgrinberg@homemail.example>",
                       "Папа - давление сегодня утром", body, "koi8-r", dt(4, 28, 13, 22),
                       from_name="Олена Шевчук", headers={"Cc": DANA}), "Аркадий Семёнович Гринберг"


@reg("phi", "lang")
def lang_vietnamese():
    body = """Kính gửi chị Marisol,

Tôi là Trần Thu Hà, con gái của ông Trần Văn Minh. Bố tôi vừa xuất viện ở bệnh viện Lakeview hôm thứ Sáu sau một tuần điều trị viêm phổi. Bác sĩ nói bố cần người giúp tắm rửa, nấu ăn và nhắc uống thuốc mỗi ngày trong ít nhất một tháng.

Bố tôi không nói được nhiều tiếng Anh, nên gia đình mong công ty có thể gửi chị Hoa (người chăm sóc nói tiếng Việt) đến từ 8 giờ sáng đến 12 giờ trưa, thứ Hai đến thứ Sáu.

Bố ăn cháo và đồ mềm, không ăn được đồ cay. Bố đi lại còn yếu, phải dùng khung tập đi, và ban đêm hay dậy đi vệ sinh.

Xin chị gọi cho tôi ở số (555) 017-8842 sau 5 giờ chiều.

Cảm ơn chị rất nhiều,
Thu Hà
"""
    return mk("Trần Thu Hà <thuha.tran@homemail.example>", MARISOL,
              "Xin người chăm sóc cho bố tôi - ông Trần Văn Minh", body, date=dt(2, 3, 19, 50),
              cte="base64"), "Trần Văn Minh"


@reg("phi", "lang")
def lang_chinese_gb2312():
    body = """Dana 你好，

我妈妈王秀英这两天情况不太好。昨天晚上她在卧室摔了一跤，没有骨折，但是膝盖青了一大块。今天早上李阿姨（Li Wei）说她早饭只吃了几口粥，也不愿意洗澡。

医生上周把她的降压药换成了氨氯地平，每天早上一片，请提醒护工一定要看着她吃下去。

另外，下星期三（6月18日）上午十点她要去社区医院复查。能不能请李阿姨陪她去？需要加多少钱请告诉我。

谢谢！
陈丽
手机：555-018-6627
"""
    return legacy_text("chenli.home@homemail.example", DANA, "关于我妈妈王秀英 - 摔倒和复查", body,
                       "gb2312", dt(6, 12, 21, 40), from_name="陈丽"), "王秀英"


@reg("phi", "lang")
def lang_arabic_mixed():
    html = """<html><body>
<p>Hi Dana,</p>
<p dir="rtl">بخصوص والدي الحاج محمود السيد، رجع من المستشفى أمس الحمد لله.</p>
<p>He came home yesterday. The hospital set up dialysis <b>Mon/Wed/Fri at 6 AM</b>, so the caregiver needs to switch to <b>Tue/Thu/Sat, 9 to 1</b>.</p>
<p dir="rtl">يحتاج مساعدة في الاستحمام ولبس الملابس، وما يقدر يطلع وينزل الدرج لوحده. يتعب كثير يوم بعد الغسيل.</p>
<p>Also please remind the new caregiver: no pork in the kitchen, and he prays five times a day &ndash; he needs help getting up from the prayer mat because of his legs.</p>
<p dir="rtl">شكراً جزيلاً على اهتمامكم</p>
<p>Khaled El-Sayed<br>(555) 015-7741</p>
</body></html>"""
    text = """Hi Dana,

بخصوص والدي الحاج محمود السيد، رجع من المستشفى أمس الحمد لله.

He came home yesterday. The hospital set up dialysis Mon/Wed/Fri at 6 AM, so the caregiver needs to switch to Tue/Thu/Sat, 9 to 1.

يحتاج مساعدة في الاستحمام ولبس الملابس، وما يقدر يطلع وينزل الدرج لوحده. يتعب كثير يوم بعد الغسيل.

Also please remind the new caregiver: no pork in the kitchen, and he prays five times a day - he needs help getting up from the prayer mat because of his legs.

شكراً جزيلاً على اهتمامكم

Khaled El-Sayed
(555) 015-7741
"""
    return mk("Khaled El-Sayed <k.elsayed@homemail.example>", DANA, "والدي - new schedule after hospital",
              body=text, html=html, date=dt(5, 22, 8, 15), cte="quoted-printable"), "محمود السيد"


@reg("phi", "lang")
def lang_portuguese_latin1():
    body = """Oi Dana, tudo bem?

Hoje foi um dia difícil com a Dona Iracema Bastos. Ela acordou muito confusa, não me reconheceu no começo e achava que estava na casa da mãe dela em Minas. Depois do café melhorou um pouco.

Dei banho de assento (ela não quis o chuveiro), troquei a fralda duas vezes e passei a pomada na pele vermelha da virilha como a filha pediu.

Lembrei dos remédios às 9h e às 13h. Ela tomou, mas cuspiu o comprimido grande da tarde, tive que dar com purê de maçã.

A pressão que a filha pediu pra anotar: 142/88 de manhã.

Acho que a filha precisa saber da confusão, ela disse que semana passada não estava assim.

Beijos,
Cláudia

(sorry my english is not good so I write in portuguese, the daughter Sônia can read it if you forward)
"""
    return mk("Cláudia Moreira <claudia.moreira.cg@inboxly.example>", DANA,
              "Dona Iracema - hoje", body, date=dt(7, 2, 15, 55), charset="iso-8859-1",
              cte="quoted-printable"), "Iracema Bastos"


@reg("phi", "lang")
def lang_creole_forward():
    inner_body = """Bonjou Marisol,

Se Jean-Baptiste. Mwen vle fè w konnen Madan Lucienne Toussaint pa t byen jodi a. Li pa t vle manje anyen maten an, li bwè yon ti kafe sèlman. Li di m vant li fè l mal depi yè swa e li te vomi de fwa.

Mwen ba li rapèl pou grenn li yo a 8è, men li refize pran grenn tansyon an paske li di li santi l fèb anpil.

Mwen te rele pitit fi li, Nadège, li di l ap vin wè l apre travay.

Mwen rete avè l jiska 2è. Si li pa pi byen demen, m panse li ta dwe wè doktè.

Mèsi,
Jean-Baptiste
"""
    inner = mk("Jean-Baptiste Moise <jbmoise@textmail.example>", MARISOL,
               "Madan Toussaint jodi a", inner_body, date=dt(4, 3, 14, 20),
               cte="quoted-printable", domain="textmail.example")
    body = """Dana - see below from J-B (in Creole; short version: Mrs. Toussaint not eating, vomited twice, belly pain since last night, refused her BP pill this AM, daughter Nadege coming after work). I'm calling Nadege now. Please keep J-B on tomorrow and tell him to call me directly if she's the same or worse.

M.
"""
    return mk(MARISOL, DANA, "FW: Madan Toussaint jodi a", body, date=dt(4, 3, 14, 41),
              attachments=[inner]), "Lucienne Toussaint"


@reg("phi", "lang")
def lang_taglish_sms():
    body = """[Text message from Luz Bautista (555) 017-6615, received 11:42 AM]

Hi Ma'am Dana, si Luz po ito. Update lang po kay Lola Remedios Dizon. Hindi daw po siya nakatulog kagabi sabi ng anak niya, tapos nagsuka po siya kaninang umaga pagkatapos ng almusal. Wala naman pong lagnat, 36.9 po temp niya. Pinainom ko po siya ng tubig at crackers lang muna.

Hindi ko po siya pinaligo kasi nahihilo siya, sponge bath na lang po. Yung gamot niya ng 10am ininom naman po niya.

Tinawagan ko na po si Ate Marites (anak niya), dadalhin daw niya si Lola sa urgent care mamayang 3pm. Pwede po ba akong mag-extend ng 2 hours para samahan sila? Salamat po!

--
Reply to this email to send an SMS back to this number.
Hearthside Text Relay
"""
    return mk(SMS, DANA, "SMS from Luz Bautista", body, date=dt(5, 27, 11, 42),
              headers={"X-Relay-From": "+15550176615"}), "Remedios Dizon"


# ====================================================================== CLEAN: staff
@reg("clean", "staff")
def staff_oncall_rotation():
    rows = [("Jul 4-6 (holiday)", "Marisol Ortega, RN", "(555) 010-4501", "Terrence Abernathy", "(555) 010-4503"),
            ("Jul 11-13", "Dana Whitcomb", "(555) 010-4502", "Marisol Ortega, RN", "(555) 010-4501"),
            ("Jul 18-20", "Kiara Fontenot (coord. trainee)", "(555) 010-4506", "Dana Whitcomb", "(555) 010-4502"),
            ("Jul 25-27", "Marisol Ortega, RN", "(555) 010-4501", "Kiara Fontenot", "(555) 010-4506")]
    lines = ["%-20s %-34s %-16s %-20s %s" % ("Weekend", "Primary on-call", "Cell", "Backup", "Cell")]
    lines += ["%-20s %-34s %-16s %-20s %s" % r for r in rows]
    body = ("Team,\n\nJuly on-call rotation below. The on-call phone (555) 010-4499 forwards to the primary's cell from Fri 5pm to Mon 8am. "
            "If you trade a weekend, tell me AND update the forwarding in the phone portal.\n\n" + "\n".join(lines)
            + "\n\nReminder: on-call gets $75/weekend plus time for any visit you have to cover yourself.\n\n" + SIG_DANA)
    return mk(DANA, ALLSTAFF, "July on-call rotation", body, date=dt(6, 26, 12, 0)), ""


@reg("clean", "staff")
def staff_directory_credentials():
    rows = [["Name", "Role", "Cell", "Credential", "Cert #", "CPR exp", "Languages"],
            ["Bautista, Luzviminda", "Caregiver", "(555) 017-6615", "HHA", "HHA-PA-220931", "2026-02", "English, Tagalog"],
            ["Castillo, Rosa Elena", "Caregiver", "(555) 017-2280", "PCA", "PCA-44182", "2025-09", "Spanish, English"],
            ["Diallo, Fatou", "Caregiver", "(555) 017-4459", "CNA", "CNA-PA-118820", "2025-11", "French, Wolof, English"],
            ["Fontenot, Kiara", "Caregiver / Coord. trainee", "(555) 010-4506", "HHA", "HHA-PA-231177", "2026-05", "English"],
            ["Kowalczyk, Bogdan", "Caregiver", "(555) 017-3321", "PCA", "PCA-47719", "2025-08", "Polish, English"],
            ["Li, Wei", "Caregiver", "(555) 017-9904", "HHA", "HHA-PA-219045", "2026-01", "Mandarin, English"],
            ["Moise, Jean-Baptiste", "Caregiver", "(555) 017-5530", "CNA", "CNA-PA-120334", "2025-10", "Haitian Creole, French, English"],
            ["Nguyen, Hoa", "Caregiver", "(555) 017-0712", "HHA", "HHA-PA-208816", "2025-12", "Vietnamese, English"],
            ["Pierce, Yolanda", "Caregiver (senior)", "(555) 017-1198", "CNA", "CNA-PA-097763", "2025-07", "English"],
            ["Rowe, Tamika", "Caregiver", "(555) 017-8301", "HHA", "HHA-PA-226640", "2026-03", "English"],
            ["Shevchuk, Olena", "Caregiver", "(555) 017-3390", "PCA", "PCA-45521", "2025-08", "Ukrainian, Russian, Polish, English"]]
    body = """Hi all,

Updated caregiver directory attached (July). Yolanda, Bogdan and Olena - your CPR expires in the next 60 days; the July 19 class at the office still has seats, sign up with me.

Please don't share this list outside the office.

""" + SIG_KELSEY
    return mk(KELSEY, "%s, %s, %s" % (DANA, MARISOL, "Kiara Fontenot <kfontenot@%s>" % AG),
              "Caregiver directory + CPR expirations", body, date=dt(7, 1, 10, 30),
              attachments=[(xlsx(rows, "Directory"), XLSX[0], XLSX[1], "Caregiver_Directory_2025-07.xlsx")]), ""


@reg("clean", "staff")
def staff_inservice_falls():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h3 style="color:#2b5d34">April In-Service: Fall Prevention &amp; Safe Transfers</h3>
<p><b>When:</b> Thursday, April 17, 2:00&ndash;4:00 PM (repeat session Saturday 4/19, 10 AM&ndash;noon)<br>
<b>Where:</b> Hearthside office, training room<br>
<b>Credit:</b> 2 hours toward your 12 annual training hours. Paid at your regular rate.</p>
<p>We'll cover:</p>
<ul>
<li>Using a gait belt correctly (bring yours &ndash; we'll have extras)</li>
<li>Standby assist vs. contact guard: what our caregivers can and can't do</li>
<li>Home hazards checklist: throw rugs, cords, bathroom lighting, pets underfoot</li>
<li>What to do if a client falls: <b>don't lift them</b>, check for injury, call 911 if in doubt, call the office, then family</li>
<li>Signs that someone's fall risk is going up: new medications, dizziness, urinary urgency at night, shuffling, fear of walking</li>
</ul>
<p>Falls are the #1 reason our clients end up in the hospital. Most of them happen in the bathroom or on the way to it, at night or early morning.</p>
<p>RSVP to Kelsey by Monday. Marisol Ortega, RN will lead both sessions.</p>
</body></html>"""
    return mk(KELSEY, CAREGIVERS, "April in-service: fall prevention (2 training hrs)", html=html,
              date=dt(4, 8, 9, 15)), ""


@reg("clean", "staff")
def staff_open_shifts():
    body = """OPEN SHIFTS - first come, first served. Text or reply to Dana.

1) Tue + Thu 9:00a-1:00p, Eastfield (near the grocery store on Rt 9)
   Companion + light housekeeping, meal prep, grocery run. Client uses a walker, needs standby with shower on Thursdays. Female caregiver preferred. One friendly cat.

2) Sat + Sun 8:00a-2:00p, Millbrook north side
   Personal care: shower assist, dressing, breakfast/lunch, med reminders. Must be comfortable with a Hoyer lift (we'll train). HHA or CNA required.

3) Overnight awake, Mon-Fri 10:00p-6:00a, Ridgeview
   Mostly bathroom help during the night, redirecting if up and wandering. $2/hr overnight differential.

4) Fri 12:00p-4:00p one-time, Millbrook downtown
   Appointment escort (your car, mileage paid) + pharmacy pickup.

Thanks!
Dana
"""
    return mk(SCHED, CAREGIVERS, "OPEN SHIFTS this week - 4 available", body, date=dt(5, 19, 7, 5),
              cte="quoted-printable"), ""


@reg("clean", "staff")
def staff_meeting_minutes():
    body = """Caregiver Team Meeting - Minutes
Wed June 4, 6:00-7:15 PM, office + Zoom
Present: 14 caregivers, Dana, Marisol, Kelsey

1. Welcome new hires: Claudia Moreira and Wei Li. Please say hi!
2. Falls: we had 3 falls and 2 near-falls across all clients in May, all in bathrooms. Reminder to put the shower chair in place BEFORE the client gets undressed, and to never step away "just for a second" to grab a towel. Have everything ready first.
3. Heat: when it's over 85, check that the AC is on and push fluids every hour. Older adults often don't feel thirsty. Call the office if a client's house has no AC - we can get a fan through the Area Agency on Aging.
4. EVV: 22 visits last month missed a clock-out. Each one takes Priya 15 minutes to fix. Please clock out before you leave the driveway.
5. Med reminders: we REMIND, we don't administer. Don't take pills out of the bottle for a client unless it's a pre-filled pharmacy pack.
6. Kelsey: open enrollment for dental/vision is July 1-15. Referral bonus is now $300 after 90 days.
7. Next meeting: Wed July 9. Pizza again by popular demand.

Minutes by Kiara F.
"""
    return mk("Kiara Fontenot <kfontenot@%s>" % AG, CAREGIVERS, "Minutes - caregiver meeting 6/4", body,
              date=dt(6, 5, 9, 20)), ""


@reg("clean", "staff")
def staff_shift_swap():
    orig = """Hey Rosa, any chance you can take my Saturday 6/21, 8-2? My son graduates from Millbrook High that morning. I'd take your Sunday 6/29 in return. Dana said it's fine if we both agree and tell her.

Fatou"""
    body = """Yes! I can do the 21st. Give me your Sunday the 29th, I have a wedding that day. I'll tell Dana.

Congratulations to your son!!

Rosa

On Sun, Jun 8, 2025, 7:14 PM Fatou Diallo <fatou.diallo@inboxly.example> wrote:
""" + quote(orig) + "\n"
    return mk("Rosa Castillo <rosaecastillo@pmail.example>", "Fatou Diallo <fatou.diallo@inboxly.example>",
              "Re: swap Saturday 6/21?", body, cc=DANA, date=dt(6, 8, 20, 2)), ""


@reg("clean", "staff")
def staff_escalation_tree():
    html = """<html><body>
<p>Everyone &ndash; here is the updated escalation tree. Print it and keep it in your car. <b>Any emergency: call 911 first.</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dde8dd"><th>Situation</th><th>Call first</th><th>Then</th><th>Phone</th></tr>
<tr><td>Client fall, injury, or sudden change</td><td>911 if needed</td><td>On-call coordinator</td><td>(555) 010-4499</td></tr>
<tr><td>Late / can't make shift</td><td>Scheduling</td><td>On-call after 5pm</td><td>(555) 010-4400 x2</td></tr>
<tr><td>Client question about care plan</td><td>Marisol Ortega, RN</td><td>Dana Whitcomb</td><td>(555) 010-4501</td></tr>
<tr><td>Suspected abuse / neglect</td><td>Marisol Ortega, RN</td><td>Adult Protective Services</td><td>(555) 019-7000</td></tr>
<tr><td>Injury to YOU on the job</td><td>Kelsey Dunmore (HR)</td><td>Terrence Abernathy</td><td>(555) 010-4400 x3</td></tr>
<tr><td>App / EVV / phone problems</td><td>Glen Hartsough</td><td>&mdash;</td><td>(555) 010-4400 x6</td></tr>
</table>
<p>Dana</p>
</body></html>"""
    return mk(DANA, CAREGIVERS, "Updated escalation tree - keep in your car", html=html,
              date=dt(3, 3, 11, 11)), ""


# ====================================================================== CLEAN: admin
@reg("clean", "admin")
def admin_ppe_invoice():
    lines = ["BRIGHTWAY MEDICAL SUPPLY", "2200 Commerce Dr, Eastfield   (555) 019-5500", "",
             "INVOICE  BMS-INV-0099182          Date: 03/11/2025        Terms: Net 30",
             "Customer: Hearthside Home Companions LLC   Acct# 40071   PO# HHC-PO-2025-014", "",
             "Item        Description                              Qty   Unit     Ext",
             "NG-220-M    Nitrile exam gloves, medium, 200/bx        24   $11.40   $273.60",
             "NG-220-L    Nitrile exam gloves, large, 200/bx         18   $11.40   $205.20",
             "MK-L3-50    Level 3 procedure masks, 50/bx             10    $8.75    $87.50",
             "HS-8OZ      Hand sanitizer 8 oz pump                   36    $2.10    $75.60",
             "GB-60-BL    Gait belt, 60 in, quick release            12    $9.95   $119.40",
             "", "Subtotal $761.30    Shipping $0.00    Tax $0.00 (exempt)    TOTAL $761.30",
             "Remit to: Brightway Medical Supply, PO Box 5501, Eastfield"]
    body = """Hello,

Attached is invoice BMS-INV-0099182 for PO HHC-PO-2025-014, shipped 3/10 via our truck. Payment due 4/10/2025.

Thank you for your business!
Accounts Receivable
Brightway Medical Supply
"""
    return mk("Brightway AR <ar@brightwaymedsupply.example>", "Hearthside Accounts Payable <ap@%s>" % AG,
              "Invoice BMS-INV-0099182 / PO HHC-PO-2025-014", body, date=dt(3, 11, 16, 0),
              domain="brightwaymedsupply.example",
              attachments=[(pdf(lines, "Invoice"), "application", "pdf", "BMS-INV-0099182.pdf")]), ""


@reg("clean", "admin")
def admin_it_mfa():
    body = """Hi everyone,

Two IT items:

1) CareLog app update (v5.8) goes live Sunday night. After updating, you'll be asked to set up two-step sign-in with a code texted to your phone. Office staff: same thing for the web portal on Monday morning. If you get locked out, call me at x6 - don't make a new account.

2) SCAM EMAIL WARNING: several of you got an email "from Terrence" asking you to buy gift cards for a client appreciation event. That was NOT Terrence. Our real domain is hearthsidehc.example - look at the address, not the name. Never buy gift cards or change direct deposit info because of an email. Forward anything weird to me.

Also, the office printer in the back (the Brother) is being replaced Wednesday, so print your timesheets before noon.

Glen Hartsough
IT / Office Manager
"""
    return mk(GLEN, "%s, %s" % (ALLSTAFF, CAREGIVERS), "CareLog update Sunday + phishing warning", body,
              date=dt(2, 13, 15, 40)), ""


@reg("clean", "admin")
def admin_mco_rates():
    body = """Terrence,

Attached is Amendment 3 to the Provider Participation Agreement between Keystone Community Choice and Hearthside Home Companions LLC (Provider ID HHC77120). Changes effective 7/1/2025:

  Code    Description                          Unit      Current   New
  T1019   Personal care services               15 min    $6.12     $6.38
  S5130   Homemaker services                   15 min    $5.41     $5.60
  S5150   Unskilled respite care               15 min    $5.89     $6.10
  S5135   Companion, adult                     15 min    $5.02     $5.20
  T2025   Waiver service, NOS (transport)      per trip  $22.00    $22.00

Also updated: Section 6.2 (EVV compliance threshold raised to 90% of visits verified in-system, measured quarterly) and Section 9 (timely filing stays at 180 days).

Please sign page 4 electronically by June 20. Let me know if you have questions.

Regards,
Alana Petrosyan
Provider Network Manager, Keystone Community Choice
(555) 019-6100
"""
    return mk("Alana Petrosyan <apetrosyan@keystonecc.example>", TERRENCE,
              "Amendment 3 - rate update eff. 7/1/2025", body, cc=PRIYA, date=dt(6, 2, 13, 3),
              domain="keystonecc.example"), ""


@reg("clean", "admin")
def admin_payroll_ot():
    body = """To all caregivers,

A few payroll reminders as we head into summer:

- Pay period ends Saturday at 11:59 PM; paychecks/direct deposit every other Friday.
- Overtime is paid at 1.5x for hours over 40 in a workweek (Sun-Sat), including travel time between clients on the same day. Overtime must be approved by Dana in advance unless it's an emergency.
- Holiday pay: July 4 is paid at 1.5x for all hours worked.
- To change your direct deposit, you must fill out the form IN PERSON at the office with a photo ID. We will never accept direct deposit changes by email or text.
- W-4 changes can be done in the PayDesk app.

Questions: me, x3.

""" + SIG_KELSEY
    return mk(KELSEY, CAREGIVERS, "Payroll reminders - overtime, holiday pay, direct deposit", body,
              date=dt(6, 16, 11, 0)), ""


@reg("clean", "admin")
def admin_lease_hvac():
    orig = """Terrence,

The landlord's renewal offer for Suite 2 is $2,450/mo for 3 years with 3% annual escalation, or $2,525/mo flat for 2 years. They'll repaint and replace the carpet in the training room either way. They need an answer by May 30.

Also the HVAC guy came out about the back office. The compressor is original (2009). Repair is $1,180 now; landlord says replacement is their cost under section 11 if repair fails within 12 months.

Glen"""
    body = """Let's do the 3-year. Ask them to put the HVAC replacement language in writing in the renewal, not just in an email. And get the carpet done before the July in-service if they can.

T.

-----Original Message-----
From: Glen Hartsough
Sent: Tuesday, May 13, 2025 2:22 PM
To: Terrence Abernathy
Subject: lease renewal + HVAC

""" + orig + "\n"
    return mk(TERRENCE, GLEN, "RE: lease renewal + HVAC", body, date=dt(5, 13, 17, 40)), ""


@reg("clean", "admin")
def admin_ar_summary():
    rows = [["Payer", "Current", "31-60", "61-90", "91-120", "120+", "Total"],
            ["Medicaid waiver (FFS)", 48210.55, 9120.00, 1334.00, 0, 0, 58664.55],
            ["Keystone Community Choice", 31877.20, 12400.80, 3105.60, 890.00, 0, 48273.60],
            ["VA Community Care", 6120.00, 2040.00, 0, 0, 0, 8160.00],
            ["Meridian Mutual LTC", 14508.00, 4836.00, 0, 0, 0, 19344.00],
            ["Other LTC carriers", 9980.50, 3312.00, 1104.00, 0, 552.00, 14948.50],
            ["Private pay", 22415.75, 3890.25, 1210.00, 640.00, 1875.00, 30031.00],
            ["TOTAL", 133111.99, 35599.05, 6753.60, 1530.00, 2427.00, 179421.64]]
    body = """Terrence,

May month-end AR aging is attached. Summary:
- Total AR $179.4K, down from $192.0K in April.
- 120+ bucket is $2,427: $1,875 is two private-pay accounts on payment plans; $552 is an LTC claim under appeal.
- Keystone 31-60 is high because of the EVV address rejects; Glen fixed the root cause on 6/26 and resubmission is in progress.
- DSO is 38 days (target 35).

No action needed from you unless you want to approve sending the two private-pay accounts to collections (I recommend we wait).

""" + SIG_PRIYA
    return mk(PRIYA, TERRENCE, "May AR aging", body, date=dt(6, 27, 9, 15),
              attachments=[(xlsx(rows, "AR Aging May"), XLSX[0], XLSX[1], "AR_Aging_2025-05.xlsx")]), ""


@reg("clean", "admin")
def admin_leadership_notes():
    html = """<html><body style="font-family:Calibri,sans-serif">
<p><b>Leadership meeting &ndash; Monday 4/21</b><br>Attendees: Terrence, Marisol, Dana, Priya, Kelsey, Glen</p>
<ol>
<li><b>Census:</b> 142 active clients (118 last April). 61 Medicaid waiver / MCO, 9 VA, 31 LTC insurance, 41 private pay. Average 18.5 hrs/client/week.</li>
<li><b>Staffing:</b> 87 active caregivers. 11 open positions. Call-out rate 4.2% in March (target &lt;4%). Kelsey is running two hiring events in May (Millbrook library 5/8, Eastfield community college 5/15).</li>
<li><b>Referrals:</b> Lakeview General and St. Brigid's are 60% of referrals. Marisol to meet Riverbend Rehab's new social work manager.</li>
<li><b>Billing:</b> Priya: Keystone denials up due to EVV; Glen working with vendor.</li>
<li><b>Marketing:</b> new brochure proofs approved with edits. Website testimonial page &ndash; only use families who signed the media release.</li>
<li><b>Next:</b> Q2 budget review 5/19.</li>
</ol>
<p>&ndash; Kelsey (notes)</p></body></html>"""
    text = "Leadership meeting - Monday 4/21 (notes attached in HTML; plain version)\n\n1. Census: 142 active clients (118 last April). 61 Medicaid waiver / MCO, 9 VA, 31 LTC insurance, 41 private pay.\n2. Staffing: 87 active caregivers, 11 open positions, call-out rate 4.2%.\n3. Referrals: Lakeview General and St. Brigid's = 60%.\n4. Billing: Keystone denials up due to EVV.\n5. Marketing: brochure approved with edits.\n6. Next: Q2 budget review 5/19.\n\n- Kelsey\n"
    return mk(KELSEY, "Leadership <leadership@%s>" % AG, "Notes - leadership mtg 4/21", body=text, html=html,
              date=dt(4, 21, 16, 12), cte="quoted-printable"), ""


# ====================================================================== CLEAN: lookalike
@reg("clean", "lookalike")
def look_credit_union():
    html = """<html><body style="font-family:Arial;font-size:11pt">
<table width="600" cellpadding="10"><tr><td style="background:#0b3d6e;color:#fff"><b>Millbrook Community Credit Union</b></td></tr>
<tr><td>
<p>Dear Dana Whitcomb,</p>
<p>Your June e-statement is ready to view in Online Banking.</p>
<p>Member #: <b>0047-118204</b><br>
Account: Share Savings ending in 0091, Checking ending in 4417<br>
Statement period: 06/01/2025 - 06/30/2025</p>
<p>Reminder: our branch on Canal Street will be closed Friday, July 4. Mobile deposit and ATMs remain available.</p>
<p style="font-size:9pt;color:#666">MCCU will never ask for your password or full member number by email. Federally insured by NCUA.</p>
</td></tr></table></body></html>"""
    return mk("Millbrook Community Credit Union <estatements@millbrookccu.example>", DANA,
              "Your June e-statement is ready", html=html, date=dt(7, 2, 6, 0),
              domain="millbrookccu.example"), ""


@reg("clean", "lookalike")
def look_airline():
    body = """Your trip is confirmed!

Passenger: ABERNATHY/TERRENCE MR
Confirmation code: K7QZ4P
Northwind Rewards member #: SW 3318 440 921 (Gold)

Flight 1: Tue 09 Sep 2025  PIT 07:15 -> ORD 08:20   Flight 1182  Seat 4C
Flight 2: Fri 12 Sep 2025  ORD 17:40 -> PIT 20:35   Flight 1907  Seat 3A

Ticket number: 016 2283391047
Total charged: $412.60 to card ending 7781

Traveling for: National Home Care & Hospice Association Annual Conference (Chicago)

Need special assistance? Wheelchair service, medical devices, or traveling with oxygen - add a request under Manage Trip at least 48 hours before departure.

Northwind Airways
"""
    return mk("Northwind Airways <reservations@northwindair.example>", TERRENCE,
              "Confirmation K7QZ4P - Pittsburgh to Chicago", body, date=dt(6, 4, 22, 18),
              domain="northwindair.example"), ""


@reg("clean", "lookalike")
def look_benefits_question():
    body = """Hi Kelsey,

I got married on June 14 (!!) and want to add my husband to my medical and dental. Is that a "qualifying life event" so I can do it now instead of open enrollment? How long do I have?

My member ID on the insurance card is QXH 77410238-01 and the group number is 88120. Do you need a copy of the marriage certificate?

Also does my last name change need to be done with payroll separately?

Thank you!
Tamika Rowe (soon to be Tamika Rowe-Bennett)
"""
    reply = """Congratulations, Tamika!!

Yes, marriage is a qualifying life event. You have 30 days from June 14 (so by July 14) to add him. I'll send you the enrollment change form - attach a copy of the marriage certificate. The new premium will come out starting with the first paycheck after the change is processed.

For the name change: bring your new Social Security card (or the receipt from SSA) and we'll update payroll and your W-4. Your member ID doesn't change.

""" + SIG_KELSEY + "\nOn Mon, Jun 23, 2025 at 9:12 PM Tamika Rowe <tamikarowe@pmail.example> wrote:\n" + quote(body)
    return mk(KELSEY, "Tamika Rowe <tamikarowe@pmail.example>", "Re: adding my husband to insurance", reply,
              date=dt(6, 24, 8, 47)), ""


@reg("clean", "lookalike")
def look_zztest():
    body = """Marisol, Priya -

Before the CareLog v5.8 go-live I created test clients in the SANDBOX to check the new plan-of-care and EVV screens. These are NOT real people - please do not schedule them or bill against them. I'll purge them Friday.

  Client ID   Name                     DOB          Medicaid ID    Payer
  ZZ-0001     ZZTEST, CLIENTONE        01/01/1900   9999999901     TEST WAIVER
  ZZ-0002     ZZTEST, CLIENTTWO        01/01/1900   9999999902     TEST MCO
  ZZ-0003     ZZTEST, LTC PAYER        02/02/1902   --             TEST LTC INS

Each has a fake plan of care (bathing, dressing, med reminder, fall precautions), a fake caregiver (ZZTEST, CAREGIVER) and three EVV test visits. If you see any ZZTEST row in a production report after Friday, tell me.

Glen
"""
    return mk(GLEN, "%s, %s" % (MARISOL, PRIYA), "ZZTEST clients in sandbox - ignore", body,
              date=dt(2, 12, 16, 20)), ""


@reg("clean", "lookalike")
def look_auto_policy():
    body = """Dear Policyholder,

Your commercial auto policy renewal is attached for review.

Named insured: Hearthside Home Companions LLC
Policy #: CAP-22-4418731-03
Term: 08/01/2025 - 08/01/2026
Vehicles: 2023 Toyota Sienna (VIN 5TDKRKEC1PS000417) - "client transport van"
          2021 Honda CR-V (VIN 2HKRW2H51MH000982) - "supervisor vehicle"
Hired & non-owned auto: included (covers employees using personal vehicles for client errands)
Premium: $6,244 annual (+4.1%)

Claim history: Claim No. 7719-22840 (03/18/2025, backing incident in a parking lot, property damage only, closed $1,310).

To renew, sign and return the enclosed acknowledgment by 07/15/2025.

Ridgeline Mutual Insurance - Commercial Lines
Agent: Paula Szymanski (555) 018-0044
"""
    return mk("Ridgeline Mutual Commercial <commercial@ridgelinemutual.example>", TERRENCE,
              "Renewal - Policy CAP-22-4418731-03", body, date=dt(6, 13, 10, 0),
              domain="ridgelinemutual.example"), ""


@reg("clean", "lookalike")
def look_gym_wellness():
    body = """Hi Hearthside team!

Welcome to the FitHaven corporate wellness program. Your employer covers $15 of your $25 monthly membership.

Your member # is on the back of your key tag and starts with FH-HHC- (for example FH-HHC-00412). Use it to log in at fithaven.example/corporate.

This month's free classes: Strong Backs for Caregivers (Tue 6pm), Chair Yoga (Thu 10am), Walk & Talk (Sat 8am).

Remember: we never ask about your health history to join. The optional fitness assessment is just for you.

See you on the floor,
FitHaven Millbrook
"""
    return mk("FitHaven Millbrook <corporate@fithaven.example>", CAREGIVERS,
              "Your FitHaven corporate membership", body, date=dt(1, 6, 12, 30),
              domain="fithaven.example", cte="quoted-printable"), ""


@reg("clean", "lookalike")
def look_order_tracking():
    html = """<html><body style="font-family:Arial">
<h2>Your order has shipped!</h2>
<p>Order # <b>114-8820193-3372</b> &nbsp;|&nbsp; Placed June 9, 2025</p>
<table border="0" cellpadding="4">
<tr><td>1 x</td><td>Deluxe Shower Chair with Back, adjustable height</td><td>$42.99</td></tr>
<tr><td>2 x</td><td>Suction Grab Bar 16&quot; (demo only)</td><td>$19.98</td></tr>
<tr><td>1 x</td><td>Hoyer-compatible Full Body Sling, Medium (training)</td><td>$64.50</td></tr>
<tr><td>1 x</td><td>Pill organizer 7-day AM/PM, large print (pack of 6)</td><td>$18.75</td></tr>
</table>
<p>Ship to: Hearthside Home Companions &ndash; Training Room, 418 Canal Street Suite 2, Millbrook<br>
Carrier: ParcelWay &nbsp; Tracking # <b>1Z 9W8 61E 03 4471 8820</b><br>Estimated delivery: Thursday, June 12</p>
</body></html>"""
    return mk("ShopMart Orders <ship-confirm@shopmart.example>", GLEN,
              "Shipped: Shower Chair with Back and 3 more items", html=html, date=dt(6, 10, 5, 48),
              domain="shopmart.example"), ""


# ====================================================================== CLEAN: news
@reg("clean", "news")
def news_newsletter():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7a4b1d">The Hearthside Hearth &ndash; Summer 2025</h1>
<h3>Caregiver Spotlight: Yolanda Pierce</h3>
<p>This August, Yolanda celebrates ten years with Hearthside! She started as a companion in 2015, earned her CNA in 2017, and today mentors nearly every new caregiver we hire. Ask her about her famous peach cobbler, her three grandkids, or the time she got a stuck cat out of a dryer vent. Thank you, Yolanda!</p>
<h3>Welcome to the team</h3>
<p>Cl&aacute;udia Moreira, Wei Li, Renee Aucoin and Marcus Holloway joined us this spring. Say hello at the July team meeting.</p>
<h3>Summer safety for caregivers</h3>
<p>Keep water in your car, wear sunscreen on walks with clients, and never leave anyone &ndash; person or pet &ndash; in a parked car.</p>
<h3>Dates</h3>
<ul><li>July 4 &ndash; office closed, on-call available</li><li>July 9 &ndash; caregiver meeting (pizza!)</li><li>July 19 &ndash; CPR class</li><li>August 16 &ndash; family picnic at Riverside Park</li></ul>
<p style="font-size:9pt;color:#888">Hearthside Home Companions &middot; 418 Canal Street, Suite 2, Millbrook &middot; (555) 010-4400<br>You are receiving this because you are part of the Hearthside family. <a href="https://hearthsidehc.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return mk("The Hearthside Hearth <news@%s>" % AG, "Hearthside Friends & Staff <friends@%s>" % AG,
              "The Hearthside Hearth - Summer 2025", html=html, date=dt(6, 30, 10, 0),
              html_cte="quoted-printable"), ""


@reg("clean", "news")
def news_heat_education():
    body = """BEAT THE HEAT: keeping older adults safe this summer

As we age, the body becomes less able to sense thirst and to regulate temperature. Some common medications - water pills (diuretics), some blood pressure medicines, and certain drugs for mood or sleep - make it even harder. Here's what families and caregivers can do:

* Offer fluids every hour, even if the person says they aren't thirsty. Water, diluted juice, soup, popsicles and watermelon all count.
* Know the warning signs of heat exhaustion: heavy sweating or no sweating, dizziness, headache, nausea, confusion, a fast weak pulse. Move the person somewhere cool and call their doctor.
* Heat stroke (body temperature over 103, hot dry skin, confusion, fainting) is an emergency: call 911.
* If the home has no air conditioning, spend the hottest hours at a library, senior center, or cooling center. Millbrook's cooling centers open when the heat index passes 95.
* Check on neighbors who live alone.

Questions about in-home support during the summer? Call us at (555) 010-4400.

Hearthside Home Companions - Caring for the people you love, where they love to be.
"""
    return mk("Hearthside Home Companions <news@%s>" % AG, "Hearthside Friends & Families <friends@%s>" % AG,
              "Beat the heat: summer safety tips for seniors", body, date=dt(7, 8, 7, 30),
              cte="base64"), ""


@reg("clean", "news")
def news_state_rate_increase():
    body = """PROVIDER BULLETIN 2025-14
Office of Long-Term Living - Home and Community-Based Services

SUBJECT: Rate increase for personal assistance services, effective July 1, 2025

The Department announces a 4.2% increase to fee schedule rates for personal assistance services (T1019), homemaker (S5130), and respite (S5150, S5151) under the Aging, Community HealthChoices and Independence waivers, effective for dates of service on or after July 1, 2025.

Providers must use at least 70% of the increase for direct care worker wages or benefits and will attest to this in the annual cost report. Electronic Visit Verification requirements are unchanged.

Managed care organizations will update their provider contracts within 60 days. Questions: HCBS provider line (555) 019-2000, option 3.

This bulletin applies to all enrolled providers. Please share with your billing and payroll staff.
"""
    inner = mk("OLTL Provider Communications <bulletins@oltl-state.example>", "HCBS Providers <hcbs-providers@oltl-state.example>",
               "Provider Bulletin 2025-14: HCBS rate increase eff. 7/1/2025", body, date=dt(5, 28, 14, 0),
               domain="oltl-state.example")
    cover = """FYI all - the 4.2% is official. Kelsey and I will meet next week about how it goes into caregiver wages.

Terrence
"""
    return mk(TERRENCE, ALLSTAFF, "FW: Provider Bulletin 2025-14: HCBS rate increase eff. 7/1/2025", cover,
              date=dt(5, 28, 15, 12), attachments=[inner]), ""


@reg("clean", "news")
def news_research_summary():
    body = """RESEARCH ROUNDUP - June 2025
State Home Care Association, Quality Committee

1) Home care after discharge and readmissions. A multi-state analysis of 41,200 Medicare beneficiaries discharged after heart failure or pneumonia found that those who received non-medical in-home support in the first 30 days had an 18% lower rate of readmission (adjusted odds ratio 0.82, 95% CI 0.74-0.91) than matched beneficiaries without such support. The effect was strongest for people living alone.

2) Caregiver turnover. In a survey of 312 agencies, median annual caregiver turnover was 64%. Agencies offering guaranteed minimum hours had turnover about 15 points lower.

3) Falls. A randomized trial of a 6-week home-safety and strength program delivered by trained aides reduced falls by 23% among 1,150 adults aged 75+ over one year.

Full citations and our committee's one-page summaries are in the members-only library.
"""
    return mk("SHCA Quality Committee <quality@statehomecare.example>", "SHCA Members <members@statehomecare.example>",
              "Research Roundup - June 2025", body, date=dt(6, 19, 12, 0),
              domain="statehomecare.example"), ""


@reg("clean", "news")
def news_volunteer_spotlight():
    html = """<html><body style="font-family:Arial">
<h2>Volunteer Spotlight: Gloria Stanfield</h2>
<p>For eleven years, Gloria Stanfield has spent every Wednesday afternoon as a volunteer with the Millbrook Friendly Visitor program, which Hearthside sponsors together with the public library.</p>
<p>A retired high school librarian, Gloria brings a tote bag of large-print mysteries, crossword books and her famous lemon bars. &ldquo;I just show up and we talk,&rdquo; she says. &ldquo;Mostly they end up teaching me something.&rdquo;</p>
<p>This year Gloria also helped recruit 14 new volunteers and organized the program's first intergenerational card night with students from Millbrook High.</p>
<p>Thank you, Gloria! Interested in volunteering? Contact Kelsey Dunmore at (555) 010-4400 x3.</p>
<p style="font-size:9pt">Photo used with Gloria's permission.</p>
</body></html>"""
    return mk("The Hearthside Hearth <news@%s>" % AG, "Hearthside Friends & Staff <friends@%s>" % AG,
              "Volunteer Spotlight: Gloria Stanfield", html=html, date=dt(4, 15, 10, 0)), ""


@reg("clean", "news")
def news_association_legislative():
    body = """STATE HOME CARE ASSOCIATION - LEGISLATIVE UPDATE
Week of March 24, 2025

HB 1142 (Direct Care Workforce Act) passed the House Health Committee 18-7. The bill would create a state registry of home care workers and fund $2,000 training stipends. Next stop: Appropriations.

SB 615 (EVV flexibility) would allow a 7-day grace period for visit corrections. Hearing scheduled April 8; members are invited to submit written testimony by April 3.

Budget: The Governor's proposal includes the 4.2% HCBS rate increase we requested. The Senate version trims it to 3%. Please call your senator - talking points are in the members' portal.

Workforce survey: Thanks to the 188 agencies who responded. Statewide, agencies reported 9,400 unfilled caregiver hours per week and a median starting wage of $15.75/hour.

Lobby Day is May 6 at the Capitol. Buses from Millbrook and Eastfield - register by April 20.
"""
    return mk("SHCA Government Affairs <advocacy@statehomecare.example>", "SHCA Members <members@statehomecare.example>",
              "Legislative update - HB 1142 advances; Lobby Day May 6", body, date=dt(3, 27, 17, 0),
              domain="statehomecare.example", cte="quoted-printable"), ""


# ====================================================================== CLEAN: training
@reg("clean", "training")
def train_quiz():
    body = """New Caregiver Orientation - Module 4 Quiz (Client Rights, Privacy & Reporting)
Please complete before your first shift and bring it to your skills check-off.

All scenarios below use FICTIONAL clients made up for training.

1. Your client, "Mrs. Example" (fictional), asks you to pick up her prescription and pay with her debit card. She tells you her PIN. What do you do?
   a) Use the card and keep the PIN in your phone
   b) Follow the agency's errand and money-handling policy and write the receipt total in the shift note
   c) Refuse to go to the pharmacy

2. A neighbor stops you in the driveway and asks, "How's she doing since the hospital?" You should:
   a) Give a quick update, the neighbor seems nice
   b) Politely say you can't discuss clients and suggest they contact the family
   c) Show them your shift notes

3. TRUE or FALSE: A caregiver may take pills out of the bottle and hand them to a client.

4. You arrive and your fictional client "Mr. Sample" is on the floor. List the first three things you do.

5. Where do you document a client's refusal of a shower?

Answer key is kept by the trainer. Passing score: 80%.
"""
    return mk(KELSEY, "New Hire Cohort June <newhires-june@%s>" % AG,
              "Orientation Module 4 quiz - due before first shift", body, date=dt(6, 2, 8, 0)), ""


@reg("clean", "training")
def train_shift_note_template():
    body = """Hi all,

Here is the shift-note template we want you to use in the app "notes" field (copy/paste is fine). Please fill in every line - "N/A" is better than blank.

------------------------------------------------
CLIENT: [Client name]                DATE: [MM/DD/YYYY]
CAREGIVER: [Your name]               TIME IN/OUT: [__:__] / [__:__]

PERSONAL CARE: [bath/shower/sponge bath/refused] [dressing] [grooming] [toileting]
MEALS: [what was offered] [how much eaten: all / half / little / none]
FLUIDS: [approx. cups]
MED REMINDER: [time] [taken / refused / not due]
ACTIVITY: [walk, exercises, outing]
MOOD/BEHAVIOR: [in client's words if possible]
SAFETY / CHANGES: [falls, near falls, skin, new confusion, new pain]
FAMILY/OFFICE NOTIFIED: [who, when]
------------------------------------------------

Write what you SEE and HEAR, not what you think it means. "Said her stomach hurt, ate 2 bites" - yes. "She has the flu" - no.

Marisol
"""
    return mk(MARISOL, CAREGIVERS, "Shift note template - please use starting Monday", body,
              date=dt(1, 31, 14, 45)), ""


@reg("clean", "training")
def train_policy_docx():
    paras = ["# Hearthside Home Companions - Policy HC-07",
             "# Medication Reminders and Assistance (Non-Medical Caregivers)",
             "Effective: 01/01/2025    Reviewed: Marisol Ortega, RN    Approved: Terrence Abernathy",
             "# 1. Purpose",
             "To define what non-medical caregivers may and may not do regarding a client's medications.",
             "# 2. Caregivers MAY",
             "a) Remind the client that it is time to take medication, as listed on the plan of care.",
             "b) Hand the client a pharmacy-prepared blister pack or a pill organizer filled by the client, family, or a licensed nurse.",
             "c) Open containers for a client who cannot open them, when the client directs.",
             "d) Observe and document whether the client took or refused the medication.",
             "# 3. Caregivers MAY NOT",
             "a) Fill pill organizers, crush or split pills, or decide doses.",
             "b) Give injections, eye drops into a client's eye, or any medication by tube.",
             "c) Give 'as needed' medication based on their own judgment.",
             "# 4. Refusals and errors",
             "If a client refuses or a dose appears missed or doubled, document it and call the office the same day. Do not give a 'make-up' dose.",
             "# 5. Training",
             "All caregivers complete the 1-hour Medication Reminder module at orientation and annually."]
    body = """Attached is the revised policy HC-07 (med reminders). Main change: section 3b - caregivers can no longer put eye drops in for clients; they can hand the bottle and remind. Please read and sign the acknowledgement in the app by Feb 15.

Marisol
"""
    return mk(MARISOL, CAREGIVERS, "Revised policy HC-07 - medication reminders", body, date=dt(1, 24, 10, 0),
              attachments=[(docx(paras), DOCX[0], DOCX[1], "Policy_HC-07_Medication_Reminders_2025.docx")]), ""


@reg("clean", "training")
def train_sample_notes():
    body = """TRAINING HANDOUT - Good vs. not-so-good shift notes
(Both examples are made up. "Jane Doe" is not a real client.)

EXAMPLE A (not so good):
  "Jane was fine. Did everything. Ate. Took meds."

EXAMPLE B (good):
  "Jane Doe (SAMPLE), 03/01/20XX, 9a-1p. Arrived 8:58. Jane said she 'didn't sleep well.' Shower with shower chair, dressed in clothes she chose. Breakfast: 1 egg, toast, 1/2 cup coffee - ate about half. 2 cups water. Med reminder 9:15 from blister pack, taken. Walked to end of driveway and back with walker, no problems. Mood: quiet in the morning, laughing at lunch when her granddaughter called. Noticed a small bruise on left forearm - Jane says she bumped the door. Reported to office at 12:40 (spoke to Dana)."

Discussion questions:
 1. What makes B useful to the next caregiver?
 2. Why does B quote Jane instead of saying "she's depressed"?
 3. What would you add if Jane refused the shower?
"""
    return mk("Kiara Fontenot <kfontenot@%s>" % AG, "New Hire Cohort June <newhires-june@%s>" % AG,
              "Handout for Thursday: shift note examples", body, date=dt(6, 4, 16, 30),
              attachments=[(body, "text", "plain", "shift_note_examples_SAMPLE.txt")]), ""


@reg("clean", "training")
def train_blank_incident_form():
    lines = ["HEARTHSIDE HOME COMPANIONS - INCIDENT REPORT FORM (Form IR-1, rev. 2025)", "",
             "Use for: falls, near falls, injuries to client or caregiver, medication reminder errors,",
             "property damage, missing items, suspected abuse/neglect. Complete within 24 hours.", "",
             "Client name: ________________________   Client ID: __________",
             "Date of birth: ____/____/______          Service address: ______________________",
             "Date/time of incident: __________   Location in home: __________",
             "Reported by (caregiver): ______________________",
             "Type:  [ ] Fall  [ ] Near fall  [ ] Skin tear/injury  [ ] Med reminder error  [ ] Other ____",
             "Witnessed?  [ ] Yes  [ ] No", "",
             "Describe what happened (what you saw and heard, in the client's words if possible):",
             "__________________________________________________________________________",
             "__________________________________________________________________________", "",
             "Injury observed: _______________________   911 called?  [ ] Yes  [ ] No   Time: ____",
             "Family notified (name/time): ______________________",
             "Office notified (name/time): ______________________", "",
             "Supervisor review: ____________________ Date: ______", "",
             "Do NOT give a copy of this form to the client or family. Submit in CareLog or to the office."]
    body = "Per Marisol's request, the blank IR-1 form is attached for your car binders (print 3 copies). Electronic version is in CareLog under Forms.\n\nKelsey\n"
    return mk(KELSEY, CAREGIVERS, "Blank incident report form IR-1 for car binders", body, date=dt(4, 18, 9, 0),
              attachments=[(pdf(lines, "Form IR-1"), "application", "pdf", "Form_IR-1_blank.pdf")]), ""


@reg("clean", "training")
def train_billing_sample_zip():
    readme = """BILLING TRAINING - SAMPLE FILES (FOR CLASSROOM USE ONLY)

These files contain a FICTIONAL client, "SAMPLE, ROSE", member ID XX000000000,
made up for the Tuesday billing cross-training. None of this goes to a payer.

sample_837P_TRAINING.txt - annotated claim for 40 units of T1019
sample_timesheet_TRAINING.csv - the timesheet that claim was built from
"""
    x12 = """ISA*00*          *00*          *ZZ*TRAINING       *ZZ*TRAINING       *250101*0900*^*00501*000000001*0*T*:~   <- T = TEST indicator
GS*HC*TRAINING*TRAINING*20250101*0900*1*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*IL*1*SAMPLE*ROSE****MI*XX000000000~                <- subscriber = the (fictional) client
DMG*D8*19000101*F~                                      <- placeholder DOB
CLM*TRAIN0001*255.20***12:B:1*Y*A*Y*Y~                  <- 40 units x $6.38
SV1*HC:T1019*255.20*UN*40***1~                          <- personal care, 15-min units
DTP*472*RD8*20250101-20250107~
SE*8*0001~
GE*1*1~
IEA*1*000000001~
"""
    ts = csv_text([["client", "member_id", "date", "in", "out", "units", "tasks"],
                   ["SAMPLE, ROSE (FICTIONAL)", "XX000000000", "2025-01-01", "09:00", "11:30", 10, "bath, meal"],
                   ["SAMPLE, ROSE (FICTIONAL)", "XX000000000", "2025-01-03", "09:00", "11:30", 10, "dress, meal"],
                   ["SAMPLE, ROSE (FICTIONAL)", "XX000000000", "2025-01-05", "09:00", "11:30", 10, "bath, laundry"],
                   ["SAMPLE, ROSE (FICTIONAL)", "XX000000000", "2025-01-07", "09:00", "11:30", 10, "meal, errand"]])
    z = zip_bytes([("README_TRAINING.txt", readme), ("sample_837P_TRAINING.txt", x12), ("sample_timesheet_TRAINING.csv", ts)])
    body = """Kiara, Dana -

For Tuesday's billing cross-training, the practice files are zipped up here. Everything uses the fake client "Rose Sample" so you can't hurt anything. We'll walk through how a timesheet turns into units and then into an 837 claim, and what the common rejections look like.

""" + SIG_PRIYA
    return mk(PRIYA, "Kiara Fontenot <kfontenot@%s>, %s" % (AG, DANA), "Billing cross-training Tuesday - practice files",
              body, date=dt(1, 10, 13, 0), attachments=[(z, "application", "zip", "billing_training_samples.zip")]), ""


# ====================================================================== main
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    labels = []
    for label, kind, fn in REG:
        msg, patient = fn()
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        fname = "%s-%s-%03d.eml" % (label, kind, n)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        data = msg.as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(data)
        labels.append((fname, label, kind, patient))
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, _), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, _), v in counts.items() if l == "clean") == 33
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for row in labels:
            w.writerow(row)
    for key in EXPECTED:
        print("%s-%s: %d" % (key[0], key[1], counts[key]))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
