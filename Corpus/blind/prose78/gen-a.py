#!/usr/bin/env python3
"""Generate a blind evaluation set of PBM / specialty pharmacy e-mail.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(7801)).
Every person, number, organisation and address below is invented.
"""
import sys
import os
import csv
import io
import random
import zipfile
import datetime
import html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 7801
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

RECORDS = []
COUNTS = {}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

TZS = {
    "ET": datetime.timezone(datetime.timedelta(hours=-4)),
    "EST": datetime.timezone(datetime.timedelta(hours=-5)),
    "CT": datetime.timezone(datetime.timedelta(hours=-5)),
    "PT": datetime.timezone(datetime.timedelta(hours=-7)),
    "UTC": datetime.timezone.utc,
}


def dt(y, mo, d, h=9, mi=0, tz="ET"):
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=TZS[tz])


def rdate():
    base = datetime.datetime(2024, 1, 8, tzinfo=TZS["ET"])
    return base + datetime.timedelta(days=random.randint(0, 300),
                                     hours=random.randint(7, 18),
                                     minutes=random.randint(0, 59),
                                     seconds=random.randint(0, 59))


def msgid(domain):
    left = "%08x.%04x%s" % (random.getrandbits(32), random.getrandbits(16),
                            random.choice(["", ".mail", ".outlook", ".srv"]))
    return "<%s@%s>" % (left.upper() if random.random() < 0.4 else left, domain)


def domain_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1] if "@" in a else "callowayrx.com"


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def emit(label, kind, patient, frm, to, subject, body, cc=None, date=None,
         html=False, attachments=(), headers=None, reply_to=None):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or rdate())
    msg["Message-ID"] = msgid(domain_of(frm))
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if html:
        msg.add_alternative(html if isinstance(html, str) else to_html(body), subtype="html")
    for fn, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        if isinstance(data, str) and maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=fn)
        elif isinstance(data, str):
            msg.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.SMTP))
    RECORDS.append((fname, label, kind, patient))


ZDT = (2024, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(val, (int, float)) and not isinstance(val, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'
                             % (ref, htmlmod.escape(str(val), quote=False)))
        xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
          % htmlmod.escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % htmlmod.escape(p, quote=False) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
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


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    parts = ["BT /F1 10 Tf 50 760 Td 13 TL"]
    for ln in lines:
        parts.append("(%s) Tj T*" % esc(ln))
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def fake_jpeg(n=600):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + bytes(random.getrandbits(8) for _ in range(n)) + b"\xff\xd9")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, location, desc, organizer):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Calloway Rx//Scheduler 4.2//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240102T120000Z\r\n"
            "DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start, end, summary, location, desc, organizer))


CONF = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
        "addressee(s) and may contain information that is confidential or legally privileged. "
        "If you received it in error, please notify the sender and delete it. Calloway Rx "
        "Solutions, LLC.")
CONF2 = ("This e-mail, including attachments, is for the sole use of the intended recipient(s) "
         "and may contain confidential information. Any unauthorized review, use, disclosure or "
         "distribution is prohibited.")
CONF3 = ("*** The information in this email is confidential. If you are not the intended "
         "recipient please contact the sender and destroy all copies. ***")

# ==========================================================================
# PHI — care
# ==========================================================================

emit("phi", "care", "Emeka Okafor",
     "Lena Vogt <lvogt@callowayrx.com>",
     "Specialty Dispatch <spdispatch@callowayrx.com>",
     "Hold Okafor shipment until Tue - member home after 2pm",
     """Team,

Emeka Okafor called back in. He's out of town through Monday so please do NOT release his box for Saturday delivery like the queue has it. Ship Monday for Tuesday AM, and flag it "adult signature required" -- he does not want it left on the porch again after last month.

Deliver to: 4417 Larkspur Ct, Unit B, Fairhaven OH 43219
Best callback: (614) 555-0187 (cell, text ok)

Pack with the summer config (4 gel packs + 2 frozen) since the forecast is 91 for Tuesday. He said he'll have the cooler ready to swap the needle disposal container too, so add a fresh sharps box.

Thx
Lena

Lena Vogt | Shipping & Logistics Lead
Calloway Specialty Pharmacy
2250 Commerce Park Dr, Fairhaven OH 43219
p 614.555.0120 x214 | f 614.555.0129

""" + CONF,
     date=dt(2024, 7, 11, 15, 42))

emit("phi", "care", "Dolores Pruitt",
     "Dale Kowalczyk <dkowalczyk@callowayrx.com>",
     "Shawna Beck <sbeck@callowayrx.com>",
     "call back - Pruitt",
     """Shawna can you call Dolores Pruitt back when you get a sec, 330-555-0164. She's going to her sister's in Myrtle Beach on the 14th for 5 weeks and her next mail order won't go out till the 20th. I already put in the vacation override on the lisinopril and the eye drops so you can go ahead and run both early, ship to her house not the sisters. She sounded a little confused about which bottle was which so maybe walk her through the labels.

Dale

Dale Kowalczyk, RPh
Pharmacist-in-Charge, Mail Order
Calloway Rx | 614-555-0120 ext 301
""",
     date=dt(2024, 5, 2, 10, 17))

emit("phi", "care", "Gerald Haines",
     "Member Services Queue <ms-notify@callowayrx.com>",
     "Tasha Greenfield <tgreenfield@callowayrx.com>",
     "[Callback Task #CB-558203] Assigned to you",
     """A callback task has been assigned to you.

Task:        CB-558203
Priority:    Normal
Created by:  Marcus Oyelaran (Member Services)
Due:         06/18/2024 5:00 PM ET

Member:      HAINES, GERALD T
Phone:       (937) 555-0119
Best time:   after 11am, hard of hearing - speak slowly

Notes:
Mbr asking when the pen needles and alcohol swabs ship, says he only got the pens in the last box. Verified address on file 1182 Old Mill Rd, Xenia OH. Told him we'd check w/ specialty and call him back today. He also asked whether his wife can pick up at retail next time if it's late again.

Reply to this message or update the task in CareLink. Do not reply with attachments.
""",
     date=dt(2024, 6, 18, 11, 3))

emit("phi", "care", "Margaret Lindqvist",
     "Karen Lindqvist-Shaw <karen.lshaw@example.net>",
     "Member Services <memberservices@callowayrx.com>",
     "my mother's deliveries",
     """Hello,

I'm writing on behalf of my mother, Margaret (Peggy) Lindqvist, who gets her medicines by mail from you. I'm on her account as an authorized contact, it should be in your notes from March.

Mom is 88 and lives alone at 72 Birchwood Lane in Mansfield. The last two boxes were left at the bottom of the driveway and she tried to walk down to get them in the ice. She can't do that. Can you please put a note for the driver to bring it to the side door, or hold it so I can pick it up?

Also she was asking why her pills look different this month (the small white one is now yellow). I told her I'd ask. She takes them from the blister pack you send and I don't want her to stop taking them because they look strange.

You can reach me at 419-555-0133 during the day. Thank you for your help, I know this isn't really your fault but I worry about her out there by herself.

Karen Lindqvist-Shaw
""",
     date=dt(2024, 1, 22, 20, 51, "EST"))

emit("phi", "care", "Walter Beaumont",
     "Kim Tran <ktran@callowayrx.com>",
     ["intake@brightpathhomehealth.com"],
     "RE: Beaumont - supplies and nurse visit Thursday",
     """Hi Deb,

Confirming on our side: Walter's next shipment (drug + pump supplies, tubing, 10 mL flushes, dressing kits) is packed and goes out tomorrow for Thursday delivery before 10:30. Your nurse can plan on the 1pm visit as scheduled. We've put your office down as the contact for any missed delivery.

He mentioned to me on the phone that the IV pole wheel is broken -- can your nurse take a look, or should we send a new one?

Kim

Kim Tran, PharmD
Clinical Pharmacist, Specialty & Home Infusion
Calloway Specialty Pharmacy
614-555-0120 x412

-----Original Message-----
From: Deb Rourke <intake@brightpathhomehealth.com>
Sent: Monday, September 9, 2024 4:12 PM
To: Kim Tran <ktran@callowayrx.com>
Subject: Beaumont - supplies and nurse visit Thursday

Kim - our RN is seeing Walter Beaumont (DOB 02/11/1949) Thursday at 1pm at home, 3309 Quarry Hill Rd, Delaware OH. Can you make sure the supplies land before then? Last time the flushes were short and she had to borrow from another patient's stock.

Thanks, Deb
BrightPath Home Health | Intake | 740-555-0177
""",
     cc="Omar Haddad <ohaddad@callowayrx.com>",
     date=dt(2024, 9, 10, 8, 26),
     headers={"In-Reply-To": "<77A1C0.0341@brightpathhomehealth.com>"})

emit("phi", "care", "Tamsin Reyes",
     "Priya Raman <praman@callowayrx.com>",
     "PA Clinical Team <pa-clinical@callowayrx.com>",
     "Prescriber call outcome - T. Reyes",
     """Quick update so nobody double-calls the office:

Talked to Angie at Dr. Paul Ramos's office (Lakeview Family Medicine, 614-555-0150) about Tamsin Reyes. They're going to send a new script for the 90-day supply at the higher strength and fax the chart notes for the step we were missing. Angie said the doctor already saw her Tuesday and switched her over, so there's no point approving the old strength.

I left the case pended. Member was told by MS yesterday to expect a decision by Friday; if the notes don't come in by tomorrow noon somebody please ping Angie again.

-P

Priya Raman, PharmD, BCPS
Clinical Pharmacist, Prior Authorization
Calloway Rx Solutions
Sent from my iPad
""",
     date=dt(2024, 3, 6, 16, 44))

emit("phi", "care", "Marcus Bell",
     "Tasha Greenfield <tgreenfield@callowayrx.com>",
     ["Kim Tran <ktran@callowayrx.com>", "Specialty Dispatch <spdispatch@callowayrx.com>"],
     "New start - Marcus Bell - first fill 6/12",
     """Hi all,

New start for Marcus Bell is ready to go.

- Welcome call done today, he prefers texts (513-555-0148)
- First fill delivering Wed 6/12 to his WORK address: Tri-State Tool & Die, 800 Ferris Ave, Loading Dock 3, Hamilton OH 45011 -- ask for the front office, they'll sign
- He wants the injection training visit before the first dose, Kim can you set that up for Wed evening or Thu? He's free after 5:30
- Copay card applied, $0 due

He was nervous on the phone, first time doing this at home. Please be extra nice lol

Tasha Greenfield, CPhT
Specialty Intake Coordinator
Calloway Specialty Pharmacy | 614-555-0120 x233
""",
     date=dt(2024, 6, 7, 14, 9),
     html=True)

emit("phi", "care", "Yvonne Castillo",
     "Omar Haddad <ohaddad@callowayrx.com>",
     ["Lena Vogt <lvogt@callowayrx.com>"],
     "FW: RE: returned package - reship",
     """Lena - see below. Carrier finally gave us the scan history. Logger shows it sat on the truck about 9 hrs over limit so the product is a loss. Go ahead and reship, I've already logged the excursion (CC-24-0417). Please put the new one on priority overnight and call her before it leaves.

Omar

Omar Haddad
Cold Chain Quality Specialist
Calloway Specialty Pharmacy

-----Original Message-----
From: Marcus Oyelaran <moyelaran@callowayrx.com>
Sent: Thursday, August 1, 2024 9:40 AM
To: Omar Haddad <ohaddad@callowayrx.com>
Subject: RE: returned package - reship

Omar, member called again this morning very upset. She's due for her shot Saturday. Can we do anything?

-----Original Message-----
From: Marcus Oyelaran <moyelaran@callowayrx.com>
Sent: Wednesday, July 31, 2024 3:58 PM
To: Omar Haddad <ohaddad@callowayrx.com>
Subject: returned package - reship

Hi Omar,

Yvonne Castillo (ph 216-555-0181, 2915 Dell Ave, Lakewood OH) says her refrigerated box never showed up Tuesday and tracking says "returned to sender - delivery exception." She said she was home all day. She needs the replacement before the weekend, she's already late from the last one.

Marcus Oyelaran
Member Services Supervisor
""",
     date=dt(2024, 8, 1, 10, 5))

# ==========================================================================
# PHI — ids
# ==========================================================================

emit("phi", "ids", "",
     "Rachel Dominguez <rdominguez@callowayrx.com>",
     "Pharmacy Help Desk <helpdesk-rx@callowayrx.com>",
     "reject 76 on claim 24188-0031776-01",
     """Hi -

Network pharmacy (NCPDP 3912044) called, claim 24188-0031776-01 for member ID CRX884120937-01 keeps rejecting 76 plan limits exceeded. Member is getting 30 tabs per fill, limit on the plan is 30/30 so it shouldn't hit. Looks like the 6/28 fill never reversed when they rebilled. Can someone reverse the 6/28 one so the pharmacy can push this through today? Member is standing at the counter.

Rachel D.
Pharmacy Help Desk, Tier 2
x5520
""",
     date=dt(2024, 7, 6, 12, 31))

emit("phi", "ids", "",
     "PA Determinations <pa-noreply@callowayrx.com>",
     "fax-gateway@riverbendrheum.com",
     "Determination notice - Case PA-2024-0488215",
     """PRIOR AUTHORIZATION DETERMINATION

Case number:      PA-2024-0488215
Member ID:        CRX550917742-02
Member DOB:       03/14/1961
Prescriber NPI:   1790662418
Request received: 04/22/2024 10:14 ET
Decision:         APPROVED
Effective:        04/23/2024 - 04/22/2025
Quantity limit:   2 syringes per 28 days

This notice was sent to the fax/e-mail on file for the prescriber. The member will receive a letter by mail. For questions call the Prior Authorization line at 1-800-555-0143, option 2, and reference the case number above.

This is an automated message. Replies to this address are not monitored.

""" + CONF,
     date=dt(2024, 4, 23, 7, 2))

