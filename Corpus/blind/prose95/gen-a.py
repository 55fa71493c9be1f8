#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a mobile phlebotomy and
medical courier company (all people, numbers and organisations invented)."""
import sys, os, csv, random, zipfile, zlib, struct, datetime, html as _html
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 9501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTERS = {}

CO = "bluestemmobile.com"
CO_NAME = "Bluestem Mobile Phlebotomy & Courier, Inc."
CO_ADDR = "1180 Commerce Park Dr, Suite 4, Fairhaven, PA 17702"
CO_MAIN = "(570) 555-0100"
CO_FAX = "(570) 555-0109"
LAB = "tricountyreflab.com"

CONF = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
        "intended recipient, please contact the sender by reply e-mail and destroy all copies of "
        "the original message.")

CONF_LAB = ("This message is intended only for the use of the individual or entity to which it is "
            "addressed and may contain information that is privileged, confidential and exempt from "
            "disclosure under applicable law. If you received this in error, notify Tri-County "
            "Reference Laboratory at (570) 555-0150 and delete it.")


def when(s, tz=-5):
    """'2024-03-12 07:42' -> aware datetime"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=random.randint(0, 59))
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def msgid(domain):
    a = "%016x" % random.getrandbits(64)
    b = "%06d" % random.randint(0, 999999)
    return "<%s.%s@%s>" % (a, b, domain)


def quote(text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else "> " + line)
    return "\n".join(out)


def to_html(text, font="Calibri, Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>%s</p>\n" % "<br>\n".join(_html.escape(l) for l in p.split("\n")) for p in paras)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s</body></html>\n'
            % (font, body))


def build(frm, to, subject, date, body, cc=None, html=None, atts=None, headers=None,
          reply_to=None, in_reply_to=None, mid_domain=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = mid_domain or frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = msgid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html is True:
        m.add_alternative(to_html(body), subtype="html")
    elif html:
        m.add_alternative(html, subtype="html")
    for a in atts or []:
        fn, data, ctype = a
        maint, subt = ctype.split("/")
        if isinstance(data, str):
            if maint == "text":
                m.add_attachment(data, subtype=subt, filename=fn)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maint, subtype=subt, filename=fn)
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    return m


def emit(label, kind, patient, msg):
    key = (label, kind)
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    fn = "%s-%s-%03d.eml" % (label, kind, COUNTERS[key])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ---------------------------------------------------------------- file makers
ZDATE = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return _html.escape(str(s), quote=True)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ("[Content_Types].xml", hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", hdr +
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ("xl/_rels/workbook.xml.rels", hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", hdr +
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % "".join(xml_rows)),
    ]
    return _zip(files)


