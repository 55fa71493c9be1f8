#!/usr/bin/env python3
"""Blind evaluation mail set: veterans service organisation office.
Everything here is invented. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9102
random.seed(SEED)

ORG = "hvvets.org"
ORGNAME = "Harbor Valley Veterans Service Center"
OFFICE_ADDR = "218 Canal Street, Suite 4, Harbor Valley, OH 44613"
OFFICE_PH = "(330) 555-0187"
OFFICE_FAX = "(330) 555-0190"

REG = []


def reg(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco


def tz_for(d):
    return datetime.timezone(datetime.timedelta(hours=-4 if 3 < d.month < 11 or (d.month == 3 and d.day > 10) else -5))


def rdate(start=(2024, 1, 8), end=(2025, 6, 27), h0=7, h1=18):
    s = datetime.date(*start)
    e = datetime.date(*end)
    while True:
        d = s + datetime.timedelta(days=random.randrange((e - s).days))
        if d.weekday() < 5:
            break
    return datetime.datetime(d.year, d.month, d.day, random.randint(h0, h1 - 1),
                             random.randint(0, 59), random.randint(0, 59), tzinfo=tz_for(d))


def back(dt, hours=0, days=0, minutes=0):
    return dt - datetime.timedelta(days=days, hours=hours, minutes=minutes)


def fmt_on(dt):
    return dt.strftime("%a, %b %-d, %Y at %-I:%M %p")


def on_wrote(dt, name, addr):
    return f"On {fmt_on(dt)} {name} <{addr}> wrote:"


def quote(text, depth=1):
    p = ">" * depth
    return "\n".join((p + " " + l) if l else p for l in text.rstrip("\n").splitlines())


def outlook_block(frm, dt, to, subj, body, cc=None):
    lines = ["-----Original Message-----", f"From: {frm}",
             f"Sent: {dt.strftime('%A, %B %-d, %Y %-I:%M %p')}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subj}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def fwd_block(frm, dt, to, subj, body, cc=None):
    lines = ["---------- Forwarded message ---------", f"From: {frm}",
             f"Date: {dt.strftime('%a, %b %-d, %Y at %-I:%M %p')}", f"Subject: {subj}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


STAFF = {
    "curtis": ("Curtis Abernathy", "cabernathy", "Executive Director"),
    "dana": ("Dana Whitfield", "dwhitfield", "Accredited Veterans Service Officer"),
    "marcus": ("Marcus Ortega", "mortega", "Senior Service Officer, VA Accredited Representative"),
    "renee": ("Renee Kowalczyk", "rkowalczyk", "Intake Coordinator"),
    "lupe": ("Guadalupe \"Lupe\" Santillan", "lsantillan", "Caregiver Program Navigator"),
    "tom": ("Tom Blaylock", "tblaylock", "Transportation Coordinator"),
    "grace": ("Grace Nakamura", "gnakamura", "Office Manager"),
    "hoa": ("Hoa Tran", "htran", "Outreach Specialist"),
    "andre": ("Andre Batiste", "abatiste", "Claims Assistant"),
}
EXT = {"curtis": 101, "dana": 112, "marcus": 114, "renee": 105, "lupe": 118,
       "tom": 121, "grace": 100, "hoa": 116, "andre": 109}

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
              "intended recipient(s) and may contain confidential information protected under\n"
              "38 U.S.C. 5701 and 7332 and other applicable law. If you are not the intended\n"
              "recipient, please notify the sender by reply e-mail and destroy all copies. Do not\n"
              "forward without the sender's permission.")

SHORT_DISC = "This message may contain confidential information. If received in error please delete and notify the sender."


def who(key):
    return f"{plain_name(key)} <{STAFF[key][1]}@{ORG}>"


def email_of(key):
    return f"{STAFF[key][1]}@{ORG}"


def plain_name(key):
    n = STAFF[key][0]
    parts = n.replace('"', '').split()
    return parts[0] + " " + parts[-1] if '"' in n else n


def sig(key, disc=True, cell=None):
    n, u, t = STAFF[key]
    s = f"\n--\n{plain_name(key)}\n{t}\n{ORGNAME}\n{OFFICE_ADDR}\nPh {OFFICE_PH} x{EXT[key]} | Fax {OFFICE_FAX}"
    if cell:
        s += f"\nCell {cell}"
    s += f"\n{u}@{ORG} | www.{ORG}"
    if disc:
        s += "\n\n" + DISCLAIMER
    return s + "\n"


_mid_counter = [0]


def build(frm, to, subject, body, date=None, cc=None, html=None, atts=(), headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    date = date or rdate()
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(" >")
    _mid_counter[0] += 1
    m["Message-ID"] = f"<{random.getrandbits(64):016x}.{_mid_counter[0]:04d}@{dom}>"
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for data, ctype, fname in atts:
        maintype, subtype = ctype.split("/", 1)
        if isinstance(data, str):
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def html_wrap(inner, font="Calibri, Arial, sans-serif"):
    return (f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:{font};font-size:11pt\">"
            f"{inner}</body></html>")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + esc(p).replace("\n", "<br>") + "</p>" for p in paras)


# ---------------------------------------------------------------- attachments
ZDATE = (2024, 5, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
        out.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(out)}</sheetData></worksheet>')
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
          f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines):
    def pe(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 54 750 Td 14 TL\n" + "".join(f"({pe(l)}) '\n" for l in lines) + "ET\n"
    sb = stream.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def _png(w, h, color_type, rows):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def png_logo(w=180, h=54):
    navy, white, red, gold = (20, 40, 90), (255, 255, 255), (178, 34, 52), (212, 175, 55)
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            if x < 54:
                c = navy
                cx, cy = x - 27, y - 27
                if abs(cx) + abs(cy) < 12 or (abs(cx) < 3 and abs(cy) < 18) or (abs(cy) < 3 and abs(cx) < 18):
                    c = gold
            else:
                c = red if (y // 6) % 2 == 0 else white
            r += bytes(c)
        rows.append(bytes(r))
    return _png(w, h, 2, rows)


def png_scan(w=170, h=220):
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            v = 250
            if x < 3 or x > w - 4 or y < 3 or y > h - 4:
                v = 205
            elif 20 < y < 24 and 20 < x < 150:
                v = 120
            elif 40 < y < 200 and (y % 9 == 0) and 20 < x < (150 - (y * 7) % 40):
                v = 170
            r.append(v)
        rows.append(bytes(r))
    return _png(w, h, 0, rows)


def ics(uid, summary, start, end, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    d = desc.replace("\n", "\\n").replace(",", "\\,")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//HVVSC//Scheduler 2.1//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{start.strftime(f)}Z\r\n"
            f"DTSTART;TZID=America/New_York:{start.strftime(f)}\r\nDTEND;TZID=America/New_York:{end.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location.replace(',', chr(92)+',')}\r\nDESCRIPTION:{d}\r\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def rphone(area=None):
    area = area or random.choice(["330", "234", "216", "440"])
    return f"{area}-555-01{random.randint(0, 99):02d}"


# ======================================================================
# PHI / care
# ======================================================================
@reg("phi", "care", "Harold Jessup")
def care_jessup():
    d = rdate()
    q = back(d, hours=3, minutes=12)
    inner = (f"Gene - can you take Harold Jessup this Thursday (the 18th)? Pickup 7:15 at 88 Birch Lane,\n"
             "Dalton Twp. He has a 9:00 at Cedar Ridge VAMC, Bldg 3, 2nd floor (the sleep lab check-in,\n"
             "he'll know where). Uses a walker so bring the step stool if you end up in the silver van.\n"
             "His wife Marlene will ride along. His cell is 330-555-0163 if he's not out front.\n\n"
             "Thanks!\nTom" + sig("tom", disc=False))
    body = ("Tom,\n\nGot it. I'll take the blue van, it has the running board so he won't need the stool.\n"
            "Should I wait there for him or come back? Last time they kept him almost 3 hrs.\n\nGene\n\n"
            + on_wrote(q, "Tom Blaylock", email_of("tom")) + "\n" + quote(inner) + "\n")
    return build("Gene Pruitt <gpruitt52@kestrelmail.com>", who("tom"), "Re: Thurs pickup - Jessup", body, date=d)


@reg("phi", "care", "Raymond Ocasio")
def care_ocasio():
    body = ("Hi Marisol,\n\n"
            "Good news - the Caregiver Support Program at Cedar Ridge called me back this morning. The home\n"
            "visit for your dad is set for Tuesday, May 14 at 10:00 am at his house on Laurel Court.\n\n"
            "The caregiver support coordinator (Ms. Fenwick) and a nurse will come. They will want to see\n"
            "what a normal day looks like for him: how you help him get showered and dressed, who sets up\n"
            "his pill box, how often you drive him to appointments and how long he can be left on his own.\n"
            "Please have his list of medicines handy, plus your own photo ID. Be honest about the bad days,\n"
            "not just the good ones. You do not need to clean up for them :)\n\n"
            "After the visit it usually takes 45 to 90 days to hear back. I'll call you the afternoon before\n"
            "to go over it, and if you want me there in person I can come.\n\n"
            "Take care,\nLupe\n" + sig("lupe"))
    html = html_wrap(text_to_html(body.split("\n--\n")[0]) +
                     "<p style='color:#555;font-size:9pt'>Guadalupe Santillan<br>Caregiver Program Navigator<br>"
                     f"{ORGNAME}<br>{OFFICE_PH} x118</p><p style='font-size:8pt;color:#888'>{esc(DISCLAIMER)}</p>")
    return build(who("lupe"), "Marisol Ocasio-Reyes <marisol.reyes@pinewoodnet.net>",
                 "Home visit for your dad - Tues 5/14 10am", body,
                 date=rdate((2024, 5, 1), (2024, 5, 10)), html=html)


@reg("phi", "care", "Dwayne Hollister")
def care_hollister():
    body = ("Marcus,\n\n"
            "Thanks again for covering while I'm out. Only one I'm really worried about is Dwayne Hollister.\n\n"
            "- He has his C&P Tuesday 8:30 at the exam contractor office on Westgate (the one behind the\n"
            "  Kroger). He gets wound up in waiting rooms, so his sister Carla usually brings him and sits\n"
            "  with him. Please call him Monday afternoon to remind him - 234-555-0121. If he doesn't pick\n"
            "  up, call Carla (same last name) at 234-555-0176.\n"
            "- He also needs a fresh copy of his DD-214 for the eligibility office at the VAMC, it's in the\n"
            "  scanned folder under his name.\n"
            "- He's been doing better since he started the Tuesday evening group at the Vet Center, but he\n"
            "  still shuts down on the phone with people he doesn't know. Tell him you work with me and\n"
            "  that I asked you to call.\n\n"
            "Everything else on my list can wait til I'm back on the 3rd.\n\nDana\n" + sig("dana"))
    return build(who("dana"), who("marcus"), "coverage while I'm out - Hollister", body, cc=who("renee"))


@reg("phi", "care", "Gary Kessler")
def care_kessler():
    body = ("Hi Renee,\n\n"
            "Gary had his appointment yesterday at the VA, they said they will mail us what the doctor\n"
            "found. He has to go back the 22nd at 1:30 for the follow up in the same clinic (Specialty\n"
            "Care, 1st floor by the pharmacy). Can one of your drivers get him? He cant drive yet since\n"
            "the surgery and I work til 3 that day. We are still at 1507 Orchard Hill Rd.\n\n"
            "Thank you so much for everything, he doesnt say it but he is grateful.\n\n"
            "Debbie Kessler\n\nSent from my Galaxy\n")
    return build("Debbie Kessler <debkessler@ridgenet.net>", who("renee"), "Gary ride on the 22nd", body)


@reg("phi", "care", "Nick Petrakis")
def care_petrakis():
    body = ("Tom, Hoa -\n\n"
            "Mr. Petrakis (Nick) told me on the ride home today that his refills from the VA mail order\n"
            "never came. He's been out of his heart pills and the blood thinner since Sunday. He has the\n"
            "bottles with the Rx numbers on them but he can't get through the phone tree, it keeps hanging\n"
            "up on him. Can someone sit with him on the phone tomorrow? I told him I'd pass it along.\n\n"
            "He's at 40 Grove St apt 2, buzzer doesn't work, knock loud.\n\n"
            "Sal DeLuca\nvolunteer driver\n")
    return build("Sal DeLuca <sdeluca.vfw1147@kestrelmail.com>", [who("tom"), who("hoa")],
                 "Nick P - meds didnt come", body)


@reg("phi", "care", "Samuel Okafor")
def care_okafor():
    d = rdate((2024, 6, 3), (2024, 6, 7))
    rows = [("Ride #", "RL-48213"), ("Rider", "Okafor, Samuel"), ("Phone", "234-555-0178"),
            ("Pickup", "Tue 06/11/2024 06:45 AM"), ("Pickup address", "1420 Ridgeview Dr Apt 3B, Harbor Valley OH"),
            ("Destination", "Cedar Ridge VAMC - Eye Clinic, Bldg 1 Rm 2140"), ("Appointment", "08:00 AM"),
            ("Return", "Will call"), ("Vehicle", "Ramp van (Van 2)"), ("Driver", "DeLuca, Sal"),
            ("Rider notes", "Wheelchair - needs ramp. Portable oxygen, bring spare tank holder. "
                            "Wife Grace rides along as caregiver. Eye drops in appt - cannot read signs after.")]
    text = "RideLink Scheduler - Ride Confirmed\n\n" + "\n".join(f"{k+':':<16}{v}" for k, v in rows) + (
        "\n\nThis ride was confirmed by tblaylock. To change or cancel, log in to RideLink.\n"
        "Do not reply to this message - this mailbox is not monitored.\n")
    html = html_wrap("<h3 style='color:#1a4d80'>Ride Confirmed</h3><table border='1' cellpadding='4' cellspacing='0'>" +
                     "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows) +
                     "</table><p style='font-size:9pt;color:#777'>This ride was confirmed by tblaylock. "
                     "Do not reply to this message.</p>", font="Arial, sans-serif")
    return build("RideLink Scheduler <noreply@ridelink-dispatch.com>", f"Transportation <transport@{ORG}>",
                 "Ride Confirmed #RL-48213 - Okafor, Samuel - 06/11 06:45", text, date=d, html=html,
                 headers={"Auto-Submitted": "auto-generated", "X-Mailer": "RideLink Notify 4.2"})


@reg("phi", "care", "Arthur Lindqvist")
def care_lindqvist():
    d = rdate()
    q = back(d, hours=20)
    inner = ("Marcus,\n\n"
             "Arthur Lindqvist's daughter Karin came in yesterday. He's home on hospice now and the nurse\n"
             "told the family it's likely weeks, not months. They want everything lined up ahead of time\n"
             "for burial at the national cemetery with his wife's plot (she was interred there in 2019).\n\n"
             "Could your office help Karin with the pre-need eligibility form (40-10007) and get a copy of\n"
             "his DD-214? She says you folks helped him with his claim years ago so it may be in your files.\n"
             "She also asked about the flag and military honors, I told her we'd coordinate.\n\n"
             "Her number is 440-555-0193.\n\n"
             "Paul Hollis\nFuneral Director\nHollis & Sons Funeral Home\n77 Main St, Harbor Valley\n(330) 555-0102\n")
    body = ("Paul - thanks for the heads up. I pulled his file, we have the DD-214 (Army, 1966-68) and his\n"
            "old rating decision. I'll call Karin this afternoon and we can do the 40-10007 over the phone\n"
            "so she doesn't have to leave him. Will loop you in on the honors request.\n\nMarcus\n"
            + sig("marcus", disc=False) + "\n"
            + outlook_block("Paul Hollis <paul@hollisandsons-fh.com>", q, "Marcus Ortega",
                            "Arthur Lindqvist - pre-need", inner))
    return build(who("marcus"), "Paul Hollis <paul@hollisandsons-fh.com>", "RE: Arthur Lindqvist - pre-need",
                 body, date=d, cc=who("grace"))


@reg("phi", "care", "Benny Castellano")
def care_castellano():
    body = ("hoa can you swing by benny castellano's place on your way in tmrw? not answering his phone\n"
            "since they sent him home from Mercy fri. just want eyes on him. he also needs to sign the\n"
            "4138 (blue folder on my desk). 12 Spruce, use the side door.\n\nthx\nM\n\nSent from my iPhone\n")
    return build(who("marcus"), who("hoa"), "benny", body)


# ======================================================================
# PHI / ids
# ======================================================================
@reg("phi", "ids", "")
def ids_exam_letter():
    body = ("Dana,\n\n"
            "Vet called re claim 600418237 (file # 27 449 318, DOB 04/02/1968). C&P for the R knee was\n"
            "scheduled 3/14 per VBMS but he says he never got the letter - he moved in Jan, new address\n"
            "is 2261 Quarry Rd Unit B, Harbor Valley 44613. So he missed it.\n\n"
            "Can you request a reschedule w/ good cause + update the address? He can do any weekday\n"
            "except Wed mornings (PT). Best # 330-555-0158.\n\n-R\n")
    return build(who("renee"), who("dana"), "claim 600418237 - exam letter never came", body,
                 date=rdate((2024, 3, 18), (2024, 3, 29)))


@reg("phi", "ids", "")
def ids_cfile():
    d = rdate()
    q = back(d, days=1, hours=2)
    inner = ("Did the C-file ever come back on 31 882 905? Need it before I can do the supplemental.\n\nD")
    body = ("It came in Friday, 1,412 pages. Bad news: STRs for 1991-1993 are missing entirely (the\n"
            "Desert Storm deployment), so the back injury in service isn't documented anywhere except\n"
            "the sick call slips he kept himself. Separation exam is there and notes 'recurrent low back\n"
            "pain' in the history block, so that helps.\n\n"
            "We're going to need buddy statements - he mentioned two guys from his unit. Also the\n"
            "21-4142 for the chiropractor expired in Feb, needs a new one before we ask for those notes.\n\n"
            "M\n\n" + on_wrote(q, "Dana Whitfield", email_of("dana")) + "\n" + quote(inner) + "\n")
    return build(who("marcus"), who("dana"), "RE: C-file request 31 882 905", body, date=d)


@reg("phi", "ids", "")
def ids_nexus_clinic():
    d = rdate()
    q = back(d, days=2, hours=1)
    inner = ("Hello,\n\n"
             "Following up on our request for Dr. Prasad's medical opinion for your patient, account\n"
             "LFM-0048213, DOB 09/30/1974 (Mr. R.). A signed VA 21-4142 / authorization is on file with\n"
             "your records department (faxed 5/2).\n\n"
             "The opinion is for his hearing loss / tinnitus claim. We'd ask that the doctor state whether\n"
             "it is at least as likely as not (50% or greater) that the condition is related to noise\n"
             "exposure during service as a flight-line mechanic, 1993-2001, and explain the reasoning.\n"
             "Please include the audiogram from 11/2023.\n\n"
             "Thank you,\nDana Whitfield" + sig("dana", disc=False))
    body = ("Hi Dana,\n\n"
            "Dr. Prasad has reviewed the chart for acct LFM-0048213 and agreed to write the letter. Our fee\n"
            "for a medical opinion letter is $150, billed to the patient. It should be ready by 6/7 and\n"
            "we'll fax it to you and mail a copy to him. Audiogram will be included.\n\n"
            "Thanks,\nBrittany Soto\nMedical Records / Release of Information\nLakeshore Family Medicine\n"
            "P 330-555-0133  F 330-555-0134\n\n"
            "The information in this email is confidential and intended only for the addressee.\n\n"
            + on_wrote(q, "Dana Whitfield", email_of("dana")) + "\n" + quote(inner) + "\n")
    return build("Lakeshore Records <records@lakeshorefamilymed.com>", who("dana"),
                 "RE: Nexus opinion - acct LFM-0048213", body, date=d)


@reg("phi", "ids", "")
def ids_exam_vendor():
    d = rdate((2024, 3, 11), (2024, 3, 29))
    body = ("EXAM APPOINTMENT NOTIFICATION - ACCREDITED REPRESENTATIVE COPY\n\n"
            "Request ID:          2024-MX-771903\n"
            "VA Claim Number:     600 291 446\n"
            "Veteran SSN (last4): 6612\n"
            "Veteran DOB:         08/19/1957\n\n"
            "Exam(s) requested:\n"
            "  1. Hearing Loss and Tinnitus DBQ (audiology)\n"
            "  2. Ischemic Heart Disease DBQ\n\n"
            "Date/Time:   Tuesday, April 9, 2024, 8:30 AM (audiology), 10:00 AM (cardiology)\n"
            "Location:    Meridian Medical Evaluations, 3300 Westgate Blvd, Ste 110, Harbor Valley OH\n\n"
            "The Veteran should bring a photo ID, a list of current medications and glasses/hearing aids\n"
            "if used. Please avoid caffeine for 4 hours before the cardiology portion.\n"
            "To reschedule call 1-800-555-0148 (option 2). Missing an exam without good cause may result\n"
            "in the claim being decided on the evidence of record.\n\n"
            "This is an automated message from Meridian Medical Evaluations on behalf of the Department\n"
            "of Veterans Affairs. Please do not reply.\n")
    return build("Meridian Scheduling <scheduling@meridian-exams.net>", f"POA Notifications <poa.notify@{ORG}>",
                 "Exam Appointment Notification - Request 2024-MX-771903", body, date=d,
                 headers={"Auto-Submitted": "auto-generated"})


@reg("phi", "ids", "")
def ids_caregiver():
    body = ("Dana,\n\n"
            "Decision came back on 10-10CG ref CG-2024-55201 (vet ICN 1012847733V219004). Spouse was\n"
            "denied as primary family caregiver at the eligibility step - letter says he 'does not require\n"
            "personal care services for a minimum of six continuous months.' That doesn't match anything\n"
            "I saw at the home visit. He can't do his own meds or get in/out of the tub without her.\n\n"
            "I want to see if the functional assessment from the home visit even made it into the\n"
            "packet. Can we request the file? Clock is running on the review request - 1 yr but I'd rather\n"
            "not sit on it.\n\nLupe\n" + sig("lupe"))
    return build(who("lupe"), who("dana"), "CG-2024-55201 denied", body)


@reg("phi", "ids", "")
def ids_burial():
    d = rdate((2025, 2, 3), (2025, 2, 21))
    body = ("Good morning,\n\n"
            "We are handling arrangements for a veteran, SSN ***-**-8820, date of death 01/27/2025. He\n"
            "passed at the Cedar Ridge Community Living Center (hospice unit) where VA was paying for his\n"
            "nursing home care, so I believe the family qualifies for the higher non-service-connected\n"
            "burial allowance plus plot allowance. His service was Navy 1969-1973.\n\n"
            "The family would like your office to file the 21P-530EZ. Scan of the death certificate is\n"
            "attached (certified copy to follow by mail). Contact for the family is his son, 216-555-0166.\n\n"
            "Respectfully,\nPaul Hollis\nHollis & Sons Funeral Home\n(330) 555-0102\n")
    return build("Paul Hollis <paul@hollisandsons-fh.com>", f"Claims Intake <intake@{ORG}>",
                 "Burial allowance - SSN ending 8820", body, date=d,
                 atts=[(png_scan(), "image/png", "scan_0127_dc.png")])


@reg("phi", "ids", "")
def ids_bva():
    body = ("Curtis,\n\n"
            "FYI the Board set the virtual tele-hearing for Docket No. 240118-39922 - Tuesday 9/17, 1:00\n"
            "pm. This is the Vietnam vet from the Lorain Rd outreach, PTSD increase 50->70 plus TDIU.\n\n"
            "What I need before then:\n"
            "  * updated private psych eval (his counselor at the Vet Center said she'd do a letter)\n"
            "  * statement from his last employer on why he was let go\n"
            "  * his wife's lay statement about the nightmares / the night he put his fist through the door\n\n"
            "I'll prep him 2 weeks out. Want to sit in?\n\nMarcus\n" + sig("marcus"))
    return build(who("marcus"), who("curtis"), "BVA hearing set - 240118-39922", body,
                 date=rdate((2024, 7, 1), (2024, 7, 31)))


@reg("phi", "ids", "")
def ids_vbms():
    body = ("Can you check VBMS for 28 114 090? He says he got a 70% letter but the deposit came at the 50%\n"
            "rate. Mental health exam was in Feb. I told him you'd call him back today, # 440-555-0149.\n\n"
            "Hoa\n")
    return build(who("hoa"), who("marcus"), "quick one", body)

# ======================================================================
# PHI / lang
# ======================================================================
@reg("phi", "lang", "Efraín Soto")
def lang_es():
    d = rdate((2024, 2, 26), (2024, 3, 6))
    q = back(d, hours=22)
    inner = ("Buenas tardes Sra. Lupe,\n\n"
             "Le escribo porque a mi esposo Efraín Soto le llegó una carta del VA para un examen C&P el\n"
             "día 12 de marzo a las 8:00 de la mañana en la clínica de Westgate, pero ese mismo día tiene\n"
             "cita con el cardiólogo en el hospital de veteranos y no la puede perder porque lleva tres\n"
             "meses esperando.\n\n"
             "¿Usted me puede ayudar a cambiar la fecha del examen? Él no habla mucho inglés y se pone\n"
             "nervioso por teléfono. También quería preguntarle si tiene que llevar los papeles del doctor\n"
             "particular sobre la diabetes y lo de los pies, que ya casi no siente.\n\n"
             "El número de reclamo es 600 512 884.\n\n"
             "Muchas gracias por todo, que Dios la bendiga.\n"
             "Carmen Rivera de Soto\n330-555-0119\n")
    body = ("Hola Carmen,\n\n"
            "Ya hablé con la oficina de exámenes y le cambiaron la cita de Efraín para el jueves 14 de\n"
            "marzo a las 10:30 de la mañana, en el mismo lugar (3300 Westgate Blvd). Le van a mandar una\n"
            "carta nueva. Así puede ir tranquilo al cardiólogo el martes.\n\n"
            "Sí, lleve los papeles del Dr. Menéndez sobre la neuropatía de los pies y la lista de\n"
            "medicinas. Yo le pido a Tom que le consiga transporte si lo necesitan, nada más me avisa.\n\n"
            "Un abrazo,\nLupe\n" + sig("lupe", disc=False) + "\n"
            + on_wrote(q, "Carmen Rivera", "carmenrsoto@pinewoodnet.net") + "\n" + quote(inner) + "\n")
    return build(who("lupe"), "Carmen Rivera <carmenrsoto@pinewoodnet.net>",
                 "RE: Cita de mi esposo Efraín - examen C&P", body, date=d)


@reg("phi", "lang", "Rodolfo Manalo")
def lang_tl():
    body = ("Magandang araw po,\n\n"
            "Ako po si Liza Manalo, anak ni Rodolfo Manalo na dating US Navy (1972-1992, steward po siya\n"
            "tapos naging Chief). Pumanaw po ang Papa noong Pebrero 3 sa Cedar Ridge VA hospital. Matagal\n"
            "na po siyang may sakit sa baga, naka-oxygen na po siya mula pa noong 2022, at doon na rin po\n"
            "siya na-confine ng huling dalawang linggo.\n\n"
            "Itatanong ko lang po kung paano mag-apply ng burial benefits at kung may makukuha po ba si\n"
            "Mama (Remedios Manalo) na DIC o pension. 78 na po siya at hindi po siya masyadong marunong\n"
            "mag-Ingles, kaya ako na po ang nag-aasikaso. Nasa amin po ang DD-214 ni Papa at yung\n"
            "death certificate.\n\n"
            "Pwede po ba kaming pumunta sa office ninyo sa Sabado? O kung hindi po, kahit weekday after\n"
            "4pm. Salamat po ng marami sa tulong.\n\n"
            "Liza Manalo\n216-555-0140\n\nSent from Yahoo Mail for iPhone\n")
    return build("Liza Manalo <lizamanalo.rn@kestrelmail.com>", f"Info <info@{ORG}>",
                 "Tanong po tungkol sa burial benefits ni Papa (Rodolfo Manalo)", body)


@reg("phi", "lang", "Phạm Văn Minh")
def lang_vi():
    body = ("Chào chị Lan,\n\n"
            "Em là Hoa ở văn phòng cựu chiến binh. Em đã đặt xe cho anh Minh đi khám ở bệnh viện VA Cedar\n"
            "Ridge vào thứ Năm ngày 20/6 lúc 10 giờ sáng (phòng khám mắt, tòa nhà số 1, tầng 2). Tài xế\n"
            "tên là Sal, chú ấy sẽ đến đón anh lúc 8 giờ 45 tại nhà ở đường Elmwood. Sau khi khám mắt họ\n"
            "sẽ nhỏ thuốc nên anh Minh không tự lái xe được, chị đừng lo, Sal sẽ chở anh về.\n\n"
            "Chị nhớ nhắc anh mang theo thẻ VA và danh sách thuốc đang uống (thuốc tiểu đường và thuốc\n"
            "huyết áp). \n\n"
            "Về hồ sơ xin bồi thường cho bệnh tiểu đường và tê chân, em đã nộp mẫu 21-526EZ rồi, số hồ sơ\n"
            "là 600 733 019. Có thể VA sẽ gửi thư hẹn khám C&P trong vài tuần tới. Khi nào chị nhận được\n"
            "thư thì chụp hình gửi cho em nhé.\n\n"
            "Có gì chị cứ gọi em: 330-555-0187 số nội bộ 116.\n\n"
            "Hoa Trần\n" + sig("hoa", disc=False))
    return build(who("hoa"), "Lan Pham <lanpham.elmwood@ridgenet.net>",
                 "Lịch khám mắt của anh Minh - thứ Năm 20/6", body,
                 date=rdate((2024, 6, 10), (2024, 6, 14)))


@reg("phi", "lang", "박성호 (Sung-ho Park)")
def lang_ko():
    body = ("안녕하세요,\n\n"
            "저는 박성호 씨의 딸 박지영입니다. 아버지께서 지난주 목요일에 VA 병원에서 청력 검사를\n"
            "받으셨는데, 보청기가 아직 안 나왔다고 하십니다. 그리고 귀에서 계속 소리가 나서(이명) 밤에\n"
            "잠을 거의 못 주무세요. 요즘은 혈압도 많이 올라서 걱정입니다.\n\n"
            "아버지는 1975년부터 1979년까지 미 육군에서 포병으로 복무하셨습니다. 이런 경우에도 장애 보상\n"
            "청구를 할 수 있는지 궁금합니다. 생년월일은 1954년 3월 8일이고, DD-214 사본은 가지고 있습니다.\n\n"
            "다음 주 화요일 오후에 사무실에 같이 방문해도 될까요? 아버지가 영어가 좀 서투셔서 제가\n"
            "통역하겠습니다.\n\n"
            "감사합니다.\n"
            "박지영 드림\n"
            "Jiyoung Park | 440-555-0112\n")
    return build("Jiyoung Park <jiyoung.park77@pinewoodnet.net>", f"Info <info@{ORG}>",
                 "아버지 청력 관련 장애 보상 문의 (박성호)", body)


@reg("phi", "lang", "Henryk Nowicki")
def lang_pl():
    body = ("Dzień dobry Pani Renato,\n\n"
            "Piszę w sprawie mojego roszczenia o kolano. Dostałem list z VA, że przyznali mi tylko 10%,\n"
            "ale lekarz na badaniu C&P sam mówił, że zgięcie jest bardzo ograniczone i że powinienem mieć\n"
            "operację. Nie rozumiem wszystkiego w tym liście, jest tam dużo o \"painful motion\".\n\n"
            "Czy mogę przyjść w czwartek rano, żeby Pani mi to wytłumaczyła? Przyniosę list i wyniki\n"
            "rezonansu z kliniki ortopedycznej z lutego.\n\n"
            "Mam też problem z aparatami słuchowymi - lewy przestał działać i nie wiem, do kogo zadzwonić\n"
            "w szpitalu w Cedar Ridge. Czy Pani wie, gdzie się je oddaje do naprawy?\n\n"
            "Z poważaniem,\n"
            "Henryk Nowicki\n"
            "tel. 216-555-0134\n")
    return build("Henryk Nowicki <h.nowicki1951@ridgenet.net>", who("renee"),
                 "Roszczenie - kolano 10% / aparaty słuchowe", body)


@reg("phi", "lang", "Jean-Robert Jean-Baptiste")
def lang_ht():
    d = rdate((2024, 5, 13), (2024, 5, 22))
    q = back(d, hours=4)
    inner = ("Bonjou Madan Lupe,\n\n"
             "Se Marie-Claude, madanm Jean-Robert Jean-Baptiste. Mwen te resevwa lèt la pou vizit lakay la\n"
             "pou pwogram caregiver a, men mwen pa konprann tout sa k ekri ladan l. Yo di y ap vini 28 me a\n"
             "2è apremidi.\n\n"
             "Depi Jean-Robert te fè atak la (strok) an janvye, li pa ka benyen poukont li ankò, e se mwen\n"
             "menm ki ba li medikaman li chak maten ak chak swa. Li pa ka monte eskalye a san mwen.\n\n"
             "Èske mwen bezwen prepare kèk papye? Èske ou ka la avèk nou jou sa a? Mwen pè pou m pa di\n"
             "yon bagay ki mal.\n\n"
             "Mèsi anpil, Bondye beni ou.\n"
             "Marie-Claude\n234-555-0152\n")
    body = ("Bonjou Marie-Claude,\n\n"
            "Wi, m ap la 28 me a, m ap rive 1è30 pou nou ka pale anvan yo rive. Pa bezwen pè, se sèlman\n"
            "pou yo wè kijan ou ede Jean-Robert chak jou. Prepare lis medikaman yo ak papye lopital la\n"
            "(lèt egzeyat la apre strok la). Si ou gen yon kalandriye kote ou ekri randevou li yo, pote l tou.\n\n"
            "Lupe\n\n(Thank you to Hoa's cousin Widline for helping me with the Kreyòl!)\n"
            + sig("lupe", disc=False) + "\n" + on_wrote(q, "Marie-Claude Jean-Baptiste", "mcjeanbaptiste@kestrelmail.com")
            + "\n" + quote(inner) + "\n")
    return build(who("lupe"), "Marie-Claude Jean-Baptiste <mcjeanbaptiste@kestrelmail.com>",
                 "Re: vizit lakay pou pwogram caregiver", body, date=d)


@reg("phi", "lang", "Manuel Furtado")
def lang_pt():
    d = rdate()
    q = back(d, days=1, hours=3)
    inner = ("Boa tarde,\n\n"
             "Chamo-me Paulo Furtado e escrevo em nome do meu pai, Manuel Furtado (nascido a 14/06/1948),\n"
             "veterano do Exército dos EUA, Vietname 1968-1969. Ele recebeu uma carta para ir a um exame\n"
             "médico (C&P) por causa dos pulmões e das costas, mas a carta diz \"Westgate\" e nós não\n"
             "sabemos onde fica. O meu pai já não conduz de noite e o exame é às 7h30.\n\n"
             "Também queria perguntar: o médico de família dele (Dr. Medeiros) fez um relatório sobre a\n"
             "bronquite crónica e a exposição ao Agente Laranja. Devemos levar esse relatório ao exame ou\n"
             "entregar no vosso escritório?\n\n"
             "Muito obrigado,\nPaulo Furtado\n(508) 555-0127\n")
    body = ("Hi Paulo,\n\n"
            "Sorry, my Portuguese is not good enough to reply properly so I'm writing in English - please\n"
            "call me if anything is unclear. The exam office is at 3300 Westgate Blvd, Suite 110, behind the\n"
            "Kroger. We can have a volunteer driver pick your father up at 6:45 - just confirm his address.\n\n"
            "Please bring Dr. Medeiros' report to our office before the exam (or scan it to me). I'll\n"
            "upload it to his claim so the examiner has it; a copy in his hand at the exam helps too.\n\n"
            "Marcus\n" + sig("marcus", disc=False) + "\n" + on_wrote(q, "Paulo Furtado", "pfurtado.fallriver@ridgenet.net")
            + "\n" + quote(inner) + "\n")
    return build(who("marcus"), "Paulo Furtado <pfurtado.fallriver@ridgenet.net>",
                 "Re: Exame C&P do meu pai - Manuel Furtado", body, date=d)


@reg("phi", "lang", "黃國華 (Kwok-Wah Wong)")
def lang_zh():
    body = ("您好，\n\n"
            "我是黃國華的兒子黃志明。我父親今年九十一歲，是韓戰時期的美國陸軍退伍軍人（1952-1954）。\n"
            "他去年十月中風以後，現在住在 Maple Grove 護理之家，需要別人幫忙吃飯、洗澡和上廁所。\n"
            "每月費用大約六千八百美元，我們家的存款快用完了。\n\n"
            "護理之家的社工說他可能符合退伍軍人的 Aid and Attendance 津貼。請問需要準備哪些文件？\n"
            "醫生需要填寫 21-2680 表格嗎？他的出生日期是1933年11月2日，VA 檔案號碼是 C 21 448 907。\n\n"
            "我平日要上班，星期六上午比較方便。謝謝您的幫忙。\n\n"
            "黃志明\nMichael Wong\n電話 216-555-0107\n")
    return build("Michael Wong <mwong.cpa@pinewoodnet.net>", f"Info <info@{ORG}>",
                 "查詢父親的 Aid and Attendance 申請", body)


# ======================================================================
# PHI / lists
# ======================================================================
LIST1 = ["Samuel Okafor", "Loretta Banks", "Harold Jessup", "Wendell Guthrie", "Nick Petrakis",
         "Vernon Haldane", "Efrain Soto"]


@reg("phi", "lists", "; ".join(LIST1))
def lists_rides():
    hdr = f"{'Date':<8}| {'Time':<5} | {'Veteran':<18} | {'Pickup':<26} | {'Going to':<30} | {'Driver':<7} | Notes"
    rows = [
        ("Mon 7/8", "6:30", "Okafor, Samuel", "1420 Ridgeview Dr #3B", "VAMC Eye Clinic B1", "Sal", "ramp van, O2, wife rides"),
        ("Mon 7/8", "5:15", "Banks, Loretta", "603 Hawthorne Ave", "Riverbend Kidney Ctr", "Gene", "MWF standing, wait in lot"),
        ("Tue 7/9", "7:15", "Jessup, Harold", "88 Birch Ln, Dalton Twp", "VAMC B3 2nd fl", "Gene", "walker"),
        ("Tue 7/9", "9:40", "Guthrie, Wendell", "19 Foundry St", "Meridian - Westgate (C&P)", "Carol", "anxious, pls be early"),
        ("Wed 7/10", "5:15", "Banks, Loretta", "603 Hawthorne Ave", "Riverbend Kidney Ctr", "Gene", ""),
        ("Wed 7/10", "10:00", "Petrakis, Nick", "40 Grove St apt 2", "VAMC Pharmacy + Cardiology", "Sal", "knock loud"),
        ("Thu 7/11", "8:00", "Haldane, Vernon", "2 Clover Ct", "VAMC Neuropsych testing", "Carol", "daughter meets there"),
        ("Thu 7/11", "12:30", "Soto, Efrain", "77 Linden Pl", "VAMC Podiatry", "Sal", "Spanish - Lupe on call"),
        ("Fri 7/12", "5:15", "Banks, Loretta", "603 Hawthorne Ave", "Riverbend Kidney Ctr", "Gene", ""),
    ]
    lines = [hdr, "-" * len(hdr)]
    for r in rows:
        lines.append(f"{r[0]:<8}| {r[1]:<5} | {r[2]:<18} | {r[3]:<26} | {r[4]:<30} | {r[5]:<7} | {r[6]}")
    body = ("Drivers,\n\nHere's next week. Carol, thank you for picking up the Thursday runs while Bill is away.\n"
            "Reminder: log mileage in the binder, and no one rides up front who isn't the caregiver.\n\n"
            + "\n".join(lines) + "\n\n"
            "Loretta's son may start covering Fridays again in August, I'll let you know.\n\n"
            "Tom" + sig("tom"))
    return build(who("tom"), f"Volunteer Drivers <drivers@{ORG}>", "Ride roster wk of 7/8", body,
                 date=rdate((2024, 7, 1), (2024, 7, 5)))


LIST2 = ["Dwayne Hollister", "Rosa Ortiz", "Lionel Delacroix", "Travis Bordelon", "Kayla Mercer",
         "Dale Whitcomb", "Francis Delgado", "George Antonelli", "Terrence Oyelaran", "Bobbie Jo Hatch"]


@reg("phi", "lists", "; ".join(LIST2))
def lists_caseload_csv():
    rows = [["Veteran", "File No", "DOB", "Claim Type", "Conditions", "Status", "Next Action", "Due"],
            ["Hollister, Dwayne", "29 774 105", "1979-10-02", "Initial", "PTSD; tinnitus", "Exam scheduled", "remind re C&P", "2024-05-07"],
            ["Ortiz, Rosa", "31 204 558", "1984-06-19", "Initial", "PTSD (MST); migraines", "Gathering evidence", "0781 + markers stmt", "2024-05-20"],
            ["Delacroix, Lionel", "26 118 930", "1971-01-28", "Supplemental", "constrictive bronchiolitis (PACT)", "Ready to file", "20-0995 w/ pulm notes", "2024-05-10"],
            ["Bordelon, Travis", "33 610 287", "1988-03-11", "Increase", "tinnitus; hearing loss", "Exam scheduled", "none", ""],
            ["Mercer, Kayla", "", "1990-08-04", "ITF only", "PTSD (MST)", "ITF filed 2024-02-01", "intake appt", "2025-02-01"],
            ["Whitcomb, Dale", "24 905 410", "1962-12-15", "HLR", "lumbar strain", "Denied 4/12", "decide HLR vs supp", "2025-04-12"],
            ["Delgado, Francis", "27 003 661", "1966-07-14", "Secondary", "OSA secondary to rhinitis", "Nexus ltr received", "file 526", "2024-05-15"],
            ["Antonelli, George", "24 907 332", "1949-04-22", "Increase", "prostate ca (AO presumptive)", "Pending exam", "resched C&P", "2024-05-09"],
            ["Oyelaran, Terrence", "32 551 870", "1986-11-30", "Initial", "L knee; R ankle", "ITF expires", "FILE BY 5/28", "2024-05-28"],
            ["Hatch, Bobbie Jo", "30 482 116", "1981-02-09", "Initial", "sinusitis; asthma (burn pit)", "ITF expires", "FILE BY 5/31", "2024-05-31"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    body = ("Curtis,\n\nHere's my open list for Thursday's case review. Two ITFs expire this month (Oyelaran\n"
            "and Hatch) - both are waiting on private records, I'll file with what we have if they don't\n"
            "come in by the 24th.\n\nDana\n" + sig("dana"))
    return build(who("dana"), who("curtis"), "caseload for Thurs review", body,
                 date=rdate((2024, 5, 6), (2024, 5, 8)),
                 atts=[(buf.getvalue(), "text/csv", "DW_caseload_2024-05.csv")])


LIST3 = ["Efrain Soto", "Wendell Guthrie", "Manuel Furtado", "Travis Bordelon", "Lionel Delacroix",
         "George Antonelli", "Jerome Whitaker", "Priscilla Vance"]


@reg("phi", "lists", "; ".join(LIST3))
def lists_cp_xlsx():
    rows = [["Veteran", "Last4", "Exam date", "Time", "Location", "Exam / DBQ", "Ride?", "Rep"],
            ["Soto, Efrain", "2884", "06/03/2024", "10:30", "Meridian Westgate", "Diabetes; peripheral neuropathy", "Y", "LS"],
            ["Guthrie, Wendell", "7712", "06/04/2024", "9:40", "Meridian Westgate", "Hypertension; PTSD review", "Y", "MO"],
            ["Furtado, Manuel", "0391", "06/05/2024", "7:30", "Meridian Westgate", "Resp (AO); thoracolumbar spine", "Y", "MO"],
            ["Bordelon, Travis", "0937", "06/06/2024", "8:30", "Meridian Westgate", "Hearing loss & tinnitus", "N", "DW"],
            ["Delacroix, Lionel", "4209", "06/11/2024", "13:00", "Cedar Ridge VAMC", "Resp - PFT", "N", "MO"],
            ["Antonelli, George", "7332", "06/13/2024", "10:00", "Cedar Ridge VAMC", "Prostate cancer residuals", "Y", "DW"],
            ["Whitaker, Jerome", "5150", "06/18/2024", "14:15", "Telehealth (ACCESS)", "Mental disorders (initial)", "N", "DW"],
            ["Vance, Priscilla", "8047", "06/25/2024", "9:00", "Meridian Westgate", "Knee & lower leg, bilat", "Y", "AB"]]
    body = ("All,\n\nJune C&P exams attached, sorted by date. Tom has the ride column - anyone marked Y please\n"
            "confirm with him by Friday. Call each vet 2 days before.\n\nThanks,\nRenee\n" + sig("renee"))
    return build(who("renee"), f"Service Officers <vso-team@{ORG}>", "June C&P exams", body,
                 cc=who("tom"), date=rdate((2024, 5, 22), (2024, 5, 29)),
                 atts=[(xlsx(rows, "June"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "CP_exams_June2024.xlsx")])


LIST4 = ["Dennis Ruiz", "Arlene Kopecky", "Marvin Tate", "Sheila Duquesne", "Roberto Aguilar",
         "James 'JD' Dowling", "Patricia Lumley", "Cornelius Webb", "Tyrell Simmons"]


@reg("phi", "lists", "; ".join(LIST4))
def lists_outreach():
    body = ("Walk-ins from Saturday at VFW Post 1147. Intake sheets are in the tray, I'll scan Monday.\n\n"
            "Dennis Ruiz - 5/12/1949 - hearing aids, wants to file for tinnitus\n"
            "Arlene Kopecky (surviving spouse) - 9/30/1952 - DIC, husband died of bladder ca, Camp Lejeune 1978\n"
            "Marvin Tate - 1/4/1967 - Gulf War, joint pain + fatigue, never filed\n"
            "Sheila Duquesne - 7/22/1975 - increase, migraines worse, missed work 2x/month\n"
            "Roberto Aguilar - 3/3/1947 - Vietnam, diabetes, on insulin now, rated 20%\n"
            "James 'JD' Dowling - 11/19/1958 - needs ride to VAMC for eye appts, lost license\n"
            "Patricia Lumley - 2/14/1980 - caregiver for husband (TBI), asking about 10-10CG\n"
            "Cornelius Webb - 6/6/1944 - Korea era, A&A pension, in assisted living\n"
            "Tyrell Simmons - 10/1/1991 - back + knees, Afghanistan, wants to talk to someone about sleep/PTSD\n\n"
            "Tyrell seemed pretty down, I gave him the Vet Center card and the crisis line number and said\n"
            "someone would call Mon. Marcus can you take him?\n\n-Hoa\n")
    return build(who("hoa"), [who("marcus"), who("dana"), who("renee")], "VFW walk-ins Sat", body)


LIST5 = ["Raymond Ocasio", "Jean-Robert Jean-Baptiste", "Curtis Lumley", "Gilbert Nwosu", "Harlan Pike"]


@reg("phi", "lists", "; ".join(LIST5))
def lists_caregiver_tsv():
    rows = [["Veteran", "Caregiver", "Relationship", "Applied", "Home visit", "Status", "Notes"],
            ["Ocasio, Raymond", "Marisol Ocasio-Reyes", "daughter", "03/22/2024", "05/14/2024", "Pending", "bathing, meds, wanders at night"],
            ["Jean-Baptiste, Jean-Robert", "Marie-Claude J-B", "spouse", "04/02/2024", "05/28/2024", "Pending", "post-stroke, Kreyol - need interp"],
            ["Lumley, Curtis", "Patricia Lumley", "spouse", "05/06/2024", "", "Not yet filed", "TBI 2011, met at VFW"],
            ["Nwosu, Gilbert", "Ada Nwosu", "spouse", "01/15/2024", "02/20/2024", "Approved Level 2", "stipend started 4/1"],
            ["Pike, Harlan", "Dawn Pike", "daughter", "12/04/2023", "01/30/2024", "Denied", "see CG-2024-55201 - review request"]]
    table = "\n".join("\t".join(r) for r in rows)
    body = ("Curtis - caregiver program status for the board report. I pasted it straight from my tracker,\n"
            "sorry if the columns come through weird.\n\n" + table + "\n\n"
            "For the board I'd just report: 5 families active, 1 approved, 1 denied & under review, 2\n"
            "pending visit, 1 not filed. Don't use the names in the slides obviously.\n\nLupe\n" + sig("lupe"))
    return build(who("lupe"), who("curtis"), "caregiver tracker - for board report", body)


LIST6 = ["Carl Benedetti", "Rosa Ortiz", "Marvin Tate", "Dwayne Hollister", "Bobbie Jo Hatch"]


@reg("phi", "lists", "; ".join(LIST6))
def lists_buddy():
    body = ("Andre,\n\nBuddy statement chase list for this week. Please call/email the witnesses, not the vets.\n"
            "Script is in the shared drive. If someone agrees, mail them a blank 21-10210 + SASE.\n\n"
            "- Carl Benedetti (vet) -- need stmt from SSG (ret) Ray Monroe re: the 1987 motor pool accident,\n"
            "  the jack slipped and the truck came down on Carl's back. Monroe agreed on the phone 6/3,\n"
            "  hasn't mailed it. 614-555-0170.\n"
            "- Rosa Ortiz (vet) -- stmt from her former roommate Tasha Greene about the change in her behavior\n"
            "  after the assault in 2006 (she stopped going out, started drinking). Rosa OK'd contact. Be gentle.\n"
            "- Marvin Tate (vet) -- anyone from 1st Bn 7th Marines who remembers the oil well fires, Kuwait\n"
            "  1991. He gave two names: Dewey Castro, Phil Ames. No numbers yet - try the unit FB group.\n"
            "- Dwayne Hollister (vet) -- sister Carla Hollister re: how he was before vs after deployment.\n"
            "  Already have it, just needs her signature + date on page 2.\n"
            "- Bobbie Jo Hatch (vet) -- coworker statement re: breathing problems at work since 2015.\n\n"
            "Thanks!\nMarcus\n" + sig("marcus"))
    return build(who("marcus"), who("andre"), "buddy stmt chase list", body)


LIST7 = ["Michael Tolliver", "Leroy Fitch", "Dolores Keane", "Wendell Guthrie", "Samuel Okafor"]


@reg("phi", "lists", "; ".join(LIST7))
def lists_bva_thread():
    d = rdate((2024, 6, 17), (2024, 6, 28))
    q1 = back(d, days=1, hours=2)
    q2 = back(q1, days=3, hours=5)
    deep = ("Marcus,\n\nAs requested, here are the current Board appeals for the Harbor Valley office with\n"
            "hearing info as of this morning:\n\n"
            f"{'Appellant':<20} {'Docket':<14} {'Issue(s)':<40} {'Hearing':<16}\n"
            f"{'Tolliver, Michael':<20} {'230612-11458':<14} {'sleep apnea secondary to PTSD':<40} {'Virtual 8/21':<16}\n"
            f"{'Fitch, Leroy':<20} {'221104-30217':<14} {'TDIU':<40} {'none - evidence':<16}\n"
            f"{'Keane, Dolores':<20} {'240205-08861':<14} {'DIC - cause of death (ALS)':<40} {'Virtual 9/10':<16}\n"
            f"{'Guthrie, Wendell':<20} {'230928-44102':<14} {'HTN secondary to PTSD':<40} {'Direct review':<16}\n"
            f"{'Okafor, Samuel':<20} {'240301-17756':<14} {'diabetic retinopathy - eff. date':<40} {'Travel Bd TBD':<16}\n\n"
            "Let me know if any of the evidence windows need to be extended.\n\n"
            "Janine Roark\nAppeals Liaison, Ohio Dept of Veterans Services (Harbor Valley District)\n614-555-0188\n")
    mid = ("Curtis - see Janine's list below. Dolores Keane's hearing is the same week as the Stand Down, so\n"
           "one of us needs to stay back. I can take Keane and Tolliver if Dana takes Okafor.\n\nMarcus\n\n"
           + outlook_block("Roark, Janine <jroark@odvs-harborvalley.org>", q2, "Marcus Ortega",
                           "Board appeals - Harbor Valley POA", deep))
    body = ("Works for me. Put it on the shared calendar and let's talk at Monday staff.\n\n"
            "Curtis\n\nSent from my iPad\n\n" + on_wrote(q1, "Marcus Ortega", email_of("marcus")) + "\n" + quote(mid) + "\n")
    return build(who("curtis"), who("marcus"), "Re: FW: Board appeals - Harbor Valley POA", body, date=d,
                 cc=who("dana"))

# ======================================================================
# PHI / names
# ======================================================================
@reg("phi", "names", "Lionel Delacroix")
def names_delacroix():
    body = ("Marcus,\n\n"
            "Mrs. Delacroix called again (3rd time this week) about Lionel's rating for his lungs. She read\n"
            "about the PACT Act and thinks his constrictive bronchiolitis should be presumptive now since he\n"
            "was at Balad 2004-05. I think she's right? He's on oxygen at night now and she says he can't\n"
            "get up the stairs without stopping.\n\n"
            "Can you call her back before Friday, she's really anxious about it. I said you'd know whether\n"
            "it's a supplemental or a new claim.\n\nThx\nRenee\n")
    return build(who("renee"), who("marcus"), "Mrs. Delacroix - callback pls", body)


@reg("phi", "names", "Walter Szymanski")
def names_szymanski():
    d = rdate()
    q = back(d, hours=26)
    inner = ("Mr. Ortega,\n\n"
             "Dr. Hale reviewed your request. Before he can give an opinion on the left shoulder he needs\n"
             "the service treatment records showing the 1979 injury and the separation physical, if there\n"
             "is one. He has been seeing the patient for the shoulder since 2011 and did the rotator cuff\n"
             "repair in 2016, so he's comfortable addressing the current condition, but he won't speculate\n"
             "about service without the STRs.\n\n"
             "Please fax to 330-555-0146, attn: Kim.\n\n"
             "Kim Albrecht, RN\nCare Coordinator\nValley Orthopedic Associates\n")
    body = ("see below. doc wants the STRs first. can you pull from the c-file and fax? pages 212-240 I think\n"
            "+ the sep exam.\n\nM\n\n"
            + fwd_block("Kim Albrecht <kalbrecht@valleyorthoassoc.com>", q, "Marcus Ortega <mortega@hvvets.org>",
                        "nexus letter request", inner))
    return build(who("marcus"), who("andre"), "Fwd: Szymanski, Walter - nexus ltr", body, date=d)


@reg("phi", "names", "Big Mike (Michael Tolliver)")
def names_bigmike():
    body = ("Hoa,\n\n"
            "Big Mike came by again today. Says the CPAP the VA gave him is a \"torture device\" and he's\n"
            "not using it. That's going to hurt the sleep apnea appeal if the Board sees zero compliance\n"
            "data. Can you talk to him? He listens to you more than me. Maybe the mask fitting clinic can\n"
            "try a different one.\n\n"
            "He also mentioned his knees are worse and he's using the cane all the time now - might be\n"
            "worth an increase claim once the appeal is done. Note it in the Tolliver file.\n\n"
            "D\n")
    return build(who("dana"), who("hoa"), "Big Mike", body)


@reg("phi", "names", "Tanya")
def names_tanya():
    body = ("Dana,\n\n"
            "Tanya came to the women vets coffee hour Wed and asked if we could go over her TBI claim again.\n"
            "She was pretty upset - said the examiner rushed through the memory questions in about 10 min\n"
            "and didn't ask about the headaches at all. She's getting migraines most days now and had to\n"
            "leave her job at the warehouse.\n\n"
            "I told her you'd reach out. She prefers text, number's in her file. She also asked if her\n"
            "neurologist's notes from the community care referral ever got uploaded.\n\n"
            "Lupe\n\nSent from my iPhone\n")
    return build(who("lupe"), who("dana"), "Tanya - TBI exam", body)


@reg("phi", "names", "Earl Washington")
def names_washington():
    d = rdate()
    q1 = back(d, minutes=47)
    q2 = back(q1, hours=2)
    inner2 = ("Grace,\n\nCan we use the big conference room Thursday at 2? Meeting with Earl Washington and his\n"
              "wife to go over his 100% P&T decision and the Chapter 35 benefits for the kids. Earl's in a\n"
              "power chair now since the amputation, so the small room won't work.\n\nMarcus")
    inner1 = ("Booked. I'll move the board packet prep to the small room.\n\nGrace\n\n"
              + on_wrote(q2, "Marcus Ortega", email_of("marcus")) + "\n" + quote(inner2))
    body = ("thanks Grace!\n\n" + on_wrote(q1, "Grace Nakamura", email_of("grace")) + "\n" + quote(inner1) + "\n")
    return build(who("marcus"), who("grace"), "Re: big room Thurs 2pm", body, date=d)


@reg("phi", "names", "Wendell Guthrie")
def names_guthrie():
    body = ("Marcus,\n\n"
            "Guthrie, Wendell - C&P results posted to VBMS this morning. Examiner gave a negative opinion on\n"
            "the hypertension secondary to PTSD (\"less likely than not\", cites age and family history) but\n"
            "said the ED is at least as likely as not due to his sertraline. So we may get SMC-K out of\n"
            "this even if HTN is denied.\n\n"
            "Want me to start looking for a private opinion on the HTN? Dr. Ferris at Lakeshore has done a\n"
            "couple for us.\n\nHoa\n")
    return build(who("hoa"), who("marcus"), "Re: Guthrie, Wendell - C&P result", body)


@reg("phi", "names", "Vernon Haldane")
def names_haldane():
    body = ("Tom,\n\n"
            "Just so you know, Mr. Haldane seemed confused on the ride home today. He asked me twice where\n"
            "we were going and didn't recognize his own street til we were in front of the house. His\n"
            "daughter met us and said this is new in the last month or so. He had the memory testing at\n"
            "the VA today, so maybe he was just worn out.\n\n"
            "Also Vern left his cane in the van, I'll drop it off tomorrow on my way to the Kroger.\n\n"
            "Carol\n\nSent from my iPad\n")
    return build("Carol Ambrose <carol.ambrose@ridgenet.net>", who("tom"), "Mr. Haldane today", body)


@reg("phi", "names", "Rosa Ortiz; Terrence Oyelaran")
def names_huddle():
    text = ("Case huddle - notes\n\n"
            "Present: Dana, Marcus, Lupe, Hoa, Renee\n\n"
            "1. Ortiz (Rosa) - MST-related PTSD. Markers evidence: performance evals drop 2006-07, transfer\n"
            "   request, two ER visits for 'anxiety' on base. Dana drafting the 0781 with her next week.\n"
            "   She wants a female examiner - note it on the 526.\n"
            "2. Terrence O. - ITF expires 5/28. Ortho records from the community care knee surgeon still not\n"
            "   in. File with what we have, supplement later.\n"
            "3. Volunteer driver background checks due in June (Tom).\n"
            "4. Stand Down planning - see Grace's email.\n\n"
            "Next huddle Thursday 8:30.\n")
    html = html_wrap("<h3>Case huddle - notes</h3><p>Present: Dana, Marcus, Lupe, Hoa, Renee</p><ol>"
                     "<li><b>Ortiz (Rosa)</b> - MST-related PTSD. Markers evidence: performance evals drop 2006-07, "
                     "transfer request, two ER visits for 'anxiety' on base. Dana drafting the 0781 with her next "
                     "week. She wants a female examiner - note it on the 526.</li>"
                     "<li><b>Terrence O.</b> - ITF expires 5/28. Ortho records from the community care knee surgeon "
                     "still not in. File with what we have, supplement later.</li>"
                     "<li>Volunteer driver background checks due in June (Tom).</li>"
                     "<li>Stand Down planning - see Grace's email.</li></ol><p>Next huddle Thursday 8:30.</p>")
    return build(who("renee"), f"Service Officers <vso-team@{ORG}>", "huddle notes 5/16", text, html=html,
                 date=rdate((2024, 5, 16), (2024, 5, 17)))


# ======================================================================
# PHI / self
# ======================================================================
@reg("phi", "self", "Travis Bordelon")
def self_travis():
    body = ("hey its travis again. got the letter for the hearing exam on the 6th at meridian. do i need\n"
            "to bring anything? my ears have been ringing way worse since the range qual last summer lol.\n"
            "also is it normal they only gave me 0% for the hearing loss last time?? i literally cant hear\n"
            "my kids in the back seat\n\n"
            "thx\ntravis b\n\nSent from my iPhone\n")
    return build("Travis Bordelon <travisb88@kestrelmail.com>", who("dana"), "hearing exam", body)


@reg("phi", "self", "Kayla Mercer")
def self_kayla():
    body = ("Ms. Whitfield,\n\n"
            "I've been putting off writing this for a while. I filed an intent to file back in February but\n"
            "never came in. I want to file for PTSD but it isn't from combat. Something happened when I was\n"
            "stationed at Fort Carver in 2012 and I never reported it. I've been seeing a counselor at the\n"
            "Vet Center since January and she said I should talk to a service officer.\n\n"
            "I read there's a different form for this (0781?). Is it possible to meet with a woman? I'm not\n"
            "comfortable going through it with a man and I don't want to do it over the phone.\n\n"
            "I work days but can come after 4:30 or on a Saturday if you ever do that.\n\n"
            "Kayla\n")
    return build("Kayla Mercer <kmercer@pinewoodnet.net>", who("dana"), "appointment", body)


@reg("phi", "self", "Dale R. Whitcomb")
def self_whitcomb():
    lines = ["DEPARTMENT OF VETERANS AFFAIRS", "Regional Office", "",
             "DALE R WHITCOMB", "1188 KETTERING RD", "HARBOR VALLEY OH 44613", "",
             "In Reply Refer To: 24 905 410", "Claim Number: 600 377 102", "",
             "Dear Mr. Whitcomb:", "",
             "We made a decision on your claim for service connection received on September 5, 2023.",
             "", "What We Decided", "",
             "Service connection for lumbosacral strain with degenerative disc disease is denied.",
             "", "Reasons for Decision",
             "The evidence does not show that your current back condition is related to your military",
             "service. The VA examiner opined that the condition is less likely than not incurred in",
             "or caused by service. Your service treatment records show one visit for low back pain",
             "in 1984 which resolved. No nexus has been established.", "",
             "Evidence considered: VA examination 02/27/2024; private treatment records, Harbor",
             "Chiropractic, 2019-2023; service treatment records.", "",
             "If you disagree with our decision, see the enclosed VA Form 20-0998."]
    body = ("Denied AGAIN for my back. Letter attached. \"No nexus has been established\" - what does that even\n"
            "mean?? I carried a radio on my back for 4 years and jumped out of trucks with it. I told the\n"
            "examiner all that and she barely looked up from the computer. I have 2 herniated discs per my\n"
            "MRI and can't sit through a movie.\n\n"
            "What do I do now. Do I appeal or start over. I'm about done with this.\n\n"
            "Dale Whitcomb\n330-555-0109\n")
    return build("Dale Whitcomb <drwhitcomb@ridgenet.net>", who("dana"), "DENIED again", body,
                 date=rdate((2024, 4, 15), (2024, 4, 26)),
                 atts=[(pdf(lines), "application/pdf", "VA_decision_letter_scan.pdf")])


@reg("phi", "self", "Loretta Banks")
def self_banks():
    body = ("Hello,\n\n"
            "My name is Loretta Banks, I'm an Army veteran (1978-1984). I started dialysis 3 times a week at\n"
            "Riverbend Kidney Center, Mon/Wed/Fri at 6 am. My son was driving me but he got a new job in\n"
            "Columbus and can't anymore. The VA approved the dialysis there through community care.\n\n"
            "Do your volunteer drivers go to places that aren't the VA hospital? I live at 603 Hawthorne Ave.\n"
            "I can't do the bus that early and after treatment I'm too wiped out to sit at a bus stop.\n\n"
            "Thank you,\nLoretta Banks\n330-555-0115\n")
    return build("Loretta Banks <lorettabanks603@kestrelmail.com>", f"Info <info@{ORG}>",
                 "Rides to dialysis?", body)


@reg("phi", "self", "Ron Pettigrew")
def self_pettigrew():
    body = ("Hi Marcus,\n\n"
            "I got a bill from the VA for $1,246.80 for an ER visit at Mercy in February when I had the chest\n"
            "pains. I thought community care was supposed to cover emergencies if you call within 72 hours -\n"
            "my wife called the number the next morning. I'm 60% service connected.\n\n"
            "The account # on the statement is 558-00432-77 and it says to pay by the 15th or it goes to\n"
            "Treasury. Can you help me dispute it? I'll bring the statement in Monday.\n\n"
            "Ron Pettigrew\n")
    return build("ron pettigrew <rpettigrew.usmc@ridgenet.net>", who("marcus"), "VA bill for ER", body)


@reg("phi", "self", "Francis Delgado")
def self_delgado():
    paras = ["Lakeshore Family Medicine", "1900 Lakeshore Pkwy, Harbor Valley OH 44613  |  330-555-0133", "",
             "May 3, 2024", "", "To Whom It May Concern:", "",
             "I have been the primary care physician for Mr. Francis Delgado (DOB 07/14/1966) since 2015. "
             "Mr. Delgado has chronic rhinitis, documented in his service treatment records beginning in 1988, "
             "and obstructive sleep apnea diagnosed by polysomnography in 2019 (AHI 31).",
             "I have reviewed his service treatment records and the medical literature. Chronic nasal obstruction "
             "increases upper airway resistance and is a recognized contributor to obstructive sleep apnea. It is my "
             "opinion that it is at least as likely as not (50% or greater probability) that Mr. Delgado's sleep "
             "apnea is proximately due to or aggravated by his service-connected chronic rhinitis.",
             "", "Sincerely,", "", "Obinna Okonkwo, MD", "Internal Medicine"]
    body = ("here's the letter from Dr. Okonkwo like you asked. hope its what you need. let me know if I\n"
            "should bring the original in.\n\nFrank\n")
    return build("Frank Delgado <fdelgado66@kestrelmail.com>", who("dana"), "doctor letter", body,
                 date=rdate((2024, 5, 3), (2024, 5, 10)),
                 atts=[(docx(paras), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Delgado nexus letter.docx")])


@reg("phi", "self", "George Antonelli")
def self_antonelli():
    d = rdate((2024, 10, 7), (2024, 10, 11))
    q = back(d, hours=5)
    inner = ("This is a reminder from Harbor Valley Veterans Service Center.\n\n"
             "You have an appointment with Dana Whitfield, Veterans Service Officer, on\n"
             "Tuesday 10/15/2024 at 10:30 AM at 218 Canal Street, Suite 4.\n\n"
             "Please bring any letters you have received from VA and a photo ID.\n"
             "To reschedule, reply to this email or call (330) 555-0187.\n")
    body = ("I can't make Tuesday, I have chemo that day (they moved it). Can we do Thursday instead, any\n"
            "time after 11. My file number is 24 907 332 if that helps you find me.\n\n"
            "-- George Antonelli\n\n"
            + on_wrote(q, "Harbor Valley VSC", f"reminders@{ORG}") + "\n" + quote(inner) + "\n")
    return build("George Antonelli <gantonelli49@ridgenet.net>", f"Harbor Valley VSC <reminders@{ORG}>",
                 "Re: Appointment reminder - Tue 10/15 10:30 AM", body, date=d)


# ======================================================================
# PHI / struct
# ======================================================================
@reg("phi", "struct", "Roy Hutchens")
def struct_oru():
    segs = ["MSH|^~\\&|LFM_EHR|LAKESHORE FM|EXT_RCPT|HVVSC|20231114103512||ORU^R01^ORU_R01|LFM23111410351277|P|2.5.1",
            "PID|1||LFM-0048213^^^LFM^MR||HUTCHENS^ROY^L||19740930|M|||4410 MILLRACE RD^^HARBOR VALLEY^OH^44613||^PRN^PH^^1^330^5550172",
            "PV1|1|O|AUD^^^LFM||||1234567893^PRASAD^ANJALI^^^MD",
            "ORC|RE|ORD88412|RES55120||CM",
            "OBR|1|ORD88412|RES55120|92557^COMPREHENSIVE AUDIOMETRY^CPT|||20231113140000|||||||||1234567893^PRASAD^ANJALI",
            "OBX|1|NM|AUD-R-1000^RIGHT EAR 1000HZ AC^L||25|dB HL||N|||F",
            "OBX|2|NM|AUD-R-4000^RIGHT EAR 4000HZ AC^L||55|dB HL||A|||F",
            "OBX|3|NM|AUD-L-1000^LEFT EAR 1000HZ AC^L||30|dB HL||N|||F",
            "OBX|4|NM|AUD-L-4000^LEFT EAR 4000HZ AC^L||65|dB HL||A|||F",
            "OBX|5|NM|SRS-R^SPEECH RECOGNITION MARYLAND CNC RIGHT^L||88|%||A|||F",
            "OBX|6|NM|SRS-L^SPEECH RECOGNITION MARYLAND CNC LEFT^L||84|%||A|||F",
            "OBX|7|TX|AUD-IMP^IMPRESSION^L||Bilateral high frequency sensorineural hearing loss, noise notch 4kHz. Constant bilateral tinnitus reported.||||||F"]
    body = ("Hi Dana,\n\n"
            "Sorry, our portal won't export the audiogram as a PDF today (ticket open with the vendor). Our\n"
            "IT pulled the result message out of the interface so you'd at least have the numbers - it's\n"
            "attached and also pasted below. The signed letter from Dr. Prasad is still on track for 6/7.\n\n"
            + "\n".join(segs) + "\n\n"
            "Brittany Soto\nMedical Records / ROI\nLakeshore Family Medicine\nP 330-555-0133  F 330-555-0134\n")
    return build("Brittany Soto <bsoto@lakeshorefamilymed.com>", who("dana"), "audiogram results (HL7)", body,
                 atts=[("\r".join(segs) + "\r", "application/hl7-v2", "LFM23111410351277.hl7")])


@reg("phi", "struct", "Loretta Banks")
def struct_fhir():
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2024-07-02T14:08:51-04:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "rl-rider-20931",
                          "identifier": [{"system": "https://ridelink-dispatch.com/riders", "value": "20931"}],
                          "name": [{"family": "Banks", "given": ["Loretta", "J"]}],
                          "telecom": [{"system": "phone", "value": "330-555-0115", "use": "mobile"}],
                          "birthDate": "1959-02-17",
                          "address": [{"line": ["603 Hawthorne Ave"], "city": "Harbor Valley", "state": "OH",
                                       "postalCode": "44613"}]}},
            {"resource": {"resourceType": "ServiceRequest", "id": "sr-standing-771", "status": "active",
                          "intent": "order", "code": {"text": "Non-emergency transport - standing"},
                          "subject": {"reference": "Patient/rl-rider-20931"},
                          "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d",
                                                          "dayOfWeek": ["mon", "wed", "fri"], "timeOfDay": ["05:15:00"]}},
                          "note": [{"text": "Hemodialysis chair time 06:00 Riverbend Kidney Center. Fatigued after "
                                            "treatment - door-to-door, assist with bag. AV fistula L arm - no grabbing L arm."}]}},
            {"resource": {"resourceType": "Appointment", "id": "appt-58812", "status": "booked",
                          "start": "2024-07-08T06:00:00-04:00", "end": "2024-07-08T10:00:00-04:00",
                          "description": "Dialysis - Riverbend Kidney Center",
                          "participant": [{"actor": {"reference": "Patient/rl-rider-20931"}, "status": "accepted"}]}}]}
    body = ("Curtis,\n\nYou asked what the RideLink export looks like for the county data-sharing question. This\n"
            "is what it spits out for one standing rider (Loretta's, since she's our busiest). Note it\n"
            "includes the driver notes field, so whatever we send the county would need to be stripped down.\n\n"
            "Tom\n" + sig("tom"))
    return build(who("tom"), who("curtis"), "RideLink export sample", body,
                 date=rdate((2024, 7, 2), (2024, 7, 5)),
                 atts=[(json.dumps(bundle, indent=2), "application/fhir+json", "ridelink_rider_20931.json")])


def _x12(segs, ctrl):
    st_idx = next(i for i, s in enumerate(segs) if s.startswith("ST*"))
    n = len(segs) - st_idx + 1
    return segs + [f"SE*{n}*0001", f"GE*1*{ctrl}", f"IEA*1*{ctrl:09d}"]


@reg("phi", "struct", "Roy Hutchens")
def struct_835():
    segs = ["ISA*00*          *00*          *ZZ*GLCCA835       *ZZ*LAKESHOREFM    *240611*0912*^*00501*000004417*0*P*:",
            "GS*HP*GLCCA835*LAKESHOREFM*20240611*0912*4417*X*005010X221A1",
            "ST*835*0001",
            "BPR*H*0*C*NON************20240611",
            "TRN*1*0000000000*1366202145",
            "DTM*405*20240610",
            "N1*PR*GREAT LAKES COMMUNITY CARE ADMIN",
            "N3*PO BOX 30218",
            "N4*HARBOR VALLEY*OH*44614",
            "N1*PE*LAKESHORE FAMILY MEDICINE*XX*1487295530",
            "LX*1",
            "CLP*LFM24051708*4*385*0**MB*9924161830212",
            "NM1*QC*1*HUTCHENS*ROY*L***MI*1029384756V123456",
            "NM1*82*1*PRASAD*ANJALI****XX*1234567893",
            "DTM*232*20240517",
            "SVC*HC:99214*210*0**1",
            "CAS*CO*197*210",
            "SVC*HC:92557*175*0**1",
            "CAS*CO*197*175",
            "MOA***N54"]
    x = _x12(segs, 4417)
    body = ("Hello Harbor Valley VSC,\n\n"
            "Mr. Hutchens gave us your office as his representative. His 5/17 visit with Dr. Prasad (office\n"
            "visit + hearing test) was denied by the community care administrator with CARC 197 - no prior\n"
            "authorization. He says the VA clinic in Cedar Ridge told him he was approved for community care\n"
            "for audiology. If he has a referral/authorization number, we can resubmit. Otherwise the balance\n"
            "($385.00) will move to patient responsibility after 60 days.\n\n"
            "Remittance detail below:\n\n" + "~\n".join(x) + "~\n\n"
            "Thank you,\nDenise Farrow\nBilling Office, Lakeshore Family Medicine\n330-555-0139\n")
    return build("Denise Farrow <billing@lakeshorefamilymed.com>", f"Claims Intake <intake@{ORG}>",
                 "Community care denial - need auth # - Hutchens", body)


@reg("phi", "struct", "Francis Delgado")
def struct_ccd():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7719.1" extension="CCD-LFM-771204"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240503101500-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7719.2" extension="LFM-0031907"/>
      <addr use="HP"><streetAddressLine>31 Tanager Way</streetAddressLine><city>Harbor Valley</city><state>OH</state><postalCode>44613</postalCode></addr>
      <telecom value="tel:+1-330-555-0181" use="MC"/>
      <patient>
        <name><given>Francis</given><given>X</given><family>Delgado</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19660714"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Obstructive sleep apnea (G47.33) - onset 2019</item>
        <item>Chronic rhinitis (J31.0) - onset 1988</item>
        <item>Deviated nasal septum (J34.2)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>Fluticasone 50 mcg nasal spray, 2 sprays each nostril daily</item>
        <item>CPAP 11 cm H2O nightly</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = ("Dana,\n\nPer your request, attached is the patient's CCD from our EHR to accompany Dr. Okonkwo's\n"
            "letter. Authorization on file dated 4/18/2024.\n\n"
            "Brittany Soto\nMedical Records / ROI\nLakeshore Family Medicine\n\n"
            "The information in this email is confidential and intended only for the addressee.\n")
    return build("Brittany Soto <bsoto@lakeshorefamilymed.com>", who("dana"), "CCD - F. Delgado", body,
                 date=rdate((2024, 5, 6), (2024, 5, 10)),
                 atts=[(xml, "application/xml", "CCD_LFM-0031907.xml")])


STRUCT5 = ["Terrence Oyelaran", "Bobbie Jo Hatch", "Kayla Mercer", "Marvin Tate", "Tyrell Simmons"]


@reg("phi", "struct", "; ".join(STRUCT5))
def struct_pipe():
    rows = ["REC|FILE_NO|VET_LAST|VET_FIRST|DOB|ITF_DATE|ITF_EXPIRES|CONDITIONS|ASSIGNED|DAYS_LEFT",
            "ITF|32551870|OYELARAN|TERRENCE|19861130|20230528|20240528|L KNEE;R ANKLE|DW|9",
            "ITF|30482116|HATCH|BOBBIE JO|19810209|20230531|20240531|SINUSITIS;ASTHMA|DW|12",
            "ITF||MERCER|KAYLA|19900804|20240201|20250201|PTSD-MST|DW|258",
            "ITF|31190447|TATE|MARVIN|19670104|20240518|20250518|GW UNDX ILLNESS;JOINT PAIN|MO|364",
            "ITF||SIMMONS|TYRELL|19911001|20240520|20250520|LUMBAR;KNEES;PTSD|MO|366"]
    body = ("ClaimTrak scheduled report: ITF_EXPIRATIONS_DAILY\nRun: 2024-05-19 05:00:03\nRows: 5\n\n"
            + "\n".join(rows) + "\n\n-- end of report --\n"
            "You are receiving this because you are subscribed to ITF_EXPIRATIONS_DAILY. Manage subscriptions in\n"
            "ClaimTrak > Reports > My Subscriptions.\n")
    return build(f"ClaimTrak Reports <claimtrak-noreply@{ORG}>", f"Service Officers <vso-team@{ORG}>",
                 "[ClaimTrak] ITF_EXPIRATIONS_DAILY 2024-05-19", body,
                 date=datetime.datetime(2024, 5, 20, 5, 0, 3, tzinfo=tz_for(datetime.date(2024, 5, 20))),
                 headers={"Auto-Submitted": "auto-generated"})


STRUCT6 = ["Samuel Okafor", "Loretta Banks", "Harold Jessup", "Nick Petrakis", "Vernon Haldane"]


@reg("phi", "struct", "; ".join(STRUCT6))
def struct_fixed():
    recs = [("20240708", "OKAFOR SAMUEL", "33107745", "1420 RIDGEVIEW DR", "CRVAMC EYE", 18.4, "W"),
            ("20240708", "BANKS LORETTA", "", "603 HAWTHORNE AVE", "RIVERBEND KDNY", 11.2, "D"),
            ("20240709", "JESSUP HAROLD", "22918204", "88 BIRCH LN", "CRVAMC B3 SLEEP", 24.9, "A"),
            ("20240710", "PETRAKIS NICK", "23550981", "40 GROVE ST", "CRVAMC CARDIO", 17.6, " "),
            ("20240711", "HALDANE VERNON", "21774036", "2 CLOVER CT", "CRVAMC NEUROPSY", 21.3, " ")]
    lines = ["HVVSC BT MILEAGE EXTRACT  PERIOD 20240708-20240712  FMT V2".ljust(96)]
    for r in recs:
        lines.append(f"{r[0]:<8}{r[1]:<20}{r[2]:<9}{r[3]:<22}{r[4]:<16}{r[5]:06.1f}{r[6]:<1}".ljust(96))
    lines.append(f"TRL{len(recs):05d}{sum(r[5] for r in recs):08.1f}".ljust(96))
    txt = "\r\n".join(lines) + "\r\n"
    body = ("Janine,\n\nAttached is last week's volunteer transport mileage in the fixed-width layout your office\n"
            "asked for (spec v2: date 8, name 20, file no 9, origin 22, dest 16, miles 6, flag 1). Flags:\n"
            "W=wheelchair, D=standing dialysis, A=assist. Let me know if the trailer totals don't tie.\n\n"
            "Tom" + sig("tom"))
    return build(who("tom"), "Roark, Janine <jroark@odvs-harborvalley.org>", "BT mileage extract wk 7/8", body,
                 date=rdate((2024, 7, 15), (2024, 7, 17)),
                 atts=[(txt, "text/plain", "HVVSC_BT_20240708.txt")])


@reg("phi", "struct", "Jerome Whitaker")
def struct_webform():
    payload = {"form_id": "intake-v3", "submission_id": "sub_8f2c41a09e", "submitted_at": "2024-05-30T22:41:17-04:00",
               "fields": {"first_name": "Jerome", "last_name": "Whitaker", "dob": "1983-09-12",
                          "phone": "234-555-0197", "email": "jwhitaker.83@kestrelmail.com",
                          "branch": "Army", "service_start": "2002-06", "service_end": "2010-11",
                          "deployments": ["Iraq 2004-2005", "Iraq 2007-2008"],
                          "reason": "disability_claim", "currently_rated": False,
                          "conditions_text": "cant sleep, nightmares, anger. ringing in ears. my wife says I should file. "
                                             "been seeing someone at the VA mental health clinic since march",
                          "preferred_contact": "text", "best_time": "evenings",
                          "how_heard": "VFW Post 1147"},
               "consent_contact": True, "ip": "203.0.113.47"}
    body = ("New submission: Veteran Intake (intake-v3)\n\n" + json.dumps(payload, indent=2) + "\n\n"
            "-- Sent by FormDesk webhook relay. Reply to this message will not be delivered.\n")
    return build("FormDesk <notifications@formdesk-mail.net>", f"Claims Intake <intake@{ORG}>",
                 "New submission: Veteran Intake (intake-v3) #sub_8f2c41a09e", body,
                 date=datetime.datetime(2024, 5, 30, 22, 41, 19, tzinfo=tz_for(datetime.date(2024, 5, 30))),
                 headers={"Auto-Submitted": "auto-generated"})

# ======================================================================
# CLEAN / admin
# ======================================================================
@reg("clean", "admin")
def admin_scanner():
    body = ("All,\n\n"
            "The big Ricoh in the records room is down again (paper feed, error SC-552). Tech is scheduled\n"
            "for Thursday morning. Until then please use the small scanner at the front desk for DD-214s,\n"
            "STRs and private medical records - it's slower so batch by claim, and remember to name the PDFs\n"
            "the usual way (LAST_First_doctype_YYYYMMDD) before uploading.\n\n"
            "Also ordered: 4 boxes of toner, 10 reams, the green hanging folders for intake, and fax cover\n"
            "sheets with the new disclaimer. Should be here Monday.\n\n"
            "If the fax line acts up again call me, not the phone company.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), f"All Staff <staff@{ORG}>", "Scanner down til Thurs + supply order", body)


@reg("clean", "admin")
def admin_room_agenda():
    body = ("Curtis, Dana,\n\n"
            "Confirmed with the VAMC - the quarterly VSO liaison meeting is in our big conference room on\n"
            "the 24th, 9:30-11:00. Proposed agenda:\n\n"
            "  1. C&P exam no-show rates and the new contractor scheduling window (Meridian)\n"
            "  2. Community care referrals - who to call when authorizations lapse\n"
            "  3. Caregiver Support Program staffing (two coordinator vacancies)\n"
            "  4. Beneficiary travel kiosk changes at Cedar Ridge\n"
            "  5. PACT Act toxic exposure screening - outreach dates for summer\n"
            "  6. Open floor\n\n"
            "They're sending the Patient Advocate and the Eligibility supervisor. I'll order coffee and the\n"
            "bagel tray. Please send any additions by Friday.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), [who("curtis"), who("dana")], "VAMC liaison mtg - 4/24 agenda", body,
                 date=rdate((2024, 4, 8), (2024, 4, 12)))


@reg("clean", "admin")
def admin_it():
    body = ("Hi all,\n\n"
            "Reminder that VA is rotating access for accredited representatives next week. What you need to do:\n\n"
            "  - Log in to your VA.gov representative account (ID.me or Login.gov) before Friday 5pm so your\n"
            "    POA access carries over. If you haven't logged in for 30+ days it will lock.\n"
            "  - PIV/SmartCard holders: bring your card to the front desk Tuesday, the reader drivers are\n"
            "    being updated on every workstation.\n"
            "  - ClaimTrak passwords expire every 90 days now (was 180). 14 characters minimum.\n"
            "  - Do NOT save veteran documents to the desktop. Everything goes to the S: drive or ClaimTrak.\n\n"
            "I'll be in Tuesday 8-12 to do the workstation updates. Expect a reboot.\n\n"
            "Kevin Marsh\nBrightline IT Services (contract support)\n330-555-0150 | helpdesk@brightline-it.net\n\n"
            + DISCLAIMER + "\n")
    return build("Kevin Marsh <kmarsh@brightline-it.net>", f"All Staff <staff@{ORG}>",
                 "Access rotation next week + workstation updates Tue", body)


@reg("clean", "admin")
def admin_vans():
    body = ("Tom,\n\nBoth vans are due:\n\n"
            "Van 1 (blue Transit) - oil change + state inspection, 41,220 mi. Tire on rear right was low again.\n"
            "Van 2 (ramp van) - the ramp hydraulic is slow; dealer can look at it Wednesday. Needs a loaner\n"
            "or we cancel the wheelchair rides that day.\n\n"
            "Insurance renewal for the fleet is due 8/1, premium up 9%. I'd like to get a second quote.\n"
            "Also the parking lot is getting resurfaced the weekend of the 13th - vans need to be out by\n"
            "Friday 6pm, park them at the VFW.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), who("tom"), "van maintenance / lot resurfacing", body)


@reg("clean", "admin")
def admin_itf_policy():
    body = ("Team,\n\n"
            "Effective Monday, new office procedure for Intent to File:\n\n"
            "1. Every first contact about a claim gets an ITF the same day, by phone to VA or through the\n"
            "   rep portal - no waiting for the intake appointment.\n"
            "2. Record the ITF date and confirmation in ClaimTrak. The daily ITF_EXPIRATIONS report goes to\n"
            "   everyone on vso-team.\n"
            "3. At 60 days to expiration, the assigned officer contacts the claimant. At 30 days, I get\n"
            "   copied. We file with the evidence we have at 14 days; we can always supplement.\n"
            "4. Survivor claims (DIC, accrued, burial) - same rule, use the 21-0966 survivor box.\n\n"
            "Last year we had three effective dates lost to expired ITFs. Zero this year please.\n\n"
            "Curtis\n" + sig("curtis"))
    return build(who("curtis"), f"Service Officers <vso-team@{ORG}>", "New ITF procedure - effective Mon", body)


@reg("clean", "admin")
def admin_grant():
    body = ("Curtis,\n\n"
            "Quick rundown of the reporting deadlines coming up:\n\n"
            "  County Veterans Commission (operating grant): Q2 narrative + expenditures due July 15\n"
            "  United Way (transportation program): mid-year outcomes due July 31\n"
            "  State VSO capacity grant: final report + unspent funds return due Sept 30\n\n"
            "For the United Way report I need aggregate counts only: rides given, unique riders, miles,\n"
            "volunteer hours. Tom is pulling those from RideLink. For the County narrative we'll use the\n"
            "claim counts and dollars awarded from the ClaimTrak dashboard.\n\n"
            "Budget note: mileage reimbursement line is at 71% with half the year left.\n\n"
            "Grace\n" + sig("grace"))
    return build(who("grace"), who("curtis"), "grant reporting deadlines Q3", body,
                 date=rdate((2024, 6, 24), (2024, 7, 3)))


@reg("clean", "admin")
def admin_shred():
    body = ("Reminder: ShredSafe pickup is this Thursday at 2:00. The locked consoles in the records room,\n"
            "intake and the copier alcove will be emptied. If you have a box of old intake sheets or\n"
            "duplicate medical records from closed cases (past the 3-year retention per our policy), put\n"
            "them in a sealed box labeled SHRED by Thursday noon.\n\n"
            "Do not put original DD-214s or anything a veteran lent us in the bins - those go back to the\n"
            "veteran.\n\nThanks!\nGrace\n" + sig("grace"))
    html = html_wrap(text_to_html(body.split("\n--\n")[0]) +
                     f"<p style='font-size:9pt;color:#666'>Grace Nakamura | Office Manager | {ORGNAME}</p>"
                     f"<p style='font-size:8pt;color:#999'>{esc(DISCLAIMER)}</p>")
    return build(who("grace"), f"All Staff <staff@{ORG}>", "Shred pickup Thursday 2pm", body, html=html)


# ======================================================================
# CLEAN / lookalike
# ======================================================================
@reg("clean", "lookalike")
def look_invoice():
    lines = ["ShredSafe Document Destruction LLC", "Invoice", "",
             "Invoice #: SS-2024-118734        Invoice date: 05/31/2024",
             "Account #: 40-77821              PO #: HV-24-0193", "Bill to: Harbor Valley Veterans Service Center",
             "218 Canal Street, Suite 4, Harbor Valley OH 44613", "",
             "Service date   Description                        Qty   Rate     Amount",
             "05/09/2024     Console exchange, 65 gal            3    28.00     84.00",
             "05/23/2024     Console exchange, 65 gal            3    28.00     84.00",
             "05/23/2024     Purge box, one-time                 4    12.50     50.00",
             "               Fuel surcharge                                      6.54",
             "", "Total due: $224.54        Terms: Net 30",
             "Certificate of Destruction: COD-0523-44817 (on request)"]
    body = ("Please find attached invoice SS-2024-118734 for May service. Account 40-77821.\n"
            "Pay online at shredsafe-ohio.com/pay or remit to PO Box 8841, Akron OH.\n\n"
            "Thank you for your business,\nAccounts Receivable\nShredSafe Document Destruction LLC\n330-555-0123\n")
    return build("ShredSafe AR <ar@shredsafe-ohio.com>", f"Accounts Payable <ap@{ORG}>",
                 "Invoice SS-2024-118734 - Account 40-77821", body,
                 date=rdate((2024, 5, 31), (2024, 6, 5)), atts=[(pdf(lines), "application/pdf", "SS-2024-118734.pdf")])


@reg("clean", "lookalike")
def look_fleet():
    body = ("Tom,\n\nParts for Van 2's ramp shipped. Details for your records:\n\n"
            "  Order:        BM-558201-A\n"
            "  Part:         Hydraulic pump assy, BraunAbility P/N 32177A, Serial HP-9902-4471\n"
            "  Vehicle:      2019 Ford Transit 350, VIN 1FTBW3XM5KKA40718, plate OH JRK 4412\n"
            "  Tracking:     1Z 8W4 217 03 9917 5520 (UPS Ground), est. delivery 06/14\n"
            "  Warranty:     WC-24-06-0071, 12 mo parts\n\n"
            "Labor quoted at 2.5 hrs. We'll call when it's in.\n\n"
            "Ray\nBuckeye Mobility Service Dept\n330-555-0196\n")
    return build("Ray Dunning <service@buckeyemobility.com>", who("tom"), "Ramp pump shipped - BM-558201-A", body)


@reg("clean", "lookalike")
def look_directory():
    rows = [("Cedar Ridge VAMC main", "330-555-0100", ""),
            ("  Eligibility & Enrollment", "330-555-0100", "x4410"),
            ("  Beneficiary Travel", "330-555-0100", "x4415"),
            ("  Patient Advocate", "330-555-0100", "x4002"),
            ("  Caregiver Support Program", "330-555-0100", "x6251"),
            ("  Pharmacy refill line", "330-555-0105", "(automated)"),
            ("Vet Center, Harbor Valley", "330-555-0108", ""),
            ("Meridian Medical Evaluations (C&P)", "1-800-555-0148", "opt 2"),
            ("VA Regional Office fax (evidence intake)", "1-844-555-0135", ""),
            ("Ohio DVS District office", "614-555-0188", ""),
            ("Veterans Crisis Line", "988", "press 1"),
            ("Hollis & Sons Funeral Home", "330-555-0102", ""),
            ("National Cemetery scheduling", "1-800-555-0161", "")]
    body = ("Updated phone list for the desk - please print and replace the old one by the phones.\n"
            "Eligibility moved to x4410 last month.\n\n" +
            "\n".join(f"{a:<42}{b:<16}{c}" for a, b, c in rows) +
            "\n\nRenee\n" + sig("renee"))
    return build(who("renee"), f"All Staff <staff@{ORG}>", "updated phone list", body)


@reg("clean", "lookalike")
def look_dc_codes():
    body = ("Quick reference for the new folks, since I keep getting asked. Common diagnostic codes (38 CFR\n"
            "Part 4) we see on rating decisions:\n\n"
            "  DC 6260  Tinnitus, recurrent ............................. 10% max\n"
            "  DC 6100  Hearing impairment ............................. table VI/VII\n"
            "  DC 9411  PTSD (General Rating Formula, mental) .......... 0/10/30/50/70/100\n"
            "  DC 6847  Sleep apnea syndromes .......................... 0/30/50/100\n"
            "  DC 5237  Lumbosacral or cervical strain ................. General Rating Formula, spine\n"
            "  DC 5260  Leg, limitation of flexion ..................... 0-30%\n"
            "  DC 8100  Migraine ....................................... 0/10/30/50\n"
            "  DC 7101  Hypertensive vascular disease .................. 10-60%\n"
            "  DC 7913  Diabetes mellitus .............................. 10-100%\n"
            "  DC 6604  COPD ........................................... by PFT (FEV-1, DLCO)\n\n"
            "Common forms: 21-526EZ, 20-0995, 20-0996, 10182, 21-4138, 21-10210, 21-4142/4142a, 21-0781,\n"
            "21-8940, 21-2680, 21P-534EZ, 21P-530EZ, 10-10CG, 40-10007.\n\nMarcus\n" + sig("marcus"))
    return build(who("marcus"), f"Service Officers <vso-team@{ORG}>", "DC cheat sheet", body)


@reg("clean", "lookalike")
def look_accreditation():
    rows = [["Name", "Role", "VA Accreditation #", "POA Code", "Accredited since", "CLE due", "CLE hrs (cycle)"],
            ["Dana Whitfield", "Service Officer", "41827", "0H7", "2016-03-01", "2025-03-01", 3],
            ["Marcus Ortega", "Senior Service Officer", "37204", "0H7", "2012-09-14", "2024-09-14", 2],
            ["Hoa Tran", "Outreach / Service Officer", "52018", "0H7", "2021-06-22", "2024-06-22", 0],
            ["Andre Batiste", "Claims Assistant (pending)", "", "", "", "", 0],
            ["Curtis Abernathy", "Director", "29911", "0H7", "2008-01-10", "2025-01-10", 3]]
    body = ("Curtis,\n\nAccreditation tracker attached. Hoa's CLE cycle closes 6/22 and she has 0 of 3 hours -\n"
            "the state conference in June would cover it (registration #OVSO-24-3391). Andre's application\n"
            "went to OGC on 4/2, confirmation 24-OGC-018822.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), who("curtis"), "accreditation / CLE tracker", body,
                 date=rdate((2024, 5, 1), (2024, 5, 31)),
                 atts=[(xlsx(rows, "Accreditation"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "accreditation_tracker_2024.xlsx")])


@reg("clean", "lookalike")
def look_stats():
    body = ("Board members,\n\nQ1 2024 numbers for Thursday's meeting:\n\n"
            "  New veterans/families served ........ 214\n"
            "  Claims filed (all types) ............ 187\n"
            "     Initial / increase ............... 121\n"
            "     Supplemental / HLR / Board ........ 49\n"
            "     Survivor (DIC, burial, accrued) .. 17\n"
            "  Decisions received .................. 163   (grant rate 71%)\n"
            "  Avg days claim-to-decision .......... 118\n"
            "  Retro + new annual awards ........... $4,912,330\n"
            "  Caregiver program applications ...... 9\n"
            "  Volunteer rides ..................... 642   (38 unique riders, 11,870 mi)\n"
            "  Volunteer hours ..................... 1,406\n\n"
            "Compared to Q1 2023: claims filed +22%, PACT Act claims 31% of total.\n\n"
            "Curtis\n" + sig("curtis"))
    return build(who("curtis"), f"Board <board@{ORG}>", "Q1 numbers for Thursday", body,
                 date=rdate((2024, 4, 8), (2024, 4, 16)))


@reg("clean", "lookalike")
def look_standdown():
    d = rdate((2024, 8, 12), (2024, 8, 23))
    body = ("Volunteers & partners,\n\n"
            "Harbor Valley Stand Down - Saturday, September 14, 2024, 8:00 AM - 2:00 PM\n"
            "Marlow County Fairgrounds, Expo Hall B (enter Gate 3)\n\n"
            "Your registration confirmation numbers:\n"
            "  Partner table .......... SD24-P-0041 through SD24-P-0058\n"
            "  Volunteer shifts ....... SD24-V-0102 through SD24-V-0167\n\n"
            "Boxes of hygiene kits (1,200) shipped FedEx 7789 4412 0913, pallets arrive 9/12. Flu shots by\n"
            "Cedar Ridge VAMC pharmacy (lot numbers will be logged on site). Haircuts, legal aid, claims\n"
            "help and DMV ID vouchers available.\n\n"
            "Setup Friday 9/13 at 4 PM. Parking permits attached to your confirmation.\n\n"
            "Grace Nakamura, Stand Down coordinator\n" + sig("grace", disc=False))
    at = ics("sd24-setup-0913@hvvets.org", "Stand Down setup",
             datetime.datetime(2024, 9, 13, 16, 0), datetime.datetime(2024, 9, 13, 19, 0),
             "Marlow County Fairgrounds, Expo Hall B", "Setup for Harbor Valley Stand Down.\nGate 3.",
             ("Grace Nakamura", email_of("grace")))
    return build(who("grace"), f"Stand Down Volunteers <standdown@{ORG}>", "Stand Down 9/14 - confirmations", body,
                 date=d, atts=[(at, "text/calendar", "standdown_setup.ics")])


# ======================================================================
# CLEAN / news
# ======================================================================
@reg("clean", "news")
def news_newsletter():
    text = ("THE HARBOR VALLEY DISPATCH - Spring 2024\n\n"
            "PACT ACT: IT'S NOT TOO LATE\n"
            "If you served in the Gulf War, post-9/11 or Vietnam era, you may now be eligible for benefits\n"
            "for conditions linked to burn pits, Agent Orange and other toxic exposures. Our service officers\n"
            "can help you file. Toxic exposure screenings are available at any VA medical center.\n\n"
            "VOLUNTEER DRIVERS NEEDED\n"
            "Our drivers gave 2,400 rides last year. We need six more volunteers with a clean driving record\n"
            "for weekday mornings. Call Tom at ext. 121.\n\n"
            "WOMEN VETERANS COFFEE HOUR\n"
            "Second Wednesday of every month, 10 AM, at the center. Coffee, pastries, and no pressure.\n\n"
            "STAND DOWN - SEPTEMBER 14\n"
            "Save the date. Claims help, haircuts, flu shots, legal aid and more.\n\n"
            "You're receiving this because you subscribed at hvvets.org. Unsubscribe: hvvets.org/unsub\n")
    html = html_wrap(
        "<table width='600' cellpadding='10' style='border:1px solid #ccc'><tr><td style='background:#14285a;color:#fff'>"
        "<h2>The Harbor Valley Dispatch</h2>Spring 2024</td></tr>"
        "<tr><td><h3>PACT Act: It's not too late</h3><p>If you served in the Gulf War, post-9/11 or Vietnam era, you may "
        "now be eligible for benefits for conditions linked to burn pits, Agent Orange and other toxic exposures.</p>"
        "<h3>Volunteer drivers needed</h3><p>Our drivers gave 2,400 rides last year. We need six more volunteers.</p>"
        "<h3>Women Veterans Coffee Hour</h3><p>Second Wednesday of every month, 10 AM.</p>"
        "<h3>Stand Down - September 14</h3><p>Save the date.</p></td></tr>"
        "<tr><td style='font-size:8pt;color:#777'>Unsubscribe: hvvets.org/unsub</td></tr></table>", font="Georgia, serif")
    return build(f"Harbor Valley VSC <news@{ORG}>", "subscriber@example.com", "The Harbor Valley Dispatch - Spring 2024",
                 text, html=html, date=rdate((2024, 3, 18), (2024, 3, 22)),
                 atts=[(png_logo(), "image/png", "hvvsc_logo.png")],
                 headers={"List-Unsubscribe": "<https://hvvets.org/unsub>"})


@reg("clean", "news")
def news_cola():
    body = ("STAFF BULLETIN - 2025 COMPENSATION RATES\n\n"
            "The 2.5% cost-of-living adjustment takes effect December 1, 2024 (first paid January 2025).\n"
            "Veteran alone, no dependents:\n\n"
            "   10%  ....  $175.51\n"
            "   20%  ....  $346.95\n"
            "   30%  ....  $537.42\n"
            "   40%  ....  $774.16\n"
            "   50%  ....  $1,102.04\n"
            "   60%  ....  $1,395.93\n"
            "   70%  ....  $1,759.19\n"
            "   80%  ....  $2,044.89\n"
            "   90%  ....  $2,297.96\n"
            "  100%  ....  $3,831.30\n\n"
            "Updated rate cards are in the tray at the front desk. Please swap out the old handouts.\n"
            "DIC basic rate and pension MAPR tables will follow once published.\n\n"
            "Marcus\n" + sig("marcus"))
    return build(who("marcus"), f"All Staff <staff@{ORG}>", "Bulletin: 2025 comp rates (COLA 2.5%)", body,
                 date=rdate((2024, 12, 2), (2024, 12, 13)))


@reg("clean", "news")
def news_flu():
    body = ("From Cedar Ridge VA Medical Center - Public Affairs\n\n"
            "FLU AND COVID-19 VACCINE CLINICS FOR VETERANS\n\n"
            "Enrolled Veterans can get a flu shot with no appointment at the following walk-in clinics:\n\n"
            "  Oct 5   9am-1pm   Cedar Ridge VAMC, Bldg 1 lobby\n"
            "  Oct 12  9am-1pm   Harbor Valley CBOC\n"
            "  Oct 19  10am-2pm  Drive-through, Bldg 6 parking lot\n\n"
            "Veterans may also get a no-cost flu shot at participating in-network retail pharmacies.\n"
            "Bring your VA ID card. Caregivers enrolled in the Program of Comprehensive Assistance for\n"
            "Family Caregivers are eligible too.\n\n"
            "Please share with your members.\n\n"
            "Public Affairs Office, Cedar Ridge VAMC\n")
    return build("Cedar Ridge VAMC Public Affairs <publicaffairs@cedarridge-vamc-news.org>",
                 f"Partners <partners@{ORG}>", "Flu shot clinics for Veterans - October", body,
                 date=rdate((2024, 9, 16), (2024, 9, 27)))


@reg("clean", "news")
def news_research():
    body = ("Research roundup (for the board packet) - from the Ohio Veterans Research Consortium quarterly:\n\n"
            "* A cohort study of 41,000 post-9/11 veterans found higher rates of new-onset asthma and chronic\n"
            "  sinusitis among those with deployment near open burn pits (adjusted hazard ratio 1.24).\n"
            "* Nationally, PACT Act-related claims passed 1.5 million; the grant rate for presumptive\n"
            "  conditions is roughly 75%.\n"
            "* Survey of 1,200 family caregivers: 58% report their own health declined since taking on\n"
            "  caregiving; respite care was the most requested service.\n"
            "* Veterans who used an accredited representative had higher average grant rates than those\n"
            "  who filed alone (consortium analysis, state data 2019-2023).\n\n"
            "Full summaries: ovrc-ohio.org/quarterly\n\nHoa\n" + sig("hoa"))
    return build(who("hoa"), who("curtis"), "research roundup for board packet", body)


@reg("clean", "news")
def news_golf():
    text = ("You're invited!\n\n9th Annual Swing for Service Golf Outing\n"
            "Friday, June 7, 2024 - Pine Hollow Country Club\n"
            "Shotgun start 9:00 AM | Lunch, awards, silent auction\n\n"
            "Foursome $500 | Hole sponsor $250 | Dinner only $60\n\n"
            "Every dollar keeps our volunteer vans on the road and our claims help free for every veteran\n"
            "and family in Marlow County.\n\nRegister: hvvets.org/golf\n\n"
            "Harbor Valley Veterans Service Center is a 501(c)(3) nonprofit. EIN 34-1928370.\n")
    html = html_wrap("<div style='text-align:center'><h1 style='color:#14285a'>Swing for Service</h1>"
                     "<p>9th Annual Golf Outing<br><b>Friday, June 7, 2024</b> - Pine Hollow Country Club</p>"
                     "<p>Foursome $500 | Hole sponsor $250 | Dinner only $60</p>"
                     "<p><a href='https://hvvets.org/golf'>Register now</a></p>"
                     "<p style='font-size:8pt'>501(c)(3) nonprofit. EIN 34-1928370.</p></div>")
    return build(f"Harbor Valley VSC <events@{ORG}>", "friends@example.org", "You're invited: Swing for Service 2024",
                 text, html=html, date=rdate((2024, 4, 1), (2024, 4, 19)))


@reg("clean", "news")
def news_state():
    body = ("OHIO VETERANS SERVICES - DISTRICT BULLETIN\n\n"
            "1. Homestead exemption: disabled veterans rated 100% (or paid at 100% due to unemployability) may\n"
            "   qualify for an enhanced homestead exemption. County auditor applications due first Monday in June.\n"
            "2. Bonus program: Persian Gulf, Afghanistan and Iraq compensation applications remain open.\n"
            "3. Training: District CLE session on effective dates and the AMA lanes, July 18, Columbus.\n"
            "4. Staffing: the district appeals liaison position is filled. Welcome Janine Roark.\n\n"
            "Questions: district6@odvs-harborvalley.org\n")
    return build("District 6 Bulletin <district6@odvs-harborvalley.org>", f"Partners <partners@{ORG}>",
                 "District Bulletin - May", body, date=rdate((2024, 5, 1), (2024, 5, 10)))

# ======================================================================
# CLEAN / staff
# ======================================================================
@reg("clean", "staff")
def staff_standdown_roster():
    body = ("Stand Down staffing, Sat 9/14:\n\n"
            "  7:00-8:00    Setup / check-in table ......... Grace Nakamura, Andre Batiste\n"
            "  8:00-11:00   Claims tables (2) .............. Dana Whitfield (VSO, acc. #41827), Hoa Tran (acc. #52018)\n"
            "  11:00-2:00   Claims tables (2) .............. Marcus Ortega (acc. #37204), Curtis Abernathy (acc. #29911)\n"
            "  8:00-2:00    Caregiver info table ........... Lupe Santillan\n"
            "  8:00-2:00    Transport desk ................. Tom Blaylock + 4 volunteer drivers\n"
            "  All day      Intake runner .................. Renee Kowalczyk\n\n"
            "Comp time: Saturday hours count as flex, use within 30 days. Lunch is provided.\n"
            "Wear the navy polos.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), f"All Staff <staff@{ORG}>", "Stand Down staffing 9/14", body,
                 date=rdate((2024, 8, 26), (2024, 9, 6)))


@reg("clean", "staff")
def staff_timesheets():
    body = ("Hi all - timesheets for the 6/1-6/15 pay period are due in Paycor by Monday noon. A few reminders:\n\n"
            "- Mileage for home visits goes on the expense report, not the timesheet.\n"
            "- Juneteenth (6/19) is a paid holiday this year.\n"
            "- Flex hours from the Saturday outreach need Curtis' approval in the comment field.\n\n"
            "Direct deposit hits Friday the 21st.\n\nGrace\n" + sig("grace"))
    return build(who("grace"), f"All Staff <staff@{ORG}>", "Timesheets due Monday noon", body,
                 date=rdate((2024, 6, 12), (2024, 6, 14)))


@reg("clean", "staff")
def staff_anniversary():
    text = ("Everyone -\n\n"
            "Friday marks 10 YEARS since Renee Kowalczyk started at the front desk! In that time she's done\n"
            "intake for something like 6,000 veterans and families and has never once lost a DD-214.\n\n"
            "Cake in the break room Friday at 3. Lupe is bringing her famous tres leches. Card is on Grace's\n"
            "desk - please sign by Thursday and don't let Renee see it.\n\n"
            "Curtis\n")
    html = html_wrap("<p>Everyone -</p><p style='font-size:14pt;color:#14285a'><b>Friday marks 10 YEARS since Renee "
                     "Kowalczyk started at the front desk!</b></p><p>Cake in the break room Friday at 3. Card is on "
                     "Grace's desk - please sign by Thursday and don't let Renee see it.</p><p>Curtis</p>")
    to = [who(k) for k in ("dana", "marcus", "lupe", "tom", "grace", "hoa", "andre")]
    return build(who("curtis"), to, "shh - Renee's 10 years Friday", text, html=html)


@reg("clean", "staff")
def staff_leave():
    d = rdate((2024, 3, 4), (2024, 3, 8))
    q = back(d, hours=1, minutes=20)
    inner = ("Curtis,\n\nApproved as discussed - I'll be on leave 3/18 through 3/29, back 4/1. Dana has agreed to\n"
             "cover my BVA prep and Hoa will take my walk-ins. My out-of-office will point people to Dana.\n\nMarcus")
    body = ("Thanks Marcus, approved in Paycor. Enjoy the time with your family.\n\n"
            "All - Marcus is out 3/18-3/29. Route his calls to Dana (x112); walk-ins to Hoa.\n\n"
            "Curtis\n" + sig("curtis", disc=False) + "\n" + on_wrote(q, "Marcus Ortega", email_of("marcus")) + "\n"
            + quote(inner) + "\n")
    return build(who("curtis"), [who("marcus"), f"All Staff <staff@{ORG}>"], "RE: leave 3/18-3/29", body, date=d)


@reg("clean", "staff")
def staff_newhire():
    body = ("Please welcome Andre Batiste, who joins us Monday as Claims Assistant!\n\n"
            "Andre served 8 years in the Army as a Human Resources Specialist (42A) and most recently worked\n"
            "in records at the county clerk's office. He'll be working toward VA accreditation this year -\n"
            "Marcus will be his mentor. His desk is the one by the scanner; his extension is 109.\n\n"
            "Orientation schedule:\n"
            "  Mon  9:00  Grace - HR paperwork, keys, badge\n"
            "  Mon  1:00  Kevin (IT) - ClaimTrak and VA.gov rep account setup\n"
            "  Tue  all   Shadow Renee at intake\n"
            "  Wed-Fri    Shadow Marcus / Dana\n\n"
            "Curtis\n" + sig("curtis"))
    return build(who("curtis"), f"All Staff <staff@{ORG}>", "Welcome Andre Batiste", body,
                 date=rdate((2024, 2, 5), (2024, 2, 9)))


@reg("clean", "staff")
def staff_drivers():
    body = ("Driver roster & renewals (drivers only, no rides on this list):\n\n"
            f"{'Driver':<18}{'Days':<14}{'License exp':<14}{'BG check due':<14}Defensive driving\n"
            f"{'Gene Pruitt':<18}{'M W F':<14}{'03/2027':<14}{'06/30/2024':<14}done 2023\n"
            f"{'Sal DeLuca':<18}{'M W Th':<14}{'11/2025':<14}{'06/30/2024':<14}done 2023\n"
            f"{'Carol Ambrose':<18}{'T Th':<14}{'08/2026':<14}{'01/31/2025':<14}needs class\n"
            f"{'Bill Ostrowski':<18}{'T F':<14}{'05/2024 (!)':<14}{'01/31/2025':<14}done 2022\n"
            f"{'Denise Harlow':<18}{'alt Sat':<14}{'02/2028':<14}{'new - pending':<14}scheduled 7/9\n\n"
            "Bill, your license renewal is coming up this month - send me a copy when you've got it.\n"
            "Volunteer appreciation lunch is July 20 at the VFW, spouses welcome.\n\nTom\n" + sig("tom"))
    return build(who("tom"), f"Volunteer Drivers <drivers@{ORG}>", "driver renewals + appreciation lunch", body,
                 date=rdate((2024, 5, 1), (2024, 5, 10)))


@reg("clean", "staff")
def staff_openenroll():
    body = ("Open enrollment for staff benefits runs Nov 1-15.\n\n"
            "  - Medical plan premiums (employee share) go up 4% for 2025; the HSA plan stays flat.\n"
            "  - Dental moves to Keystone Dental, same coverage, new ID cards in December.\n"
            "  - The EAP is still free and confidential: 1-800-555-0144.\n"
            "  - 403(b) match stays at 4%.\n\n"
            "Benefits info session Nov 6 at noon in the big room (lunch provided). Elections are made in\n"
            "Paycor > Benefits. If you don't make changes, your current elections roll over except the FSA.\n\n"
            "Grace\n" + sig("grace"))
    return build(who("grace"), f"All Staff <staff@{ORG}>", "Open enrollment Nov 1-15", body,
                 date=rdate((2024, 10, 21), (2024, 10, 31)))


# ======================================================================
# CLEAN / training
# ======================================================================
@reg("clean", "training")
def train_quiz():
    body = ("New officer quiz - effective dates (answers at bottom, no peeking Andre)\n\n"
            "All scenarios use FICTITIOUS veterans.\n\n"
            "1. Sample Veteran A separates 06/30/2023 and files a 526EZ on 05/15/2024 for a knee condition\n"
            "   that started in service. What is the earliest effective date?\n"
            "2. Sample Veteran B files an ITF on 01/10/2024 and the 526EZ on 12/20/2024. Effective date?\n"
            "3. Sample Veteran C is denied 03/01/2024, files a supplemental claim with new and relevant\n"
            "   evidence on 02/15/2025, and is granted. Effective date?\n"
            "4. Sample Veteran D's claim is for a PACT Act presumptive condition, filed 08/09/2023. Any\n"
            "   special rule?\n\n\n\n"
            "Answers: 1) 07/01/2023 (filed within 1 yr of separation). 2) 01/10/2024 (ITF date).\n"
            "3) Date of the original claim (continuous pursuit, filed within 1 yr). 4) Yes - claims filed\n"
            "by 08/14/2023 could get an effective date back to 08/10/2022.\n\nMarcus\n" + sig("marcus"))
    return build(who("marcus"), [who("andre"), who("hoa")], "effective dates quiz", body)


@reg("clean", "training")
def train_case_study():
    paras = ["CASE STUDY 4 - Secondary service connection (de-identified, for training use only)", "",
             "A veteran served in the Army, 1990-1998, as a wheeled-vehicle mechanic. Service connected for a left "
             "knee condition at 10%. Over time the veteran develops pain in the right hip, which a private "
             "physician attributes to an altered gait.",
             "Discussion questions:",
             "1. What evidence establishes a secondary relationship under 38 CFR 3.310?",
             "2. What should a nexus opinion include to be probative? (rationale, review of records, standard of proof)",
             "3. If the VA examiner gives a negative opinion that addresses causation but not aggravation, what lane "
             "would you choose and why?",
             "4. Draft a one-paragraph 21-4138 statement in support for the veteran.",
             "", "All details are composites. No real claimant information is used."]
    body = ("For Thursday's training hour - please read case study 4 ahead of time. We'll split into pairs.\n\n"
            "Dana\n" + sig("dana"))
    return build(who("dana"), f"Service Officers <vso-team@{ORG}>", "Thurs training - case study 4", body,
                 atts=[(docx(paras), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "CaseStudy4_secondary_SC.docx")])


@reg("clean", "training")
def train_claimtrak_uat():
    body = ("Hi team,\n\n"
            "ClaimTrak 5.2 is in the TEST environment (claimtrak-test.hvvets.org). Please run through the\n"
            "script below by Friday and log any issues in the sheet. ONLY use the test records - they're\n"
            "fake and get wiped nightly.\n\n"
            "TEST SCRIPT 5.2-A\n"
            "  Step 1  Open record TEST, VETERAN ONE (file no 000000001, SSN 000-00-0001, DOB 01/01/1950).\n"
            "  Step 2  Add condition 'Tinnitus (TEST)', claim type Initial. Save. Expect ITF prompt.\n"
            "  Step 3  Open TESTPATIENT, ZZTWO (file no 000000002). Upload sample.pdf as 'Private medical record'.\n"
            "  Step 4  Run report ITF_EXPIRATIONS_DAILY against TEST data. Expect 2 rows.\n"
            "  Step 5  Try to delete TEST, VETERAN ONE as a non-admin. Expect 'permission denied'.\n\n"
            "Thanks!\nKevin Marsh, Brightline IT\n")
    return build("Kevin Marsh <kmarsh@brightline-it.net>", f"Service Officers <vso-team@{ORG}>",
                 "ClaimTrak 5.2 UAT - test script", body, cc=who("grace"))


@reg("clean", "training")
def train_invite():
    start = datetime.datetime(2024, 8, 8, 13, 0)
    at = ics("tbi-workshop-20240808@hvvets.org", "Workshop: TBI and mental health claims",
             start, start + datetime.timedelta(hours=3), "HVVSC conference room / Teams",
             "Presenter: Dr. L. Moreau (neuropsychologist, guest). Topics: TBI residuals DBQ, overlapping "
             "symptoms with PTSD, avoiding pyramiding. 3 CLE hours.", ("Dana Whitfield", email_of("dana")))
    body = ("You're invited to a CLE workshop on TBI and mental health claims, Thu 8/8 1-4 PM.\n\n"
            "Guest presenter: Dr. L. Moreau, neuropsychologist. Counts for 3 CLE hours. Calendar invite\n"
            "attached. Bring questions - no veteran names or file numbers in the Q&A please, keep it\n"
            "hypothetical.\n\nDana\n" + sig("dana", disc=False))
    return build(who("dana"), f"Service Officers <vso-team@{ORG}>", "Invitation: TBI / mental health claims workshop 8/8",
                 body, date=rdate((2024, 7, 15), (2024, 7, 26)), atts=[(at, "text/calendar", "invite.ics")])


@reg("clean", "training")
def train_mock_cp():
    body = ("Role-play for Thursday - mock C&P exam prep session\n\n"
            "Roles: one of you is the service officer, one is 'Veteran Sample' (fictional), one observes.\n\n"
            "Veteran Sample (fictional): Navy, 2005-2013, aviation boatswain's mate on a carrier. Claims\n"
            "tinnitus and a low back condition. Tends to minimize symptoms ('I'm fine most days').\n\n"
            "Goals for the service officer:\n"
            "  - Explain what a C&P exam is and isn't (not treatment, exam is 15-45 min)\n"
            "  - Coach describing the worst days, flare-ups, and effect on work\n"
            "  - Remind to bring ID, med list, and not to 'tough it out' on range of motion\n"
            "  - Explain what happens if the exam is missed\n\n"
            "Observer: use the checklist on the back of the handout.\n\nHoa\n" + sig("hoa", disc=False))
    return build(who("hoa"), f"Service Officers <vso-team@{ORG}>", "mock C&P role-play", body)


@reg("clean", "training")
def train_buddy_template():
    paras = ["SAMPLE - DO NOT FILE", "", "VA FORM 21-10210 (Lay/Witness Statement) - Sample wording", "",
             "Claimant (SAMPLE): Jane Q. Example    Witness (SAMPLE): John R. Specimen", "",
             "I served with Jane Example in the 000th Transportation Company from 2008 to 2010. In the spring of 2009 "
             "I personally saw her fall from the back of a truck during a loading exercise. She was taken to sick call "
             "and afterwards walked with a limp for several weeks. Since we left the Army I have seen her struggle "
             "to kneel and climb stairs.",
             "", "Tips: describe only what you personally saw or know; give dates and places as best you can; "
             "sign and date the statement.",
             "", "[Fictitious names used for training. Replace with the witness's own words.]"]
    body = ("Attached is the sample buddy statement we hand out at outreach events, updated with the new\n"
            "form number. The names in it are made up. Please print 50 for the Stand Down.\n\nMarcus\n" + sig("marcus"))
    return build(who("marcus"), [who("renee"), who("grace")], "updated sample buddy statement handout", body,
                 atts=[(docx(paras), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "SAMPLE_buddy_statement_21-10210.docx")])


# ======================================================================
# main
# ======================================================================
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fname = f"{label}-{kind}-{counts[key]:03d}.eml"
        msg = fn()
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