emit("phi", "ids", "J. Albright",
     "Cheryl Vance <cvance@brightmoormfg.com>",
     "Brian Huttle <bhuttle@callowayrx.com>",
     "employee claim question",
     """Brian,

One of our employees came to HR upset about a specialty claim. Last four of SSN 4471, employee ID BM-20931, covered under our Gold PPO, your member number ends -0653. She says she was charged $1,850 for her April fill when her out of pocket should be capped. I don't need to know what the drug is, I just want to know whether the accumulator is counting it right, because if it's our plan design I need to fix it before renewal.

Her last name is Albright (J.). Can someone from your team call her directly instead of going through me?

Thanks,
Cheryl

Cheryl Vance, SHRM-CP
Benefits Manager | Brightmoor Manufacturing
o 330.555.0102
""",
     date=dt(2024, 5, 14, 9, 48))

emit("phi", "ids", "",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     ["Dr. Harriet Lund <hlund@callowayrx.com>"],
     "2nd level review due 7/2 - AG-24-11907",
     """Dr. Lund,

Case AG-24-11907 (member CRX301876554-01, DOB 09/30/1987) is up for second-level review and the clock runs out 7/2. First level upheld the denial for non-formulary; member's appeal letter and the prescriber's letter of medical necessity are in the case file under Documents. Prescriber also requested a peer-to-peer but we haven't been able to get him on the phone - two attempts logged.

Could you take a look before Monday?

Renee Castellanos
Appeals & Grievances Coordinator
Calloway Rx Solutions | direct 614-555-0171 | fax 614-555-0179
""",
     date=dt(2024, 6, 27, 13, 15))

emit("phi", "ids", "",
     "Angie Moretti <amoretti@lakeviewfm.org>",
     "PA Clinical Team <pa-clinical@callowayrx.com>",
     "RE: formulary exception - missing info",
     """Here is what you asked for.

Pt DOB 1/2/1958
Member ID CRX227410386-01
Dx codes are on the attached notes page. Tried and failed the two formulary alternatives, dates in the notes. Please let us know asap, she is out of medication.

Angie
Lakeview Family Medicine
ph 614-555-0150 fax 614-555-0151

> On Tue, Feb 13, 2024 at 2:20 PM PA Clinical Team <pa-clinical@callowayrx.com> wrote:
> We received a formulary exception request from your office but it did not include
> the patient's date of birth or member ID, and no chart notes were attached. Please
> reply with the missing information or fax to 1-800-555-0144.
""",
     date=dt(2024, 2, 13, 15, 3),
     attachments=[("notes_scan.pdf", make_pdf([
         "Lakeview Family Medicine - Progress Note",
         "DOB: 01/02/1958   Member: CRX227410386-01",
         "Assessment: E11.65 type 2 diabetes w/ hyperglycemia; E66.01",
         "Prior therapy: metformin 1000 mg BID 2019-2023; glipizide 10 mg 2022-2023 (hypoglycemia)",
         "Plan: request semaglutide, formulary exception",
         "Paul Ramos, MD  NPI 1427006519"]), "application/pdf")])

emit("phi", "ids", "",
     "Shawna Beck <sbeck@callowayrx.com>",
     "Dale Kowalczyk <dkowalczyk@callowayrx.com>",
     "RE: Rx# 4481920 refill too soon - mbr W. DOB 11/06/72",
     """done, overrode it. shipping tmrw.

-----Original Message-----
From: Dale Kowalczyk
Sent: Tuesday, October 8, 2024 11:02 AM
To: Shawna Beck
Subject: Rx# 4481920 refill too soon - mbr W. DOB 11/06/72

ok to override, she lost the last bottle in the move. document pls
""",
     date=dt(2024, 10, 8, 11, 20))

emit("phi", "ids", "",
     "Tomás Ibarra <tibarra@callowayrx.com>",
     "COB Unit <cob@callowayrx.com>",
     "other coverage - Medicaid on file",
     """COB team,

Pharmacy is getting 41 (submit to primary) on member CRX719054221-03. State file shows active Medicaid, ID 4408817260, eff 01/01/2024, but our plan is showing as primary from the employer side too. Per the 834 from Meridale Foods the dependent was termed 2/29. Can we get the other coverage record updated so the pharmacy can bill correctly? Three denied claims so far this month (24061-0044190, 24065-0051723, 24072-0060184).

Tomás Ibarra
Eligibility & COB Analyst
""",
     date=dt(2024, 3, 14, 10, 40))

emit("phi", "ids", "",
     "Gloria Mensah <gmensah@callowayrx.com>",
     "Specialty Billing <sp-billing@callowayrx.com>",
     "FW: balance dispute acct 7730-118842",
     """Forwarding to billing - this is the specialty shipment from 5/3. Member says the copay card should have covered it. Can someone check whether the card was billed as secondary before the statement went out?

G.

---------- Forwarded message ---------
From: Online Payments <payments-noreply@callowayrx.com>
Date: Thu, May 23, 2024 at 6:14 PM
Subject: Message from your patient portal
To: <sp-billing@callowayrx.com>

Account: 7730-118842
Statement date: 05/20/2024
Balance: $412.18
Service date: 05/03/2024  Specialty Rx  Qty 1 kit

Message from account holder:
"I should not owe this, my manufacturer card was on file. Please rebill and stop the statements."
""",
     date=dt(2024, 5, 24, 9, 11))

# ==========================================================================
# PHI — lang
# ==========================================================================

emit("phi", "lang", "Rosa Elena Quintero",
     "Rosa Quintero <rosaeq1964@example.com>",
     "Servicios al Miembro <memberservices@callowayrx.com>",
     "Mi insulina no ha llegado",
     """Buenas tardes,

Me llamo Rosa Elena Quintero, mi número de miembro es CRX612093557-01. Pedí el resurtido de mi insulina Lantus y las tiras para medir el azúcar el día 2 de este mes y todavía no me llega nada. Ya solo me quedan como 3 días de insulina.

Mi dirección es 1540 Calle Ortega Apt 12, Columbus OH 43207. Por favor díganme si ya la mandaron o si hay algún problema con la receta del Dr. Salinas. También me cobraron $45 y la otra vez eran $35, no entiendo por qué.

Pueden llamarme al 614-555-0196, prefiero en español.

Gracias,
Rosa

Enviado desde mi teléfono
""",
     date=dt(2024, 8, 9, 17, 22))

emit("phi", "lang", "Nguyễn Văn Phúc",
     "Lan Nguyen <lan.nguyen.t@example.org>",
     "memberservices@callowayrx.com",
     "Thuốc của bố tôi - Nguyen Van Phuc",
     """Chào anh chị,

Tôi là Nguyễn Thị Lan, con gái của ông Nguyễn Văn Phúc (ngày sinh 12/05/1946, số thành viên CRX408876130-01). Bố tôi không đọc được tiếng Anh nên tôi viết thư này giúp ông.

Tháng này bố tôi nhận được thư nói rằng thuốc Eliquis cần "prior authorization" và hãng bảo hiểm sẽ không trả nữa nếu bác sĩ không gửi giấy tờ. Bác sĩ tim mạch của bố là Dr. Hoang ở phòng khám Westside Cardiology. Bố tôi chỉ còn thuốc đủ dùng khoảng 1 tuần. Xin anh chị cho biết chúng tôi phải làm gì, và có thể gửi thuốc tạm thời trong lúc chờ không?

Địa chỉ nhận thuốc vẫn là 2206 Sullivant Ave, Columbus OH 43204.
Số điện thoại của tôi: 614-555-0112.

Cảm ơn anh chị rất nhiều.
Lan
""",
     date=dt(2024, 2, 20, 21, 5, "EST"))

emit("phi", "lang", "陈美玲",
     "陈美玲 <meiling.chen88@example.net>",
     "Calloway Specialty Pharmacy <specialty@callowayrx.com>",
     "关于冷藏药品包裹的问题",
     """您好，

我是陈美玲，会员号 CRX933417208-01。今天下午收到你们寄来的 Humira 注射笔，但是打开箱子的时候冰袋已经全部化了，里面的药摸起来不凉。箱子在门口放了大概四个小时（快递没有按门铃）。

请问这个药还能用吗？我下一针是这个星期六。如果不能用，能不能尽快再寄一盒？我家地址没有变：Dublin, OH 43017, Sawmill Pkwy 6120 号 3 楼。

我的电话是 614-555-0139，白天可以打，会说一点英文。

谢谢！
陈美玲

（我把箱子和药的照片附上了）
""",
     date=dt(2024, 7, 19, 18, 47),
     attachments=[("IMG_4471.jpg", fake_jpeg(900), "image/jpeg"),
                  ("IMG_4472.jpg", fake_jpeg(700), "image/jpeg")])

emit("phi", "lang", "Соколов Иван Петрович",
     "Ivan Sokolov <i.sokolov51@example.com>",
     "Appeals and Grievances <appeals@callowayrx.com>",
     "Апелляция - отказ в покрытии",
     """Здравствуйте,

Я, Соколов Иван Петрович, дата рождения 17.08.1951, номер участника CRX145590873-01, прошу пересмотреть отказ в оплате препарата Ксарелто (письмо от 3 апреля, номер дела AG-24-08812).

Мой кардиолог, доктор Беляева, назначила этот препарат после того, как варфарин мне не подошёл — три раза за прошлый год МНО было слишком высоким, и один раз я попал в больницу с кровотечением. Выписка из больницы и письмо от врача прилагаются.

Прошу рассмотреть моё обращение как можно скорее, так как лекарства осталось на 10 дней. Ответ можно направить по адресу: 815 Hollow Creek Dr, Westerville OH 43081, или по телефону 614-555-0158 (говорит моя дочь Наталья, она переводит).

С уважением,
И. П. Соколов
""",
     date=dt(2024, 4, 15, 11, 30),
     attachments=[("pismo_vracha.pdf", make_pdf([
         "Westerville Heart & Vascular",
         "Re: Ivan P. Sokolov  DOB 08/17/1951",
         "To whom it may concern: Mr. Sokolov has atrial fibrillation.",
         "Warfarin was discontinued after labile INR and GI bleed (hospitalized 11/2023).",
         "Rivaroxaban 20 mg daily is medically necessary.",
         "O. Belyaeva, MD"]), "application/pdf")])

emit("phi", "lang", "Jean-Robert Pierre-Louis",
     "Marie-Ange Pierre-Louis <mapierrelouis@example.net>",
     "memberservices@callowayrx.com",
     "Medikaman mari mwen",
     """Bonjou,

Mwen se madanm Jean-Robert Pierre-Louis. Nimewo kat li se CRX560228914-02. Li fèt 03/09/1970.

Mari mwen pa resevwa medikaman pou tansyon li ak grenn pou kolestewòl la depi 2 semèn. Nou te rele 2 fwa men yo toujou di nou "l ap vini". Li pa gen grenn ankò depi samdi. Èske nou ka al pran l nan famasi Walgreens ki toupre lakay nou jodi a sèlman?

Adrès nou: 47 Greenlawn Ave, Columbus OH 43223
Telefòn: 614-555-0147 (apre 3è)

Mèsi anpil pou èd nou.
Marie-Ange
""",
     date=dt(2024, 9, 23, 8, 12))

emit("phi", "lang", "Teresita Bautista",
     "Jocelyn Dizon <jdizon@callowayrx.com>",
     "Ramon Villanueva <rvillanueva@callowayrx.com>",
     "re: Bautista callback",
     """Mon,

Tinawagan ko na si Mrs. Teresita Bautista kanina, Tagalog lang talaga siya kaya ako na kumausap. Ang problema pala hindi dumating yung refill ng Januvia at metoprolol niya kasi luma pa yung address sa system — lumipat na sila sa 1901 Karl Rd Apt 4C, Columbus 43224. Na-update ko na. Pakicheck mo lang kung pwede i-overnight ngayong araw kasi wala na raw siyang gamot since Lunes.

Sabi rin niya nahihilo daw siya minsan pag umaga, sinabihan ko na tawagan si Dr. Santos niya. Nilagay ko na sa notes.

Salamat!
Joy

Jocelyn Dizon, CPhT
Member Services - Pharmacy
ext 5531
""",
     date=dt(2024, 3, 27, 14, 2))

emit("phi", "lang", "Maria das Graças Ferreira",
     "Graça Ferreira <gracaferreira.oh@example.com>",
     "Atendimento <memberservices@callowayrx.com>",
     "Autorização prévia do meu remédio",
     """Boa tarde,

Meu nome é Maria das Graças Ferreira, número de membro CRX377261095-01. A farmácia disse que meu remédio para artrite (Otezla) precisa de autorização prévia e que vocês ainda não receberam nada do consultório da minha médica, Dra. Kaplan, da Riverbend Rheumatology.

Já faz duas semanas que estou sem o remédio e as dores nas mãos voltaram. Vocês podem ligar para o consultório? O telefone deles é 614-555-0166. Eu também posso pedir para eles enviarem de novo se vocês me disserem o número de fax certo.

Meu telefone: 614-555-0108. Falo um pouco de inglês, mas prefiro português se tiver alguém.

Obrigada,
Graça Ferreira
""",
     date=dt(2024, 10, 2, 13, 55))

emit("phi", "lang", "خليل منصور",
     "Ahmad Mansour <ahmad.mansour.k@example.org>",
     "Member Services <memberservices@callowayrx.com>",
     "بخصوص أدوية والدي خليل منصور",
     """السلام عليكم،

أكتب إليكم نيابةً عن والدي خليل منصور (تاريخ الميلاد 1944/06/21، رقم العضوية CRX802614337-01). والدي يستلم أدويته عن طريق البريد منكم، لكن الشحنة الأخيرة وصلت ناقصة: وصلت حبوب الضغط لكن لم يصل دواء السكري (ميتفورمين) ولا أقلام الإنسولين.

والدي لا يتكلم الإنجليزية جيداً، لذلك أرجو التواصل معي مباشرة على الرقم 614-555-0175. العنوان هو نفسه: 3380 Morse Rd, Columbus OH 43231.

هل يمكن إرسال الأدوية الناقصة بأسرع وقت؟ الإنسولين يحتاج إلى تبريد ولا أريد أن يبقى خارج البيت طويلاً.

شكراً جزيلاً
أحمد منصور
""",
     date=dt(2024, 11, 4, 19, 16))

# ==========================================================================
# PHI — lists
# ==========================================================================