def make_docx(paragraphs):
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    files = [
        ("[Content_Types].xml", hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", hdr +
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
         '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % "".join(ps)),
    ]
    return _zip(files)


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 750 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    cb = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(x).encode() + b"\n%%EOF\n"
    return out


def _png(w, h, rows_rgb):
    raw = b"".join(b"\x00" + r for r in rows_rgb)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def png_logo(w=180, h=48):
    """Plain logo: teal block with a white stripe and a darker square mark."""
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            if 8 <= x < 40 and 8 <= y < 40:
                px = (18, 82, 96)
            elif 48 <= x < w - 8 and 20 <= y < 28:
                px = (255, 255, 255)
            else:
                px = (34, 139, 150)
            r += bytes(px)
        rows.append(bytes(r))
    return _png(w, h, rows)


def png_blank_scan(w=425, h=550):
    """A blank fax/scan page: off-white with a faint grey edge."""
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            if x < 3 or y < 3 or x >= w - 3 or y >= h - 3:
                px = (200, 200, 200)
            else:
                px = (247, 247, 244)
            r += bytes(px)
        rows.append(bytes(r))
    return _png(w, h, rows)


def ics(uid, start, end, summary, location, desc, organizer):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bluestem Mobile//Scheduler 4.2//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240301T120000Z\r\n"
            "DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start, end, summary, location.replace(",", "\\,"), desc.replace("\n", "\\n").replace(",", "\\,"), organizer))


def csv_text(rows):
    import io
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# signatures
def sig(name, title, email_, phone=CO_MAIN, fax=CO_FAX, conf=True):
    s = "\n\n%s\n%s\n%s\n%s\nP %s | F %s\n%s" % (name, title, CO_NAME, CO_ADDR, phone, fax, email_)
    if conf:
        s += "\n\n" + CONF
    return s


IPHONE = "\n\nSent from my iPhone"
ANDROID = "\n\nSent from my Galaxy"


# =================================================================== PHI: care
def phi_care():
    # 1 add-on to route
    body = """Luis,

Adding one to your route tomorrow first thing since you're already up in the north end.

Emeka Okafor
412 Linden Ave Apt 3B, Fairhaven
Ph (570) 555-0131 -- daughter Adaeze lets you in. Buzzer is broken, call her when you pull up
Window 7:30-8:30. He has to be fasting so please don't be late, he gets shaky if he goes too long without breakfast
Order from Dr. Lin / Cedar Hollow: 1 lav, 1 SST, 1 gray. Req is in the app under today's faxes

He's a hard stick per Tanya, she used a 23g butterfly on the back of the left hand last time. Bring a warm pack.

Drop at Tri-County main, NOT the Westgate PSC, Westgate won't take gray tops after 10.

Thanks!
Mirlande""" + sig("Mirlande Joseph", "Dispatcher", "mjoseph@" + CO)
    emit("phi", "care", "Emeka Okafor", build(
        "Mirlande Joseph <mjoseph@%s>" % CO, "Luis Ortega <lortega@%s>" % CO,
        "ADD ON tomorrow 7:30 - Okafor (Linden Ave)", when("2024-03-11 16:52"), body,
        cc="Bluestem Dispatch <dispatch@%s>" % CO))

    # 2 daughter moving mom's standing draw, reply on top
    orig = """Hello,

My mother Dorothy Keane gets her blood drawn at home every other Tuesday (she's at 15 Briar Hill Rd in Milbrook). Her next one is on the 19th. Her aide's schedule changed and nobody will be there Tuesday morning to let your person in, and mom can't get to the door fast enough with the walker.

Can we switch her to Thursdays going forward? Any time after 9 is fine. Also the last girl who came (I think her name was Renata?) was wonderful with her, if she's available that would be great.

If you need to reach me my cell is 570-555-0164. I'm at work until 3 but I can step out.

Thank you so much,
Sharon Keane-Mills"""
    body = """Hi Sharon,

No problem at all. I've moved your mom to a standing Thursday 9:30-11:30 window starting 3/21 and requested Renata (she covers Milbrook on Thursdays, so it should work most weeks). The 3/19 visit is cancelled.

One thing to flag: the standing order from Dr. Haddad's office runs out 4/30, so they'll need to fax a renewal before then. I'll send them a reminder from our end too.

Ben

Ben Adair
Client Services
Bluestem Mobile Phlebotomy & Courier
(570) 555-0100 opt 2

On Tue, Mar 12, 2024 at 8:14 AM Sharon Keane-Mills <sharonkm62@example.net> wrote:
""" + quote(orig)
    emit("phi", "care", "Dorothy Keane", build(
        "Ben Adair <badair@%s>" % CO, "Sharon Keane-Mills <sharonkm62@example.net>",
        "Re: Mom's blood draw next Tuesday", when("2024-03-12 10:37"), body,
        in_reply_to=msgid("example.net")))

    # 3 nursing home pickup + redraw
    body = """Good morning,

Can we get a courier here before 2 today? We have a urine going out for Harold Brandt (rm 214, 2 West). Night nurse collected it at 0600, it's in the fridge at the 2 West station in the bag with the req.

Also the lab called us yesterday that his blood from Monday was no good and has to be redone. Please add him to tomorrow's morning round with the others. His son is his POA, if there are any questions call Dan Brandt at 570-555-0187.

Thanks,
Pat

Patricia Okonkwo, RN, DON
Maple Crest Care Center
220 Ridge Rd, Fairhaven PA 17702
(570) 555-0142 ext 210 | Fax (570) 555-0143"""
    emit("phi", "care", "Harold Brandt", build(
        "Patricia Okonkwo <pokonkwo@maplecrestcare.net>", "dispatch@%s" % CO,
        "pickup today + redraw rm 214", when("2024-03-13 08:06"), body,
        cc="2west@maplecrestcare.net"))

    # 4 handover notes
    body = """Renata -

Thanks again for taking my Tuesday. Few things the app won't tell you:

- Mrs. Alvarez (Consuelo) at 9 Birch St: right arm ONLY. Do not use the left, there's a sign on her fridge and she will remind you anyway. Key is under the blue planter if she doesn't answer, she's slow getting up from the recliner. Their dog Pepe barks but is harmless. She'll offer you coffee and want to chat for a bit, budget 30 min.

- The Hallorans on Route 9 (the farmhouse past the Agway): it's both of them now, Frank and Eileen, same visit. 2 lavs each. Frank's are on the new order Dr. Mensah faxed Friday, Eileen's is her usual. Eileen gets woozy so have her lying down on the couch.

- Mr. Szabo cancelled, he's at his daughter's this week. Don't go out there.

Cooler #3 has the good ice packs. Drop everything at Tri-County main by 12:30 or the afternoon run won't get the lights.

Call me if anything's weird, I'll have my phone.
T

Tanya Greer, CPT
Lead Mobile Phlebotomist
Bluestem Mobile Phlebotomy & Courier
cell (570) 555-0118"""
    emit("phi", "care", "Consuelo Alvarez; Frank Halloran; Eileen Halloran", build(
        "Tanya Greer <tgreer@%s>" % CO, "Renata Bialek <rbialek@%s>" % CO,
        "Tues route notes - pls read before tomorrow", when("2024-03-11 20:41"), body))

    # 5 clinic asks if drawn, phleb replies from phone
    orig = """From: Beth Lamb <blamb@cedarhollowfm.org>
Sent: Wednesday, March 13, 2024 1:02 PM
To: Olga Sidorenko <osidorenko@bluestemmobile.com>
Cc: dispatch@bluestemmobile.com
Subject: Walter Pruitt - was he drawn today?

Hi Olga,

Dr. Lin wants to know if Mr. Pruitt (DOB 5/9/1944) got his draw this morning. We need the coag results before we decide on his dose Friday, and nothing's showing in the portal yet.

Thanks,
Beth Lamb, RN
Cedar Hollow Family Medicine
p 570-555-0172  f 570-555-0173"""
    body = """Hi Beth, yes drew him at 9:40. 2 lav 1 SST 1 lt blue. He was a little lightheaded after so I stayed till his wife got him some juice and he was fine. Dropped at Tri-County 11:15, should post this afternoon.

Olga""" + IPHONE + "\n\n-----Original Message-----\n" + orig
    emit("phi", "care", "Walter Pruitt", build(
        "Olga Sidorenko <osidorenko@%s>" % CO, "Beth Lamb <blamb@cedarhollowfm.org>",
        "RE: Walter Pruitt - was he drawn today?", when("2024-03-13 13:20"), body,
        cc="dispatch@%s" % CO))

    # 6 driver, short mobile
    body = """at sunrise villas. gloria tan's urine not ready, nurse says 20 min. wait or go do maple crest and come back? other 3 pickups here are in the bag already""" + ANDROID
    emit("phi", "care", "Gloria Tan", build(
        "Hector Ruiz <hruiz@%s>" % CO, "dispatch@%s" % CO, "sunrise villas",
        when("2024-03-14 10:12"), body))

    # 7 automated confirmation to carer, html + ics
    body = """Hello Tom,

This confirms the home visit you booked for Ruth Ellison.

Service: Home specimen collection (blood draw)
Date: Tuesday, March 19, 2024
Arrival window: 8:00 AM - 10:00 AM
Address: 77 Orchard Ln, Clearfield Twp, PA 17710
Phlebotomist: Renata B.
Ordering provider: Dr. Samira Haddad

Instructions from the order: nothing to eat or drink except water after midnight. Take morning medicines AFTER the draw unless the doctor said otherwise.

Please have the patient's photo ID and insurance card ready. If you were given a paper order, leave it out on the table.

Need to change or cancel? Reply to this email or call (570) 555-0100 at least 24 hours ahead. Late cancellations may be charged a $25 trip fee.

Booking reference: BMP-3F7Q-2291

Bluestem Mobile Phlebotomy & Courier
This mailbox is not monitored for medical questions. In an emergency call 911."""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#223">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #cde">
<tr><td style="background:#228b96;color:#fff;padding:14px;font-size:18px">Bluestem Mobile Phlebotomy &amp; Courier</td></tr>
<tr><td style="padding:18px">
<p>Hello Tom,</p>
<p>This confirms the home visit you booked for <b>Ruth Ellison</b>.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Service</b></td><td>Home specimen collection (blood draw)</td></tr>
<tr><td><b>Date</b></td><td>Tuesday, March 19, 2024</td></tr>
<tr><td><b>Arrival window</b></td><td>8:00 AM &ndash; 10:00 AM</td></tr>
<tr><td><b>Address</b></td><td>77 Orchard Ln, Clearfield Twp, PA 17710</td></tr>
<tr><td><b>Phlebotomist</b></td><td>Renata B.</td></tr>
<tr><td><b>Ordering provider</b></td><td>Dr. Samira Haddad</td></tr>
</table>
<p><b>Instructions from the order:</b> nothing to eat or drink except water after midnight. Take morning medicines AFTER the draw unless the doctor said otherwise.</p>
<p>Please have the patient's photo ID and insurance card ready. If you were given a paper order, leave it out on the table.</p>
<p style="font-size:12px;color:#667">Need to change or cancel? Reply to this email or call (570) 555-0100 at least 24 hours ahead. Late cancellations may be charged a $25 trip fee.<br>Booking reference: BMP-3F7Q-2291</p>
</td></tr></table></body></html>"""
    cal = ics("BMP-3F7Q-2291@bluestemmobile.com", "20240319T130000Z", "20240319T150000Z",
              "Home blood draw - Ruth Ellison", "77 Orchard Ln, Clearfield Twp, PA 17710",
              "Bluestem phlebotomist visit. Fasting after midnight.", "no-reply@" + CO)
    emit("phi", "care", "Ruth Ellison", build(
        "Bluestem Scheduling <no-reply@%s>" % CO, "tom.ellison@example.com",
        "Your home blood draw is confirmed - Tue, Mar 19", when("2024-03-12 14:03"), body,
        html=html, atts=[("appointment.ics", cal, "text/calendar")],
        headers=[("Auto-Submitted", "auto-generated")]))

    # 8 forward from social worker
    fwd = """---------- Forwarded message ---------
From: Renee Castillo <rcastillo@harborsidehh.org>
Date: Thu, Mar 14, 2024 at 3:47 PM
Subject: Standing monthly draws - Ivan Petrov
To: Ben Adair <badair@bluestemmobile.com>


Hi Ben,

I'm the social worker for Mr. Ivan Petrov (DOB 10/17/1939) at 3310 Hollins Gap Rd. Since his fall in January he can't manage the porch steps, and his daughter lives in Ohio, so getting him to the lab just isn't happening. His PCP, Dr. Kwame Mensah, wants blood work every month going forward.

Could you set up a standing draw the first week of each month? Mornings are best, he naps after lunch. There's a lockbox on the side door, code 4197. He's hard of hearing so knock loudly and give him a minute to get there.

He has Medicare and PA Medicaid, I can send copies of both cards. Dr. Mensah's office will fax the order.

Thank you!
Renee

Renee Castillo, MSW
Medical Social Worker
Harborside Home Health
(570) 555-0191 | rcastillo@harborsidehh.org"""
    body = """Dana - can we take this one? He's out past Hollins Gap so it's right on the edge of the zone. If yes I'll build the standing order when the req comes in.

Pls put the lockbox code in the secure access field, not route notes.

Ben

""" + fwd
    emit("phi", "care", "Ivan Petrov", build(
        "Ben Adair <badair@%s>" % CO, "Dana Whitcomb <dwhitcomb@%s>" % CO,
        "FW: Standing monthly draws - Ivan Petrov", when("2024-03-14 16:05"), body))


# =================================================================== PHI: ids
def phi_ids():
    # 1 lab rejection notice, no name
    body = """SPECIMEN REJECTION / RECOLLECTION REQUEST
==========================================
Client .........: BLUESTEM MOBILE PHLEB   (Acct 40771)
Received .......: 03/13/2024 11:42
Accession ......: 24-073-01882
Patient MRN ....: TCR00457219
DOB / Sex ......: 04/12/1951  F
Collected ......: 03/13/2024 08:05   Collector: BMP-RB
Ordering .......: HADDAD, SAMIRA MD (NPI on file)
Test(s) ........: CMP, LIPID PANEL, TSH
Reason .........: SST received unlabeled. Unable to verify patient identity.
Action .........: Recollection required. Do NOT relabel the original tube.

Reply to this message or call Client Services at 570-555-0150, option 3.
Notice 1 of 1. Generated 03/13/2024 12:01 by LIS.

""" + CONF_LAB
    emit("phi", "ids", "", build(
        "Tri-County Client Services <noreply-clientservices@%s>" % LAB, "dispatch@%s" % CO,
        "Specimen Rejection Notice - Acc# 24-073-01882", when("2024-03-13 12:01"), body,
        headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "2")]))

    # 2 billing with payer, denied claim
    orig = """From: Marisol Vega <mvega@kvhealthplan.com>
Sent: Friday, March 8, 2024 9:31 AM
To: Priya Raman <praman@bluestemmobile.com>
Subject: RE: denied claim KV2024031500872

Priya,
The line for P9603 denied CO-97 because the member's product is our Medicare Advantage PPO and travel is bundled into the collection fee for that product. The 36415 line paid at $3.12. If you believe the contract says otherwise please send me the section and I'll route it to contracting.

Marisol Vega
Provider Relations Rep II, Keystone Valley Health Plan"""
    body = """Hi Marisol,

Section 4.2(b) of our ancillary agreement (eff. 1/1/2023) says the travel allowance is separately payable when the member is homebound and the ordering provider attests to it on the order. We have that attestation for this DOS. Details again:

Claim #: KV2024031500872
Member ID: KVH884512301
DOS: 02/26/2024
Lines: 36415 x1 (paid), P9603 x14 mi (denied CO-97)

Can you send it for reprocessing, or tell me where to send the attestation? I'd rather not file a formal appeal for $14.

Thanks,
Priya

Priya Raman
Billing Manager
Bluestem Mobile Phlebotomy & Courier
P (570) 555-0104 | F (570) 555-0109

""" + quote(orig) + "\n\n" + CONF
    emit("phi", "ids", "", build(
        "Priya Raman <praman@%s>" % CO, "Marisol Vega <mvega@kvhealthplan.com>",
        "RE: denied claim KV2024031500872", when("2024-03-08 14:22"), body))

    # 3 chain of custody, employer drug test
    body = """Hi Craig,

Heads up on one of your pre-employment collections from Thursday 3/14 (our Fairhaven site).

CCF #: 0558102
Donor ID (last 4 SSN): 4471
Donor DOB: 09/03/1987
Reason for test: Pre-employment

Apex Toxicology notified us this morning that the donor's initials were missing from the bottle seal on the split specimen (Bottle B). The primary bottle is fine but per the MRO this is a fatal flaw for the split, and the test will most likely be cancelled. Our collector has been re-trained on it.

We'll need a recollection. No observed collection is required. The donor can walk in at Fairhaven any weekday 7-3, or we can send someone to your Dock 4 site like we did for the January batch. No additional charge, this one's on us.

Sorry for the hassle.

Kelsey Moran
Compliance & Quality Coordinator
Bluestem Mobile Phlebotomy & Courier
(570) 555-0106""" + "\n\n" + CONF
    emit("phi", "ids", "", build(
        "Kelsey Moran <kmoran@%s>" % CO, "Craig Dunlevy <cdunlevy@northgatefreight.com>",
        "CCF 0558102 - collection issue", when("2024-03-15 09:48"), body,
        cc="Dana Whitcomb <dwhitcomb@%s>" % CO))

    # 4 fax req follow-up, blank page png
    body = """Hi there,

We received a 2 page fax from your office today at 2:10 pm for a home draw. Page 1 (your cover sheet) came through fine:

  Pt: M. Sorensen   DOB 02/27/1948   MRN 3381-0277
  Ordered by: Dr. Lin
  Dx (handwritten): E11.9 or maybe E11.8? hard to read

Page 2, which should be the actual requisition, came through completely blank (attached so you can see what we got). Could you re-fax the order to 570-555-0109 and confirm the dx code? We can't schedule until we have it.

Thank you,
Mirlande Joseph
Dispatcher | Bluestem Mobile Phlebotomy & Courier
P 570-555-0100 x2  F 570-555-0109"""
    emit("phi", "ids", "M. Sorensen", build(
        "Mirlande Joseph <mjoseph@%s>" % CO, "Cedar Hollow Front Desk <frontdesk@cedarhollowfm.org>",
        "Fax rec'd 3/14 2:10pm - page 2 blank", when("2024-03-14 14:36"), body,
        atts=[("FAX_20240314_1410_p2.png", png_blank_scan(), "image/png")]))

    # 5 eligibility internal
    body = """Ben,

Ran eligibility on the new referral from Harborside:

Medicaid ID 7700214583, DOB 01/30/1962
Result: ACTIVE, MCO = Keystone Valley Community Plan, eff 07/01/2023, no end date
PCP on file matches the ordering provider

Venipuncture doesn't need auth under KVCP, but the travel code (P9604) does need the homebound attestation on the order itself, and the one they faxed doesn't have it checked. Can you ask Harborside to get the box checked and re-send? Otherwise we eat the trip.

OK to schedule for 3/20 either way.

P"""
    emit("phi", "ids", "", build(
        "Priya Raman <praman@%s>" % CO, "Ben Adair <badair@%s>" % CO,
        "elig - Harborside referral 3/20", when("2024-03-15 11:10"), body))

    # 6 account dispute
    body = """Jess,

Pls adjust acct RMP-0047731. Patient's wife called this morning disputing the $48.00 travel fee on the 02/03 home collection. Insurance paid the 36415 line only. He was on the old self-pay fee schedule because the order came in before his new coverage was loaded - that's on us.

- write off $48.00 to adj code 14 (admin adjustment - fee schedule error)
- send zero-balance statement
- note the acct that she was told it's taken care of

I told her you'd send the statement this week.

thx
Priya"""
    emit("phi", "ids", "", build(
        "Priya Raman <praman@%s>" % CO, "Jessica Pohl <jpohl@%s>" % CO,
        "acct RMP-0047731 adj", when("2024-03-18 09:05"), body))

    # 7 workers comp adjuster
    body = """Good afternoon,

Summit Casualty is the workers' compensation carrier for Northgate Freight. Please arrange post-exposure baseline blood work for our claimant:

Claim #: WC-22-117845
Claimant DOB: 06/14/1979
Date of injury: 03/11/2024
Employer: Northgate Freight, Fairhaven terminal
Tests per Dr. Okafor-Reyes (occupational medicine): Hepatitis B surface antibody, Hepatitis C antibody, HIV-1/2 Ag/Ab
Follow-up draws at 6 weeks and 3 months will be authorized separately.

The claimant has asked for a home collection; the address and phone are on the authorization form I faxed this morning. Bill Summit Casualty directly referencing the claim number; do not bill the employee.

Gail Pressley
Senior Claims Adjuster
Summit Casualty Insurance Co.
P 717-555-0133 | F 717-555-0134
gpressley@summitcasualty.com"""
    emit("phi", "ids", "", build(
        "Gail Pressley <gpressley@summitcasualty.com>", "intake@%s" % CO,
        "WC Claim 22-117845 - post-incident labs", when("2024-03-12 15:27"), body,
        cc="billing@%s" % CO))

    # 8 MRN only in subject, thin health content
    orig = """On Mon, Mar 18, 2024 at 9:12 AM, Beth Lamb <blamb@cedarhollowfm.org> wrote:
> Hi, did she get everything drawn on her 3/14 visit? Lab only shows the CBC, no ferritin or B12. Thx"""
    body = """Hi Beth - ferritin and B12 were on page 2 of the req, which came through blank on our end (we emailed your front desk that day). We only had the CBC to go on.

If you re-fax the full order I can get someone back out Wednesday or Thursday morning.

Mirlande

""" + orig
    emit("phi", "ids", "", build(
        "Mirlande Joseph <mjoseph@%s>" % CO, "Beth Lamb <blamb@cedarhollowfm.org>",
        "RE: MRN 3381-0277 - 3/14 visit", when("2024-03-18 09:40"), body))


# =================================================================== PHI: lang
def phi_lang():
    # 1 Spanish - daughter booking for father
    body = """Buenas tardes,

Les escribo porque mi papá, Rogelio Montalvo Ibarra, necesita que le saquen sangre en la casa. El doctor Quintero le mandó unos análisis (la orden dice hemoglobina A1c y perfil de lípidos) y él ya casi no puede salir desde que lo operaron de la cadera en diciembre. Vive en 2219 Alameda St, apto 4, Fairhaven. Su fecha de nacimiento es 11/08/1942.

¿Tienen disponible el jueves en la mañana? Tiene que estar en ayunas, así que mientras más temprano mejor. Yo me voy a trabajar a las 9 pero mi hermana Rosa puede estar con él.

La orden del doctor la tengo en papel, ¿se la mando por fax o la pueden recoger en la casa?

Mi número es (570) 555-0129.

Muchas gracias,
Lucía Montalvo"""
    emit("phi", "lang", "Rogelio Montalvo Ibarra", build(
        "Lucia Montalvo <lucia.montalvo88@example.com>", "scheduling@%s" % CO,
        "Cita para sacar sangre a domicilio - mi papá", when("2024-03-11 13:18"), body))

    # 2 Vietnamese, forwarded internally with English note
    orig = """Chào anh chị,

Tôi là Trần Minh Khoa, con trai của bà Nguyễn Thị Hoa (ngày sinh 03/05/1939). Mẹ tôi có lịch lấy máu tại nhà vào thứ Hai tuần sau lúc 8 giờ sáng. Nhưng hôm đó mẹ tôi phải đi khám mắt ở bệnh viện, nên tôi muốn đổi sang thứ Tư hoặc thứ Năm được không ạ?

Bác sĩ dặn mẹ tôi phải nhịn ăn từ tối hôm trước. Mẹ tôi không nói được tiếng Anh, nên xin vui lòng gọi cho tôi trước khi đến: 570-555-0143.

Địa chỉ vẫn như cũ: 88 Willow Bend Dr, căn số 12.

Cảm ơn nhiều ạ.
Khoa"""
    body = """Sam / anyone - does anyone on staff read Vietnamese? Google says he wants to move his mom's Monday 8am draw to Wed or Thu, but I want to be sure before I call him back. She's on Luis's Monday route.

Ben

-----Original Message-----
From: Khoa Tran <khoa.tran.minh@example.net>
Sent: Friday, March 15, 2024 7:55 PM
To: scheduling@bluestemmobile.com
Subject: Đổi lịch lấy máu cho mẹ tôi

""" + orig
    emit("phi", "lang", "Nguyễn Thị Hoa", build(
        "Ben Adair <badair@%s>" % CO, "staff-all@%s" % CO,
        "FW: Đổi lịch lấy máu cho mẹ tôi", when("2024-03-18 08:22"), body))

    # 3 Chinese - wife asking about missing result
    body = """您好，

我丈夫李国华（出生日期：1947年9月21日）上周二在家里抽的血，来抽血的护士说三天左右结果就会出来，但是到现在王医生的诊所还是没有收到。他每个月都要查INR（吃华法林），医生要根据结果调整药量，所以我们比较着急。

能不能帮忙查一下血样是不是已经送到化验室了？如果需要重新抽血，请安排在这周的上午，他早上精神比较好。

地址没有变：45 Chestnut Ct, Fairhaven。
我的电话：(570) 555-0198

谢谢！
陈美玲"""
    emit("phi", "lang", "李国华", build(
        "Chen Meiling <meiling.chen47@example.com>", "clientservices@%s" % CO,
        "查询抽血结果 - 李国华", when("2024-03-18 10:46"), body))

    # 4 Russian - phlebotomist replies to caregiver in Russian, quoting
    orig = """Здравствуйте!

Пишу по поводу моей мамы, Зинаиды Павловны Корниенко, 14.02.1936 г.р. Вчера ваш специалист брал у неё кровь на дому, а сегодня позвонили из лаборатории и сказали, что образец непригоден (гемолиз) и анализ надо сдать ещё раз. Мама очень плохо переносит уколы, вены тонкие, в прошлый раз попали только с третьего раза.

Можно ли прислать Ольгу? Она в феврале нашла вену с первого раза. Удобно в пятницу после 10 утра. Адрес тот же: 56 Harbor View Rd, кв. 7.

С уважением,
Ирина Корниенко
тел. 570-555-0176"""
    body = """Ирина, здравствуйте!

Да, конечно, я помню Зинаиду Павловну. Поставила её себе на пятницу, 22 марта, с 10:30 до 11:30. Возьму тонкую бабочку, как в прошлый раз. Пусть утром выпьет побольше воды, тогда вену легче найти. Натощак в этот раз не нужно.

Если что-то изменится, звоните в диспетчерскую: (570) 555-0100.

Ольга Сидоренко
выездной флеботомист, Bluestem Mobile

ср, 20 мар. 2024 г. в 18:22, Ирина Корниенко <irina.kornienko@example.org>:
""" + quote(orig)
    emit("phi", "lang", "Зинаида Павловна Корниенко", build(
        "Olga Sidorenko <osidorenko@%s>" % CO, "Irina Kornienko <irina.kornienko@example.org>",
        "Re: Повторный анализ крови для мамы", when("2024-03-20 19:05", tz=-4), body,
        cc="dispatch@%s" % CO))

    # 5 Haitian Creole - phlebotomist to dispatcher
    body = """Bonjou Mirlande,

Mwen te pase kay Madan Jeanine Pierre-Louis maten an (1450 Elm St, apt 2). Li pa t vle m pran san an paske li di li te deja bwè kafe ak pen. Pitit fi li a di doktè a te di fòk li a jen pou tès sik la. Mwen pa t pran anyen.

Mwen ka retounen demen maten a 7è30 si ou ka mete l nan wout mwen an. Tanpri rele pitit fi a pou konfime, nimewo a se 570-555-0122. Di l pou manman l pa manje anyen apre minwi.

Mèsi anpil,
Wideline""" + IPHONE
    emit("phi", "lang", "Jeanine Pierre-Louis", build(
        "Wideline Toussaint <wtoussaint@%s>" % CO, "Mirlande Joseph <mjoseph@%s>" % CO,
        "Madan Pierre-Louis - pa t ka fè l jodi a", when("2024-03-19 08:14", tz=-4), body))

    # 6 Tagalog - CNA at care home to dispatch
    body = """Hi po,

Si Lola Remedios Dizon po (Room 118, DOB 07/30/1940) ay may order ng CBC at BMP para bukas ng umaga. Paki-schedule po ng phlebotomist bago mag-8 kasi aalis siya ng 8:30 papuntang dialysis. Kung hindi po kaya, sa Huwebes na lang po, wala siyang dialysis non.

Nasa nurses station po yung requisition, naka-clip sa chart niya. Hirap po kunan ng dugo sa kaliwang braso, sabi ng anak niya.

Salamat po!
Marites Santos, CNA
Golden Acres Care Home
(570) 555-0157"""
    emit("phi", "lang", "Remedios Dizon", build(
        "Marites Santos <msantos@goldenacrescare.org>", "dispatch@%s" % CO,
        "Lola Remedios rm 118 - bukas ng umaga", when("2024-03-18 15:31", tz=-4), body))

    # 7 Portuguese - patient about a bill and next draw
    body = """Bom dia,

Meu nome é Fernanda Alves Coutinho, data de nascimento 19/06/1968. Recebi uma cobrança de US$ 85,00 pela coleta de sangue em casa do dia 4 de março, mas o meu plano (Bluecrest Health, carteirinha BCH-7730219) deveria cobrir. Já liguei duas vezes e ninguém retornou. Podem verificar, por favor?

Também quero marcar a próxima coleta: o Dr. Furtado pediu para repetir o exame da tireoide daqui a seis semanas, então seria mais ou menos no dia 15 de abril. De manhã cedo é melhor para mim, antes das 8.

Obrigada,
Fernanda
(570) 555-0115

Enviado do meu celular"""
    emit("phi", "lang", "Fernanda Alves Coutinho", build(
        "Fernanda Coutinho <fe.coutinho@example.com>", "billing@%s" % CO,
        "Cobrança coleta 04/03 + marcar próxima", when("2024-03-19 07:02", tz=-4), body))

    # 8 Korean - son cancelling because father hospitalised
    body = """안녕하세요,

저희 아버지 박정수 (생년월일 1944년 12월 3일) 께서 다음 주 화요일 오전 9시에 집에서 채혈 예약이 되어 있습니다. 그런데 아버지께서 지난 주말에 집에서 넘어지셔서 지금 Fairhaven General 병원에 입원해 계십니다.

예약을 취소해 주시거나 퇴원하신 후로 미뤄 주실 수 있을까요? 퇴원 날짜가 정해지면 다시 연락드리겠습니다. 주소는 그대로 302 Lakeview Terrace 입니다.

감사합니다.
박성민 드림
570-555-0155"""
    emit("phi", "lang", "박정수", build(
        "Sungmin Park <sungmin.park@example.net>", "scheduling@%s" % CO,
        "채혈 예약 취소 요청 - 박정수", when("2024-03-20 21:40", tz=-4), body))


# =================================================================== PHI: lists
def phi_lists():
    # 1 route sheet aligned with spaces
    rows = [
        ("1", "07:30", "Okafor, Emeka", "412 Linden Ave 3B, Fairhaven", "LAV SST GRY", "fasting; call dtr on arrival"),
        ("2", "08:20", "Kowalczyk, Irene", "88 Mill St, Fairhaven", "LAV x2", ""),
        ("3", "09:05", "Pruitt, Walter", "1604 Quarry Rd, Milbrook", "LAV x2 SST LTBL", "coag - fill blue to line"),
        ("4", "09:50", "Dunmore, Jacqueline", "7 Aspen Ct, Milbrook", "SST + UA cup", "leave cup, p/u Thu"),
        ("5", "10:40", "Reyes, Alfonso", "2290 Route 44, Hollins Gap", "GRY SST", "fasting glucose"),
        ("6", "11:30", "Whitfield, Norma", "16 Church St, Hollins Gap", "LAV", "hospice - be quick, family there"),
    ]
    head = "%-3s%-7s%-21s%-31s%-17s%s" % ("#", "ETA", "PATIENT", "ADDRESS", "TUBES", "NOTES")
    table = head + "\n" + "-" * 100 + "\n" + "\n".join("%-3s%-7s%-21s%-31s%-17s%s" % r for r in rows)
    body = """ROUTE 4  -  Wed 03/13/2024  -  Phleb: L. Ortega  -  Van 12

""" + table + """

Lab drop: Tri-County MAIN by 12:30. Centrifuge SSTs at the Milbrook hub between stops 4 and 5 (30 min clot).
Reminder: scan every tube in the app before you leave the house.

-- Bluestem Route Planner (auto)"""
    emit("phi", "lists", "; ".join(r[2] for r in rows), build(
        "Route Planner <routes@%s>" % CO, "Luis Ortega <lortega@%s>" % CO,
        "Route 4 - Wed 3/13 - 6 stops", when("2024-03-12 18:00"), body,
        headers=[("Auto-Submitted", "auto-generated")]))

    # 2 nursing home pipe table
    body = """Hi team,

Here is Thursday AM draw list for Maple Crest. Please have phleb here by 6:30, breakfast trays come at 7:15.

Room | Resident            | DOB        | Orders                 | Notes
-----|---------------------|------------|------------------------|------------------------------
112  | Brandt, Harold      | 08/02/1933 | CBC, BMP (REDRAW)      | son POA, ok to draw
117  | Lindqvist, Astrid   | 01/19/1941 | PT/INR                 |
203  | Mahoney, Francis X. | 11/30/1936 | CBC, Mg, Phos          | combative AM, bring aide
208  | Osei, Abena         | 04/04/1949 | Vanc trough 0545       | TIMED - before 0600 dose!!
214  | Greco, Philomena    | 06/21/1930 | TSH, Free T4           | R arm only
221  | Cardenas, Luz       | 09/09/1944 | UA C&S (cath by nurse) | courier p/u only

Harold moved from 214 to 112 on Tuesday, sorry for confusion.

Thanks,
Pat

Patricia Okonkwo, RN, DON
Maple Crest Care Center
(570) 555-0142 ext 210"""
    names = ["Harold Brandt", "Astrid Lindqvist", "Francis X. Mahoney", "Abena Osei", "Philomena Greco", "Luz Cardenas"]
    emit("phi", "lists", "; ".join(names), build(
        "Patricia Okonkwo <pokonkwo@maplecrestcare.net>", "dispatch@%s" % CO,
        "Thurs AM draws - Maple Crest (6)", when("2024-03-13 16:20"), body, html=True,
        cc="Tanya Greer <tgreer@%s>" % CO))

    # 3 courier manifest CSV attachment
    man = [["Pickup Site", "Patient Last", "Patient First", "DOB", "Accession", "Specimen", "Temp", "Picked Up", "Driver"],
           ["Sunrise Villas AL", "Tan", "Gloria", "1938-05-14", "24-074-00311", "Urine C&S", "REFRIG", "10:34", "HR"],
           ["Sunrise Villas AL", "Beaumont", "Clarence", "1942-10-02", "24-074-00312", "SST x1", "AMB", "10:34", "HR"],
           ["Sunrise Villas AL", "Nakamura", "Etsuko", "1935-03-27", "24-074-00313", "LAV x1", "AMB", "10:34", "HR"],
           ["Maple Crest CC", "Cardenas", "Luz", "1944-09-09", "24-074-00320", "Urine C&S", "REFRIG", "11:02", "HR"],
           ["Cedar Hollow FM", "Pruitt", "Walter", "1944-05-09", "24-074-00325", "LTBL x1", "AMB", "11:40", "HR"],
           ["Cedar Hollow FM", "Ferrante", "Dominic", "1958-12-12", "24-074-00326", "SST x2", "AMB", "11:40", "HR"],
           ["Cedar Hollow FM", "Yusuf", "Hodan", "1990-07-07", "24-074-00327", "GC/CT swab", "AMB", "11:40", "HR"],
           ["Golden Acres", "Dizon", "Remedios", "1940-07-30", "24-074-00331", "LAV, SST", "AMB", "12:15", "HR"],
           ["Golden Acres", "Pike", "Harlan", "1939-02-17", "24-074-00332", "Stool O&P", "REFRIG", "12:15", "HR"]]
    body = """Dispatch,

Attached is today's midday manifest for the Tri-County drop. 2 coolers, 9 specimens, temps logged at pickup. The Golden Acres stool was in the wrong bag (no absorbent pad), I rebagged it and put a note on the manifest.

Dropped 12:58, received by K. Ng at receiving.

Hector""" + ANDROID
    emit("phi", "lists", "; ".join("%s %s" % (r[2], r[1]) for r in man[1:]), build(
        "Hector Ruiz <hruiz@%s>" % CO, "dispatch@%s" % CO,
        "manifest 3/14 midday", when("2024-03-14 13:05"), body,
        atts=[("manifest_20240314_midday.csv", csv_text(man), "text/csv")]))

    # 4 weekly rejection report XLSX
    rej = [["Date", "Collector", "Patient", "MRN", "Test", "Reason", "Recollected"],
           ["03/11/2024", "L. Ortega", "Kowalczyk, Irene", "TCR00391552", "CBC", "Clotted", "Y 3/12"],
           ["03/12/2024", "W. Toussaint", "Vance, Deloris", "TCR00288107", "K+, BMP", "Hemolyzed", "Y 3/13"],
           ["03/13/2024", "R. Bialek", "(unlabeled - see notice)", "TCR00457219", "CMP, Lipid, TSH", "Unlabeled SST", "Sched 3/15"],
           ["03/13/2024", "O. Sidorenko", "Kornienko, Zinaida", "TCR00502233", "CBC, Ferritin", "Hemolyzed", "Sched 3/22"],
           ["03/14/2024", "T. Greer", "Halloran, Frank", "TCR00611870", "PT/INR", "QNS - underfilled lt blue", "Y 3/15"],
           ["03/15/2024", "L. Ortega", "Reyes, Alfonso", "TCR00199420", "Glucose", "Received > 2h, no gray top", "Pending"]]
    body = """Hi all,

Weekly rejection log attached (6 this week, up from 4). Two hemolyzed again. Reminder: don't shake the tubes, invert gently 8-10x, and let the alcohol dry fully before you stick.

The unlabeled SST from Wednesday is under review as an incident, Renata and I already talked.

We'll go over these at Tuesday huddle.

Kelsey

Kelsey Moran
Compliance & Quality Coordinator
Bluestem Mobile Phlebotomy & Courier
(570) 555-0106

""" + CONF
    emit("phi", "lists", "Irene Kowalczyk; Deloris Vance; Zinaida Kornienko; Frank Halloran; Alfonso Reyes", build(
        "Kelsey Moran <kmoran@%s>" % CO, "phleb-leads@%s" % CO,
        "Rejection log wk of 3/11", when("2024-03-15 16:44"), body,
        cc="Dana Whitcomb <dwhitcomb@%s>" % CO,
        atts=[("Rejections_wk0311.xlsx", make_xlsx(rej, "wk0311"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))

    # 5 Name - DOB - reason lines from clinic
    body = """Good afternoon,

Standing home draws for next week (3/18-3/22) from Cedar Hollow. Orders were faxed this morning, 7 pages total.

Pruitt, Walter - 05/09/1944 - PT/INR (weekly, Mon or Tue)
Sorensen, Margit - 02/27/1948 - A1c, CMP, ferritin, B12
Okafor, Emeka - 03/15/1950 - BMP, Mg
Ferrante, Dominic - 12/12/1958 - lipid panel, fasting
Haas, Gertrude - 08/08/1931 - CBC (transfusion f/u per Dr. Lin)
Quiñones, Maribel - 10/26/1966 - TSH

Mrs. Haas's daughter asked for a call 30 min before you arrive: 570-555-0161.

Thank you!
Beth Lamb, RN
Cedar Hollow Family Medicine
p 570-555-0172  f 570-555-0173"""
    emit("phi", "lists", "Walter Pruitt; Margit Sorensen; Emeka Okafor; Dominic Ferrante; Gertrude Haas; Maribel Quiñones", build(
        "Beth Lamb <blamb@cedarhollowfm.org>", "scheduling@%s" % CO,
        "standing draws wk of 3/18", when("2024-03-15 13:30"), body))

    # 6 tab separated aging pasted from report
    aging = [("Acct", "Patient", "DOS", "CPT", "Billed", "Paid", "Balance", "Last stmt"),
             ("RMP-0041120", "DIETRICH, KARL", "11/14/2023", "36415,P9603", "83.00", "0.00", "83.00", "02/15/2024"),
             ("RMP-0041876", "ABERNATHY, JOAN", "11/29/2023", "36415", "35.00", "0.00", "35.00", "02/15/2024"),
             ("RMP-0042204", "MOUSSA, IBRAHIM", "12/05/2023", "36415,P9604", "60.00", "12.00", "48.00", "02/29/2024"),
             ("RMP-0042731", "LEBLANC, YVETTE", "12/11/2023", "36415,36416", "52.00", "0.00", "52.00", "02/29/2024"),
             ("RMP-0043019", "SZABO, ISTVAN", "12/18/2023", "G0471", "40.00", "0.00", "40.00", "03/01/2024")]
    table = "\n".join("\t".join(r) for r in aging)
    body = """Jeff,

Here's the >90 day self-pay you asked for, pasted straight from the AR report. 5 accounts, $258 total. Karl Dietrich's family said he passed in January so I'd write that one off. Szabo is G0471 so it should've gone to the SNF, I'm rebilling Maple Crest.

""" + table + """

Ok to send the other 3 to Keystone Collections?

Priya"""
    emit("phi", "lists", "Karl Dietrich; Joan Abernathy; Ibrahim Moussa; Yvette LeBlanc; Istvan Szabo", build(
        "Priya Raman <praman@%s>" % CO, "Jeff Kowalski <jkowalski@%s>" % CO,
        "self-pay aging >90", when("2024-03-18 11:52"), body))

    # 7 snow reschedule, list deep in quoted thread
    lvl2 = """From: Dana Whitcomb
Sent: Tuesday, March 19, 2024 3:15 PM
To: Jeff Kowalski; Ben Adair
Subject: Thursday storm - draws to move

NWS has 10-14" for the ridge starting Wed night and PennDOT is already talking about closing 44. I don't want anyone on Hollins Gap or Clearfield roads Thursday. These are the ones I'd move:

- Ellison, Ruth (Clearfield) - fasting labs - move to Fri 3/22 8-10
- Petrov, Ivan (Hollins Gap) - first monthly draw - Mon 3/25
- Whitfield, Norma (Hollins Gap) - hospice, CBC - Fri PM if roads ok, family aware
- Reyes, Alfonso (Rt 44) - fasting glucose recollect - Mon 3/25
- Keane, Dorothy (Milbrook) - standing Thu - Fri 3/22 9:30-11:30
- Montalvo, Rogelio (Fairhaven) - new pt, A1c/lipids - keep if Fairhaven plows, otherwise Fri

Maple Crest / Golden Acres in town should be fine, courier can go late.

Dana"""
    lvl1 = """From: Ben Adair
Sent: Tuesday, March 19, 2024 4:02 PM
To: Dana Whitcomb; Jeff Kowalski
Subject: RE: Thursday storm - draws to move

Agree. I can call families tomorrow morning if Jeff signs off. Ruth Ellison's son already asked if we'd be coming.

""" + quote(lvl2)
    body = """Approved. Call them all by noon tomorrow and make sure the labs know the Friday volume will be heavy.

Jeff

Jeff Kowalski
Director of Operations
Bluestem Mobile Phlebotomy & Courier
(570) 555-0101

-----Original Message-----
""" + lvl1
    emit("phi", "lists", "Ruth Ellison; Ivan Petrov; Norma Whitfield; Alfonso Reyes; Dorothy Keane; Rogelio Montalvo", build(
        "Jeff Kowalski <jkowalski@%s>" % CO, ["Ben Adair <badair@%s>" % CO, "Dana Whitcomb <dwhitcomb@%s>" % CO],
        "RE: Thursday storm - draws to move", when("2024-03-19 16:30", tz=-4), body))


# =================================================================== PHI: names
def phi_names():
    # 1 phleb worried about a patient
    body = """Tanya,

Wanted to let you know about Mrs. Delacroix on Fulton St this morning. She was really confused, didn't know who I was (I've been there 4 times now) and kept asking if Paul was coming. Her son wasn't there even though the visit note says he'd be there for every draw. House was cold too, thermostat was on 58.