emit("phi", "lists", "Harold Stiles; Bernadette Quinn; Luis Arroyo; Janet Kolb; Samir Patel; Opal Whitaker",
     "Dale Kowalczyk <dkowalczyk@callowayrx.com>",
     ["Mail Order RPh <mo-rph@callowayrx.com>"],
     "Sat callback list - prescriber calls still open",
     """Still open from Friday, whoever is on Saturday please work these. Offices that are closed weekends, leave VM and move to Monday.

Member            | DOB        | Rx / issue                                   | Prescriber / ph
------------------|------------|----------------------------------------------|-----------------------------
Stiles, Harold    | 04/02/1950 | warfarin 5mg - DDI w/ new fluconazole        | Dr. Amin 614-555-0123
Quinn, Bernadette | 12/19/1962 | oxycodone qty > 7 day limit, need dx/days    | Dr. Voss 740-555-0138
Arroyo, Luis      | 07/07/1979 | sertraline + tramadol, confirm intent        | NP Harlow 614-555-0190
Kolb, Janet       | 02/25/1944 | levothyroxine 175 vs 17.5 mcg? illegible     | Dr. Pfeiffer 419-555-0126
Patel, Samir      | 10/30/1988 | Adderall early fill, 2nd prescriber          | Dr. Greene 614-555-0111
Whitaker, Opal    | 05/14/1938 | duplicate therapy lisinopril + losartan      | Dr. Amin 614-555-0123

Document every call in the Rx notes field, not in sticky notes please.

Dale
""",
     date=dt(2024, 4, 19, 17, 50, "ET"))

_pa_rows = [
    ["Patient Last", "Patient First", "DOB", "Member ID", "Drug", "Date Submitted", "Status per portal", "Notes"],
    ["Holloway", "Denise", "1971-08-03", "CRX104583920-01", "Dupixent 300mg/2mL", "2024-09-03", "Pending - info requested", "chart notes faxed 9/5"],
    ["Brandt", "Kevin", "1966-01-19", "CRX221904458-01", "Enbrel 50mg SureClick", "2024-09-04", "Pending", ""],
    ["Olufemi", "Grace", "1983-11-27", "CRX390076112-02", "Otezla 30mg", "2024-09-06", "Denied", "appeal? step therapy MTX"],
    ["Zielinski", "Mark", "1958-04-09", "CRX177345609-01", "Humira 40mg pen", "2024-09-09", "Pending", "renewal"],
    ["Ferris", "Anna", "1992-06-15", "CRX610298877-01", "Rinvoq 15mg", "2024-09-10", "Approved", "need copay card"],
    ["Tran", "Peter", "1949-12-02", "CRX508812306-01", "Xeljanz 5mg", "2024-09-10", "Pending", "pt calling daily"],
]
emit("phi", "lists", "Denise Holloway; Kevin Brandt; Grace Olufemi; Mark Zielinski; Anna Ferris; Peter Tran",
     "Nicole Sayers <nsayers@riverbendrheum.com>",
     "PA Clinical Team <pa-clinical@callowayrx.com>",
     "Outstanding PAs - Riverbend Rheumatology",
     """Good morning,

Attached is our list of prior auths that are still showing pending on your portal. Several of these patients are now out of medication. Could someone give us a status on each, or tell us what else you need?

Thank you,

Nicole Sayers
Prior Authorization Specialist
Riverbend Rheumatology
P: 614-555-0166 | F: 614-555-0167

""" + CONF2,
     date=dt(2024, 9, 12, 8, 34),
     attachments=[("Calloway_open_PAs_0912.csv", csv_text(_pa_rows), "text/csv")])