I got the draw, she let me and it went fine, but I didn't feel good leaving her alone. Her pill organizer still had Monday AND Tuesday full.

Should I call the son myself or is that a Ben thing? I have his number from the visit note.

Renata""" + IPHONE
    emit("phi", "names", "Mrs. Delacroix", build(
        "Renata Bialek <rbialek@%s>" % CO, "Tanya Greer <tgreer@%s>" % CO,
        "Mrs. Delacroix this am", when("2024-03-13 10:58"), body))

    # 2 Last, First in subject; lab asks recollect
    orig = """From: Nadia Farouk <nfarouk@tricountyreflab.com>
Sent: Thursday, March 14, 2024 11:20 AM
To: dispatch@bluestemmobile.com
Subject: Hutchins, Mabel - recollect

Hi Dispatch,

The lavender on Hutchins, Mabel from this morning came in clotted so we can't run the CBC w/ diff. Dr. Ferraro's office is hoping to have it today since her counts were low last week and they're deciding about her chemo on Monday. Any chance you can get someone back out there this afternoon? If it's in by 4 we can still run it today.

Thanks,
Nadia Farouk
Client Services Representative
Tri-County Reference Laboratory
570-555-0150 x3

""" + CONF_LAB
    body = """Nadia - Wideline can be back at Mrs. Hutchins' by 2, so it should be to you by 3:30. I'll call the daughter now.

Dana

Dana Whitcomb
Dispatch Supervisor
Bluestem Mobile Phlebotomy & Courier
(570) 555-0102

""" + orig
    emit("phi", "names", "Mabel Hutchins", build(
        "Dana Whitcomb <dwhitcomb@%s>" % CO, "Nadia Farouk <nfarouk@%s>" % LAB,
        "RE: Hutchins, Mabel - recollect", when("2024-03-14 11:31"), body,
        cc="Wideline Toussaint <wtoussaint@%s>" % CO))

    # 3 nickname
    body = """Big Lou refused again at Pine Ridge today. That's 3x this month. Deb (day nurse) says he only trusts the one aide, Marisol, and he's convinced we're "taking too much blood." Lou Marchetti, rm 9 if anyone's looking him up.

Problem is Dr. Abara wants his INR every week since they upped his dose, so the nurse is getting nervous.

Idea: his grandson visits Sat afternoons and Lou behaves for him. Could we try a Saturday 2pm slot with Marisol in the room? I can take it.

Luis"""
    emit("phi", "names", "Lou Marchetti", build(
        "Luis Ortega <lortega@%s>" % CO, "Dana Whitcomb <dwhitcomb@%s>" % CO,
        "pine ridge refusal again", when("2024-03-15 12:47"), body))

    # 4 name only in subject
    body = """Ben can you call the daughter back? She wants to cancel the 2 hr glucose tolerance for her mom, says it's too long for her to sit up and she threw up from the drink last time. I told her we'd check with the doctor's office before cancelling. Daughter's # 570-555-0114, she's off after 4.

M"""
    emit("phi", "names", "Teodora Vasquez", build(
        "Mirlande Joseph <mjoseph@%s>" % CO, "Ben Adair <badair@%s>" % CO,
        "Teodora Vasquez - cancel GTT?", when("2024-03-15 14:09"), body))

    # 5 name only in quoted original
    body = """Done - rebooked for Fri 3/29, tentative pending discharge. Told his wife to call us when he's home.

Mirlande

On Mon, Mar 18, 2024 at 8:47 AM Dana Whitcomb <dwhitcomb@bluestemmobile.com> wrote:
> Pls cancel Arthur Benning's Tuesday INR draw (Rt 9, Milbrook). He's been
> at Fairhaven General since Sunday, wife says it was a GI bleed and they've
> stopped the warfarin for now. She'll call when he's home. Let Cedar Hollow
> know too so they don't think we missed it.
>
> D"""
    emit("phi", "names", "Arthur Benning", build(
        "Mirlande Joseph <mjoseph@%s>" % CO, "Dana Whitcomb <dwhitcomb@%s>" % CO,
        "Re: Tues cancel", when("2024-03-18 09:15", tz=-4), body))

    # 6 first name + street only
    body = """Hi Ben

Just saw Janet again, the one on Cortland Rd (yellow house with the ramp). Reminder she's on dialysis MWF so we can only do Tue/Thu for her, somebody booked her on a Wednesday again and she was at the center when I got there. I went back at 3 and got it.

She asked if we can do her husband Ray too, he has a new order but it's from the VA doctor. Do we take VA orders?

thx
Wideline"""
    emit("phi", "names", "Janet (Cortland Rd)", build(
        "Wideline Toussaint <wtoussaint@%s>" % CO, "Ben Adair <badair@%s>" % CO,
        "Cortland Rd", when("2024-03-13 15:32"), body))

    # 7 incident report with docx
    doc = make_docx([
        "**Bluestem Mobile Phlebotomy & Courier - Incident Report",
        "Report #: IR-2024-019",
        "Date/time of incident: 03/15/2024 approx. 13:10",
        "Location: Tri-County Reference Laboratory, receiving lot",
        "Reported by: Marcus Bell, Courier",
        "**Description",
        "While unloading van 7, cooler #5 slipped off the hand truck and landed on its side. On opening at receiving, "
        "two blood culture bottles and one urine cup were broken. Remaining specimens intact.",
        "**Specimens affected",
        "Raymond Kessler (Golden Acres, rm 3) - blood cultures x2 sets, 1 set broken; collected 11:40 by W. Toussaint",
        "Huong Lam (home draw, 9 Pleasant St) - urine for culture, cup cracked and leaked",
        "**Immediate actions",
        "Spill cleaned per biohazard SOP, kit restocked. Golden Acres charge nurse notified 13:35. Ms. Lam notified 13:50, "
        "recollection scheduled 03/16 08:00. Dr. Abara's office notified re Mr. Kessler; they asked for a fresh set today.",
        "**Root cause / follow up",
        "Hand truck strap missing. Strap replaced on all 4 hand trucks 03/15. Coolers to be carried by hand when stacked more than 2.",
        "Reviewed by: K. Moran 03/15/2024",
    ])
    body = """Jeff,

Incident report attached for this afternoon. Short version: Marcus dropped cooler 5 in the Tri-County lot. We lost one set of Mr. Kessler's blood cultures from Golden Acres and Huong Lam's urine. The facility wants Kessler's set redrawn today since he's been spiking temps, Wideline is on her way. Ms. Lam is rebooked for tomorrow at 8.

Nobody hurt, spill handled properly. The hand truck strap was gone, which is the real problem.

Kelsey

Kelsey Moran
Compliance & Quality Coordinator
(570) 555-0106

""" + CONF
    emit("phi", "names", "Raymond Kessler; Huong Lam", build(
        "Kelsey Moran <kmoran@%s>" % CO, "Jeff Kowalski <jkowalski@%s>" % CO,
        "Incident IR-2024-019 - cooler drop at Tri-County", when("2024-03-15 15:20", tz=-4), body,
        cc="Dana Whitcomb <dwhitcomb@%s>" % CO,
        atts=[("IR-2024-019.docx", doc,
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

    # 8 complaint summary
    body = """Jeff, Olga -

Logging a complaint that came in by phone at 10:20 today.

Caller: Saul Feldman, husband of our patient Miriam Feldman (standing Tuesday draws, Ferncliff Ave).
Issue: large bruise on the inside of her left forearm after Tuesday's draw, "purple from wrist to elbow." He says she's on blood thinners and bruises easily and the phlebotomist didn't hold pressure long enough before leaving. Miriam herself isn't in pain and didn't want to call, he did.
Ask: no money, but they want a different phlebotomist going forward, or for whoever comes to hold pressure for a full 5 min.

Olga, can you write up what you remember from Tuesday? Visit note just says "venipuncture L AC x1, pt tolerated well." I'm not assuming anything, I just need your side for the file.

I told Mr. Feldman we'd call him back by Friday.

Kelsey

""" + CONF
    emit("phi", "names", "Miriam Feldman", build(
        "Kelsey Moran <kmoran@%s>" % CO, ["Jeff Kowalski <jkowalski@%s>" % CO, "Olga Sidorenko <osidorenko@%s>" % CO],
        "complaint - Feldman 3/20", when("2024-03-20 11:02", tz=-4), body))


# =================================================================== PHI: self
def phi_self():
    # 1 lower case phone
    body = """hi this is carol wendt, i need to move my blood draw on thurs 3/21 bc i have my cardiology appt at 10 that day. can someone come friday instead? any time. dob 6/2/54 if u need it

thanks
carol""" + IPHONE
    emit("phi", "self", "Carol Wendt", build(
        "carol w <carolw54@example.net>", "scheduling@%s" % CO,
        "move my thursday appt", when("2024-03-18 06:51", tz=-4), body))

    # 2 formal Medicare bill dispute
    body = """To whom it may concern:

I received a statement from your company dated March 1, 2024 in the amount of $65.00 for a home blood collection on January 23, 2024 (account RMP-0045518).

I am a Medicare beneficiary. My Medicare number is 5TK9-QW3-HM28. I also have a Medigap Plan G policy through Keystone Valley Health Plan. When I arranged the visit, the young lady on the telephone told me that because I am homebound and my physician, Dr. Haddad, so indicated on the order, Medicare would cover the entire visit including the travel.

I would ask that you submit the claim to Medicare and correct my statement. I have enclosed nothing further but can provide copies of my cards if needed.

Sincerely,

Herbert L. Nash
41 Sycamore Ln
Milbrook, PA 17711
(570) 555-0183"""
    emit("phi", "self", "Herbert L. Nash", build(
        "Herbert Nash <hlnash@example.com>", "billing@%s" % CO,
        "Statement dated March 1 - account RMP-0045518", when("2024-03-11 09:33"), body))

    # 3 employee writing about own needlestick / PEP
    body = """Hi Angela,

Question about the workers comp for my needlestick on 3/7 (at a home visit in Milbrook).

I did the baseline blood work at Fairhaven Occupational Health that afternoon and they started me on the PEP pills for 28 days. They make me really nauseous and tired, I've been making it through my routes but barely. The 6-week follow-up blood test is around 4/18.

1. Do I need a new claim number for the follow-up or is it the same one?
2. Is it ok if I ask Dana for shorter routes until I finish the pills (4/4)? I don't want it to look like I'm slacking.

I'd rather this not get passed around, I haven't told everyone.

Thanks,
Renata

Renata Bialek
(570) 555-0127"""
    emit("phi", "self", "Renata Bialek", build(
        "Renata Bialek <renata.bialek@example.com>", "Angela Fosu <afosu@%s>" % CO,
        "question about my WC claim", when("2024-03-14 21:17", tz=-4), body))

    # 4 patient requesting different phleb
    body = """Please do not send the young man from last Monday again. He missed my vein four times and I have bruises up both arms. I told him I have very small veins and that I'm on chemo and he still didn't listen. My port is NOT to be used for blood draws, my oncologist was clear about that, so please make sure whoever comes knows.

My next draw is Monday the 25th. I'd like the woman who came in February, I think it was Olga.

Barbara Kimmel
570-555-0138"""
    emit("phi", "self", "Barbara Kimmel", build(
        "Barbara Kimmel <bkimmel@example.org>", "clientservices@%s" % CO,
        "Complaint and request for different person", when("2024-03-19 14:25", tz=-4), body))

    # 5 short reply to auto confirmation
    orig = """Hello Gerald,

This confirms your home visit.

Service: Home specimen collection (blood draw)
Date: Wednesday, March 20, 2024
Arrival window: 7:00 AM - 9:00 AM
Address: 6 Tamarack Way, Fairhaven, PA 17702
Ordering provider: Dr. Kwame Mensah

Booking reference: BMP-8K2D-4410
Reply to this email or call (570) 555-0100 to change or cancel."""
    body = """Yes that's fine. Also my doctor added a urine test yesterday, can the lady bring a cup? or I can pick one up.

Gerald

On Mar 18, 2024, at 2:06 PM, Bluestem Scheduling <no-reply@bluestemmobile.com> wrote:

""" + quote(orig)
    emit("phi", "self", "Gerald Fitch", build(
        "Gerald Fitch <gerald.fitch@example.org>", "Bluestem Scheduling <no-reply@%s>" % CO,
        "Re: Your home blood draw is confirmed - Wed, Mar 20", when("2024-03-18 19:41", tz=-4), body))

    # 6 patient with PDF requisition
    req = make_pdf([
        "RIVERBEND INTERNAL MEDICINE   -   LABORATORY REQUISITION",
        "2 Market Sq, Fairhaven PA 17702   Ph 570-555-0190   Fax 570-555-0191",
        "",
        "Patient: ALBRIGHT, DWAYNE T          DOB: 01/22/1977      Sex: M",
        "Address: 12 Ferncliff Ave, Fairhaven PA 17702   Ph: 570-555-0146",
        "Insurance: Keystone Valley Health Plan   ID: KVH220917744   Group: 00481",
        "",
        "Ordering provider: Thanh Nguyen, MD",
        "Diagnosis: E10.65  Type 1 diabetes mellitus with hyperglycemia",
        "           E78.5   Hyperlipidemia, unspecified",
        "",
        "Tests:  [X] Hemoglobin A1c   [X] CMP   [X] Lipid panel   [X] Urine microalbumin/creatinine",
        "Fasting: 8 hours.  Home draw OK - patient works days.",
        "",
        "Signature: T. Nguyen MD        Date: 03/15/2024",
    ])
    body = """Good morning,

Attached is the lab order from Dr. Nguyen. Can someone come Monday morning before work? I'm type 1 so I can't fast for very long, if you can be here by 7:15 that would be best.

Address is on the order (12 Ferncliff Ave). Side door, the front steps are being redone.

Thanks,
Dwayne Albright"""
    emit("phi", "self", "Dwayne Albright", build(
        "Dwayne Albright <dt.albright@example.com>", "scheduling@%s" % CO,
        "lab order for home draw", when("2024-03-16 08:12", tz=-4), body,
        atts=[("scan_0316.pdf", req, "application/pdf")]))

    # 7 angry lower case
    body = """its been 9 days since you took my blood and my doctor still has nothing. my thyroid meds need adjusting and i cant get in to see him until they have the results. i called twice and got voicemail both times. what is going on

- dave""" + ANDROID
    emit("phi", "self", "Dave Hollister", build(
        "Dave Hollister <dhollister77@example.net>", "clientservices@%s" % CO,
        "WHERE ARE MY RESULTS", when("2024-03-20 17:58", tz=-4), body))


# =================================================================== PHI: struct
def x12(segs):
    return "~\n".join(segs) + "~\n"


def phi_struct():
    # 1 HL7 ORM in body with cover note
    hl7 = "\n".join([
        "MSH|^~\\&|CHFM_EHR|CEDARHOLLOW|BMP_SCHED|BLUESTEM|20240314091522||ORM^O01|CH240314091522887|P|2.3",
        "PID|1||CH0087713^^^CHFM^MR||FERRANTE^DOMINIC^J||19581212|M|||228 Vine St^^Fairhaven^PA^17702||(570)555-0152|||M",
        "PV1|1|O|||||1457382961^LIN^ALAN^^^MD",
        "IN1|1|KVHP01|KV001|KEYSTONE VALLEY HEALTH PLAN|||||00481|||||||FERRANTE^DOMINIC^J|18|19581212|||||||||||||||||KVH331024856",
        "ORC|NW|CH-ORD-558821||||||||||1457382961^LIN^ALAN^^^MD",
        "OBR|1|CH-ORD-558821||80061^LIPID PANEL^CPT4|||20240318||||||||||1457382961^LIN^ALAN^^^MD",
        "DG1|1||E78.00^Pure hypercholesterolemia, unspecified^I10",
        "NTE|1||Fasting 12 hr. Home draw - pt no longer drives.",
    ])
    body = """Dispatch,