_ship_rows = [
    ["Ship Date", "Order #", "Member", "Member ID", "Product", "Storage", "Ship To City", "Carrier Svc", "Special Instr"],
    ["2024-08-19", "SO-7719023", "Delgado, Ruben", "CRX319022876-01", "Stelara 90mg", "2-8C", "Marion OH", "PRI OVN", "sig req"],
    ["2024-08-19", "SO-7719031", "Hsu, Caroline", "CRX842276510-01", "Ozempic 1mg pens x3", "2-8C", "Powell OH", "PRI OVN", ""],
    ["2024-08-19", "SO-7719047", "McBride, Terrence", "CRX260943381-01", "Enoxaparin 40mg x30", "RT", "Newark OH", "STD OVN", "leave w/ neighbor 14B"],
    ["2024-08-20", "SO-7719102", "Abiodun, Florence", "CRX730561249-03", "Genotropin 12mg", "2-8C", "Grove City OH", "PRI OVN", "deliver to school nurse"],
    ["2024-08-20", "SO-7719118", "Ruiz, Danielle", "CRX118870342-01", "Taltz 80mg", "2-8C", "Hilliard OH", "PRI OVN", ""],
    ["2024-08-20", "SO-7719125", "Kaminski, Leon", "CRX664309185-01", "Harvoni", "RT", "Zanesville OH", "2DAY", "hold at terminal"],
]
emit("phi", "lists", "Ruben Delgado; Caroline Hsu; Terrence McBride; Florence Abiodun; Danielle Ruiz; Leon Kaminski",
     "Lena Vogt <lvogt@callowayrx.com>",
     ["Specialty Dispatch <spdispatch@callowayrx.com>", "Omar Haddad <ohaddad@callowayrx.com>"],
     "Mon/Tue cold chain manifest",
     """Attached is the manifest for Mon/Tue. Heat advisory both days so every 2-8 box goes in the summer config, no exceptions. Florence's box goes to the school, call ahead.

L
""",
     date=dt(2024, 8, 16, 16, 2),
     attachments=[("manifest_0819_0820.xlsx", make_xlsx(_ship_rows, "Manifest"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

emit("phi", "lists", "Gordon Pryce; Evelyn Marsh-Tate; Robert Nakamura; Shirley Danvers; Curtis Bolden",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     ["Appeals Team <appeals-team@callowayrx.com>"],
     "appeals due this week - pls claim yours",
     """Morning all, here's what's due by Friday. Put your initials next to one when you grab it and reply-all so we don't double up.

Gordon Pryce - 03/22/1955 - Repatha denied, statin intolerance not documented - due Tue (expedited)
Evelyn Marsh-Tate - 11/08/1969 - Wegovy excluded benefit per Tri-County plan - due Wed
Robert Nakamura - 06/30/1947 - Eliquis tier exception, copay - due Wed
Shirley Danvers - 01/17/1960 - Lyrica qty limit, neuropathy - due Thu
Curtis Bolden - 09/04/1981 - Suboxone PA lapsed, pharmacy turned him away - due Thu (GRIEVANCE too)

Curtis's mom has called 4 times, if you take that one please call her first thing.

Renee
""",
     date=dt(2024, 10, 14, 7, 58))

emit("phi", "lists", "Agnes Brody; Tyrone Hackett; Melissa Vu; Frank DeLuca; Irene Castellanos; Wendell Price",
     "Alan Whitfield <awhitfield@tricountyschools.org>",
     "Brian Huttle <bhuttle@callowayrx.com>",
     "transition fill list for retirees",
     """Brian - the retiree coordinator pulled this from our spreadsheet. These are the people who called us worried their meds won't carry over on 1/1 when the retiree group moves to you. Can your team make sure they get transition fills? I just pasted it in, sorry about the formatting.

Last	First	DOB	Current drug	Concern
Brody	Agnes	04/11/1948	Trelegy Ellipta	inhaler not on new list
Hackett	Tyrone	08/23/1952	Jardiance	wants 90 day mail
Vu	Melissa	02/02/1957	Prolia	gets shot at doctor's office
DeLuca	Frank	12/30/1950	Entresto	cost
Castellanos	Irene	07/19/1955	Xarelto	no interruption, had clot 2022
Price	Wendell	03/05/1946	Keytruda	infusion center billing?

Thanks,
Alan

Alan Whitfield
Director of Benefits, Tri-County School District
(740) 555-0105
""",
     date=dt(2024, 12, 3, 10, 22))

emit("phi", "lists", "Carol Jensen; Dmitri Volkov; Latoya Simmons; Henry Oduya",
     "Omar Haddad <ohaddad@callowayrx.com>",
     ["Lena Vogt <lvogt@callowayrx.com>", "Kim Tran <ktran@callowayrx.com>"],
     "excursion handover - weekend",
     """Handover for the weekend, these are the open temp excursions. Kim - the two marked RPH need a stability call before we tell the member anything.

-- Jensen, Carol -- Humira -- logger peak 14.2C for 3h -- box in quarantine -- RPH
-- Volkov, Dmitri -- Ozempic -- box froze, logger -1.5C -- reship sent Fri, member told to discard
-- Simmons, Latoya -- Enbrel -- returned to us, never delivered -- reship Mon, she's ok till Wed
-- Oduya, Henry -- insulin (Tresiba) -- member reports warm, no logger in box?? -- RPH / ask packer

I'm on call Sat, Lena Sunday.

Omar
""",
     date=dt(2024, 7, 26, 17, 31))

emit("phi", "lists", "Regina Falco; Bernard Osei; Yolanda Pritchett; Arthur Lim",
     "Brian Huttle <bhuttle@callowayrx.com>",
     ["Sandra Pike <spike@harlanpike.com>"],
     "RE: Meridale formulary change impact",
     """Sandra,

Understood on the comms. We'll send the member letters 60 days out as planned and I'll have our clinical team reach out individually to the four members below before the letters land, since they'd be the most disrupted. I'd rather you not forward the detail to Meridale HR; they've only asked for counts.

Brian

Brian Huttle
Senior Account Executive, Employer Solutions
Calloway Rx Solutions | 614-555-0120 x118 | m 614-555-0189

On Mon, Nov 18, 2024 at 3:47 PM Sandra Pike <spike@harlanpike.com> wrote:
> Brian, thanks. Can you confirm how the affected members will be contacted?
> The client doesn't want anybody surprised at the counter in January.
>
> > On Mon, Nov 18, 2024 at 11:02 AM Brian Huttle <bhuttle@callowayrx.com> wrote:
> > Sandra - per your request, here is the impact of the 1/1 exclusion list for
> > Meridale. 37 utilizers total; the four with the highest annual spend:
> >
> >   Member            ID                 Drug            Est. annual
> >   Regina Falco      CRX904412873-01    Cosentyx        $71,400
> >   Bernard Osei      CRX904419650-02    Tremfya         $68,900
> >   Yolanda Pritchett CRX904420017-01    Skyrizi         $66,250
> >   Arthur Lim        CRX904435581-01    Xolair          $41,300
> >
> > All four have alternatives on formulary; clinical team will review.
""",
     date=dt(2024, 11, 19, 8, 40))

# ==========================================================================
# PHI — names
# ==========================================================================

emit("phi", "names", "Joan Abernathy",
     "Kim Tran <ktran@callowayrx.com>",
     "Priya Raman <praman@callowayrx.com>",
     "Mrs. Abernathy again",
     """Priya, Mrs. Abernathy called me directly (she has my card from the diabetes outreach). Her Tresiba pens got rejected for quantity again because the doctor upped her to 64 units and the PA was written for the old dose. She's down to one pen. Any way you can update the QL on the existing approval instead of making the office start a new request? Her A1c has been a mess this year and I don't want her rationing.

K
""",
     date=dt(2024, 2, 8, 12, 12))

emit("phi", "names", "Raymond Fuller",
     "Marcus Oyelaran <moyelaran@callowayrx.com>",
     "Tasha Greenfield <tgreenfield@callowayrx.com>",
     "Raymond",
     """can you check on Raymond when you get in? the one with the Biktarvy, transferring from Walgreens. He called twice yesterday afternoon and he's really worried about his neighbors seeing the box, wants plain packaging and no pharmacy name on the label. I told him we always ship discreet but he wants someone from specialty to tell him. Number is in the ticket.

m
""",
     date=dt(2024, 5, 29, 7, 41))

emit("phi", "names", "Noreen Fitzgerald",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     "Dr. Harriet Lund <hlund@callowayrx.com>",
     "Fitzgerald, Noreen - denial letter wording",
     """Dr. Lund,

Before this letter goes out could you look at the rationale paragraph? Ms. Fitzgerald is appealing the Nurtec denial and her neurologist's letter says she's had 12+ migraine days a month despite topiramate and two triptans. The draft rationale still says "no documentation of prior preventive therapy," which isn't accurate anymore after the records came in Thursday. I don't want to send her a letter that contradicts her own chart.

Renee
""",
     date=dt(2024, 6, 10, 14, 37))

emit("phi", "names", "Anthony Russo",
     "Kim Tran <ktran@callowayrx.com>",
     ["Specialty Clinical <sp-clinical@callowayrx.com>"],
     "Tony's tacrolimus levels",
     """FYI for whoever talks to Big Tony next (Anthony Russo, the kidney transplant guy who always asks for me). His transplant coordinator at University called, his tacro level came back high last week and they dropped him to 2mg BID. New Rx should be in the queue. Please make sure the old 3mg bottles don't go out in Thursday's box - he'll take whatever we send him.

Also he mentioned his wife had a fall, so he may not be answering the house phone. Try his cell.

Kim
""",
     date=dt(2024, 8, 27, 9, 2))

emit("phi", "names", "Lorraine Whitcomb",
     "Priya Raman <praman@callowayrx.com>",
     "Jocelyn Dizon <jdizon@callowayrx.com>",
     "Lorraine Whitcomb",
     """her Ozempic exception was denied this morning, BMI doesn't meet criteria and no T2 dx in anything the office sent. She is going to be upset -- she told intake she'd already lost 30 lbs on samples. Can you call the prescriber before MS calls her, in case they just forgot to send the diabetes notes?
""",
     date=dt(2024, 1, 30, 11, 18))

emit("phi", "names", "Howard Tsai",
     "Felix Moreno <fmoreno@callowayrx.com>",
     ["Priya Raman <praman@callowayrx.com>", "IT Service Desk <servicedesk@callowayrx.com>"],
     "RE: RE: RE: PA portal attachments not showing for reviewers",
     """Priya -- fix is deployed, the reviewer view should show all attachments now including ones uploaded through fax-to-portal. Can you confirm on your end and I'll close INC0094412?

Felix Moreno
IT Service Desk, Applications
ext 4400

From: Priya Raman <praman@callowayrx.com>
Sent: Wednesday, March 20, 2024 2:14 PM
To: Felix Moreno <fmoreno@callowayrx.com>
Subject: RE: RE: PA portal attachments not showing for reviewers

Still seeing it. Two more today. Same thing, fax comes in, portal says "3 documents" but only 1 opens.

From: Felix Moreno <fmoreno@callowayrx.com>
Sent: Tuesday, March 19, 2024 9:30 AM
To: Priya Raman <praman@callowayrx.com>
Subject: RE: PA portal attachments not showing for reviewers

Thanks, we've reproduced it. Looks like it's multi-page TIFFs from the fax server. Vendor is working on it.

From: Priya Raman <praman@callowayrx.com>
Sent: Monday, March 18, 2024 4:52 PM
To: IT Service Desk <servicedesk@callowayrx.com>
Subject: PA portal attachments not showing for reviewers

Hi, reviewers can only see the first attachment on cases that came in by fax. Example: the case for Howard Tsai (the hep C one, Epclusa, 12 weeks) - prescriber faxed the genotype and viral load labs and the liver fibrosis score and I can only see the cover sheet. We almost denied him for missing labs that were actually there. This is happening on a lot of cases.

Priya Raman, PharmD
""",
     date=dt(2024, 3, 21, 10, 6))

emit("phi", "names", "Claire Dunleavy",
     "Sandra Pike <spike@harlanpike.com>",
     "Brian Huttle <bhuttle@callowayrx.com>",
     "sensitive - Meridale exec",
     """Brian,

Need a favor, handled quietly. Meridale's CEO, Tom Dunleavy, called me last night pretty hot. His wife Claire has been going through IVF and her Gonal-f and Menopur keep getting held up at your specialty pharmacy for "benefit verification." They've missed a cycle start once already. Fertility is a covered rider on their plan, I checked.

Can you get someone senior to look at her file today and call her directly? Please don't route this through Meridale HR, Tom doesn't want his own people knowing.

Sandra

Sandra Pike
Principal | Harlan & Pike Benefits
p 614.555.0160 | www.harlanpike.com
Sent from my iPhone
""",
     date=dt(2024, 10, 17, 7, 5))

emit("phi", "names", "Edwin Marsh",
     "Appeals and Grievances <appeals@callowayrx.com>",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     "Fwd: complaint about my father's chemo pills",
     """[Forwarded from the appeals@ shared mailbox - assigning to Renee as grievance]

---------- Forwarded message ---------
From: Paul Marsh <pmarsh.home@example.com>
Date: Fri, Oct 25, 2024 at 9:12 PM
Subject: complaint about my father's chemo pills
To: <appeals@callowayrx.com>

To whoever handles complaints,

My father Edwin Marsh has been on Ibrance for his breast cancer (yes, men get it too) since spring. This month your pharmacy shipped it to his old apartment even though I updated his address in July AND again in September after he moved in with us. The package was signed for by someone we don't know. Now he's missing a week of his cycle and his oncologist at Summit is not happy.

I want this formally filed as a complaint. I also want to know who signed for a $14,000 cancer drug and what you are doing about the fact that a stranger now knows my dad has cancer.

Paul Marsh
(son, authorized representative on file)
""",
     date=dt(2024, 10, 28, 8, 15))

# ==========================================================================
# PHI — self
# ==========================================================================

emit("phi", "self", "Carla Jimenez",
     "carla jimenez <carlaj.1990@example.com>",
     "memberservices@callowayrx.com",
     "metformin",
     """hi this is carla jimenez, my metformin didnt come this month and the app just says "processing" for like 10 days. i have maybe 4 pills left. can u just send it to the cvs on broad st instead?? my member # is CRX671109442-01

thx

Sent from my iPhone
""",
     date=dt(2024, 4, 3, 22, 48))

emit("phi", "self", "Derek Olsen",
     "Derek Olsen <derek.olsen@brightmoormfg.com>",
     "Benefits <benefits@brightmoormfg.com>",
     "Question about my specialty copay",
     """Hi Cheryl,

Sorry to bother you with this but I wasn't sure who else to ask. I started Cimzia in March for my Crohn's and the specialty pharmacy (Calloway) is now telling me my copay is going up to $1,200 a month starting July because the manufacturer coupon "doesn't count" toward my deductible anymore. Is that something Brightmoor decided? I can't swing that on top of everything else.

My employee ID is BM-18870 if that helps. I'm fine with you forwarding this to Calloway if you need to.

Thanks,
Derek Olsen
Maintenance Planner, Plant 2
ext 3361
""",
     cc="Brian Huttle <bhuttle@callowayrx.com>",
     date=dt(2024, 6, 4, 12, 57))

emit("phi", "self", "Patricia Wexler",
     "Patricia Wexler <pwexler@example.net>",
     "Appeals and Grievances <appeals@callowayrx.com>",
     "Level 1 appeal - Patricia A. Wexler - CRX458820194-01",
     """To: Calloway Rx Solutions, Appeals Department

Re: Request for appeal of coverage denial
Member name: Patricia A. Wexler
Member ID: CRX458820194-01
Date of birth: July 29, 1966
Address: 219 Cottonwood Trail, Lancaster, OH 43130
Denial reference: PA-2024-0712239 (letter dated August 14, 2024)

I am writing to appeal the denial of coverage for Mounjaro. The letter states that I have not tried metformin. This is incorrect. I took metformin from 2017 until 2023, when I stopped because of ongoing GI side effects that my physician, Dr. Elena Marchetti, documented at several visits. I then took Januvia for eight months without reaching my A1c goal (most recent A1c 8.9%).

I have attached a letter from Dr. Marchetti and a copy of my pharmacy history. Please let me know in writing if you need any further information. I can be reached at 740-555-0152.

Sincerely,

Patricia A. Wexler
""",
     date=dt(2024, 8, 22, 10, 1),
     attachments=[("Wexler_appeal_letter.docx", make_docx([
         "Patricia A. Wexler",
         "219 Cottonwood Trail, Lancaster, OH 43130",
         "August 22, 2024",
         "RE: Appeal of denial PA-2024-0712239, Member ID CRX458820194-01, DOB 07/29/1966",
         "I am requesting reconsideration of the denial for Mounjaro (tirzepatide).",
         "Metformin 2017-2023, discontinued for GI intolerance. Januvia 100 mg 09/2023-05/2024, A1c 8.9% on 06/11/2024.",
         "Sincerely, Patricia A. Wexler"]),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

emit("phi", "self", "Samuel Adeyemi",
     "Sam Adeyemi <sam.adeyemi@example.org>",
     "Specialty Billing <sp-billing@callowayrx.com>",
     "Re: Your statement is ready",
     """Hello,

I got this statement for $2,310.44 and I don't understand it. My insurance approved the Xolair for my asthma back in January and I've been paying $50 per shipment. Now it says "accumulator adjustment" and the whole amount is due. Can someone explain this or call me? 614-555-0117.

Account 7730-204519.

Samuel Adeyemi

On Sat, Sep 14, 2024 at 6:00 AM Calloway Specialty Pharmacy <statements-noreply@callowayrx.com> wrote:
> Your statement is ready.
> Account ending in 4519 | Amount due: $2,310.44 | Due by: 10/10/2024
> Log in to view your statement or pay online.
""",
     date=dt(2024, 9, 16, 8, 33))

emit("phi", "self", "Hannah Kurtz",
     "Hannah Kurtz <hkurtz22@example.com>",
     "Calloway Specialty Pharmacy <specialty@callowayrx.com>",
     "Enbrel box arrived warm",
     """Hi,

My Enbrel delivery came today around 4pm and the ice packs were totally liquid and the box felt room temp. The little temperature strip thing inside is showing the red X. I put the pens in the fridge right away but I don't know if they're still good. My shot is due Sunday.

Do I need to return them? Can you send new ones before Sunday? I'm at 88 Ridgeview Dr, Gahanna. DOB 5/2/1995 if you need it to look me up.

Hannah
(614) 555-0193
""",
     date=dt(2024, 7, 24, 17, 9),
     attachments=[("photo.jpg", fake_jpeg(1200), "image/jpeg")])

emit("phi", "self", "Jordan Pace",
     "J Pace <jpace.mobile@example.net>",
     "memberservices@callowayrx.com",
     "vacation supply",
     """Hey - I'm going to be in Portugal for 7 weeks starting Sept 3. I need a vacation override for my Vyvanse and my sertraline so I can take enough with me. Doctor already wrote the scripts. Member ID CRX935572018-02 (I'm on my mom's plan). What do I need to do? The app won't let me request it.

Jordan

Sent from my Galaxy
""",
     date=dt(2024, 8, 15, 13, 20))

emit("phi", "self", "Beatrice Longoria",
     "Beatrice Longoria <blongoria@example.com>",
     "Appeals and Grievances <appeals@callowayrx.com>",
     "Formal complaint about phone call",
     """I want to file a grievance about how I was treated on the phone on Tuesday, October 1.

I called about my Eliquis being denied after my hospital stay for the blood clot in my leg. The person I spoke to (she said her name was Tiffany) told me I should "just take aspirin like everybody else" and then put me on hold for 25 minutes and hung up. I am 71 years old and I was frightened. I had to get 5 days of pills from the ER pharmacy at full cost ($94.20, receipt available).

I would like someone from management to call me, and I would like to be reimbursed.

Beatrice M. Longoria
Member ID CRX210094567-01
1622 Linden Blvd, Reynoldsburg OH 43068
614-555-0161
""",
     date=dt(2024, 10, 3, 15, 45),
     html=True)

# ==========================================================================
# PHI — struct
# ==========================================================================
import json


def x12(envelope_head, body_segs, st_ctrl, gs_ctrl, isa_ctrl):
    """Build an X12 interchange; SE count computed from body."""
    segs = list(envelope_head)
    st = body_segs[0]
    segs.append(st)
    segs.extend(body_segs[1:])
    segs.append("SE*%d*%s" % (len(body_segs) + 1, st_ctrl))
    segs.append("GE*1*%s" % gs_ctrl)
    segs.append("IEA*1*%s" % isa_ctrl)
    return "~\n".join(segs) + "~\n"


_278 = x12(
    ["ISA*00*          *00*          *ZZ*LAKEVIEWFM     *ZZ*CALLOWAYRX     *240311*1422*^*00501*000004417*0*P*:",
     "GS*HI*LAKEVIEWFM*CALLOWAYRX*20240311*1422*4417*X*005010X217"],
    ["ST*278*0001*005010X217",
     "BHT*0007*13*PA24031100187*20240311*1422",
     "HL*1**20*1",
     "NM1*X3*2*CALLOWAY RX SOLUTIONS*****PI*CRX01",
     "HL*2*1*21*1",
     "NM1*1P*1*RAMOS*PAUL****XX*1427006519",
     "PER*IC*ANGIE MORETTI*TE*6145550150*FX*6145550151",
     "HL*3*2*22*1",
     "NM1*IL*1*GREAVES*MONICA*L***MI*CRX338105562",
     "DMG*D8*19780412*F",
     "HL*4*3*EV*1",
     "UM*HS*I*1",
     "HI*ABK:M0579*ABF:M0600",
     "DTP*472*RD8*20240315-20250314",
     "HL*5*4*SS*0",
     "SV1*HC:J1745*0*UN*6***1",
     "MSG*INFLIXIMAB 5MG/KG Q8W AFTER LOADING; FAILED METHOTREXATE AND ADALIMUMAB"],
    "0001", "4417", "000004417")

emit("phi", "struct", "Monica Greaves",
     "EDI Operations <edi-ops@callowayrx.com>",
     ["PA Clinical Team <pa-clinical@callowayrx.com>"],
     "278 failed auto-adjudication - manual review needed (BHT PA24031100187)",
     """The following 278 request could not be auto-adjudicated (reason: medical-benefit drug, HCPCS J1745 routed to pharmacy clinical). Raw transaction below. Please key into the PA system manually and reply with the case number so EDI can send the 278 response.

-- EDI Ops (auto-forward, rule 278-MANUAL-07)

""" + _278,
     date=dt(2024, 3, 11, 14, 25))

_ext = ["MBR_ID|LAST|FIRST|DOB|SEX|FILL_DT|RX_NBR|NDC|DRUG_NAME|QTY|DAYS|PHARM_NPI|PLAN_PAID|MBR_PAID"]
_ext += [
    "CRX711830245-01|OKAFOR|CHIDINMA|19770302|F|20241002|7740218|00169413013|OZEMPIC 1MG/DOSE PEN|3|28|1306842217|931.22|25.00",
    "CRX711830245-02|OKAFOR|DANIEL|20080919|M|20241004|7740311|59417010510|VYVANSE 30MG CAP|30|30|1306842217|312.48|10.00",
    "CRX711842206-01|BARNES|LEWIS|19590127|M|20241007|7741005|00310620030|FARXIGA 10MG TAB|90|90|1306842217|1402.77|75.00",
    "CRX711855019-01|ESPINOZA|MARISOL|19880614|F|20241009|7741290|00074055402|HUMIRA PEN 40MG/0.4ML|2|28|1538211045|6612.40|0.00",
    "CRX711855019-03|ESPINOZA|ADRIAN|20150302|M|20241011|7741377|00093720156|ALBUTEROL HFA 90MCG|1|25|1306842217|18.20|5.00",
    "CRX711869944-01|WAINWRIGHT|HELEN|19520811|F|20241014|7741622|00003089421|ELIQUIS 5MG TAB|180|90|1306842217|1488.10|90.00",
    "CRX711873310-01|GUPTA|ARJUN|19690405|M|20241015|7741708|61958250101|BIKTARVY 50-200-25MG|30|30|1538211045|3890.55|0.00",
    "CRX711880752-01|LINDGREN|TESSA|19910228|F|20241018|7741944|00002144380|MOUNJARO 7.5MG/0.5ML|4|28|1306842217|1021.63|25.00",
]
emit("phi", "struct", "Chidinma Okafor; Daniel Okafor; Lewis Barnes; Marisol Espinoza; Adrian Espinoza; Helen Wainwright; Arjun Gupta; Tessa Lindgren",
     "Nadia Petrov <npetrov@callowayrx.com>",
     ["Claims Audit <claims-audit@callowayrx.com>"],
     "Oct sample extract - Tri-County audit pull",
     """Attached is the first 8 rows of the Oct paid claims pull for the Tri-County audit so you can check the layout before I run the full file. Pipe delimited, no header trailer. Let me know if you need the ingredient cost / dispensing fee split out.

Nadia Petrov
Data Analyst, Client Reporting
""",
     date=dt(2024, 11, 6, 15, 19),
     attachments=[("TRICOUNTY_CLAIMS_202410_SAMPLE.txt", "\n".join(_ext) + "\n", "text/plain")])

_hl7 = "\r".join([
    "MSH|^~\\&|EPIC|MERCYWEST|CALLOWAYSP|CALLOWAY|20240612103344||RDE^O11^RDE_O11|MW0612103344871|P|2.5.1",
    "PID|1||MW4410928^^^MERCYWEST^MR~CRX503318762^^^CALLOWAY^MB||HALVERSON^GRETA^J||19630927|F|||519 ELM ST^^DELAWARE^OH^43015^USA||^PRN^PH^^1^740^5550128",
    "PV1|1|I|4W^412^B^MERCYWEST||||1376554210^OKONJO^CHIDI^^^^MD",
    "IN1|1|RXGOLD|CRX01|CALLOWAY RX SOLUTIONS|||||GRP7710",
    "ORC|NW|RX88120034^EPIC|||||^^^20240612||20240612103300|||1376554210^OKONJO^CHIDI^^^^MD",
    "RXE|^^^20240612^^R|00078065920^ENTRESTO 24-26MG TAB^NDC|1||TAB|TAB|Take 1 tablet by mouth twice daily||N|60|TAB|3",
    "RXR|PO^ORAL",
    "ORC|NW|RX88120035^EPIC|||||^^^20240612||20240612103300|||1376554210^OKONJO^CHIDI^^^^MD",
    "RXE|^^^20240612^^R|00597014030^JARDIANCE 10MG TAB^NDC|1||TAB|TAB|Take 1 tablet by mouth daily||N|30|TAB|3",
    "RXR|PO^ORAL",
    "DG1|1||I50.22^Chronic systolic (congestive) heart failure^I10",
]) + "\r"
emit("phi", "struct", "Greta Halverson",
     "Interface Monitor <hl7-monitor@callowayrx.com>",
     ["Specialty Intake <sp-intake@callowayrx.com>"],
     "[HL7 ALERT] RDE^O11 held - member not matched (MW0612103344871)",
     """Interface: MERCYWEST_RDE_IN
Status:    HELD - PATIENT MATCH FAILED (member ID present, name/DOB mismatch)
Received:  2024-06-12 10:33:44
Control:   MW0612103344871

Meds-to-beds discharge order is held. Review the raw message below, correct the match in Intake, and release from the hold queue.

---- raw ----
""" + _hl7.replace("\r", "\n"),
     date=dt(2024, 6, 12, 10, 34),
     attachments=[("MW0612103344871.hl7", _hl7.encode("ascii"), "application/octet-stream")])

_fhir = {
    "resourceType": "Bundle",
    "id": "epa-req-6621904",
    "type": "collection",
    "timestamp": "2024-09-18T13:42:07-04:00",
    "entry": [
        {"resource": {
            "resourceType": "Patient", "id": "pt1",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "SOC-88120457"},
                           {"system": "https://callowayrx.com/member-id", "value": "CRX627704198-01"}],
            "name": [{"family": "Achterberg", "given": ["Lucas", "R"]}],
            "gender": "male", "birthDate": "1974-02-19",
            "telecom": [{"system": "phone", "value": "614-555-0174", "use": "mobile"}],
            "address": [{"line": ["2870 Brookside Ct"], "city": "Worthington", "state": "OH", "postalCode": "43085"}]}},
        {"resource": {
            "resourceType": "Coverage", "id": "cov1", "status": "active",
            "subscriberId": "CRX627704198", "beneficiary": {"reference": "Patient/pt1"},
            "payor": [{"display": "Calloway Rx Solutions"}],
            "class": [{"type": {"text": "group"}, "value": "GRP5502", "name": "Brightmoor Manufacturing Gold PPO"}]}},
        {"resource": {
            "resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                       "code": "2395801", "display": "Wegovy 1.7 MG/0.75ML auto-injector"}]},
            "subject": {"reference": "Patient/pt1"},
            "authoredOn": "2024-09-18",
            "requester": {"display": "Nina Albrecht, MD (NPI 1902774365)"},
            "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E66.01",
                                        "display": "Morbid (severe) obesity due to excess calories"}]},
                           {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I25.10"}]}],
            "dosageInstruction": [{"text": "Inject 1.7 mg subcutaneously once weekly"}],
            "dispenseRequest": {"quantity": {"value": 3, "unit": "mL"}, "expectedSupplyDuration": {"value": 28, "unit": "days"}}}},
    ],
}
emit("phi", "struct", "Lucas Achterberg",
     "Devon Alcott <dalcott@callowayrx.com>",
     ["Felix Moreno <fmoreno@callowayrx.com>"],
     "ePA FHIR bundle failing validation",
     """Felix,

Here's one of the bundles the new ePA endpoint is rejecting ("Coverage.class.type must be CodeableConcept with coding"). It came from the Summit Oncology Epic build. I think we're being too strict on their Coverage resource - everything else in the request is fine and the reviewer needs it. Can we loosen the profile or do we need them to change?

Devon Alcott
Integration Engineer
""",
     date=dt(2024, 9, 18, 14, 3),
     attachments=[("epa-req-6621904.json", json.dumps(_fhir, indent=2, ensure_ascii=False), "application/json")])

_834 = x12(
    ["ISA*00*          *00*          *ZZ*MERIDALEHR     *ZZ*CALLOWAYRX     *241122*0315*^*00501*000000981*0*P*:",
     "GS*BE*MERIDALEHR*CALLOWAYRX*20241122*0315*981*X*005010X220A1"],
    ["ST*834*0001*005010X220A1",
     "BGN*00*MF20241122A*20241122*0315****2",
     "REF*38*GRP7710",
     "N1*P5*MERIDALE FOODS INC*FI*314455120",
     "N1*IN*CALLOWAY RX SOLUTIONS*FI*472209917",
     "INS*Y*18*021*28*A***FT",
     "REF*0F*MF004471",
     "REF*1L*GRP7710",
     "DTP*356*D8*20241201",
     "NM1*IL*1*KOWALSKI*ANDREA*M***34*287449103",
     "PER*IP**HP*6145550144",
     "N3*1108 WINDING WAY",
     "N4*GROVEPORT*OH*43125",
     "DMG*D8*19850611*F",
     "HD*021**PDG*RXGOLD*FAM",
     "DTP*348*D8*20241201",
     "INS*N*01*021*28*A",
     "REF*0F*MF004471",
     "NM1*IL*1*KOWALSKI*PETER*J***34*287449217",
     "DMG*D8*19830114*M",
     "HD*021**PDG*RXGOLD*FAM",
     "DTP*348*D8*20241201",
     "INS*N*19*021*28*A",
     "REF*0F*MF004471",
     "NM1*IL*1*KOWALSKI*EMMA*R",
     "DMG*D8*20160402*F",
     "HD*021**PDG*RXGOLD*FAM",
     "DTP*348*D8*20241201",
     "INS*Y*18*024*07*A***TE",
     "REF*0F*MF003318",
     "DTP*357*D8*20241130",
     "NM1*IL*1*FONTAINE*GILBERT****34*301887654",
     "DMG*D8*19620929*M",
     "HD*024**PDG*RXGOLD*EMP",
     "DTP*349*D8*20241130"],
    "0001", "981", "000000981")
emit("phi", "struct", "Andrea Kowalski; Peter Kowalski; Emma Kowalski; Gilbert Fontaine",
     "Tomás Ibarra <tibarra@callowayrx.com>",
     ["Eligibility Team <eligibility@callowayrx.com>"],
     "Meridale 834 - 11/22 file rejected at 999, two members",
     """Meridale's 11/22 834 got a 999 reject on two loops. Copy of the relevant piece below. The Kowalski family adds look fine; the Fontaine term is coded 024/07 with a 357 date but the HD maintenance type doesn't match the INS. Can someone key the Kowalskis manually so they have coverage on 12/1? Andrea's pharmacy already called, she needs her daughter's inhaler filled before the holiday.

Tomás

""" + _834,
     date=dt(2024, 11, 22, 9, 14))

_271 = x12(
    ["ISA*00*          *00*          *ZZ*CALLOWAYRX     *ZZ*SUMMITONC      *240502*0911*^*00501*000017752*0*P*:",
     "GS*HB*CALLOWAYRX*SUMMITONC*20240502*0911*17752*X*005010X279A1"],
    ["ST*271*0001*005010X279A1",
     "BHT*0022*11*ELG0502-33810*20240502*0911",
     "HL*1**20*1",
     "NM1*PR*2*CALLOWAY RX SOLUTIONS*****PI*CRX01",
     "HL*2*1*21*1",
     "NM1*1P*2*SUMMIT ONCOLOGY ASSOCIATES*****XX*1689034521",
     "HL*3*2*22*0",
     "TRN*2*93175-012547*9877281234",
     "NM1*IL*1*VASQUEZ*ROSALIND*T***MI*CRX418861205",
     "N3*77 HARBOR POINTE DR",
     "N4*MARBLEHEAD*OH*43440",
     "DMG*D8*19570723*F",
     "DTP*346*D8*20240101",
     "EB*1**88*HM*RXGOLD",
     "EB*C**88***23*2500*****Y",
     "EB*C**88***29*1860.00*****Y",
     "EB*G**88***23*6350*****Y",
     "EB*B**88*****50******Y",
     "MSG*SPECIALTY DRUGS MUST BE FILLED AT CALLOWAY SPECIALTY PHARMACY",
     "EB*CB**88***********Y",
     "MSG*PRIOR AUTH ON FILE PA-2024-0330871 ANASTROZOLE/PALBOCICLIB THRU 20250228"],
    "0001", "17752", "000017752")
emit("phi", "struct", "Rosalind Vasquez",
     "Lorna Keyes <lkeyes@summitonc.net>",
     "Pharmacy Help Desk <helpdesk-rx@callowayrx.com>",
     "Eligibility response doesn't match what member was told",
     """Hello,

We ran eligibility this morning for a patient starting oral chemo next week and the 271 (pasted below) shows $1,860 remaining on the deductible and a $50 copay after. The patient says your member services told her she'd pay $0 with the foundation grant. Which is right? We don't want her to get to the counter and walk away.

Lorna Keyes, CPhT
Oral Oncology Navigator
Summit Oncology Associates
614-555-0170

""" + _271 + """
This e-mail may contain confidential patient information. If received in error, notify the sender and delete.
""",
     date=dt(2024, 5, 2, 9, 30))

_app = {
    "event": "shipment.temperature_alert",
    "event_id": "evt_01HZ6Q3K2T8V9R",
    "created_at": "2024-06-26T19:41:12Z",
    "data": {
        "order_id": "SO-7702284",
        "member": {"id": "CRX255619340-01", "first_name": "Priscilla", "last_name": "Oyelowo",
                   "dob": "1980-10-05", "phone": "+16145550125"},
        "ship_to": {"line1": "5301 Tamarack Blvd", "city": "Columbus", "state": "OH", "zip": "43229"},
        "items": [{"ndc": "00078063968", "name": "Cosentyx Sensoready Pen 150mg/mL", "qty": 2,
                   "storage": "REFRIGERATE 2-8C"}],
        "carrier": {"name": "ShipRight", "tracking": "SR2406260448812", "service": "PRIORITY_OVERNIGHT"},
        "logger": {"serial": "TL-88-0041952", "min_c": 3.1, "max_c": 11.8, "minutes_above_8c": 142,
                   "last_reading_at": "2024-06-26T19:38:00Z"},
        "severity": "HIGH",
    },
}
emit("phi", "struct", "Priscilla Oyelowo",
     "ColdTrack Alerts <alerts@coldtrack-monitor.com>",
     ["Omar Haddad <ohaddad@callowayrx.com>", "Specialty Dispatch <spdispatch@callowayrx.com>"],
     "HIGH: temperature alert SO-7702284",
     """ColdTrack detected a temperature excursion on an in-transit shipment.

Order:      SO-7702284
Severity:   HIGH (142 min above 8.0 C)
Carrier:    ShipRight SR2406260448812

Full event payload:

""" + json.dumps(_app, indent=2) + """

Manage alert preferences at https://portal.coldtrack-monitor.com/settings
""",
     date=datetime.datetime(2024, 6, 26, 19, 41, 30, tzinfo=TZS["UTC"]))

# ==========================================================================
# CLEAN — admin
# ==========================================================================

emit("clean", "admin", "",
     "Omar Haddad <ohaddad@callowayrx.com>",
     ["Specialty Pharmacy All <sp-all@callowayrx.com>"],
     "Walk-in cooler #2 temperature mapping Tues 7/16 - product move",
     """All,

Facilities and the validation vendor will be doing the annual temperature mapping on walk-in cooler #2 on Tuesday 7/16, 6:00 AM to about 2:00 PM. During that window:

- All refrigerated stock in WIC-2 (biologics, insulins, GLP-1 pens) moves to WIC-1 and the two reach-ins in Packing Bay B on Monday evening. Inventory will do the move after 6 PM; please don't pick from WIC-2 after 5.
- Packers: pull gel packs from the Bay A freezer only.
- The monitoring system will alarm on WIC-2 during the mapping. Do NOT acknowledge those alarms; the vendor will.

If you see any reach-in go above 8.0 C on Tuesday, call me (x417) or Lena (x214), not the alarm company.

Thanks,
Omar

Omar Haddad
Cold Chain Quality Specialist
Calloway Specialty Pharmacy

""" + CONF,
     date=dt(2024, 7, 10, 13, 0),
     attachments=[("WIC2_mapping.ics", ics("wic2-map-20240716@callowayrx.com", "20240716T100000Z",
                                           "20240716T180000Z", "WIC-2 temperature mapping (no picking)",
                                           "Specialty Pharmacy - Cold Room", "Annual mapping by vendor",
                                           "ohaddad@callowayrx.com"), "text/calendar")])

emit("clean", "admin", "",
     "IT Service Desk <servicedesk@callowayrx.com>",
     ["All Calloway Staff <allstaff@callowayrx.com>"],
     "Planned outage: PA portal and CareLink Sat 3/23 10 PM - Sun 3/24 4 AM",
     """PLANNED MAINTENANCE

Systems affected: Prior Authorization provider portal, CareLink (member services), fax-to-portal intake
Window: Saturday 3/23 10:00 PM ET to Sunday 3/24 4:00 AM ET
Impact: Providers will not be able to submit or check PA status online. Faxes received during the window will queue and load after the window closes. Claims adjudication is NOT affected.

Weekend PA pharmacists: use the downtime log in the shared drive (\\\\fs02\\Clinical\\PA\\Downtime) for any urgent/expedited requests received by phone, and key them once CareLink is back.

Questions: servicedesk@callowayrx.com or x4400.

Calloway IT Service Desk
""",
     date=dt(2024, 3, 18, 9, 0),
     html=True)

emit("clean", "admin", "",
     "Dr. Harriet Lund <hlund@callowayrx.com>",
     ["P&T Committee <pt-committee@callowayrx.com>"],
     "Q3 P&T meeting - agenda and room",
     """Committee members,

Q3 P&T is Thursday, August 22, 3:00-5:30 PM in the Scioto Room (2nd floor, Bldg A), with Teams for remote members. Dinner will be delivered at 5.

Draft agenda:
1. Minutes from Q2 (vote)
2. New molecular entities review: 4 products (monographs in the SharePoint folder)
3. GLP-1 class: utilization management criteria refresh, including weight-management exclusion options for employer groups
4. Biosimilar adalimumab: preferred product and interchangeability strategy for 2025
5. Oral oncology: split-fill program results (aggregate)
6. Formulary deletions effective 1/1 and transition policy

Please declare any conflicts of interest by August 15. Voting members who cannot attend, let Maya know so we can confirm quorum.

Harriet Lund, MD, MBA
Medical Director
Calloway Rx Solutions
""",
     cc="Maya Chen-Ruiz <mchenruiz@callowayrx.com>",
     date=dt(2024, 8, 5, 16, 21))

emit("clean", "admin", "",
     "Brian Huttle <bhuttle@callowayrx.com>",
     ["Sandra Pike <spike@harlanpike.com>"],
     "RE: Brightmoor renewal - rebate guarantee language",
     """Sandra,

Our contracts team is fine with the changes with one exception. We can guarantee the per-brand-script rebate at $245 (yr 1), $260 (yr 2), $275 (yr 3), reconciled annually within 180 days of the plan year end. We can't include specialty biosimilars in the guarantee base because the rebate economics there change too fast; we'd propose carving them out and reporting them separately at 100% pass-through.

On the specialty AWP discount we can move from AWP-19% to AWP-20.5% if Brightmoor keeps the exclusive specialty arrangement. Dispensing fee stays at $0.00 for specialty, $0.85 for retail 30.

Redline attached tonight. Happy to walk Cheryl through it Thursday.

Brian

Brian Huttle
Senior Account Executive, Employer Solutions
Calloway Rx Solutions

> -----Original Message-----
> From: Sandra Pike <spike@harlanpike.com>
> Sent: Monday, September 30, 2024 5:02 PM
> Subject: Brightmoor renewal - rebate guarantee language
>
> Brian - client wants the guarantee on a per-script basis, not PMPM, and wants
> biosimilars in the base. Also pushing for a better specialty discount. Thoughts?

""" + CONF,
     date=dt(2024, 10, 1, 18, 9))

emit("clean", "admin", "",
     "Lena Vogt <lvogt@callowayrx.com>",
     ["orders@thermapaksupply.com"],
     "PO 44817 - summer shipper order",
     """Hi Gary,

Please process PO 44817 for delivery to our dock by 5/24:

- 1,200 x TP-16 qualified shipper (16 qt, 48 hr summer profile)
- 800 x TP-8 qualified shipper (8 qt)
- 6,000 x gel pack 24 oz, refrigerated conditioning
- 2,500 x gel pack 16 oz, frozen
- 3,000 x single-use data logger, 2-8C profile, PDF report

Ship to: Calloway Specialty Pharmacy, 2250 Commerce Park Dr, Dock 4, Fairhaven OH 43219. Receiving hours 7-3:30.

Also, can you send the updated qualification summary for the TP-16? QA needs it on file before we switch the summer pack-out.

Thanks,
Lena
""",
     date=dt(2024, 5, 6, 10, 44))

emit("clean", "admin", "",
     "Dale Kowalczyk <dkowalczyk@callowayrx.com>",
     ["Mail Order RPh <mo-rph@callowayrx.com>", "Mail Order Techs <mo-techs@callowayrx.com>"],
     "Policy change: early refill threshold for mail order, eff 6/1",
     """Team,

Starting 6/1 the early refill threshold for mail order maintenance meds changes from 75% to 70% of days supply elapsed, to account for shipping time. Controlled substances (C-II through C-V) stay at 85%, no change. Vacation overrides still require RPh approval and a note.

What this means day to day:
- A 90-day fill can be reprocessed on day 63 instead of day 68.
- Reject 79 (refill too soon) overrides should drop a lot. If you're still seeing them on a maintenance med after day 63, send me the Rx number so we can check the plan setup.
- Employer groups with custom thresholds (list on the SharePoint) are unchanged.

SOP MO-117 is updated; please read and sign in the LMS by 6/7.

Dale Kowalczyk, RPh
Pharmacist-in-Charge, Mail Order
""",
     date=dt(2024, 5, 21, 8, 2))

emit("clean", "admin", "",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     ["Appeals Team <appeals-team@callowayrx.com>"],
     "URAC audit prep - room + file pulls",
     """Hi team,

For the URAC desk audit on 11/12-11/13 I've booked the Olentangy conference room both days. The auditors will pull a sample of appeal and grievance files on day one, and we'll have 2 hours to produce them.

Before then please:
- make sure every closed case from Q2-Q3 has the acknowledgment letter, decision letter, and reviewer credentials in the file
- check that expedited cases show the 72-hour clock correctly
- clear your personal drafts folder in CareLink

I'll send a sign-up sheet for who sits in the room each half-day. Snacks on me.

Renee
""",
     date=dt(2024, 10, 24, 11, 36))

# ==========================================================================
# CLEAN — lookalike
# ==========================================================================

emit("clean", "lookalike", "",
     "ThermaPak Supply Billing <billing@thermapaksupply.com>",
     ["Accounts Payable <ap@callowayrx.com>"],
     "Invoice INV-2024-118204 for PO 44817",
     """Thank you for your order. Your invoice is attached.

Invoice #:     INV-2024-118204
Invoice date:  05/22/2024
PO #:          44817
Customer #:    C-003391
Terms:         Net 30 (due 06/21/2024)

Line  Item       Description                               Lot        Qty    Unit     Ext
1     TP-16S     Qualified shipper 16qt summer             L24-0411   1,200  $18.40   $22,080.00
2     TP-08S     Qualified shipper 8qt summer              L24-0398     800  $12.75   $10,200.00
3     GP-24R     Gel pack 24oz refrigerant                 G24-1187   6,000   $0.92    $5,520.00
4     GP-16F     Gel pack 16oz frozen                      G24-1190   2,500   $0.71    $1,775.00
5     DL-28PDF   Data logger 2-8C single use               SN 8804412-8807411  3,000  $4.10  $12,300.00
                                                                    Subtotal       $51,875.00
                                                                    Freight         $1,240.00
                                                                    Total          $53,115.00

Shipped 05/21/2024 via LTL, PRO# 0447-118830-2, 4 pallets
Tracking: 1Z8F44W70391184402, 1Z8F44W70391184419

Remit to: ThermaPak Supply, PO Box 7719, Dayton OH 45401
ACH: routing on file. Questions: 937-555-0140.
""",
     date=dt(2024, 5, 22, 6, 30),
     attachments=[("INV-2024-118204.pdf", make_pdf([
         "THERMAPAK SUPPLY - INVOICE INV-2024-118204",
         "Bill to: Calloway Rx Solutions, Accounts Payable",
         "PO 44817   Customer C-003391   Terms Net 30",
         "TP-16S x1200  TP-08S x800  GP-24R x6000  GP-16F x2500  DL-28PDF x3000",
         "Total due: $53,115.00  Due 06/21/2024"]), "application/pdf")])

emit("clean", "lookalike", "",
     "Maya Chen-Ruiz <mchenruiz@callowayrx.com>",
     ["Formulary Operations <formulary-ops@callowayrx.com>"],
     "2025 national formulary - deletions NDC list for claims config",
     """Formulary Ops,

Final list of NDCs to set to non-formulary effective 01/01/2025 (P&T approved 8/22). Transition fill rules per policy FT-004 (one 30-day fill within the first 90 days). Please confirm config by 11/15 so QA can run the 12/2 regression.

NDC (11)      Product                          Preferred alternative
00074-4339-02 Humira Pen 40mg/0.8mL            adalimumab-adaz / Hadlima
00074-0554-02 Humira Pen 40mg/0.4mL            adalimumab-adaz / Hadlima
00169-4060-13 NovoLog FlexPen                  insulin aspart (unbranded)
00088-2220-33 Lantus SoloStar                  insulin glargine-yfgn
00310-6205-30 Farxiga 5mg                      dapagliflozin generic
00173-0715-20 Advair Diskus 250/50             fluticasone/salmeterol generic
00078-0659-20 Entresto 24/26mg                 (remains formulary - removed from list, see note)

Note: Entresto row was left in by mistake in v3; strike it. 6 NDCs total.

Maya Chen-Ruiz, PharmD
Formulary Manager
""",
     date=dt(2024, 10, 29, 15, 12))

_dir_rows = [["Pharmacy Name", "NCPDP", "NPI", "Address", "City", "Phone", "Fax", "24hr", "Specialty Accred"],
             ["Fairhaven Mail Order", "3600417", "1386902214", "2250 Commerce Park Dr", "Fairhaven OH", "614-555-0120", "614-555-0129", "N", "N"],
             ["Calloway Specialty Pharmacy", "3600422", "1538211045", "2250 Commerce Park Dr Ste 200", "Fairhaven OH", "614-555-0130", "614-555-0139", "Y", "URAC/ACHC"],
             ["Calloway Specialty - Cincinnati", "3600455", "1669410287", "1140 Mehring Way", "Cincinnati OH", "513-555-0160", "513-555-0169", "N", "URAC"],
             ["Calloway Infusion Services", "3600460", "1790552043", "75 Enterprise Pkwy", "Westerville OH", "614-555-0180", "614-555-0189", "Y", "ACHC"]]
emit("clean", "lookalike", "",
     "Provider Relations <provider-relations@callowayrx.com>",
     ["Network Contracting <network@callowayrx.com>"],
     "Updated owned-pharmacy directory (NCPDP/NPI/DEA) for credentialing packet",
     """Attached and below is the updated directory of Calloway-owned pharmacies for the Q4 credentialing packets. Pharmacist-in-charge licence numbers are current as of 10/1.

Location                        NCPDP    NPI         DEA         PIC / OH licence
Fairhaven Mail Order            3600417  1386902214  FC4412087   Dale Kowalczyk, RPh  03-2-18844
Calloway Specialty Pharmacy     3600422  1538211045  FC5530912   Kim Tran, PharmD     03-2-30417
Calloway Specialty - Cincinnati 3600455  1669410287  FC6641028   Aaron Whitlock, RPh  03-2-22109
Calloway Infusion Services      3600460  1790552043  FC7719340   Lucia Ferraro, PharmD 03-2-27751

Main lines: Mail order 614-555-0120, Specialty 614-555-0130 (24/7 on-call RPh), Cincinnati 513-555-0160, Infusion 614-555-0180.

Provider Relations
Calloway Rx Solutions
""",
     date=dt(2024, 10, 2, 10, 0),
     attachments=[("owned_pharmacy_directory_2024Q4.csv", csv_text(_dir_rows), "text/csv")])

emit("clean", "lookalike", "",
     "Quality Assurance <qa@callowayrx.com>",
     ["Mail Order RPh <mo-rph@callowayrx.com>", "Inventory Control <inventory@callowayrx.com>"],
     "ACTION: Class II recall - metformin ER 500mg lots (manufacturer notice 2024-0611)",
     """RECALL NOTICE - ACTION REQUIRED BY 6/14 EOD

Manufacturer: Keystone Generics (notice 2024-0611, FDA class II, retail/pharmacy level)
Product: Metformin HCl ER 500mg tablets, bottles of 100 and 1000
Reason: NDMA above acceptable intake limit

Affected NDC / lot / exp:
  NDC 62011-0127-01  lot KG23A0417  exp 03/2025
  NDC 62011-0127-01  lot KG23A0452  exp 04/2025
  NDC 62011-0127-10  lot KG23B1109  exp 08/2025
  NDC 62011-0127-10  lot KG23B1166  exp 09/2025

Inventory on hand (system count 6/11 07:00): 14 x 1000ct, 38 x 100ct across locations 4B-12 and 4B-13.

1. Quarantine all affected lots in the RECALL cage (Bay D) and tag with QA hold #QH-24-0219.
2. Do not dispense. Scanner block is active as of 06:30 today.
3. Count and record on form QA-22 (attached to this notice in QMS) by end of day.
4. Dispensed-to-patient level action is NOT required for this recall per manufacturer.

QA contact: Beatriz Nolan, x4120.
""",
     date=dt(2024, 6, 11, 7, 15))

emit("clean", "lookalike", "",
     "Client Reporting <client-reporting@callowayrx.com>",
     ["Alan Whitfield <awhitfield@tricountyschools.org>"],
     "Tri-County School District - Q2 2024 utilization summary",
     """Alan,

Here are the Q2 2024 headline numbers for Tri-County School District (group GRP3310). Full book with plan-level detail is in the client portal.

Members (avg monthly):        4,812
Utilizing members:            3,266 (67.9%)
Total scripts (30-day adj):   21,904
Generic dispensing rate:      89.4%
Mail order penetration:       22.1%
Specialty % of spend:         46.8%
Gross cost PMPM:              $118.72 (Q1: $111.05)
Net cost PMPM after rebates:  $94.30

Prior authorization:
  Requests received:          612
  Approved:                   431 (70.4%)
  Denied:                     142
  Withdrawn/incomplete:        39
  Median turnaround:          1.6 days (urgent: 14 hrs)
Appeals: 18 received, 7 overturned

Top therapeutic classes by spend: anti-inflammatory biologics, GLP-1 agonists, oncology oral agents.

Call me with any questions ahead of the 8/13 quarterly review.

Nadia Petrov, Data Analyst
for Brian Huttle, Senior Account Executive
""",
     cc="Brian Huttle <bhuttle@callowayrx.com>",
     date=dt(2024, 7, 30, 14, 48),
     html=True)

emit("clean", "lookalike", "",
     "ServiceNow <servicenow@callowayrx.com>",
     ["Lena Vogt <lvogt@callowayrx.com>"],
     "Incident INC0101773 has been resolved - Label printer PKB-07 jamming",
     """Incident INC0101773 has been resolved.

Short description: Label printer PKB-07 jamming on 4x6 shipping labels
Caller:            Lena Vogt
Location:          Specialty Pharmacy - Packing Bay B, station 7
Configuration item: ZT411 S/N 99J204801177, asset tag CRX-HW-018842
Opened:            2024-04-08 07:12:44
Resolved:          2024-04-09 13:40:02
Assigned to:       Jamal Price (Field Services)
Resolution code:   Hardware - replaced platen roller, part 79817M, recalibrated media

Resolution notes:
Replaced platen roller and cleaned printhead. Ran 200 test labels without jam. Firmware updated V84.20.23Z -> V84.20.26Z.

If this issue is not resolved, reply to this email within 5 business days to reopen. Ref:MSG4471029
""",
     date=dt(2024, 4, 9, 13, 40))

emit("clean", "lookalike", "",
     "Priya Raman <praman@callowayrx.com>",
     ["PA Clinical Team <pa-clinical@callowayrx.com>"],
     "Updated dx codes for IL-17/IL-23 criteria (eff 9/1)",
     """All - criteria update for the IL-17/IL-23 class goes live 9/1. Qualifying ICD-10-CM codes for auto-approval when submitted with the request:

L40.0   Psoriasis vulgaris
L40.50  Arthropathic psoriasis, unspecified
L40.52  Psoriatic arthritis mutilans
L40.59  Other psoriatic arthropathy
M45.9   Ankylosing spondylitis of unspecified sites
M46.80  Other specified inflammatory spondylopathies (nr-axSpA)
K50.90  Crohn's disease, unspecified (Skyrizi, Stelara only)
K51.90  Ulcerative colitis, unspecified (Skyrizi, Stelara, Omvoh only)

Medical-benefit HCPCS for the infused loading doses: J3357 (ustekinumab IV), J2327 (risankizumab IV), J3590 for anything unclassified.

Still need step through one TNF or documented contraindication for PsA/AS. BSA >= 10% or special-site involvement for plaque psoriasis. Renewal = 12 months with documented response.

Slide deck from the 8/19 huddle is on the SharePoint.

Priya
""",
     date=dt(2024, 8, 21, 9, 27))

# ==========================================================================
# CLEAN — news
# ==========================================================================

_capsule = """THE CALLOWAY CAPSULE - Employee Newsletter - July 2024

SUMMER COLD CHAIN: WE'RE READY
Our summer pack-out went live June 1 and the numbers are in: temperature excursions on refrigerated shipments are down 38% compared with last July, even with eleven days over 90 degrees. Thank you to the packing teams on both shifts and to Omar Haddad's cold chain group for re-qualifying every shipper configuration in May.

WELCOME, NEW TEAMMATES
Please welcome 14 new pharmacy technicians, 3 pharmacists and 2 member services representatives who joined in June. Say hi in the cafeteria!

MEMBER SERVICES HITS A MILESTONE
Average speed to answer in member services dropped under 45 seconds for the first time since 2021. First-call resolution is holding at 81%.

PRIOR AUTH GOES (MORE) ELECTRONIC
62% of prior authorization requests now arrive electronically, up from 48% a year ago. Fewer faxes = faster decisions for members and prescribers.

DATES TO REMEMBER
- July 19: Ice cream social, Bldg A courtyard, 2-3 PM (both shifts - 2nd shift gets theirs at 7 PM)
- August 1: Open enrollment information sessions for employees begin
- August 22: Q3 P&T Committee

Have a story idea? Email capsule@callowayrx.com.
"""
emit("clean", "news", "",
     "Calloway Communications <capsule@callowayrx.com>",
     ["All Calloway Staff <allstaff@callowayrx.com>"],
     "The Calloway Capsule | July 2024",
     _capsule,
     date=dt(2024, 7, 12, 10, 0),
     html=True)

emit("clean", "news", "",
     "Calloway Rx Client Services <client-news@callowayrx.com>",
     ["Employer Clients and Consultants <client-list@callowayrx.com>"],
     "Client Bulletin: 2025 Formulary Updates and Member Communication Timeline",
     """CLIENT BULLETIN | October 2024

2025 National Preferred Formulary: what's changing

Effective January 1, 2025, the National Preferred Formulary will:
- Prefer biosimilar adalimumab products over the reference product. Members currently using the reference product will receive a one-time transition fill and outreach from our clinical pharmacists.
- Move several branded insulins to unbranded equivalents at a lower copay tier.
- Add 11 new generics and 4 new brand products across cardiovascular, respiratory and dermatology classes.

Member communications timeline
- Early November: targeted letters to affected members (60 days in advance)
- December: reminder outreach by phone and app notification
- January-March: transition fills processed automatically at the pharmacy

What clients need to do
Nothing, unless your plan uses a custom formulary. Your account team will contact custom-formulary clients by November 8 to review options.

Estimated impact
Across our book of business, we estimate these changes will reduce net plan cost by 3-5% for clients on the National Preferred Formulary, with fewer than 2% of members affected.

Questions? Contact your Calloway account executive.

Calloway Rx Solutions | 2250 Commerce Park Dr, Fairhaven OH 43219
You are receiving this bulletin as a Calloway Rx client or consultant. Manage preferences: https://clients.callowayrx.com/preferences
""",
     date=dt(2024, 10, 15, 9, 0),
     html=True)

emit("clean", "news", "",
     "Clinical Programs <clinical-programs@callowayrx.com>",
     ["Network Pharmacy Partners <network-news@callowayrx.com>"],
     "Network Pharmacy Update: 2024-25 respiratory vaccine season",
     """NETWORK PHARMACY UPDATE - September 2024

Respiratory virus season is here. A few reminders for network pharmacies administering vaccines to Calloway members:

Coverage
- Influenza, updated COVID-19 and RSV (age 60+ per current recommendations) vaccines are covered at $0 member cost share under the pharmacy benefit for most plans when administered at an in-network pharmacy.
- Submit with the vaccine NDC, the administration fee in field 438-E3 and professional service code MA.

What we saw last season (aggregate, all plans)
- 412,000 vaccine claims processed at network pharmacies
- 71% of influenza vaccines were given between September 15 and November 15
- Claims rejected for missing administration fee field: 4.2% (please double-check your software setup)

State public health departments report flu activity is still minimal statewide, and it typically begins to climb in late October. Early vaccination remains the best protection.

Pharmacy help desk: 1-800-555-0141 (24/7).
""",
     date=dt(2024, 9, 9, 8, 0))

emit("clean", "news", "",
     "Harlan & Pike Benefits <insights@harlanpike.com>",
     ["Brian Huttle <bhuttle@callowayrx.com>"],
     "Benefits Insights: GLP-1 spend, what employers are actually doing in 2025",
     """HARLAN & PIKE BENEFITS INSIGHTS

GLP-1s: The $64,000 Question for Mid-Size Employers

Our fall survey of 212 Ohio and Indiana employers (100-5,000 employees) found:

- 58% cover GLP-1 medications for type 2 diabetes only; 27% also cover them for weight management; 15% are still deciding.
- Of employers covering weight management, 71% require participation in a lifestyle program and 64% use a BMI threshold stricter than the FDA label.
- Average reported GLP-1 spend grew 41% year over year and now represents 14% of total pharmacy spend.

What we're recommending
1. Separate the diabetes and weight-management decisions.
2. Ask your PBM for a guaranteed net cost, not just a rebate estimate.
3. Budget for persistence: roughly half of members on these drugs for weight management stop within a year.

Join our webinar, "Pharmacy Renewal Season Survival Guide," October 24 at noon ET.

Harlan & Pike Benefits | 300 W. Spring St, Suite 900, Columbus OH 43215
Unsubscribe | Forward to a colleague
""",
     date=dt(2024, 10, 7, 11, 30),
     html=True)

emit("clean", "news", "",
     "Calloway Health Outcomes <outcomes@callowayrx.com>",
     ["Clinical Staff <clinical-all@callowayrx.com>"],
     "Research brief: pharmacist outreach and statin adherence (2023 cohort)",
     """RESEARCH BRIEF | Health Outcomes & Analytics

Pharmacist telephone outreach and statin adherence

Design: Retrospective matched cohort, commercial members starting a statin in 2023 (n = 18,440). Members who received at least one pharmacist outreach call in the first 90 days (n = 6,102) were matched 1:2 on age band, sex, plan type and baseline comorbidity score.

Results
- Proportion of days covered (PDC) >= 80% at 12 months: 68.9% outreach vs 57.3% comparison (absolute difference 11.6 points; 95% CI 10.1-13.0)
- Switching from 30-day retail to 90-day mail was associated with an additional 6-point PDC improvement.
- Effect was largest in members aged 40-54 and smallest in members over 75.

Limitations: Observational design; outreach reached members with working phone numbers on file, who may differ in unmeasured ways.

Bottom line: Early pharmacist contact is associated with meaningfully better statin adherence. The Q1 2025 outreach program will expand to SGLT2 inhibitors and ARBs.

Full brief (12 pp.) on the Outcomes SharePoint.
""",
     date=dt(2024, 11, 12, 12, 0),
     attachments=[("Research_Brief_Statin_Outreach.pdf", make_pdf([
         "Calloway Health Outcomes & Analytics - Research Brief",
         "Pharmacist outreach and statin adherence, 2023 cohort (n=18,440)",
         "PDC>=80% at 12 mo: 68.9% vs 57.3% (diff 11.6; 95% CI 10.1-13.0)",
         "Aggregate, de-identified analysis. Internal use."]), "application/pdf")])

emit("clean", "news", "",
     "Drug Supply Watch <supply-watch@callowayrx.com>",
     ["Pharmacy Operations <rx-ops@callowayrx.com>"],
     "Weekly shortage bulletin - week of 2/12",
     """WEEKLY DRUG SHORTAGE BULLETIN - week of February 12, 2024

NEW
- Amoxicillin/clavulanate 875/125 tablets: two manufacturers on backorder, est. recovery April. Mail order stock: ~6 weeks.
- Methylphenidate ER 36mg: limited; DEA quota. Expect partial fills.

ONGOING
- Semaglutide injection (all strengths): intermittent, allocation in place. Specialty is filling in 28-day increments only.
- Dulaglutide 3mg and 4.5mg: improving.
- Albuterol inhalation solution 0.083%: resolved at wholesaler level.

RESOLVED
- Cefdinir oral suspension
- Liothyronine 5mcg

Reminder: therapeutic interchange during shortages requires prescriber authorization unless covered by the P&T-approved protocol (SOP CL-033).

Sources: wholesaler allocation reports, manufacturer notices, FDA and ASHP shortage lists.
""",
     date=dt(2024, 2, 12, 7, 30))

# ==========================================================================
# CLEAN — staff
# ==========================================================================

emit("clean", "staff", "",
     "Kim Tran <ktran@callowayrx.com>",
     ["Specialty Pharmacists <sp-rph@callowayrx.com>"],
     "After-hours on-call rotation - November",
     """Here's the November after-hours on-call for the specialty line (614-555-0130, option 9). Pager hands off at 5 PM on the start date. Trade with each other if you need to, just update the shared calendar and let me know.

Week of    On-call RPh                 Backup
Nov 4      Kim Tran, PharmD            Lucia Ferraro, PharmD
Nov 11     Aaron Whitlock, RPh         Priya Raman, PharmD, BCPS
Nov 18     Lucia Ferraro, PharmD       Kim Tran, PharmD
Nov 25     Devika Rao, PharmD, BCOP    Aaron Whitlock, RPh   (Thanksgiving - holiday pay applies Thu)

Reminder: any clinical call that results in a recommendation gets documented in CareLink before end of shift, and any cold chain product question goes to Omar or Lena as well.

Kim
""",
     date=dt(2024, 10, 28, 16, 2))

emit("clean", "staff", "",
     "Calloway People Team <people@callowayrx.com>",
     ["All Calloway Staff <allstaff@callowayrx.com>"],
     "Employee open enrollment: Nov 4 - Nov 15",
     """Hi everyone,

Open enrollment for Calloway employee benefits runs Monday, November 4 through Friday, November 15. Changes take effect January 1.

What's new for 2025
- Medical: the Core HDHP deductible stays at $3,200 single / $6,400 family; Calloway's HSA contribution increases to $750 / $1,500.
- Dental and vision rates are unchanged.
- New: backup child and elder care, 10 days per year.
- Reminder: your pharmacy benefit is administered by us (Calloway Rx). Ask the People Team, not member services, about plan design questions.

You must actively re-enroll in the healthcare FSA and dependent care FSA. If you don't make an election, your medical, dental and vision carry over.

Info sessions (Teams): Nov 5 at 10 AM, Nov 7 at 3 PM, Nov 12 at 7 PM (for 2nd shift).

Enroll in Workday > Benefits > Open Enrollment.

Gwen Ashby
HR Business Partner | People Team
""",
     date=dt(2024, 10, 30, 9, 15),
     html=True)

emit("clean", "staff", "",
     "Tasha Greenfield <tgreenfield@callowayrx.com>",
     ["Specialty Pharmacy All <sp-all@callowayrx.com>"],
     "Pharmacy Week potluck!! 10/24",
     """Hi everyone!!

It's National Pharmacy Week and we're doing a potluck Thursday 10/24 in the break room, 11:30-1:30 (2nd shift, we'll save you a plate + there's a separate dessert table at 6).

Sign up sheet is on the fridge. So far we have:
- Lena: her famous buffalo chicken dip
- Dale: "store bought cookies and I'm not sorry"
- Kim: lumpia
- Omar: hummus & pita
- Jocelyn: pancit
- Marcus: bringing plates/utensils

We still need drinks and a couple of salads. Also voting for the "Tech of the Year" closes Wednesday at noon. Nominations go in the box at the front desk.

Tasha :)
""",
     date=dt(2024, 10, 18, 14, 22))

emit("clean", "staff", "",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     ["Appeals Team <appeals-team@callowayrx.com>"],
     "Coverage while Jenna is out",
     """Hi all,

Jenna will be on leave starting Monday 6/3 and is planning to be back the week of 8/26. Please don't reach out to her with work questions while she's out.

Coverage:
- Her open grievance cases: reassigned to Corey (Medicare Part D) and Alisha (commercial). I moved them in CareLink this morning.
- Her Tuesday/Thursday phone shifts on the A&G line: Brandon is picking up Tuesdays, I'll cover Thursdays.
- Weekly aging report: Alisha.

If you want to sign the card, it's on my desk until Friday.

Thanks for pitching in,
Renee
""",
     date=dt(2024, 5, 29, 10, 48))

emit("clean", "staff", "",
     "Payroll <payroll@callowayrx.com>",
     ["Mail Order Techs <mo-techs@callowayrx.com>", "Specialty Techs <sp-techs@callowayrx.com>"],
     "Reminder: timesheets due Monday 9 AM (holiday week) + OT approval",
     """Because of the Labor Day holiday, timesheets for the pay period ending 8/31 must be submitted and approved by Monday 9/2 at 9:00 AM (not Tuesday).

Overtime
- All overtime must be pre-approved by your lead in Kronos. Unapproved OT will still be paid but will be flagged to your manager.
- Holiday premium (1.5x) applies to hours worked on 9/2.
- The 2nd shift differential ($2.25/hr) and weekend differential ($1.50/hr) are applied automatically; please check your punches.

Pay date: Friday 9/6. Direct deposit changes submitted after 8/28 will take effect the following cycle.

Questions: payroll@callowayrx.com or x4300.

Calloway Payroll
""",
     date=dt(2024, 8, 27, 12, 0))

_lic = [["Name", "Credential", "Role", "State", "License #", "Expires", "Board cert", "Cert expires"],
        ["Harriet Lund", "MD, MBA", "Medical Director", "OH", "35.118402", "2025-10-01", "ABIM", "2027-12-31"],
        ["Priya Raman", "PharmD, BCPS", "Clinical Pharmacist - PA", "OH", "03-2-29981", "2025-09-15", "BCPS", "2026-12-31"],
        ["Kim Tran", "PharmD", "Clinical Pharmacist - Specialty", "OH", "03-2-30417", "2025-09-15", "", ""],
        ["Devika Rao", "PharmD, BCOP", "Oncology Pharmacist", "OH", "03-2-31156", "2025-09-15", "BCOP", "2028-12-31"],
        ["Marvin Oakes", "MD", "Physician Reviewer (contract)", "OH", "35.097731", "2026-01-01", "ABFM", "2026-12-31"],
        ["Renee Castellanos", "RN", "A&G Coordinator", "OH", "RN.412887", "2025-10-31", "", ""]]
emit("clean", "staff", "",
     "Credentialing <credentialing@callowayrx.com>",
     ["Renee Castellanos <rcastellanos@callowayrx.com>", "Dr. Harriet Lund <hlund@callowayrx.com>"],
     "Reviewer licence roster for URAC file",
     """Attached is the current clinical reviewer roster with licence and board certification dates for the URAC audit binder. Everyone is current. Oakes's ABFM recertification paperwork is in process but not due until 2026.

Please let me know if anyone was added to the reviewer panel since July.

Credentialing Office
Calloway Rx Solutions
""",
     date=dt(2024, 10, 25, 13, 33),
     attachments=[("reviewer_roster_2024-10.xlsx", make_xlsx(_lic, "Reviewers"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

emit("clean", "staff", "",
     "Gwen Ashby <gashby@callowayrx.com>",
     ["Dale Kowalczyk <dkowalczyk@callowayrx.com>", "Shawna Beck <sbeck@callowayrx.com>"],
     "New tech cohort starting 1/13 - onboarding schedule",
     """Dale, Shawna,

Six new pharmacy technicians start Monday 1/13 (names below; four are CPhT, two are trainees who will sit for the PTCE within 9 months).

  Aaliyah Grant, CPhT
  Ben Ostrowski, CPhT
  Carmen Ruiz, CPhT
  Derrick Young (trainee, OH tech trainee reg. pending)
  Evan Whitley, CPhT
  Faith Mbeki (trainee)

Week 1: Mon-Tue orientation with People Team (badges, Workday, compliance and privacy modules), Wed-Fri shadowing in Intake/Data Entry.
Week 2: Filling line and verification support, paired with a lead.
Week 3: Packing and shipping, cold chain pack-out certification with Omar's team.

They'll need scanner logins and Kronos set up by 1/10. Can you let me know who their leads will be by end of next week?

Thanks!
Gwen

Gwen Ashby
HR Business Partner
""",
     date=dt(2024, 12, 19, 11, 5))

# ==========================================================================
# CLEAN — training
# ==========================================================================

emit("clean", "training", "",
     "Priya Raman <praman@callowayrx.com>",
     ["PA Clinical Team <pa-clinical@callowayrx.com>"],
     "Friday calibration quiz - GLP-1 criteria (fictional cases)",
     """Happy Friday! Calibration quiz for this week. All cases are made up for training -- answer approve / deny / pend for info and the criterion that drives it. Answers Monday.

Case A: 52-year-old, type 2 diabetes documented, A1c 8.4% on metformin 2000 mg/day x 2 years. Request: semaglutide 0.25 mg titrating. No other info.

Case B: 34-year-old, no diabetes diagnosis, BMI 33, request for semaglutide 2.4 mg (weight management). Employer plan excludes weight-loss drugs.

Case C: 61-year-old, type 2 diabetes, A1c 7.1% on metformin + empagliflozin, prescriber wants to add tirzepatide. Chart notes attached but cut off after page 1.

Case D: 45-year-old, type 2 diabetes, eGFR 24, metformin stopped for renal function, A1c 9.2%. Request: dulaglutide 1.5 mg.

Bonus: which of these would you call the prescriber on before deciding?

Priya
""",
     date=dt(2024, 4, 12, 8, 55))

_uat = [["Test ID", "Scenario", "Test Member ID", "Test Member Name", "DOB", "NDC", "Qty/Days", "Expected Result", "Actual", "Pass/Fail"],
        ["UAT-CLM-014", "Early refill at 69% - maint", "ZZTEST0000014", "TESTPATIENT, ALPHA", "1900-01-01", "00093-7212-98", "90/90", "Reject 79", "", ""],
        ["UAT-CLM-015", "Early refill at 70% - maint", "ZZTEST0000015", "TESTPATIENT, BRAVO", "1900-01-01", "00093-7212-98", "90/90", "Paid", "", ""],
        ["UAT-CLM-016", "C-II at 84%", "ZZTEST0000016", "TESTPATIENT, CHARLIE", "1900-01-01", "00406-0512-01", "60/30", "Reject 79", "", ""],
        ["UAT-CLM-017", "Vacation override PA type 3", "ZZTEST0000017", "TESTPATIENT, DELTA", "1900-01-01", "00378-0018-01", "90/90", "Paid w/ override", "", ""],
        ["UAT-CLM-018", "Custom group threshold 75%", "ZZTEST0000018", "TESTPATIENT, ECHO", "1900-01-01", "00093-7212-98", "90/90", "Reject 79", "", ""]]
emit("clean", "training", "",
     "Quality Engineering <qe@callowayrx.com>",
     ["Dale Kowalczyk <dkowalczyk@callowayrx.com>", "Claims Config <claims-config@callowayrx.com>"],
     "UAT round 2 - early refill threshold change (test env CLMTST3)",
     """UAT round 2 for the early refill threshold change (CR-2291) is ready in CLMTST3. Test scripts attached. All members are synthetic test records in the ZZTEST range; do not use production member IDs in the test region.

Please execute by Thursday 5/16 and fill in Actual and Pass/Fail. Defects go in Jira under CLM with label cr2291.

Test pharmacy: NCPDP 9999901 (QA TEST PHARMACY 1), BIN 610999, PCN TESTCLM.

QE Team
""",
     date=dt(2024, 5, 13, 9, 30),
     attachments=[("CR2291_UAT_round2.xlsx", make_xlsx(_uat, "UAT"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

emit("clean", "training", "",
     "Renee Castellanos <rcastellanos@callowayrx.com>",
     ["Appeals Team <appeals-team@callowayrx.com>", "Member Services Leads <ms-leads@callowayrx.com>"],
     "Lunch & learn Thursday - appeals vs grievances case study",
     """For Thursday's lunch & learn, please read the case study below beforehand. It's a composite built from several old cases with all details changed -- no real member.

CASE STUDY: "The Late Box"
A member in her 60s calls member services. Her refrigerated specialty medication arrived two days late, warm, and she had to skip a dose. She is angry, says she was rude-ly treated by the carrier, and also asks why her plan makes her use our specialty pharmacy instead of her local one. She then says she wants to "appeal."

Questions for discussion:
1. Which parts are a grievance, which part (if any) is an appeal, and which is neither?
2. What's the clock for each?
3. What does member services document, and who gets the case?
4. What do we say about the warm product on the first call?

Pizza from Mario's. RSVP so I order enough.

Renee
""",
     date=dt(2024, 9, 3, 15, 10),
     attachments=[("Lunch_and_learn.ics", ics("lnl-20240905@callowayrx.com", "20240905T160000Z",
                                              "20240905T170000Z", "Lunch & learn: appeals vs grievances",
                                              "Olentangy conference room / Teams",
                                              "Case study: The Late Box (fictional composite)",
                                              "rcastellanos@callowayrx.com"), "text/calendar")])

emit("clean", "training", "",
     "Omar Haddad <ohaddad@callowayrx.com>",
     ["New Hire Packers <packing-newhire@callowayrx.com>"],
     "Cold chain pack-out certification - study guide",
     """Welcome to packing! Before your pack-out certification on Wednesday, please review the study guide attached and the sample label below.

SAMPLE LABEL (training only - not a real shipment)
  SHIP TO: SAMPLE MEMBER / 123 TRAINING WAY / ANYTOWN OH 00000
  ORDER: SO-0000000-TRN     STORAGE: REFRIGERATE 2-8C
  SHIPPER: TP-16S (summer)  LOGGER: start before closing lid

Things you will be tested on:
1. Summer vs winter configuration (which is active depends on forecast high, not the calendar)
2. Gel pack conditioning times (refrigerated 24 hrs, frozen 48 hrs)
3. Never place frozen packs in direct contact with biologics
4. Logger activation and placement
5. What to do when a cooler alarm goes off mid-shift

Passing score is 90%. You get two attempts.

Omar
""",
     date=dt(2024, 1, 15, 13, 45),
     attachments=[("PackOut_StudyGuide_v6.docx", make_docx([
         "Calloway Specialty Pharmacy - Cold Chain Pack-Out Study Guide v6",
         "Summer configuration: forecast high at destination >= 80F. 4 refrigerated gel packs + 2 frozen packs with bubble barrier.",
         "Winter configuration: forecast low <= 32F. 2 refrigerated gel packs + 2 room-temp packs.",
         "Logger: press start for 3 seconds until green light; place in product bag.",
         "Escalation: cooler alarm -> move product to backup unit, notify Cold Chain Quality (x417)."]),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

emit("clean", "training", "",
     "Marcus Oyelaran <moyelaran@callowayrx.com>",
     ["MS New Hire Class <ms-class-0624@callowayrx.com>"],
     "Role-play scripts for tomorrow (fictitious members)",
     """Class,

Tomorrow afternoon we'll do role-plays in pairs. One of you is the rep, one is the caller. The callers below are fictional -- the test system has matching sample accounts so you can practice looking them up.

Caller 1 - "Fran Sample" (sample acct TRN-1001): wants to know why her mail order is late. Actually the card on file expired.
Caller 2 - "Leo Testwell" (sample acct TRN-1002): calling for his elderly father; not listed as an authorized rep. What can you share, and how do you add him?
Caller 3 - "Dana Practice" (sample acct TRN-1003): angry about a PA denial, wants to "sue." Practice de-escalating and routing to A&G.
Caller 4 - "Sam Training" (sample acct TRN-1004): asks for a price on a brand drug before filling. Use the price check tool.

Remember: verify with two identifiers every time, even in practice.

Marcus Oyelaran
Member Services Supervisor
""",
     date=dt(2024, 6, 25, 16, 30))

_test_hl7 = "\r".join([
    "MSH|^~\\&|EPIC_TST|MERCYWEST_TST|CALLOWAYSP|CALLOWAY|20241021090000||RDE^O11^RDE_O11|TST000001|T|2.5.1",
    "PID|1||TST900001^^^MERCYWEST^MR~ZZTEST0000901^^^CALLOWAY^MB||ZZTEST^INTERFACE^A||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000",
    "ORC|NW|TSTRX0001|||||^^^20241021",
    "RXE|^^^20241021^^R|00000000000^TEST DRUG 10MG TAB^NDC|1||TAB|TAB|TEST SIG||N|30|TAB|0",
]) + "\r"
emit("clean", "training", "",
     "Devon Alcott <dalcott@callowayrx.com>",
     ["integration@mercywest-health.org"],
     "Test messages for RDE interface validation (processing ID T)",
     """Hi Sunil,

For interface validation next week, here's the first test message we'll expect from your TST environment. Processing ID must be "T" (MSH-11) and patients must be in the ZZTEST range or our engine will route them to the production hold queue. I've attached it as a file too so the segment terminators survive.

Scenarios we'd like to see by Friday:
  T01 new order, single med (sample below)
  T02 new order, two meds
  T03 discontinue (ORC-1 = DC)
  T04 patient with no Calloway member ID (should NAK AE)

""" + _test_hl7.replace("\r", "\n") + """
Thanks,
Devon Alcott
Integration Engineer, Calloway Rx
""",
     date=dt(2024, 10, 21, 10, 12),
     attachments=[("T01_sample.hl7", _test_hl7.encode("ascii"), "application/octet-stream")])

# ==========================================================================
# labels + summary
# ==========================================================================
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in RECORDS:
        w.writerow(r)

EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}
for k in sorted(COUNTS):
    flag = "" if EXPECTED.get(k) == COUNTS[k] else "   <-- expected %s" % EXPECTED.get(k)
    print("%-6s %-10s %3d%s" % (k[0], k[1], COUNTS[k], flag))
print("total", sum(COUNTS.values()))