This one came through the Cedar Hollow interface at 9:15 but errored in the scheduler (no visit location in PV1-3, their side left it blank again). Raw message below so you can book it by hand. I've opened a ticket with their EHR vendor.

""" + hl7 + """

Sam

Sam Trinh
IT & Systems
Bluestem Mobile Phlebotomy & Courier
(570) 555-0108"""
    emit("phi", "struct", "Dominic Ferrante", build(
        "Sam Trinh <strinh@%s>" % CO, "dispatch@%s" % CO,
        "ORM from Cedar Hollow errored - book manually", when("2024-03-14 09:41"), body))

    # 2 HL7 ORU as attachment (CR separated), forwarded
    oru = "\r".join([
        "MSH|^~\\&|TCR_LIS|TRICOUNTY|BMP_PORTAL|BLUESTEM|202403141507||ORU^R01|TCR0314150700412|P|2.5.1",
        "PID|1||TCR00288107^^^TCR^MR||VANCE^DELORIS^M||19460213|F|||55 Quarry Rd^^Milbrook^PA^17711||5705550177",
        "ORC|RE|BMP-24-11872|24-074-00198",
        "OBR|1|BMP-24-11872|24-074-00198|80048^BASIC METABOLIC PANEL^CPT4|||202403140815|||||||202403141012||1578203946^HADDAD^SAMIRA^^^MD||||||202403141505|||F",
        "OBX|1|NM|2951-2^Sodium^LN||137|mmol/L|136-145||||F",
        "OBX|2|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F",
        "NTE|1|L|CRITICAL VALUE called to and read back by J. ROSS RN (Dr Haddad office) 03/14/2024 15:04 by TCR/AK",
        "OBX|3|NM|2075-0^Chloride^LN||101|mmol/L|98-107||||F",
        "OBX|4|NM|2028-9^CO2^LN||22|mmol/L|21-31||||F",
        "OBX|5|NM|3094-0^BUN^LN||38|mg/dL|7-25|H|||F",
        "OBX|6|NM|2160-0^Creatinine^LN||2.4|mg/dL|0.6-1.2|H|||F",
        "OBX|7|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F",
        "NTE|2|L|Specimen not hemolyzed.",
    ]) + "\r"
    body = """FYI - the recollect Wideline did yesterday came back and the potassium is critical. Lab already called it to Haddad's office so nothing for us to do, but since the first one was rejected as hemolyzed I wanted you to see this one was clean. Result file attached.

K

---------- Forwarded message ---------
From: Tri-County Results <results-noreply@tricountyreflab.com>
Date: Thu, Mar 14, 2024 at 3:07 PM
Subject: Result available: 24-074-00198 (FINAL)
To: qa@bluestemmobile.com

A final result is available for accession 24-074-00198. The HL7 file is attached.
"""
    emit("phi", "struct", "Deloris Vance", build(
        "Kelsey Moran <kmoran@%s>" % CO, "Wideline Toussaint <wtoussaint@%s>" % CO,
        "Fwd: Result available: 24-074-00198 (FINAL)", when("2024-03-15 08:15"), body,
        cc="Tanya Greer <tgreer@%s>" % CO,
        atts=[("24-074-00198.hl7", oru.encode("ascii"), "application/octet-stream")]))

    # 3 X12 837P attachment, clearinghouse rejection
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*BMP0318A*20240318*1422*CH",
        "NM1*41*2*BLUESTEM MOBILE PHLEBOTOMY*****46*BMP40771",
        "PER*IC*PRIYA RAMAN*TE*5705550104",
        "NM1*40*2*CLEARPATH CLAIMS*****46*CLRPTH",
        "HL*1**20*1",
        "NM1*85*2*BLUESTEM MOBILE PHLEBOTOMY*****XX*1093847561",
        "N3*1180 COMMERCE PARK DR STE 4",
        "N4*FAIRHAVEN*PA*177020000",
        "REF*EI*251234567",
        "HL*2*1*22*0",
        "SBR*P*18*00481******CI",
        "NM1*IL*1*LEBLANC*YVETTE*R***MI*KVH554102938",
        "N3*19 SPRUCE HOLLOW RD",
        "N4*MILBROOK*PA*177110000",
        "DMG*D8*19510704*F",
        "NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP01",
        "CLM*RMP0042731*52***12:B:1*Y*A*Y*Y",
        "HI*ABK:N184*ABF:D631",
        "NM1*DK*1*HADDAD*SAMIRA****XX*1578203946",
        "LX*1",
        "SV1*HC:36415*35*UN*1***1:2",
        "DTP*472*D8*20231211",
        "LX*2",
        "SV1*HC:36416*17*UN*1***1",
        "DTP*472*D8*20231211",
    ]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    edi = x12(["ISA*00*          *00*          *ZZ*BLUESTEM01     *ZZ*CLRPTH         *240318*1422*^*00501*000001203*0*P*:",
               "GS*HC*BLUESTEM01*CLRPTH*20240318*1422*1203*X*005010X222A1"] + segs + ["GE*1*1203", "IEA*1*000001203"])
    body = """Hi ClearPath support,

Batch BMP0318A (ICN 000001203) was rejected this afternoon with 999 IK3*NM1*13*2010AA*8 and then a 277CA A7:562 on the one claim. I've attached the 837 exactly as we sent it. As far as I can tell the billing NPI is right. Is it the referring provider qualifier (DK vs DN) in 2310A?

This is a resubmission of a December claim so I'm close to timely filing. A quick look would be appreciated.

Priya Raman
Billing Manager
Bluestem Mobile Phlebotomy & Courier
Submitter ID BMP40771
P (570) 555-0104

""" + CONF
    emit("phi", "struct", "Yvette LeBlanc", build(
        "Priya Raman <praman@%s>" % CO, "support@clearpathclaims.com",
        "Batch BMP0318A rejected - 2010AA / A7:562", when("2024-03-18 15:05", tz=-4), body,
        atts=[("BMP0318A_837P.txt", edi, "text/plain")]))

    # 4 X12 271 pasted in body
    e271 = x12([
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*ELG20240315A*20240315*1102",
        "HL*1**20*1",
        "NM1*PR*2*KEYSTONE VALLEY COMMUNITY PLAN*****PI*KVCP02",
        "HL*2*1*21*1",
        "NM1*1P*2*BLUESTEM MOBILE PHLEBOTOMY*****XX*1093847561",
        "HL*3*2*22*0",
        "TRN*2*93175-012547*9877281234",
        "NM1*IL*1*MOUSSA*IBRAHIM****MI*7700214583",
        "N3*14 RAILROAD ST APT 2",
        "N4*FAIRHAVEN*PA*17702",
        "DMG*D8*19620130*M",
        "DTP*346*D8*20230701",
        "EB*1*IND*30**MEDICAID MCO",
        "EB*1*IND*5^47^BL",
        "MSG*HOME COLLECTION - NO AUTH REQUIRED FOR 36415",
        "EB*CB*IND*BL***********HC:P9604",
        "MSG*TRAVEL REQUIRES HOMEBOUND ATTESTATION ON ORDER",
        "SE*19*0001",
    ])
    body = """Priya - is this saying he's covered for the home draw or not? The portal just shows it raw like this for the Medicaid plans.

""" + e271 + """
Ben"""
    orig_reply = """Yes, active (EB*1), no auth for the venipuncture. The EB*CB line is the catch, the travel code needs the homebound box on the order. See my other email.

P

"""
    emit("phi", "struct", "Ibrahim Moussa", build(
        "Priya Raman <praman@%s>" % CO, "Ben Adair <badair@%s>" % CO,
        "RE: 271 - what does this mean", when("2024-03-15 11:18"),
        orig_reply + "-----Original Message-----\nFrom: Ben Adair\nSent: Friday, March 15, 2024 11:04 AM\nTo: Priya Raman\nSubject: 271 - what does this mean\n\n" + body))

    # 5 FHIR bundle attachment from partner
    bundle = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "timestamp": "2024-03-19T07:58:12-04:00",
  "entry": [
    {
      "fullUrl": "urn:uuid:6f1c2f0a-9a41-4b8e-9d8e-1a0b7c55e310",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "https://riverbendim.org/mrn", "value": "RIM-0044291"}
        ],
        "name": [{"family": "Quiñones", "given": ["Maribel"]}],
        "telecom": [{"system": "phone", "value": "570-555-0168", "use": "mobile"}],
        "gender": "female",
        "birthDate": "1966-10-26",
        "address": [{"line": ["301 Wicker Ln"], "city": "Fairhaven", "state": "PA", "postalCode": "17702"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "fullUrl": "urn:uuid:c9d3e1b2-22f7-4a08-8d7e-0be3a1f4d902",
      "resource": {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "code": {"coding": [{"system": "http://loinc.org", "code": "3016-3", "display": "TSH"}]},
        "subject": {"reference": "urn:uuid:6f1c2f0a-9a41-4b8e-9d8e-1a0b7c55e310"},
        "occurrenceDateTime": "2024-03-21",
        "requester": {"display": "Thanh Nguyen, MD"},
        "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E03.9", "display": "Hypothyroidism, unspecified"}]}],
        "note": [{"text": "Home collection. Patient recovering from knee replacement, uses walker."}]
      },
      "request": {"method": "POST", "url": "ServiceRequest"}
    }
  ]
}
"""
    body = """Hi Sam,

Here's the bundle from this morning that bounced off your endpoint with a 400 ("performer is required"). Our side doesn't populate performer for home-collection orders since we don't know who you'll send. Can you relax that rule, or tell us what to put there (Organization ref to Bluestem?)

Attaching exactly what we POSTed. I'll resend it once you confirm.

Thanks,
Noor

Noor Haddadin
Integration Engineer, Riverbend Internal Medicine
noor.h@riverbendim.org"""
    emit("phi", "struct", "Maribel Quiñones", build(
        "Noor Haddadin <noor.h@riverbendim.org>", "Sam Trinh <strinh@%s>" % CO,
        "FHIR order rejected - performer required", when("2024-03-19 09:26", tz=-4), body,
        atts=[("bundle_20240319_0758.json", bundle, "application/json")]))

    # 6 pipe-delimited LIS extract
    ext = """ACC|MRN|LAST|FIRST|DOB|COLL_DT|SITE|TESTS|COLLECTOR|BILL_TO
24-078-00041|TCR00391552|KOWALCZYK|IRENE|19390611|202403180745|HOME|CBC|LO|MCR
24-078-00042|TCR00502233|KORNIENKO|ZINAIDA|19360214|202403180820|HOME|CBC;FERR|OS|MCR
24-078-00057|TCR00611870|HALLORAN|FRANK|19410923|202403180910|HOME|PT/INR|TG|KVHP
24-078-00058|TCR00611871|HALLORAN|EILEEN|19440105|202403180910|HOME|CBC;CMP|TG|KVHP
24-078-00063|TCR00199420|REYES|ALFONSO|19570318|202403181005|HOME|GLU|LO|SELF
24-078-00070|TCR00702114|BRANDT|HAROLD|19330802|202403180640|SNF-MC|CBC;BMP|WT|FAC
24-078-00071|TCR00702390|OSEI|ABENA|19490404|202403180548|SNF-MC|VANCT|WT|FAC
"""
    body = """Priya,

Monday's collection extract for billing reconciliation, pipe delimited as usual (7 rows). BILL_TO FAC = bill the facility under G0471, don't send to the payer.

Extract run 03/19/2024 06:00 by LIS job BMP_DAILY_COLL.

""" + ext + """
-- Tri-County LIS Reporting
Questions: lisreports@tricountyreflab.com

""" + CONF_LAB
    emit("phi", "struct", "Irene Kowalczyk; Zinaida Kornienko; Frank Halloran; Eileen Halloran; Alfonso Reyes; Harold Brandt; Abena Osei", build(
        "Tri-County LIS Reports <lisreports@%s>" % LAB, "Priya Raman <praman@%s>" % CO,
        "BMP daily collection extract 03/18/2024", when("2024-03-19 06:02", tz=-4), body,
        headers=[("Auto-Submitted", "auto-generated")]))

    # 7 JSON from booking app webhook
    payload = """{
  "event": "booking.created",
  "booking_id": "bk_7Hq2Lm91Xa",
  "created_at": "2024-03-20T22:14:55Z",
  "source": "patient_web",
  "patient": {
    "first_name": "Anselm",
    "last_name": "Whitaker",
    "dob": "1952-08-30",
    "phone": "+15705550121",
    "email": "anselm.whitaker@example.com",
    "address": {"line1": "7 Kettle Creek Rd", "city": "Clearfield Twp", "state": "PA", "zip": "17710"}
  },
  "caregiver": {"name": "Lena Whitaker", "relationship": "spouse", "phone": "+15705550122"},
  "service": {"type": "home_draw", "fasting": true, "tests_text": "PSA, CMP - from urology",
              "ordering_provider": "Dr. P. Osterhout"},
  "insurance": {"payer": "Medicare", "member_id": "2RN6-JC4-TX09", "secondary": "none"},
  "requested_window": {"date": "2024-03-25", "start": "07:00", "end": "09:00"},
  "notes": "Uses oxygen, please knock loudly - bedroom is in back"
}"""
    body = """A new booking was created in DrawDesk.

Booking: bk_7Hq2Lm91Xa
Status: PENDING REVIEW (order not yet on file)

Raw event payload:

""" + payload + """

You are receiving this because webhook email copies are enabled for Bluestem Mobile (account 2231).
Manage notifications: https://app.drawdesk-app.com/settings/notifications"""
    emit("phi", "struct", "Anselm Whitaker", build(
        "DrawDesk Notifications <notify@drawdesk-app.com>", "scheduling@%s" % CO,
        "[DrawDesk] booking.created bk_7Hq2Lm91Xa", when("2024-03-20 22:15", tz=0), body,
        headers=[("Auto-Submitted", "auto-generated"), ("X-DrawDesk-Event", "booking.created")]))


# =================================================================== CLEAN: admin
def clean_admin():
    # 1 supply count
    body = """Jeff,

Friday order count from the Milbrook hub + Fairhaven supply room:

Lavender 4 mL K2EDTA ........ 2 cases left (need 4)
SST 5 mL gold ............... OK, 6 cases
Lt blue 2.7 mL citrate ...... 3 cases, but lot expiring 04/30 so we use those first
Gray 4 mL NaF/KOx ........... 1 case (need 2)
Butterflies 23G w/ holder ... BACKORDERED per Clinisource, ETA 4/2
Butterflies 21G ............. 5 boxes, ok to sub for now
Urine cups sterile .......... fine
Tourniquets latex-free ...... low, 2 bags
Gel ice packs ............... need 20 more, the old ones are cracking
Biohazard bags w/ pouch ..... 1 case

Also, 3 of the Category B shipper boxes were crushed in the last delivery, I set them aside for the return.

Everyone's been told to use 21G until the 23s come in, and to save the 23s in stock for the hard sticks.

Tanya

Tanya Greer, CPT
Lead Mobile Phlebotomist"""
    emit("clean", "admin", "", build(
        "Tanya Greer <tgreer@%s>" % CO, "Jeff Kowalski <jkowalski@%s>" % CO,
        "supply count for Fri order", when("2024-03-13 17:22"), body,
        cc="supplies@%s" % CO))

    # 2 IT rollout
    body = """All field staff,

DrawDesk 6.4 is out for the tablets. Please install it by end of day Friday 3/22. After that the old version will stop syncing.

What changes:
- Tube scan now requires a second scan on the label printer confirmation (fewer mislabels, we hope)
- Offline mode holds up to 40 visits instead of 15
- Route map shows road closures from PennDOT

How to update: Settings > About > Check for updates. Stay on wifi, it's ~300 MB. If it hangs on "optimizing" just leave it, it takes ~10 min.

Also a reminder: our fax number for requisitions moves to the new eFax system Monday 3/25. The number stays the same (570-555-0109), but faxes will land in the DrawDesk inbox instead of the Brother in the office. Dispatch has been trained.

And please don't text pictures of requisitions to each other. Use the app's attach feature.

Sam Trinh
IT & Systems | x108
""" + "\n" + CONF
    emit("clean", "admin", "", build(
        "Sam Trinh <strinh@%s>" % CO, "field-staff@%s" % CO,
        "DrawDesk 6.4 update - install by Fri", when("2024-03-18 07:30", tz=-4), body, html=True))

    # 3 billing policy / payer terms
    body = """Team,

Some fee and payer changes effective April 1, 2024. Client services, please use these when quoting:

SELF-PAY
- Home collection visit (includes venipuncture): $65.00
- Each additional patient at the same address: $20.00
- Saturday visits: +$15.00
- Late cancellation (<24h) / no-access trip: $25.00

KEYSTONE VALLEY (commercial & MA)
- 36415 venipuncture: contract rate unchanged
- P9603 travel, per mile: $1.035/mile, one-way from the previous stop, max 40 mi
- P9604 flat trip fee: $10.85, only billable for Medicaid (KVCP) product
- Homebound attestation must be on the order itself (checkbox or written). A separate letter is no longer accepted.

MEDICARE PART B
- No change. Travel billed per the CMS rules, prorated when multiple patients are seen on one trip.

SNF / facility draws for Part A residents go to the facility under our facility agreements (G0471 stays with them). Do NOT send those to Medicare.

Updated fee sheet is on the shared drive under Billing > 2024.

Priya

Priya Raman
Billing Manager
Bluestem Mobile Phlebotomy & Courier
P (570) 555-0104 | F (570) 555-0109

""" + CONF
    emit("clean", "admin", "", build(
        "Priya Raman <praman@%s>" % CO, ["clientservices@%s" % CO, "dispatch@%s" % CO],
        "Fee schedule + payer changes eff 4/1", when("2024-03-20 10:05", tz=-4), body))

    # 4 facilities / fleet
    body = """Quick facilities/fleet notes for next week:

- Van 7: brakes + oil at Fairhaven Ford Tue 3/26, 8am. Marcus will use Van 3.
- Van 12: inverter for the cooler plug is dead again. Luis, use the battery cooler until the part comes.
- Milbrook hub centrifuge (Unico C8, the older one) annual calibration Fri 3/22 10-11am. Spin before 10 or after 11.
- Hub specimen fridge alarm went off Sat night at 2:14am. Temp read 9.2C for about 40 min, then recovered. It was empty (weekend). Facilities replaced the door gasket Monday. Log it anyway.
- Fairhaven office: parking lot restriping Thursday after 5, park on Commerce Park Dr.

Thanks,
Jeff

Jeff Kowalski
Director of Operations
(570) 555-0101"""
    emit("clean", "admin", "", build(
        "Jeff Kowalski <jkowalski@%s>" % CO, "staff-all@%s" % CO,
        "Fleet / facilities wk of 3/25", when("2024-03-21 16:40", tz=-4), body))

    # 5 meeting agenda + ics
    body = """Hi all,

Monthly ops meeting is Tuesday 3/26, 2:00-3:00 in the Fairhaven conference room (Teams link in the invite for the hub folks).

Agenda
1. February numbers: volume, rejection rate, hemolysis, turnaround (Kelsey)
2. DrawDesk 6.4 rollout. Any problems? (Sam)
3. Storm day recap: what worked, what didn't (Dana)
4. Westfield County expansion: routes, hiring, Saturday coverage (Jeff)
5. Payer changes 4/1 (Priya)
6. Open floor

Please send me anything else by Monday noon.

Angela

Angela Fosu
HR & Office Manager
Bluestem Mobile Phlebotomy & Courier
(570) 555-0105"""
    cal = ics("opsmtg-20240326@bluestemmobile.com", "20240326T180000Z", "20240326T190000Z",
              "Monthly Ops Meeting", "Fairhaven conference room / Teams",
              "Agenda in email. Volume, rejections, DrawDesk 6.4, storm recap, Westfield expansion, payer changes.",
              "afosu@" + CO)
    emit("clean", "admin", "", build(
        "Angela Fosu <afosu@%s>" % CO, "ops-leads@%s" % CO,
        "Monthly ops meeting - Tue 3/26 2pm - agenda", when("2024-03-19 12:10", tz=-4), body,
        atts=[("invite.ics", cal, "text/calendar")]))

    # 6 lab receiving hours change
    body = """Dear Courier Partners,

Effective Monday, April 1, 2024, Tri-County Reference Laboratory will make the following changes to specimen receiving at our main facility (400 Laurel Pkwy, Fairhaven):

- Weekday receiving: 6:00 AM - 10:00 PM (no change)
- Saturday receiving: 7:00 AM - 1:00 PM (was 7:00 AM - 4:00 PM)
- Sunday: closed. Use the after-hours drop lockbox at Dock B (code changes monthly; your account manager will send it)

Reminders for all courier drops:
- Refrigerated specimens must arrive at 2-8C with a temperature record from pickup
- Ambient specimens 15-25C. Do not place on ice packs directly
- Each cooler needs a completed manifest. Specimens without a manifest will be held at receiving
- Glucose in non-gray tubes must arrive within 2 hours of collection

The Westgate Patient Service Center will stop accepting courier drops after 10:00 AM starting the same date.

Questions? Contact Client Services at 570-555-0150, option 3.

Greg Hollis
Specimen Processing Supervisor
Tri-County Reference Laboratory

""" + CONF_LAB
    emit("clean", "admin", "", build(
        "Greg Hollis <ghollis@%s>" % LAB, "courier-partners@%s" % LAB,
        "Receiving hours change effective 4/1/2024", when("2024-03-15 10:00"), body, html=True,
        headers=[("Precedence", "bulk")]))

    # 7 regulated medical waste pickup
    body = """Hi Angela,

Confirming the schedule change for regulated medical waste service at both of your locations:

Fairhaven (1180 Commerce Park Dr): every Wednesday between 9 and 11 AM, starting 3/27
Milbrook hub (22 Depot St): 1st and 3rd Wednesday, 12-2 PM

Please have sharps containers closed and locked (3 gal and 8 gal) and red bags boxed in the 17-gal corrugated boxes, taped and labeled. Someone will need to sign the manifest each time. We can't leave unsigned.

Your account: EMW-20417. New pricing per box is on the attached quote from January, no change.

Thank you,
Rosalind Pugh
Customer Service
EnviroMed Waste Services
800-555-0166"""
    emit("clean", "admin", "", build(
        "Rosalind Pugh <rpugh@enviromedwaste.com>", "Angela Fosu <afosu@%s>" % CO,
        "Service schedule change - acct EMW-20417", when("2024-03-21 13:12", tz=-4), body))


# =================================================================== CLEAN: lookalike
def clean_lookalike():
    # 1 supply invoice with PDF
    lines = [
        "CLINISOURCE SUPPLY CO.                         INVOICE",
        "4410 Distribution Way, Harrisburg PA 17111     Invoice #: INV-2024-118734",
        "Remit: PO Box 7781, Harrisburg PA 17106        Invoice date: 03/15/2024",
        "                                               Customer #: 0040771",
        "Bill to: Bluestem Mobile Phlebotomy & Courier  PO #: BMP-PO-24-0312",
        "1180 Commerce Park Dr Ste 4, Fairhaven PA      Terms: Net 30   Due: 04/14/2024",
        "",
        "Item #     Description                              Lot        Exp        Qty  Unit    Ext",
        "CS-36742   Tube 4mL K2EDTA lavender 13x75 (100)     4021877    2025-01-31   4  41.20  164.80",
        "CS-36781   Tube 5mL SST gold 13x100 (100)           4019932    2024-12-31   2  46.75   93.50",
        "CS-36810   Tube 4mL NaF/KOx gray 13x75 (100)        3098814    2024-09-30   1  44.10   44.10",
        "CS-41022   Safety butterfly 21G 0.75in w/holder(50) 2311450    2026-11-30   5  38.90  194.50",
        "CS-50019   Tourniquet latex-free 1x18 (25)          n/a        n/a          2   6.25   12.50",
        "CS-77210   UN3373 Cat B shipper, ambient (10)       n/a        n/a          1  58.00   58.00",
        "",
        "                                                               Subtotal          567.40",
        "                                                               Freight            18.95",
        "                                                               Total due        $586.35",
        "",
        "Backordered: CS-41019 Safety butterfly 23G (50) x6   ETA 04/02/2024",
    ]
    body = """Please find attached invoice INV-2024-118734 for PO BMP-PO-24-0312.

Amount due: $586.35
Due date: 04/14/2024

Pay online at pay.clinisourcesupply.com with customer # 0040771, or remit by check to PO Box 7781, Harrisburg PA 17106.

Thank you for your business.
Clinisource Supply Co. - Accounts Receivable
ar@clinisourcesupply.com | 717-555-0140"""
    emit("clean", "lookalike", "", build(
        "Clinisource AR <ar@clinisourcesupply.com>", "ap@%s" % CO,
        "Invoice INV-2024-118734 / PO BMP-PO-24-0312", when("2024-03-15 05:02"), body,
        atts=[("INV-2024-118734.pdf", make_pdf(lines), "application/pdf")],
        headers=[("Auto-Submitted", "auto-generated")]))

    # 2 shipping tracking
    body = """ParcelRun Shipment Notification

Your package is on its way.

Tracking number:   PR 7734 0219 5581 0046
Reference 1:       BMP-PO-24-0312
Reference 2:       CS-77210 / CS-36742
Service:           Ground
Weight:            18.4 lb (2 pieces)
Ship date:         Fri 03/15/2024
Scheduled delivery: Tue 03/19/2024 by end of day

Ship to:
BLUESTEM MOBILE PHLEBOTOMY
1180 COMMERCE PARK DR STE 4
FAIRHAVEN PA 17702-0000

Shipper: CLINISOURCE SUPPLY CO, HARRISBURG PA

Track: https://track.parcelrun.com/?n=PR7734021955810046

Do not reply to this email. ParcelRun Customer Care 1-800-555-0177."""
    emit("clean", "lookalike", "", build(
        "ParcelRun <tracking@parcelrun.com>", "ap@%s" % CO,
        "Shipment PR 7734 0219 5581 0046 - scheduled delivery 03/19", when("2024-03-15 18:44"), body,
        headers=[("Auto-Submitted", "auto-generated")]))

    # 3 provider directory with NPIs and faxes
    body = """Dispatch / client services,

Updated ordering provider list for requisition checks. Please replace the old sheet taped by the fax machine. Verify the NPI on every req before we schedule. If it's not on this list, call the office.

Practice                      Provider               NPI          Phone          Req fax
Cedar Hollow Family Medicine  Alan Lin, MD           1457382961   570-555-0172   570-555-0173
Cedar Hollow Family Medicine  Priscilla Moy, CRNP    1326094875   570-555-0172   570-555-0173
Haddad Internal Medicine      Samira Haddad, MD      1578203946   570-555-0184   570-555-0185
Riverbend Internal Medicine   Thanh Nguyen, MD       1669215037   570-555-0190   570-555-0191
Mensah Family Practice        Kwame Mensah, DO       1780436192   570-555-0194   570-555-0195
Fairhaven Hematology-Onc      Louisa Ferraro, MD     1891527304   570-555-0196   570-555-0197
Valley Urology Assoc.         Peter Osterhout, MD    1902638415   570-555-0198   570-555-0199

Our own billing NPI is 1093847561 (Bluestem Mobile), CLIA waiver 39D2117745 for the hub.

Ben Adair
Client Services"""
    emit("clean", "lookalike", "", build(
        "Ben Adair <badair@%s>" % CO, ["dispatch@%s" % CO, "clientservices@%s" % CO],
        "Updated provider / NPI / fax list", when("2024-03-12 15:15"), body))

    # 4 CPT / ICD cheat sheet
    body = """Billing cheat sheet for the intake desk. These are the codes we see most on home draw requisitions. If a req has no diagnosis code, don't guess. Call the office.

COLLECTION / SERVICE CODES
36415  Routine venipuncture
36416  Capillary (fingerstick)
G0471  Specimen collection by lab staff, SNF/HHA patient
P9603  Travel allowance, per mile
P9604  Travel allowance, flat rate per trip
99211  (not ours - if you see it on a req, flag it)

COMMON DIAGNOSIS CODES ON OUR ORDERS
Z79.01  Long term (current) use of anticoagulants
E11.9   Type 2 diabetes mellitus without complications
E78.5   Hyperlipidemia, unspecified
E03.9   Hypothyroidism, unspecified
N18.3x  Chronic kidney disease, stage 3
D64.9   Anemia, unspecified
Z00.00  General adult exam without abnormal findings (most plans won't pay for a home draw on this alone)

ADVANCE BENEFICIARY NOTICE
Medicare patients: if the dx code isn't covered for the test under the NCD, an ABN must be signed BEFORE the draw. Blank ABNs are in every kit.

Priya"""
    emit("clean", "lookalike", "", build(
        "Priya Raman <praman@%s>" % CO, "intake@%s" % CO,
        "code cheat sheet v3", when("2024-03-14 08:30"), body))

    # 5 monthly aggregate stats
    body = """February 2024 quality & volume summary

Total collections ............ 1,482  (Jan: 1,391, +6.5%)
  Home draws ................. 1,036
  Facility (SNF/AL) draws .... 371
  Employer/DOT collections ... 75
Courier pickups (stops) ...... 2,214
Specimens transported ........ 6,930

Rejections ................... 28  (1.9%; target < 2.0%)
  Hemolyzed .................. 11
  Clotted .................... 6
  QNS / underfill ............ 5
  Labeling ................... 4
  Stability / time ........... 2

Median collection-to-lab time  2h 11m (target < 3h)
90th percentile .............. 3h 48m
On-time arrival (window) ..... 94.2%
Patient survey (n=212) ....... 4.7 / 5

By county: Fair 612 | Milbrook 401 | Hollins 188 | Clearfield 210 | Westfield (pilot) 71

Full dashboard: shared drive > Quality > 2024 > 02.

Kelsey Moran
Compliance & Quality Coordinator

""" + CONF
    emit("clean", "lookalike", "", build(
        "Kelsey Moran <kmoran@%s>" % CO, "ops-leads@%s" % CO,
        "Feb 2024 numbers", when("2024-03-08 11:20"), body, html=True))

    # 6 IT ticket
    body = """Ticket INC0048821 has been updated.

Status:        Resolved
Priority:      P3 - Normal
Category:      Hardware > Tablet
Requester:     Luis Ortega
Assigned to:   Sam Trinh

Asset tag:     BMP-TAB-0117
Model:         Galaxy Tab Active3 (SM-T577U)
Serial:        R52T30XKQ8M
IMEI:          352719114086273
Label printer: Zebra ZQ220, S/N XXZKJ223104556

Resolution notes:
Bluetooth pairing to label printer dropped after the 6.4 update. Forgot device, re-paired, printed 3 test labels OK. Replaced the printer battery (old one at 61% health). Loaner BMP-TAB-0122 returned.

Opened: 03/19/2024 07:12   Resolved: 03/19/2024 11:46   Time to resolve: 4h 34m

Reply to this email to reopen within 7 days.
-- Bluestem IT Service Desk"""
    emit("clean", "lookalike", "", build(
        "Bluestem IT Service Desk <itdesk@%s>" % CO, "Luis Ortega <lortega@%s>" % CO,
        "[INC0048821] Resolved: label printer not pairing", when("2024-03-19 11:47", tz=-4), body,
        headers=[("Auto-Submitted", "auto-generated")]))

    # 7 cooler logger calibration + excursion csv
    temps = [["Logger S/N", "Van", "Date", "Min C", "Max C", "Mean C", "Minutes out of range", "Cal due"],
             ["TL-88140217", "3", "2024-03-11", "3.1", "7.4", "5.0", "0", "2024-09-30"],
             ["TL-88140218", "7", "2024-03-11", "2.8", "8.6", "5.4", "12", "2024-09-30"],
             ["TL-88140221", "12", "2024-03-11", "14.9", "23.8", "19.2", "0", "2024-06-15"],
             ["TL-88140217", "3", "2024-03-12", "3.3", "6.9", "4.8", "0", "2024-09-30"],
             ["TL-88140218", "7", "2024-03-12", "3.0", "7.7", "5.1", "0", "2024-09-30"],
             ["TL-88140221", "12", "2024-03-12", "15.6", "26.1", "20.4", "18", "2024-06-15"]]
    body = """Hi Kelsey,

Calibration certificates for your 6 data loggers are done (cert nos. CC-24-03311 through CC-24-03316, NIST-traceable, reference probe S/N RP-4471-09). All passed within +/-0.3C at 2, 8 and 25C. The PDFs will come from our portal separately.

I also ran the two-day download you asked about. Van 7 fridge cooler had a 12-minute high on 3/11 (peak 8.6C) and van 12 ambient cooler went over 25C for 18 min on 3/12, probably sitting in the sun. Summary attached as CSV.

Regards,
Victor Amsel
Calibration Technician, TraceTemp Metrology
717-555-0112"""
    emit("clean", "lookalike", "", build(
        "Victor Amsel <vamsel@tracetempmetro.com>", "Kelsey Moran <kmoran@%s>" % CO,
        "Logger calibration + 3/11-3/12 download", when("2024-03-13 14:50"), body,
        atts=[("logger_summary_0311-0312.csv", csv_text(temps), "text/csv")]))


# =================================================================== CLEAN: news
def clean_news():
    # 1 company newsletter with inline logo
    text = """THE DRAWING BOARD - Bluestem's monthly newsletter - March 2024

WESTFIELD COUNTY GOES LIVE APRIL 1
After a three-month pilot (71 visits in February alone), we're making Westfield County a full service area. Two new routes, a Saturday rotation, and a courier loop to the Westfield Medical Arts building. Thanks to everyone who drove the long way during the pilot.

WELCOME ABOARD
Please welcome Deshawn Pryor (courier, Fairhaven) and Ilse Vogt, CPT (mobile phlebotomist, Milbrook hub). Say hi when you see them at the hub.

HEMOLYSIS: WE'RE WINNING
February's hemolysis rejections fell to 11 (from 19 in December). The big change was letting the alcohol dry and inverting tubes gently instead of shaking. Keep it up.

TIP OF THE MONTH - COLD HANDS, HARD STICKS
A warm pack on the arm for 3-5 minutes before you look for a vein makes a real difference this time of year. There are 40 new warm packs in the supply room.

DATES
- Mar 26: Monthly ops meeting
- Mar 29: Payroll cutoff for mileage
- Apr 12: CPR recertification class, Fairhaven conference room

Questions or ideas for next month? Reply to this email."""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px">
<img src="cid:logo01@bluestemmobile.com" alt="Bluestem Mobile" width="180" height="48">
<h1 style="color:#228b96">The Drawing Board</h1><p><i>Bluestem's monthly newsletter &middot; March 2024</i></p>
<h2>Westfield County goes live April 1</h2>
<p>After a three-month pilot (71 visits in February alone), we're making Westfield County a full service area. Two new routes, a Saturday rotation, and a courier loop to the Westfield Medical Arts building. Thanks to everyone who drove the long way during the pilot.</p>
<h2>Welcome aboard</h2>
<p>Please welcome <b>Deshawn Pryor</b> (courier, Fairhaven) and <b>Ilse Vogt, CPT</b> (mobile phlebotomist, Milbrook hub).</p>
<h2>Hemolysis: we're winning</h2>
<p>February's hemolysis rejections fell to 11 (from 19 in December). The big change was letting the alcohol dry and inverting tubes gently instead of shaking.</p>
<h2>Tip of the month: cold hands, hard sticks</h2>
<p>A warm pack on the arm for 3&ndash;5 minutes before you look for a vein makes a real difference this time of year.</p>
<h2>Dates</h2><ul><li>Mar 26: Monthly ops meeting</li><li>Mar 29: Payroll cutoff for mileage</li><li>Apr 12: CPR recertification class</li></ul>
</body></html>"""
    m = build("Bluestem Communications <news@%s>" % CO, "staff-all@%s" % CO,
              "The Drawing Board - March 2024", when("2024-03-08 07:00"), text, html=html,
              headers=[("Precedence", "bulk")])
    hp = m.get_body(("html",))
    hp.add_related(png_logo(), maintype="image", subtype="png", cid="<logo01@bluestemmobile.com>", filename="logo.png")
    emit("clean", "news", "", m)

    # 2 county public-health bulletin
    body = """FAIRMONT COUNTY DEPARTMENT OF HEALTH
LABORATORY & CLINICAL PARTNER BULLETIN 2024-07
Issued: March 14, 2024

PERTUSSIS ACTIVITY INCREASING

Summary: Fairmont County has recorded 23 laboratory-confirmed pertussis cases since January 1, 2024, compared with 6 in the same period of 2023. Most cases are among school-aged children and adolescents; 4 cases were in infants under 6 months of age.

Guidance for specimen collectors:
- Preferred specimen: nasopharyngeal swab (flocked, Dacron or nylon) for PCR. Calcium alginate swabs are not acceptable.
- Throat swabs and anterior nasal swabs are NOT adequate for pertussis PCR.
- Transport dry swab or in the transport medium specified by your reference laboratory at room temperature; deliver within 24 hours.
- Collectors should wear a surgical mask when collecting NP specimens from patients with cough.

Reporting: Pertussis is reportable within 24 hours. Laboratories report electronically; clinicians report via the state portal or by calling 570-555-0135.

Additional resources are posted on the Department's website.

This bulletin is distributed to registered laboratory, clinical and transport partners. To update your subscription, reply with UNSUBSCRIBE."""
    emit("clean", "news", "", build(
        "Fairmont County Health Dept <bulletins@fairmontcountyhealth.org>", "partners-list@fairmontcountyhealth.org",
        "Partner Bulletin 2024-07: Pertussis activity increasing", when("2024-03-14 16:00"), body,
        headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:bulletins@fairmontcountyhealth.org?subject=UNSUBSCRIBE>")]))

    # 3 association newsletter
    body = """NAMPC Member Update - Spring 2024
National Association of Mobile Phlebotomy & Courier Services

IN THIS ISSUE
1. 2023 Member Survey results
2. Travel allowance rates for 2024
3. Webinar: Chain of custody for home collections
4. Member spotlight

1. 2023 MEMBER SURVEY
312 member companies responded (41% response rate). Highlights:
- Median home draws per phlebotomist per day: 9 (urban 11, rural 7)
- 68% of members now offer weekend appointments, up from 52% in 2021
- Most-cited challenge: staffing (74%), then reimbursement for travel (61%)
- Median specimen rejection rate reported: 2.3%

2. TRAVEL ALLOWANCE 2024
The per-mile travel allowance under the Medicare clinical laboratory fee schedule was updated in January. Members should verify their local contractor's published rates and prorating rules. Our billing committee's summary is in the Members area.

3. WEBINAR - APRIL 17, 1:00 PM ET
"Chain of custody outside the collection site: what changes when you collect in a home or workplace." Free for members, CE credit available.

4. MEMBER SPOTLIGHT
This quarter we feature a three-van service in rural Montana that covers 11,000 square miles with a scheduled relay system between two hubs.

You're receiving this as the primary contact for a member company.
NAMPC | 1400 K St NW Suite 300 | Washington DC 20005 | nampc-assoc.org"""
    emit("clean", "news", "", build(
        "NAMPC <members@nampc-assoc.org>", "Jeff Kowalski <jkowalski@%s>" % CO,
        "NAMPC Member Update - Spring 2024", when("2024-03-12 10:30"), body, html=True,
        headers=[("Precedence", "bulk")]))

    # 4 marketing to clinics
    text = """Now serving Westfield County - including Saturdays

Dear practice manager,

Starting April 1, Bluestem Mobile Phlebotomy & Courier is extending home and facility draws to all of Westfield County, with Saturday morning appointments available.

What your patients get:
- A certified phlebotomist at their door, usually within 2 business days of the order
- Text reminders and a 2-hour arrival window
- Results routed to your EHR through your usual reference lab

What your office gets:
- One fax number or interface for orders
- Scheduled courier pickups for your in-office specimens, twice daily
- A named client services rep

To set up an account or a lunch-and-learn for your staff, call (570) 555-0100 opt 2 or reply to this email.

Ben Adair
Client Services
Bluestem Mobile Phlebotomy & Courier
1180 Commerce Park Dr, Suite 4, Fairhaven PA 17702

If you'd rather not hear from us, reply with "remove" and we'll take you off the list."""
    emit("clean", "news", "", build(
        "Ben Adair <badair@%s>" % CO, "officemanager@westfieldmedicalarts.com",
        "Home draws now in Westfield County (incl. Saturdays)", when("2024-03-20 09:00", tz=-4), text, html=True))

    # 5 journal club summary
    body = """Journal club pick for April, for anyone interested (optional, pizza provided).

"Pre-analytical quality of home-collected blood specimens transported by courier vs. specimens collected in clinic" - published last fall in a lab medicine journal (I'll put the PDF on the shared drive).

What they did: compared about 18,400 specimens over 12 months from one regional health system, home-collected + couriered vs. collected at outpatient draw sites.

Key findings:
- Hemolysis: 3.1% home vs 1.8% clinic. Most of the gap came from specimens that sat more than 3 hours before centrifugation.
- When home SSTs were spun at a hub within 90 minutes, the gap mostly disappeared (2.0%).
- Potassium was the most affected analyte; glucose drifted down in non-fluoride tubes as expected.
- Temperature excursions in couriers without logged coolers were linked to more rejections.

Why it matters for us: it's basically the case for our hub centrifuge stops and for loggers in every cooler. It also says our 1.9% rejection rate is in a good place.

Kelsey"""
    emit("clean", "news", "", build(
        "Kelsey Moran <kmoran@%s>" % CO, "staff-all@%s" % CO,
        "April journal club - home collection hemolysis study", when("2024-03-21 12:30", tz=-4), body))

    # 6 vendor field safety notice
    body = """URGENT: VOLUNTARY FIELD SAFETY NOTICE - PRODUCT RETRIEVAL
Vacu-Line(R) 2.7 mL Sodium Citrate 3.2% Blood Collection Tubes, 13 x 75 mm
Catalog no. VL-2733

Affected lots: 3312A07, 3312A08, 3314B02
Distributed: December 4, 2023 - February 20, 2024

Issue: A portion of tubes in the affected lots may contain a lower vacuum than specified, resulting in underfilled draws. Underfilled citrate tubes can produce falsely prolonged coagulation results and are likely to be rejected by the laboratory.

Actions for customers:
1. Check your inventory for the catalog and lot numbers above and quarantine affected product.
2. Complete and return the attached response form within 10 business days, even if you have no affected stock.
3. Your distributor will issue credit or replacement.

No other Vacu-Line products are affected. This retrieval is being conducted with the knowledge of the FDA.

Customer Quality Department
Vacu-Line Medical Products
1-800-555-0103 | quality@vaculinemed.com"""
    emit("clean", "news", "", build(
        "Vacu-Line Quality <quality@vaculinemed.com>", "purchasing@%s" % CO,
        "Field Safety Notice FSN-2024-004: VL-2733 citrate tubes, lots 3312A07/3312A08/3314B02",
        when("2024-03-11 08:15"), body))


# =================================================================== CLEAN: staff
def clean_staff():
    # 1 weekend on-call roster
    body = """Weekend coverage 3/23-3/24

SATURDAY 3/23
Role            Name                     Cred         Cell            Area
Dispatch        Mirlande Joseph          -            570-555-0111    remote
Phleb AM        Olga Sidorenko           PBT(ASCP)    570-555-0113    Fairhaven / Milbrook
Phleb AM        Ilse Vogt                CPT(NHA)     570-555-0119    Westfield (shadow)
Courier         Deshawn Pryor            -            570-555-0124    all, lab drop by 12:45
Supervisor      Dana Whitcomb            -            570-555-0102    on call

SUNDAY 3/24
Dispatch        Ben Adair                -            570-555-0103    remote
Phleb (STAT)    Luis Ortega              CPT(NHA)     570-555-0116    on call only
Courier         Hector Ruiz              -            570-555-0125    on call only
Supervisor      Jeff Kowalski            -            570-555-0101    on call

Remember Tri-County closes receiving at 4 on Saturdays (1pm starting April). Sunday STAT drops go in the Dock B lockbox.

Swaps go through me, not just between you two.

Dana Whitcomb
Dispatch Supervisor | (570) 555-0102"""
    emit("clean", "staff", "", build(
        "Dana Whitcomb <dwhitcomb@%s>" % CO, "field-staff@%s" % CO,
        "Weekend on-call 3/23-3/24", when("2024-03-20 17:10", tz=-4), body))

    # 2 open enrollment
    body = """Hi everyone,

Quick reminder that our benefits open enrollment window for the plan year starting May 1 runs March 25 - April 8.

- Medical: same two plans (PPO and HSA-eligible HDHP). Employee-only premium on the PPO goes up $6.40 per paycheck; HDHP is unchanged.
- Dental and vision: no changes.
- New this year: a $25/month cell phone stipend for field staff, added automatically.
- HSA: company contribution stays at $500/year.

You only need to do something if you want to change plans, add/remove a dependent, or enroll in the HSA/FSA. Log in to the benefits portal (link on the shared drive HR page).

I'll hold two drop-in sessions in the Fairhaven conference room: Wed 3/27 at 3:30 and Tue 4/2 at 7:00 AM (before routes).

Angela

Angela Fosu
HR & Office Manager
Bluestem Mobile Phlebotomy & Courier
(570) 555-0105

""" + CONF
    emit("clean", "staff", "", build(
        "Angela Fosu <afosu@%s>" % CO, "staff-all@%s" % CO,
        "Open enrollment 3/25 - 4/8", when("2024-03-18 12:00", tz=-4), body, html=True))

    # 3 payroll / mileage
    body = """Hi all - payroll reminders:

1. Mileage logs for March are due Friday 3/29 by 5pm. The 2024 reimbursement rate is $0.67/mile. Use the DrawDesk trip report, don't hand-write them.
2. Timesheet corrections for the storm day (3/21): if you were sent home early, you'll be paid your scheduled hours. Put "STORM" in the note field.
3. Direct deposit changes need to be in by the 25th to hit the April 5 check.

Luis, Hector - your 3/14 timesheets are missing a punch-out, please fix in the portal.

Thanks!
Angela"""
    emit("clean", "staff", "", build(
        "Angela Fosu <afosu@%s>" % CO, "staff-all@%s" % CO,
        "payroll: mileage due 3/29, storm day hours", when("2024-03-22 09:30", tz=-4), body))

    # 4 celebration
    body = """Please join me in congratulating WIDELINE TOUSSAINT, CPT, our Employee of the Month for March!

Wideline was nominated by three different people this month. She covered two extra routes during the storm week, went back out on a Friday afternoon for a same-day recollect without being asked, and she's the reason our new hires all know how to use the hub centrifuge correctly.

Cake in the Fairhaven break room Friday at 2:30, and it's also Hector's birthday so double cake. Hub folks, we'll bring some out to Milbrook.

Thank you Wideline!

Jeff"""
    emit("clean", "staff", "", build(
        "Jeff Kowalski <jkowalski@%s>" % CO, "staff-all@%s" % CO,
        "Employee of the Month - March!", when("2024-03-26 15:02", tz=-4), body, html=True))

    # 5 leave coverage without health details
    body = """Team,

Marcus will be on leave from 3/25 through 4/12. Please don't reach out to him about work while he's out.

Coverage:
- Midday lab loop (Fairhaven / Cedar Hollow / Sunrise / Maple Crest): Deshawn, Mon-Fri
- Afternoon Golden Acres + Riverbend pickups: Hector adds to his run, will start 20 min later
- Van 7 stays at the yard (maintenance 3/26 anyway)

If you have questions, come to me, not Marcus.

Dana"""
    emit("clean", "staff", "", build(
        "Dana Whitcomb <dwhitcomb@%s>" % CO, ["couriers@%s" % CO, "dispatch@%s" % CO],
        "Courier coverage 3/25 - 4/12", when("2024-03-21 08:05", tz=-4), body))

    # 6 schedule swap
    orig = """On Wed, Mar 20, 2024 at 6:12 PM Luis Ortega <lortega@bluestemmobile.com> wrote:
> Dana, Olga and I want to swap: she takes my Sat 4/6, I take her Sat 4/13.
> Both ok with it. My kid has a tournament on the 6th.
> Luis"""
    body = """Approved. Updated in the schedule. Olga, you'll be on the Westfield route on 4/6 since that's Luis's Saturday. Ilse will ride along with you.

Dana

""" + orig
    emit("clean", "staff", "", build(
        "Dana Whitcomb <dwhitcomb@%s>" % CO, ["Luis Ortega <lortega@%s>" % CO, "Olga Sidorenko <osidorenko@%s>" % CO],
        "Re: swap Sat 4/6 <-> 4/13", when("2024-03-21 07:40", tz=-4), body))

    # 7 credential renewals xlsx
    creds = [["Employee", "Role", "Certification", "Cert #", "Expires", "CPR/BLS expires", "Bloodborne pathogens", "Status"],
             ["Tanya Greer", "Lead Phlebotomist", "CPT (NHA)", "NHA-CPT-4410982", "2024-06-30", "2025-01-31", "2024-01-15", "OK"],
             ["Olga Sidorenko", "Phlebotomist", "PBT (ASCP)", "ASCP-PBT-0338172", "2026-02-28", "2024-04-30", "2024-01-15", "CPR due"],
             ["Luis Ortega", "Phlebotomist", "CPT (NHA)", "NHA-CPT-5521776", "2024-04-15", "2024-11-30", "2024-01-15", "CERT DUE"],
             ["Wideline Toussaint", "Phlebotomist", "CPT (NHA)", "NHA-CPT-6093315", "2025-09-30", "2024-04-30", "2024-01-15", "CPR due"],
             ["Renata Bialek", "Phlebotomist", "PBT (ASCP)", "ASCP-PBT-0412290", "2025-12-31", "2025-03-31", "2024-01-15", "OK"],
             ["Ilse Vogt", "Phlebotomist", "CPT (NHA)", "NHA-CPT-7711204", "2026-01-31", "2025-12-31", "2024-03-04", "OK"],
             ["Marcus Bell", "Courier", "DOT HazMat / IATA 6.2", "TRN-22-0871", "2024-05-31", "n/a", "2024-01-15", "HazMat due"],
             ["Hector Ruiz", "Courier", "DOT HazMat / IATA 6.2", "TRN-22-0872", "2024-05-31", "n/a", "2024-01-15", "HazMat due"],
             ["Deshawn Pryor", "Courier", "DOT HazMat / IATA 6.2", "TRN-24-0114", "2026-02-29", "n/a", "2024-03-04", "OK"]]
    body = """Hi leads,

Attached is the credential tracker as of today. Action items:

- Luis: CPT renewal due 4/15. Your CE credits need to be uploaded to NHA first.
- Olga, Wideline: CPR expires end of April. Sign up for the 4/12 class.
- Couriers: HazMat/Category B refresher before 5/31. Online module link coming next week.

Angela

Angela Fosu
HR & Office Manager | (570) 555-0105

""" + CONF
    emit("clean", "staff", "", build(
        "Angela Fosu <afosu@%s>" % CO, "ops-leads@%s" % CO,
        "Credential tracker - renewals due", when("2024-03-19 10:20", tz=-4), body,
        atts=[("Credential_Tracker_2024-03-19.xlsx", make_xlsx(creds, "Credentials"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))


# =================================================================== CLEAN: training
def clean_training():
    # 1 order of draw quiz
    body = """New hire quiz #2: Order of Draw & Tube Handling (answers at the bottom, no peeking)

1. A patient has orders for a blood culture, PT/INR, CMP and CBC. List the tubes in the correct order of draw.
2. You're drawing only a light blue top with a butterfly. What do you need to do first, and why?
3. How many times should you invert a lavender (EDTA) tube?
4. A gray top is on the order but you ran out. Can you send the glucose in an SST instead? What's the catch?
5. How long should an SST clot before you centrifuge it?
6. True or false: it's OK to shake a tube gently if the blood isn't mixing.
7. Where on the tube does the label go, and what has to be written on it at the bedside?

ANSWERS
1. Blood culture > light blue > gold SST (CMP) > lavender (CBC)
2. Draw a discard tube first (a plain red or light blue) to clear the air in the tubing so the citrate tube fills to the line.
3. 8-10 gentle inversions.
4. Only if it's spun and separated within 2 hours. Otherwise the cells keep eating the glucose and it reads falsely low.
5. 30 minutes, upright.
6. False. Shaking causes hemolysis.
7. Over the manufacturer's label, straight, with the cap at the top. The collector's initials and date/time go on the label in front of the patient.

Tanya"""
    emit("clean", "training", "", build(
        "Tanya Greer <tgreer@%s>" % CO, "newhires@%s" % CO,
        "Quiz 2 - order of draw", when("2024-03-05 07:15"), body))

    # 2 de-identified case study
    body = """Case study for Thursday's huddle. It's a composite, details changed, not anyone on our routes.

THE SITUATION
You arrive for a scheduled 8:00 home draw. The order is for fasting labs. The patient is an older adult who lives alone. She answers the door in her robe, is pleasant, but tells you she "just had a little toast." She also says her daughter usually handles "all the doctor stuff." The order says nothing about who the contact is.

While you're there you notice the kitchen is very cold and there are several unopened pieces of mail from a pharmacy on the table.

DISCUSS
1. Do you draw? What do you document?
2. Who do you call, and what are you allowed to say to the daughter if she isn't listed as a contact?
3. Is anything you noticed about the house your business? What's the right way to raise it, and with whom?
4. How do you rebook so this doesn't happen again (fasting reminder, time of day, contact on file)?

We'll talk through our policies on patient contacts and when to notify a supervisor.

Kelsey"""
    emit("clean", "training", "", build(
        "Kelsey Moran <kmoran@%s>" % CO, "field-staff@%s" % CO,
        "Thursday huddle case study - fasting / who to call", when("2024-03-19 16:10", tz=-4), body))

    # 3 system test script with test records
    body = """DrawDesk 6.4 - UAT script for dispatch (run in the TRAINING tenant only, NOT production)

Log in at https://train.drawdesk-app.com with your training login. All patients below are test records that exist only in the training tenant.

TC-01 Create booking
  Patient: TESTPATIENT, ALPHA   DOB 01/01/1900   MRN ZZ-TEST-0001
  Address: 1 Test Way, Fairhaven PA 17702
  Tests: CBC (LAV), CMP (SST)
  Expected: booking created, status PENDING ORDER

TC-02 Attach order from eFax inbox
  Use fax "TRAINING_FAX_03.pdf" (blank requisition marked SAMPLE)
  Expected: status changes to SCHEDULABLE

TC-03 Assign to route and reorder stops
  Patient: TESTPATIENT, BRAVO   DOB 02/02/1900   MRN ZZ-TEST-0002
  Expected: ETA recalculates, phleb tablet receives push within 60s

TC-04 Tube scan mismatch
  Scan label for ZZ-TEST-0001 on visit for ZZ-TEST-0002
  Expected: hard stop "Label does not match patient", cannot complete visit

TC-05 Cancel with fee
  Patient: TESTPATIENT, CHARLIE   DOB 03/03/1900
  Cancel < 24h. Expected: $25 late fee prompt, reason required

Record pass/fail and screenshots in the UAT sheet. Anything that fails, open an IT ticket with the test case number.

Sam"""
    emit("clean", "training", "", build(
        "Sam Trinh <strinh@%s>" % CO, "dispatch@%s" % CO,
        "UAT script - DrawDesk 6.4 (training tenant)", when("2024-03-15 10:40"), body))

    # 4 chain of custody sample form (PDF)
    pdf = make_pdf([
        "*** SAMPLE - FOR TRAINING ONLY - NOT A VALID CUSTODY AND CONTROL FORM ***",
        "",
        "FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - STEP 1 (completed by collector)",
        "Specimen ID: 0000000-SAMPLE",
        "A. Employer: SAMPLE EMPLOYER INC   Employer ID: 00-0000000",
        "B. MRO: SAMPLE MRO, MD",
        "C. Donor SSN/Employee ID: 000-00-0000",
        "D. Reason for test: [X] Pre-employment  [ ] Random  [ ] Post-accident",
        "E. Drug tests to be performed: [X] THC, COC, PCP, OPI, AMP",
        "F. Collection site: Bluestem Mobile - Fairhaven, 1180 Commerce Park Dr",
        "",
        "STEP 2: Temperature within 4 minutes: [X] Yes, 32-38 C",
        "STEP 3: Split specimen, bottles sealed, donor initials on both seals  <-- MOST COMMON ERROR",
        "STEP 4: Collector name: TRAINEE, SAMPLE   Date: 01/01/2024   Time: 09:00",
        "STEP 5: Donor: SAMPLE DONOR (fictitious)   Daytime phone: 000-000-0000",
        "",
        "Trainer notes: a missing donor initial on Bottle B is a fatal flaw for the split.",
    ])
    body = """Attached is the annotated sample CCF we'll use in Monday's DOT collector refresher. Every field is filled with fictitious data so you can see what "complete" looks like. Print it if you can.

Review the Step 3 note in particular. The missing-seal-initials error cost us a recollection this month.

Kelsey Moran
Compliance & Quality Coordinator"""
    emit("clean", "training", "", build(
        "Kelsey Moran <kmoran@%s>" % CO, "dot-collectors@%s" % CO,
        "DOT refresher Monday - sample CCF attached", when("2024-03-22 11:00", tz=-4), body,
        atts=[("SAMPLE_CCF_annotated.pdf", pdf, "application/pdf")]))

    # 5 HL7 interface test messages
    body = """Sam,

For the interface validation in our TEST environment tomorrow, these are the messages we'll send. Test patients only (ZZTEST), nothing will cross to production. Please confirm your listener on port 6661 in the test environment is up and ACKing.

MSH|^~\\&|TCR_LIS|TRICOUNTY|BMP_PORTAL|BLUESTEM|20240320090000||ORU^R01|TEST000001|T|2.5.1
PID|1||ZZT0000001^^^TCR^MR||ZZTEST^PATIENT^ONE||19000101|F|||1 TEST ST^^TESTVILLE^PA^00000
OBR|1|BMP-TEST-0001|24-000-00001|85025^CBC W DIFF^CPT4|||202403200800|||||||||0000000000^TEST^PROVIDER||||||202403200900|||F
OBX|1|NM|6690-2^WBC^LN||7.2|10*3/uL|4.0-11.0||||F

MSH|^~\\&|TCR_LIS|TRICOUNTY|BMP_PORTAL|BLUESTEM|20240320090500||ORU^R01|TEST000002|T|2.5.1
PID|1||ZZT0000002^^^TCR^MR||ZZTEST^PATIENT^TWO||19000202|M|||2 TEST ST^^TESTVILLE^PA^00000
OBR|1|BMP-TEST-0002|24-000-00002|80048^BMP^CPT4|||202403200800|||||||||0000000000^TEST^PROVIDER||||||202403200905|||F
OBX|1|NM|2823-3^Potassium^LN||6.5|mmol/L|3.5-5.1|HH|||F
NTE|1|L|TEST CRITICAL - verify portal flag displays

Expected: both ACK AA, second one raises the critical banner in the portal. MSH-11 = T on everything.

Thanks,
Arjun Kale
Interface Analyst, Tri-County Reference Laboratory
570-555-0152"""
    emit("clean", "training", "", build(
        "Arjun Kale <akale@%s>" % LAB, "Sam Trinh <strinh@%s>" % CO,
        "TEST env interface validation 3/21 - sample messages", when("2024-03-20 14:25", tz=-4), body))

    # 6 orientation agenda docx
    doc = make_docx([
        "**Bluestem Mobile Phlebotomy & Courier - New Hire Orientation",
        "Week of April 1, 2024 - Fairhaven office",
        "**Day 1 (Mon)",
        "8:00 Welcome, paperwork, badge photos - Angela Fosu",
        "9:30 Who we are, service area, how a day works - Jeff Kowalski",
        "11:00 Privacy & confidentiality: what you can and can't share, texting rules, the app - Kelsey Moran",
        "1:00 DrawDesk tablet setup and label printer - Sam Trinh",
        "**Day 2 (Tue)",
        "8:00 Order of draw, tube handling, hemolysis prevention - Tanya Greer",
        "10:00 Practice arm lab - venipuncture and butterfly technique",
        "1:00 Specimen transport: coolers, temperature loggers, Category B packaging, manifests",
        "**Day 3 (Wed)",
        "8:00 Bloodborne pathogens, sharps safety, needlestick reporting",
        "10:00 Home visit safety: pets, driveways, when to leave",
        "1:00 Ride-along assignments posted",
        "**Days 4-5",
        "Ride-alongs with a lead phlebotomist or senior courier.",
    ])
    body = """Hi Ilse, Deshawn (and future April hires cc'd on the list),

Attached is next week's orientation schedule. Wear closed-toe shoes and scrubs Tuesday through Friday, business casual Monday is fine. Parking is in the back lot.

See you Monday at 8!

Angela Fosu
HR & Office Manager
Bluestem Mobile Phlebotomy & Courier
(570) 555-0105"""
    emit("clean", "training", "", build(
        "Angela Fosu <afosu@%s>" % CO, "newhires@%s" % CO,
        "Orientation schedule - week of 4/1", when("2024-03-27 13:45", tz=-4), body,
        cc="Tanya Greer <tgreer@%s>" % CO,
        atts=[("Orientation_Apr2024.docx", doc,
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))


# =================================================================== main
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}


def main():
    for fn in (phi_care, phi_ids, phi_lang, phi_lists, phi_names, phi_self, phi_struct,
               clean_admin, clean_lookalike, clean_news, clean_staff, clean_training):
        fn()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in ROWS:
            w.writerow(r)
    for k, n in EXPECTED.items():
        if COUNTERS.get(k) != n:
            print("WARNING: %s-%s has %s, expected %d" % (k[0], k[1], COUNTERS.get(k), n))
    for (label, kind), n in sorted(COUNTERS.items()):
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % len(ROWS))


if __name__ == "__main__":
    main()
