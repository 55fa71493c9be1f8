#!/usr/bin/env python3
"""Blind evaluation set generator: third-party drug & alcohol testing administrator (C/TPA)
with a medical review officer. All people, organisations, numbers and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
RECORDS = []

# ----------------------------------------------------------------- helpers

def tz_for(month):
    return datetime.timezone(datetime.timedelta(hours=-4 if 3 < month < 11 else -5))


def dt(y, mo, d, h, mi, tzh=None):
    tz = datetime.timezone(datetime.timedelta(hours=tzh)) if tzh is not None else tz_for(mo)
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz)


def _hm(d):
    return d.strftime('%I:%M %p').lstrip('0')


def on_wrote(d, who):
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {_hm(d)}, {who} wrote:"


def orig_block(frm, sent, to, subject, cc=None):
    lines = ["-----Original Message-----", f"From: {frm}",
             f"Sent: {sent.strftime('%A, %B')} {sent.day}, {sent.year} {_hm(sent)}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def fwd_block(frm, sent, to, subject):
    return "\n".join(["---------- Forwarded message ---------",
                      f"From: {frm}",
                      f"Date: {sent.strftime('%a, %b')} {sent.day}, {sent.year} at {_hm(sent)}",
                      f"Subject: {subject}", f"To: {to}", ""])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def to_html(text, font="Calibri, Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def msgid(addr):
    dom = addr.split("@")[-1].strip(" >")
    return f"<{random.getrandbits(40):010x}.{random.getrandbits(24):06x}.{random.randint(1000, 99999)}@{dom}>"


def add(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
        atts=(), headers=(), reply=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(frm)
    if reply:
        m["In-Reply-To"] = msgid(m["To"].split(",")[0])
    for k, v in headers:
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, ctype in atts:
        maintype, subtype = ctype.split("/")
        if isinstance(data, str) and maintype != "text":
            data = data.encode("utf-8")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    RECORDS.append((label, kind, patient, m))

# ------------------------------------------------------- attachment makers

ZDATE = (2024, 6, 3, 9, 0, 0)


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
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
        rx.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(rx) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, title="Document"):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 750
    ops = ["BT", "/F1 10 Tf", "12 TL", f"54 {y} Td"]
    for i, l in enumerate(lines):
        ops.append(f"({pesc(l.encode('latin-1', 'replace').decode('latin-1'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Title (" + pesc(title).encode("latin-1", "replace") + b") /Producer (PDFlite 2.1) >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png(w, h, bg=(255, 255, 255), bar=None, box=None):
    """Plain image: background, optional horizontal bar (y0,y1,rgb), optional box (x0,y0,x1,y1,rgb)."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = bg
            if bar and bar[0] <= y < bar[1]:
                c = bar[2]
            if box and box[0] <= x < box[2] and box[1] <= y < box[3]:
                c = box[4]
            row.extend(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTART;TZID=Eastern Standard Time:{start.strftime(f)}",
        f"DTEND;TZID=Eastern Standard Time:{end.strftime(f)}",
        f"DTSTAMP:{start.strftime('%Y%m%d')}T120000Z", f"SUMMARY:{summary}", f"LOCATION:{location}",
        "DESCRIPTION:" + desc.replace("\n", "\\n"), f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        "END:VEVENT", "END:VCALENDAR", ""])


LOGO_NCP = png(160, 48, bg=(255, 255, 255), bar=(30, 38, (22, 74, 120)), box=(8, 8, 38, 38, (22, 74, 120)))
LOGO_FMR = png(120, 40, bg=(244, 246, 248), box=(6, 6, 34, 34, (120, 30, 40)))
SCAN_PAGE = png(170, 220, bg=(250, 250, 247), bar=(12, 14, (200, 200, 200)))


def spec_id():
    return str(random.randint(1000000, 9999999))


def ccf_no():
    return f"{random.randint(1000000, 1999999)}"

# ------------------------------------------------------------ cast / sigs

NCP = "northgatecp.com"
RENEE = '"Renee Kowalski" <rkowalski@northgatecp.com>'
DARNELL = '"Darnell Price" <dprice@northgatecp.com>'
SOFIA = '"Sofia Mendez" <smendez@northgatecp.com>'
BRETT = '"Brett Yoder" <byoder@northgatecp.com>'
HANNAH = '"Hannah Liu" <hliu@northgatecp.com>'
GARY = '"Gary Pfeiffer" <gpfeiffer@northgatecp.com>'
TAMIKA = '"Tamika Rollins" <trollins@northgatecp.com>'
JORGE = '"Jorge Villanueva" <jvillanueva@northgatecp.com>'
AMBER = '"Amber Scholl" <ascholl@northgatecp.com>'
OPS = '"NCP Operations" <ops@northgatecp.com>'
COLLECTORS = '"Mobile Collectors" <mobileteam@northgatecp.com>'
ALLSTAFF = '"Northgate - All Staff" <allstaff@northgatecp.com>'

COLLEEN = '"Colleen Darby" <cdarby@fairmountmro.com>'
PAVEL = '"Pavel Novak" <pnovak@fairmountmro.com>'
DRA = '"Miriam Achterberg, MD" <machterberg@fairmountmro.com>'
DRS = '"Vikram Sethi, DO" <vsethi@fairmountmro.com>'
MROQ = '"Fairmount MRO - Donor Line" <mrooffice@fairmountmro.com>'

KAREN = '"Karen Whitlock" <kwhitlock@hollisfreight.com>'
MARVIN = '"Marvin Oyelaran" <moyelaran@pinecresttransit.org>'
DEB = '"Deb Stallings" <dstallings@brannockpipeline.net>'
PHIL = '"Phil Amundsen" <pamundsen@tidewateraero.com>'
JESS = '"Jess Tolliver" <jtolliver@corvinbuild.com>'
LAURA = '"Laura Kettering, LCSW" <lkettering@secondstepcs.net>'
BYRNE = '"Harold Byrne, PsyD" <hbyrne@byrnecounseling.org>'

SIG_RENEE = """Renee Kowalski
Program Coordinator | Northgate Compliance Partners
418 Commerce Loop, Suite 210, Dublin, OH 43017
P (614) 555-0140 x213 | F (614) 555-0149
rkowalski@northgatecp.com"""

SIG_DARNELL = """Darnell Price
Random Program Manager
Northgate Compliance Partners
(614) 555-0140 x208"""

SIG_SOFIA = """Sofia Mendez
Client Services Specialist (EN/ES/PT)
Northgate Compliance Partners
Direct (614) 555-0147 | Fax (614) 555-0149"""

SIG_BRETT = """Brett Yoder | Billing Specialist
Northgate Compliance Partners
(614) 555-0140 x221 | billing@northgatecp.com"""

SIG_HANNAH = """Hannah Liu
Systems Administrator, Northgate Compliance Partners
Help desk: (614) 555-0140 x250 | helpdesk@northgatecp.com"""

SIG_COLLEEN = """Colleen Darby, CMRO-A
MRO Assistant to Miriam Achterberg, MD, MRO
Fairmount Medical Review, PLLC
Toll-free (866) 555-0172 | Secure fax (866) 555-0179"""

SIG_KAREN = """Karen Whitlock
Director of Safety & Compliance / DER
Hollis Freight Lines, Inc.
1650 Tarlton Rd, Circleville, OH 43113
Office (740) 555-0110 | Cell (740) 555-0187"""

SIG_MARVIN = """Marvin Oyelaran
Drug & Alcohol Program Manager
Pinecrest Regional Transit Authority
(412) 555-0126 | fax (412) 555-0127"""

SIG_DEB = """Deb Stallings, SHRM-CP
HR Generalist | Brannock Pipeline Services
(740) 555-0150"""

SIG_PHIL = """Phil Amundsen
Director of Safety | Tidewater Air Maintenance
Hangar 3, 900 Aviation Way, Lancaster, OH 43130
(740) 555-0171"""

NCP_DISC = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named
recipient(s) and may contain confidential drug and alcohol testing information protected under
49 CFR Part 40 and applicable state law. If you received this message in error, notify the sender
and delete it. Do not forward without authorization."""

FMR_DISC = """This communication is from Fairmount Medical Review, PLLC and is intended solely for the
addressee. It may contain confidential medical review information. Unauthorized review, use,
disclosure or distribution is prohibited. If you are not the intended recipient, please contact
the sender by reply e-mail and destroy all copies of the original message."""

# ======================================================================
# PHI - care
# ======================================================================

add("phi", "care", "Marcus Bell",
    '"Millbrook Occ Health - Grove City" <frontdesk.grovecity@millbrookoh.com>', RENEE,
    "donor here for follow-up - account shows inactive??",
    """Hi Renee,

Marcus Bell is at our front desk right now for a follow up collection for Hollis Freight. When we
pull up the Hollis account in the portal it says the authorization expired 10/31 and it won't let
us print the order. He says Karen told him to come in today before 2.

Can you reissue the order or tell us if we should just do a paper CCF? He's been waiting about 20
min and says he has to be back at the yard for a load. We have a male observer on until 1:30.

Thanks!
Kayla
Front Desk | Millbrook Occupational Health - Grove City
3870 Broadway, Grove City, OH 43123
(614) 555-0263
""", dt(2024, 11, 4, 11, 42))

d0 = dt(2024, 11, 11, 9, 5)
add("phi", "care", "Danielle Ortiz", SOFIA, DEB,
    "RE: RTD collection for Danielle Ortiz - transportation",
    f"""Hi Deb,

Booked Danielle at Eastside Urgent Care & Occ Med, 2290 E. Main St, Thursday 11/14 at 8:30 AM.
Return-to-duty collections are directly observed, so I confirmed they'll have a female collector
on at 8:30. Breath alcohol will be done the same visit. Order # is in the portal under Brannock
(PHMSA pool) and I texted her the site address.

If her sister falls through, call me by Wednesday noon and I'll see if Jorge can meet her at the
Zanesville yard instead - mobile fee would be $95 plus mileage.

Sofia

{SIG_SOFIA}

{on_wrote(d0, 'Deb Stallings <dstallings@brannockpipeline.net>')}
{quote('''Sofia -

Danielle Ortiz got her letter from the SAP last week so we're ready to schedule the
return-to-duty test. Issue is she doesn't have a car right now and the closest site on
our list is 40 min from her place. Her sister can take her Thursday morning but not any
other day this week.

Can you book her somewhere Thursday before 10? She stays off the crew schedule until we
hear back on the result.

Thanks,
Deb

''' + SIG_DEB)}

{NCP_DISC}
""", dt(2024, 11, 11, 14, 18), cc='"Roy Kimball" <rkimball@brannockpipeline.net>', reply=True)

add("phi", "care", "Raymond Tully", LAURA, KAREN,
    "Follow-up evaluation complete - R. Tully",
    """Ms. Whitlock,

I saw Raymond Tully for his follow-up evaluation on 10/22/2024. He has completed the education
and treatment I recommended at his initial evaluation, and in my opinion he has demonstrated
successful compliance. He is eligible to take a return-to-duty test at your discretion.

My follow-up testing plan is in the attached report: a minimum of six (6) directly observed tests
in the first 12 months after he returns to safety-sensitive duty, drug AND alcohol, with the plan
running 24 months total. Please do not share the schedule with him.

Separately, I've asked him to keep going to his Tuesday evening aftercare group through January.
That is not part of the testing plan, but it would help if dispatch could keep him off late
Tuesday runs for now.

I have entered the follow-up evaluation date in the Clearinghouse. Renee at Northgate is copied
since they run your follow-up testing.

Laura Kettering, LCSW, SAP
Second Step Counseling Services
77 W. Main St, Suite 3, Lancaster, OH 43130
(740) 555-0144 | fax (740) 555-0145
""", dt(2024, 10, 23, 16, 2), cc=RENEE,
    atts=[("Tully_R_SAP_FollowUp_Report.pdf", pdf([
        "SECOND STEP COUNSELING SERVICES - DOT SAP FOLLOW-UP EVALUATION REPORT",
        "", "Employee: Raymond J. Tully        DOB: 03/09/1981",
        "Employer: Hollis Freight Lines, Inc. (FMCSA)   DER: Karen Whitlock",
        "Violation: Alcohol confirmation 0.061 (reasonable suspicion) 08/14/2024",
        "Initial evaluation: 08/27/2024     Follow-up evaluation: 10/22/2024",
        "", "Recommendation at initial: 16 hrs alcohol education + outpatient counseling (8 wks)",
        "Compliance: Completed. Discharge summary from Riverbend Outpatient received 10/18/2024.",
        "", "Follow-up testing plan: 6 observed tests in first 12 months; drug and alcohol;",
        "plan duration 24 months from return to duty.", "",
        "Aftercare: weekly group through 01/2025 (recommended, not a testing condition).", "",
        "Laura Kettering, LCSW, SAP   10/22/2024"], "SAP Follow-Up Report"), "application/pdf")])

add("phi", "care", "Kevin Strand", PAVEL, DRA, "callback - Strand",
    """Dr. A -

Left msgs for Kevin Strand 11/4 (x2) and 11/5. His wife called back this morning, says he's on a run
to Laredo and back Fri night, will call from the truck stop when he has signal. She asked what it
was about, I told her only that it's the medical review office and he needs to call us back.

Karen W (Hollis DER) says she reached him yesterday 10:20 and told him to call us within 72 hrs,
so that clock runs out Fri 10:20 AM. Keeping him in pending. If he calls after hours the
answering service has the note to page whoever is on.

Pavel
""", dt(2024, 11, 6, 8, 47))

add("phi", "care", "Teresa Yang", RENEE, MARVIN, "December follow-up - T. Yang",
    f"""Marvin,

Heads up that Teresa Yang has her next follow-up due sometime in December. Her SAP plan calls for
6 in the first year and she's had 3 since she came back in July, so we need to keep the pace up.
I'd suggest pulling her in the week of 12/9 while she's on the early shift - please don't give her
any advance notice, follow-ups have to be unannounced.

Site: Rt. 33 Express Collections, observed collection + breath. The order is already in the
portal under her employee # with the FU flag, so the site just needs her photo ID.

Thanks,
{SIG_RENEE}

{NCP_DISC}
""", dt(2024, 11, 25, 10, 31))

add("phi", "care", "Luis Fernandes", JORGE, [OPS, RENEE],
    "post accident Hollis - Fernandes update",
    """Renee/ops - at Hollis Circleville yard for the post-accident on Luis Fernandes.

Breath done 10:15, 0.000 on the EBT.
First urine attempt 10:40 was about 20 mL, discarded per procedure, started the 3 hr clock at
10:40. Gave him 8 oz water, he's sipping. Karen W is in the office with him.

Will update at 1:40 either way. If he can't provide, DER has to set up the medical eval w/in 5 days
- can someone pull the MRO referral form so it's ready?

Jorge

Sent from my iPhone
""", dt(2024, 9, 17, 11, 3))

d1 = dt(2024, 10, 8, 7, 55)
add("phi", "care", "Dale Hutchins", COLLEEN, '"Lisa Hutchins" <lhutchins.home@kestrelmail.net>',
    "RE: my husband's drug test",
    f"""Mrs. Hutchins,

Thank you for reaching out. We're only able to discuss the test with Mr. Hutchins himself. Our
donor line is staffed until 8:00 PM Eastern, so a call after 6 tonight is fine. Please have him
call (866) 555-0172 and ask for Dr. Achterberg's office. It will help if he has his prescription
bottle or pharmacy phone number with him when he calls.

Please don't send any medical records by e-mail; the doctor will tell him what's needed.

Respectfully,

{SIG_COLLEEN}

{on_wrote(d1, 'Lisa Hutchins <lhutchins.home@kestrelmail.net>')}
{quote('''Hello,

My husband Dale Hutchins drives for Brannock Pipeline and he got a voicemail from your office
yesterday about his test from Monday. He is really worried he is going to lose his job. He had
back surgery in August and is still on the pain pills from Dr. Feld's office at Riverside Spine.
He's out on a job today and can't call until after 6.

Is there a way he can call then or can I give you the pharmacy info? Our number is 740-555-0118.

Thank you,
Lisa''')}

{FMR_DISC}
""", dt(2024, 10, 8, 9, 20), reply=True)

add("phi", "care", "Gina Marsh", AMBER, [OPS, '"Gary Pfeiffer" <gpfeiffer@northgatecp.com>'],
    "overnight handover 11/19",
    """Overnight handover -

1) Pinecrest reasonable suspicion, call came in 01:50 from night supervisor Rick Dunbar. I got to
the Ridge Ave garage 02:25. Operator Gina Marsh, bus 4412 pulled from service after two riders
reported odor. Alcohol only per the supervisor's checklist (no drug RS).
   Screening 02:31 = 0.031
   Confirmation 02:48 = 0.027 (after 15 min wait)
So 0.02-0.039: not a violation, but she's off safety-sensitive for at least 8 hrs per FTA. Rick put
her in a cab home at 03:10, garage will cover her 05:40 pullout. Marvin will want ATF copy 2 first
thing - it's in my kit, I'll scan when I'm in.

2) Hollis - quiet, no calls.

3) Van 2 down to 4 urine kits and 1 box mouthpieces. Need restock before Jorge's 7 am.

Amber
BAT/Collector, on-call
""", dt(2024, 11, 19, 4, 12))

# ======================================================================
# PHI - ids
# ======================================================================

sid = spec_id()
add("phi", "ids", "",
    '"Belmont Reference Toxicology" <results-noreply@belmontreftox.com>', MROQ,
    f"Non-negative result ready for MRO review - Specimen ID {sid}",
    f"""*** AUTOMATED NOTIFICATION - DO NOT REPLY ***

A laboratory result requiring MRO review has been posted to the Belmont MRO Portal.

Laboratory:            Belmont Reference Toxicology (Lab ID BRT-04)
Specimen ID:           {sid}
Donor SSN/Employee ID: 287-41-6603
Collection Date:       10/08/2024
Received at Lab:       10/09/2024 07:14
Reason for Test:       Random
Regulated:             DOT - FMCSA
Result:                POSITIVE - Amphetamine (1,245 ng/mL)
                       Methamphetamine: below cutoff
Certifying Scientist:  T. Garrow

Copy 1 of the CCF is available under Documents. Please log in to complete verification.

Belmont Reference Toxicology | 5100 Innovation Dr, Mason, OH 45040 | Client Services (513) 555-0166
""", dt(2024, 10, 10, 6, 2))

d2 = dt(2025, 3, 6, 8, 12)
ccf = ccf_no()
add("phi", "ids", "", RENEE, JESS, f"RE: CCF {ccf} status?",
    f"""Jess - it's still with the MRO. There's a verification interview pending, so they can't release
a result until they've talked with the donor. I'll nudge them this afternoon and let you know.

Renee

{on_wrote(d2, 'Jess Tolliver <jtolliver@corvinbuild.com>')}
> Renee any word on this one? Collected 3/4 at Millbrook Grove City, EE# 20417, pre-employment
> (non-DOT). The offer is contingent and he's supposed to start Monday in the yard.
>
> Jess Tolliver | HR Coordinator | Corvin Building Supply | (614) 555-0193
""", dt(2025, 3, 6, 9, 40), reply=True)

add("phi", "ids", "", KAREN, RENEE,
    "full query came back 'info exists' - CDL OH PX419273",
    f"""Renee,

The full Clearinghouse query on our new hire (CDL OH PX419273, DOB 04/19/1991) came back with
info. Shows a refusal in 2022 with his previous carrier, RTD negative 9/2023, and follow-up still
open - looks like 2 of 6 done.

Can you pick up his follow-up plan under our program? What do I need to get from his SAP? I'd
rather not put him in a truck until we have the plan in hand. He's in orientation through Friday.

Thanks,
{SIG_KAREN}
""", dt(2024, 12, 2, 13, 25))

d3 = dt(2025, 3, 12, 10, 2)
add("phi", "ids", "", BRETT, '"Accounts Payable" <ap@pinecresttransit.org>',
    "RE: Invoice 24-11873 - dispute line items",
    f"""Hi Lorraine,

You're right on the MRO fee - that was a duplicate and I've issued credit memo CM-2519 for $45.00.

The second collection on 2/28 is correct, though. The MRO ordered a recollection after the 2/27
specimen came back invalid, so employee ID 88172 was collected twice. Recollections at MRO
direction are billable under section 4.2 of the service agreement. Happy to send the MRO's
directive if your auditor needs it (I'd send that to Marvin, not AP, since it's a testing record).

{SIG_BRETT}

{orig_block('Lorraine Baptiste <ap@pinecresttransit.org>', d3, 'billing@northgatecp.com', 'Invoice 24-11873 - dispute line items')}

Brett,
On invoice 24-11873 (account 30021) there are two observed collection fees for employee ID 88172,
one on 2/27 and one on 2/28. As far as we know only one collection happened. Also the $45 MRO
review fee for that employee appears twice. Please check and credit.

Lorraine Baptiste
Accounts Payable, Pinecrest Regional Transit Authority
""", dt(2025, 3, 12, 15, 47), cc=MARVIN, reply=True)

add("phi", "ids", "Raul Dominguez",
    '"Angela Pruitt" <apruitt@summitridgecas.com>', '"Records Requests" <records@northgatecp.com>',
    "Claim WC-24-118842 - post-accident drug screen request",
    """Good afternoon,

I am handling the workers' compensation claim referenced above for an employee of Corvin Building
Supply, date of injury 09/30/2024, claimant DOB 06/11/1987. The employer advised that a
post-accident drug and alcohol test was completed through your program the same day.

Please provide a copy of the MRO-verified result and the breath alcohol test form. The
claimant's signed authorization is attached. You may fax records to (877) 555-0134 attn: A. Pruitt.

Thank you,

Angela Pruitt
Senior Claims Adjuster, Workers' Compensation
Summit Ridge Casualty Company
Direct (877) 555-0131 | Fax (877) 555-0134
""", dt(2024, 10, 16, 14, 9),
    atts=[("WC-24-118842_release.pdf", pdf([
        "AUTHORIZATION FOR RELEASE OF DRUG AND ALCOHOL TESTING RECORDS", "",
        "I, Raul A. Dominguez, DOB 06/11/1987, authorize Northgate Compliance Partners and",
        "Fairmount Medical Review, PLLC to release to Summit Ridge Casualty Company the results",
        "of my post-accident drug and alcohol test collected on or about 09/30/2024 while",
        "employed by Corvin Building Supply.", "",
        "Purpose: workers' compensation claim WC-24-118842",
        "This authorization expires 12 months from the date signed.", "",
        "Signature: /s/ Raul A. Dominguez          Date: 10/14/2024",
        "Address: 1422 Sandusky St, Apt 2B, Columbus, OH 43206"], "Authorization"),
        "application/pdf")])

sid2 = "9920153"
add("phi", "ids", "", '"Fairmount MRO Results" <results@fairmountmro.com>', MARVIN,
    f"Verified Result - Specimen {sid2} - ACTION REQUIRED",
    f"""MRO VERIFIED RESULT NOTIFICATION

Employer:         Pinecrest Regional Transit Authority (FTA)
Donor ID:         55-30918
Specimen ID:      {sid2}
Collection Date:  01/13/2025
Reason:           Random
MRO Verified:     NEGATIVE - DILUTE
Verified Date:    01/15/2025

MRO COMMENT: Creatinine 4.1 mg/dL. Per 49 CFR 40.197(b)(1), the employer must direct the employee
to provide an immediate recollection under direct observation. Give the employee the minimum
possible advance notice.

Miriam Achterberg, MD, MRO
Fairmount Medical Review, PLLC | (866) 555-0172

{FMR_DISC}
""", dt(2025, 1, 15, 11, 4), cc=RENEE)

add("phi", "ids", "J. Whitcombe", BYRNE, RENEE, "SAP case 23-0417 - initial eval scheduled",
    """Renee,

The Tidewater referral (case 23-0417, J. Whitcombe, DOB 2/2/1979) is booked for the initial
assessment on 3/18 at 1:00 in my Lancaster office.

I still don't have the MRO's verified result letter or the DER referral - can you send both before
then? Fee is $450, billed to the employer per our agreement.

Harold Byrne, PsyD, SAP
Byrne Counseling & Assessment
(740) 555-0112
""", dt(2025, 3, 7, 12, 33))

d4 = dt(2024, 11, 12, 16, 20)
add("phi", "ids", "", KAREN, RENEE, "RE: RTD results - EE# 40613",
    f"""Got it, thanks. He's back on the board Monday.

Karen

Sent from my Galaxy


-------- Original message --------
From: Renee Kowalski <rkowalski@northgatecp.com>
Date: {d4.strftime('%m/%d/%y')} {_hm(d4)} (GMT-05:00)
To: Karen Whitlock <kwhitlock@hollisfreight.com>
Subject: RTD results - EE# 40613

Karen, MRO verified negative on the RTD for EE# 40613, collected 11/7. Alcohol was 0.000. The
follow-up plan starts now - first one should happen in the next 30 days. I'll send the schedule
separately.

Renee
""", dt(2024, 11, 12, 17, 2), reply=True)
# ======================================================================
# PHI - lang
# ======================================================================

add("phi", "lang", "José Luis Herrera",
    '"Jose Luis Herrera" <jlherrera78@correoazul.net>', MROQ,
    "Llamada del doctor sobre mi prueba",
    """Buenas tardes,

Me llamo José Luis Herrera, trabajo de chofer para Hollis Freight en Circleville. Ayer recibí una
llamada de su oficina sobre mi prueba de drogas del 14 de octubre pero no pude contestar porque
iba manejando.

Yo tomo un medicamento que me recetó la doctora Salinas para el dolor de la rodilla después de la
operación, se llama hidrocodona con acetaminofén (Norco), creo que de 5 mg. Tengo la receta de la
farmacia y se la puedo mandar en foto si me dicen.

Mi número es (614) 555-0197, me pueden llamar después de las 5 de la tarde o el sábado.

Gracias y disculpe las molestias,
José Luis
""", dt(2024, 10, 17, 12, 51))

add("phi", "lang", "Tomasz Wójcik",
    '"Krzysztof Nowicki" <kn.express.trucking@pocztamail.net>', RENEE,
    "Tomasz Wójcik - test losowy",
    """Dzień dobry Pani Renee,

Piszę w sprawie kierowcy Tomasza Wójcika, który został wylosowany na test losowy w tym kwartale.
Tomek od dwóch tygodni jest na zwolnieniu lekarskim - miał operację woreczka żółciowego w szpitalu
w Parmie i lekarz nie pozwala mu jeździć do końca miesiąca.

Czy możemy przełożyć test na listopad, jak wróci do pracy? Mam zaświadczenie od lekarza, mogę
przesłać skan. Nie chcę, żeby to było liczone jako odmowa.

Z poważaniem,
Krzysztof Nowicki
KN Express Trucking LLC
tel. 216-555-0164
""", dt(2024, 10, 9, 19, 26))

add("phi", "lang", "Дмитрий Ковалев",
    '"Dmitriy Kovalev" <d.kovalev.avia@pochtabox.net>', PAVEL,
    "Рецепт - как договорились",
    """Здравствуйте, Павел!

Как мы договорились по телефону, отправляю фото рецепта и этикетки с флакона.

Препарат - Аддерол (амфетамин) 20 мг, два раза в день. Выписал доктор Лейбович из клиники
Westbrook Family Medicine, я его принимаю с 2019 года. Аптека на Морс-роуд, телефон на этикетке.
Тест сдавал 11 февраля в Tidewater Air Maintenance, это был плановый случайный тест.

Если нужно что-то ещё для доктора Ахтерберг - пишите или звоните после 16:00, (614) 555-0109.

С уважением,
Дмитрий Ковалев (Dmitriy Kovalev)

Отправлено с iPhone
""", dt(2025, 2, 14, 8, 3),
    atts=[("IMG_4471.png", SCAN_PAGE, "image/png")])

d5 = dt(2024, 12, 3, 6, 41)
add("phi", "lang", "Wilner Joseph", MARVIN, '"Wilner Joseph" <wjoseph.bus@kayakmail.net>',
    "RE: tès jodi a",
    f"""Wilner - please go to Rt. 33 Express now, straight from the depot. You can't delay this one.
Call the doctor's office and move your appointment to this afternoon; I'll sign off on the time if
you need a note for them.

Marvin

{SIG_MARVIN}

{on_wrote(d5, 'Wilner Joseph <wjoseph.bus@kayakmail.net>')}
{quote('''Bonjou Mesye Marvin,

Mwen se Wilner Joseph, chofè bis nan depo Nò a (#3318). Sipèvizè a di m pou m al fè tès
dwòg la jodi a (follow-up), men mwen gen randevou ak doktè a 11è pou tansyon m, yo te
chanje medikaman an semèn pase.

Èske m ka ale apre randevou a? Mwen pa vle rate tès la, mwen konnen li enpòtan pou m
kenbe travay mwen.

Mèsi anpil,
Wilner Joseph
Telefòn: 412-555-0136''')}
""", dt(2024, 12, 3, 7, 2), reply=True)

d6 = dt(2025, 1, 22, 18, 15)
add("phi", "lang", "Anderson Ribeiro", SOFIA, '"Anderson Ribeiro" <anderson.ribeiro.oh@correoazul.net>',
    "RE: avaliação médica - teste",
    f"""Oi Anderson,

O médico revisor (MRO), Dra. Achterberg, vai ligar para você até amanhã para marcar a avaliação.
Leve a carta do Dr. Menezes e a lista dos remédios que você toma. A avaliação tem que ser feita
em até 5 dias a partir de terça. Qualquer dúvida me liga no (614) 555-0147.

Abraço,
Sofia

{on_wrote(d6, 'Anderson Ribeiro <anderson.ribeiro.oh@correoazul.net>')}
{quote('''Oi Sofia, tudo bem? Desculpa escrever em português, meu inglês escrito não é bom.

Aqui é o Anderson Ribeiro da Brannock. Na terça não consegui fazer xixi o suficiente no
teste, fiquei as 3 horas lá e bebi toda a água que deram. A Deb do RH disse que agora
preciso passar por uma avaliação médica em até 5 dias. Onde eu faço isso?

Eu tenho problema de próstata e tomo tansulosina, quem acompanha é o urologista Dr. Menezes.
Posso levar uma carta dele?

Obrigado,
Anderson
(740) 555-0122

Enviado do meu celular''')}
""", dt(2025, 1, 23, 8, 37), reply=True)

add("phi", "lang", "Trần Văn Hùng",
    '"Mai Tran" <maitran.oh@kayakmail.net>', MROQ,
    "Về kết quả xét nghiệm của ba tôi - Trần Văn Hùng",
    """Kính gửi văn phòng bác sĩ,

Tôi là Trần Thị Mai, con gái của ông Trần Văn Hùng. Ba tôi làm việc ở kho hàng của Corvin
Building Supply. Ba tôi có nhận cuộc gọi từ văn phòng về kết quả xét nghiệm nước tiểu ngày 5
tháng 2, nhưng ba tôi nói tiếng Anh không giỏi nên không hiểu hết.

Ba tôi đang uống thuốc ho có codeine do bác sĩ Nguyễn ở phòng khám Đa khoa Sài Gòn (đường
Morse) kê toa tuần trước, vì ba bị ho lâu ngày. Ba tôi vẫn còn giữ chai thuốc.

Xin vui lòng gọi lại số 614-555-0158 vào buổi chiều sau 3 giờ, tôi sẽ ở đó để dịch cho ba.

Cảm ơn rất nhiều,
Mai Tran
""", dt(2025, 2, 7, 13, 30))

add("phi", "lang", "Reginald Pascual",
    '"Joy Dela Cruz" <jdelacruz@eastsideucom.net>', '"Lorna Bautista" <lbautista@eastsideucom.net>',
    "donor from Tidewater kanina - temp out of range",
    """Hi Ate Lorna,

Yung donor kanina from Tidewater, si Mr. Reginald Pascual (random, FAA), out of range yung temp
ng specimen - walang reading sa strip, mga 88F siguro. Ginawa ko na agad yung observed
collection, si Kuya Ben yung observer kasi lalaki siya. Dalawang CCF na, naka-note sa Remarks
yung una. Pinadala ko na both sa lab sa iisang pickup kanina 4:30.

Tinawagan ko na rin si Phil (DER nila) para sabihin. Medyo nagalit si Mr. Pascual pero
nag-cooperate naman.

Pa-check na lang po ng paperwork bukas bago i-scan. Nasa tray sa taas ng printer.

Salamat po,
Joy
Certified Collector, Eastside Urgent Care & Occ Med
""", dt(2025, 4, 15, 17, 22))

d7 = dt(2025, 3, 14, 9, 10)
add("phi", "lang", "Jean-François Tremblay", RENEE, '"Geneviève Pelletier" <gpelletier@transportlemieux.net>',
    "RE: Test de retour au travail - J-F Tremblay",
    f"""Bonjour Geneviève,

Confirmed - Toledo site (Maumee Occ Health, 1150 Conant St) Wednesday 3/19 at 8:00 AM, observed,
male collector. Authorization # NCP-RTD-55817. I'll call you with the result as soon as the MRO
releases it.

Merci!
Renee

{on_wrote(d7, 'Geneviève Pelletier <gpelletier@transportlemieux.net>')}
{quote('''Bonjour Madame Kowalski,

Je fais suite à notre appel de ce matin. Notre chauffeur Jean-François Tremblay (permis
Québec T6512-240378-04) a complété son évaluation de suivi avec le SAP le 12 mars et
celui-ci l'a déclaré admissible au test de retour au travail.

Pourriez-vous organiser le prélèvement à votre site de Toledo? Il traverse à Detroit mardi
soir et pourrait y être mercredi matin. Le test doit être fait sous observation directe
selon le plan du SAP (c'est un homme). Merci de me confirmer l'heure et de m'envoyer le
numéro d'autorisation.

Cordialement,

Geneviève Pelletier
Coordonnatrice, conformité et sécurité routière
Transport Lemieux Express inc.
450 555-0181 poste 224''')}
""", dt(2025, 3, 14, 11, 26), reply=True)

# ======================================================================
# PHI - lists
# ======================================================================

sel = [("20388", "ADKINS, TRAVIS L", "Circleville", "Drug"),
       ("40612", "BRUNNER, KATHY A", "Columbus", "Drug"),
       ("20455", "CHAMBERS, DEVONTE", "Circleville", "Drug + Alcohol"),
       ("31107", "DIETZ, WAYNE R", "Marion", "Drug"),
       ("40698", "ESPINOZA, RAFAEL", "Columbus", "Drug"),
       ("20391", "GREGG, SHAWNA M", "Circleville", "Drug"),
       ("31140", "HOLLOWAY, CURTIS", "Marion", "Alcohol"),
       ("40733", "KNISLEY, BRANDON T", "Columbus", "Drug"),
       ("20512", "MAYNARD, LEROY", "Circleville", "Drug + Alcohol"),
       ("31162", "PATTERSON, JODI L", "Marion", "Drug"),
       ("40751", "SAYLOR, AARON", "Columbus", "Drug"),
       ("20530", "WEBB, ERNEST J", "Circleville", "Drug")]
alts = [("31170", "YATES, DOUG", "Marion"), ("40766", "ZIMMERMAN, KELLY", "Columbus")]
tbl = ["Seq  Emp ID  Name                   Terminal      Test",
       "---  ------  ---------------------  ------------  --------------"]
for i, (e, n, t, k) in enumerate(sel, 1):
    tbl.append(f"{i:>3}  {e:<6}  {n:<21}  {t:<12}  {k}")
alt = "\n".join(f"  A{i}  {e}  {n:<21}  {t}" for i, (e, n, t) in enumerate(alts, 1))
add("phi", "lists", "; ".join(n for _, n, _, _ in sel) + "; " + "; ".join(n for _, n, _ in alts),
    DARNELL, KAREN, "Q1 2025 random selections - Hollis Freight (FMCSA pool)",
    f"""Karen,

Your Q1 2025 random selections are below and also posted in the client portal.

Selection date: 01/06/2025   Pool: HOLLIS-FMCSA (94 eligible)   Annualized rate: 50% drug / 10% alcohol
Selection window: 01/06/2025 - 03/31/2025

{chr(10).join(tbl)}

Alternates (use ONLY if a selected driver is on extended leave for the whole quarter - document why):
{alt}

Reminders:
 - Notify each driver only when you're ready to send him/her; they must proceed immediately.
 - Alcohol selections must be tested just before, during or just after performing safety-sensitive work.
 - Spread the tests across the quarter - please don't do them all the first week.

{SIG_DARNELL}

{NCP_DISC}
""", dt(2025, 1, 6, 9, 14))

log_rows = [["Time In", "Donor Name", "Donor ID", "Employer", "CCF #", "Reason", "Type", "Status", "Collector"],
            ["07:42", "Hensley, Corey", "xxx-xx-4471", "Hollis Freight", ccf_no(), "Pre-Employment", "Urine", "Collected", "K. Amos"],
            ["08:05", "Pham, Linh", "E-30412", "Corvin Building Supply", ccf_no(), "Random (non-DOT)", "Urine", "Collected", "K. Amos"],
            ["08:31", "Oduya, Samuel", "xxx-xx-9023", "Pinecrest Regional Transit", ccf_no(), "Random", "Urine+Breath", "Collected / BAT 0.000", "D. Ruiz"],
            ["09:10", "Stanton, Rebecca", "xxx-xx-1180", "Brannock Pipeline", ccf_no(), "Follow-Up", "Urine (observed)+Breath", "Collected / BAT 0.000", "K. Amos"],
            ["10:22", "Morrow, Jacob", "E-30477", "Corvin Building Supply", ccf_no(), "Post-Accident", "Urine+Breath", "Collected / BAT 0.000", "D. Ruiz"],
            ["11:48", "Tillman, Andre", "xxx-xx-6652", "Hollis Freight", ccf_no(), "Random", "Urine", "Shy bladder - 3 hr expired 14:50, DER notified", "K. Amos"],
            ["13:15", "Kessler, Nicole", "xxx-xx-3309", "Tidewater Air Maintenance", ccf_no(), "Pre-Employment", "Urine", "Collected", "D. Ruiz"],
            ["15:10", "Lyle, Brian", "xxx-xx-7794", "Pinecrest Regional Transit", ccf_no(), "Random", "Urine", "Left site before completion - remarks, DER notified 15:18", "D. Ruiz"]]
sio = io.StringIO()
csv.writer(sio, lineterminator="\r\n").writerows(log_rows)
add("phi", "lists", "; ".join(r[1] for r in log_rows[1:]),
    '"Millbrook Occ Health - Grove City" <frontdesk.grovecity@millbrookoh.com>', [OPS, RENEE],
    "Daily collection log 02/11/2025 - Grove City",
    """Attached is today's log.

Note the Pinecrest one at 3:10 - donor walked out before completing, collector wrote it up in
Remarks and called the DER (Marvin) at 3:18. Also a shy bladder on a Hollis random, Karen was
notified at 2:52.

Kayla
Millbrook Occupational Health - Grove City | (614) 555-0263
""", dt(2025, 2, 11, 17, 5), atts=[("GC_collection_log_2025-02-11.csv", sio.getvalue(), "text/csv")])

fu_rows = [["Employee", "Emp ID", "RTD Date", "SAP", "FU Req Yr1", "FU Done", "Next Window", "Alcohol", "Plan Ends", "Notes"],
           ["Yang, Teresa", "3291", "07/08/2024", "Kettering", 6, 3, "12/2024", "Y", "07/2026", "behind pace"],
           ["Joseph, Wilner", "3318", "04/22/2024", "Byrne", 6, 5, "12/2024", "Y", "04/2029", "5-yr plan"],
           ["Reyes, Carmen", "3402", "pending", "Kettering", "-", "-", "-", "-", "-", "in treatment - awaiting SAP FU eval"],
           ["Brandt, Kyle", "3377", "pending", "TBD", "-", "-", "-", "-", "-", "RS positive 11/2024, SAP referral sent"],
           ["Okafor, Denise", "3150", "02/12/2024", "Kettering", 6, 6, "Q1 2025", "N", "02/2026", "yr 2: 4/yr"],
           ["Lutz, Harold", "3099", "09/30/2023", "Byrne", 6, 6, "Q1 2025", "Y", "09/2025", "final year"]]
add("phi", "lists", "; ".join(r[0] for r in fu_rows[1:]), RENEE, MARVIN,
    "Updated follow-up tracker - Pinecrest",
    f"""Marvin,

Updated follow-up tracker attached (as of 11/26). Two things:
- Yang is behind pace, see my email from yesterday.
- Joseph has one more in year 1 - due before 4/22.

I took Lutz's alcohol component off per Dr. Byrne's amended plan (letter in his file).

{SIG_RENEE}

{NCP_DISC}
""", dt(2024, 11, 26, 15, 41),
    atts=[("Pinecrest_FU_tracker_2024-11-26.xlsx", xlsx(fu_rows, "FU Tracker"),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

pend = [("Kevin Strand", "03/22/1984", "AMP pos (1,610), Hollis, random. 3 msgs left, DER contacted 11/5 10:20 - 72 hr clock ends Fri AM"),
        ("Greg Kowalczyk", "12/02/1977", "OXYC pos, Brannock, random. Rx confirmed by pharmacy (Hilltop), needs your interview"),
        ("Patricia Lindqvist", "08/30/1990", "THC-A pos, Corvin non-DOT pre-emp. Says CBD oil. Interview done by Dr. A, awaiting your sign-off"),
        ("Samuel Oduya", "01/17/1972", "INVALID - pH 9.6, Pinecrest random. Needs interview re: meds; may go to recollect observed"),
        ("Marisol Fuentes", "05/05/1995", "Substituted (creat <2, SG 1.0008), Hollis pre-emp. Donor requested split - paperwork to lab"),
        ("Dwayne Carrico", "10/11/1986", "COC pos, Tidewater post-accident. Reached donor, he denies use, asking about split")]
add("phi", "lists", "; ".join(p[0] for p in pend), COLLEEN, DRS,
    "pending verifications for your coverage Fri",
    "Dr. Sethi,\n\nHere's what will still be open when you're covering Friday. All are in the portal queue.\n\n"
    + "\n".join(f"{n} - {d} - {r}" for n, d, r in pend)
    + f"""

Pavel is in 8-4:30 Friday and can make the callbacks. Dr. A is reachable by cell for anything on
Strand since she did the first contact.

Thanks,
Colleen

{SIG_COLLEEN}
""", dt(2024, 11, 7, 16, 55), cc=[DRA, PAVEL])

res = [("10/01", "Rowe, Dakota", "E-30391", "Random", "Negative"),
       ("10/03", "Pham, Linh", "E-30412", "Random", "Negative-Dilute"),
       ("10/07", "Gutierrez, Ana", "E-30455", "Pre-Employment", "Negative"),
       ("10/09", "Fenwick, Tyler", "E-30460", "Pre-Employment", "Positive - Marijuana (MRO verified)"),
       ("10/15", "Morrow, Jacob", "E-30477", "Post-Accident", "Negative; breath 0.000"),
       ("10/22", "Schaefer, Lynn", "E-30138", "Random", "Cancelled - specimen ID mismatch (fatal flaw)"),
       ("10/29", "Dominguez, Raul", "E-30266", "Return to Work", "Negative")]
w = [5, 16, 7, 14, 44]
hdr = ("Date", "Employee", "ID", "Reason", "Result")
pipe = ["| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(hdr)) + " |",
        "|" + "|".join("-" * (x + 2) for x in w) + "|"]
for r in res:
    pipe.append("| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |")
html_rows = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{esc(c)}</td>" for c in r) + "</tr>" for r in res)
add("phi", "lists", "; ".join(r[1] for r in res), RENEE, JESS,
    "October results summary - Corvin Building Supply",
    f"""Hi Jess,

October summary for Corvin below (non-DOT program, 10-panel).

{chr(10).join(pipe)}

Fenwick - the MRO already called him; per your policy the offer can be rescinded. Schaefer needs a
recollect (not her fault - the site mislabeled the bottle), no observation needed. Let me know
when you want to send her.

{SIG_RENEE}
""", dt(2024, 11, 1, 10, 12),
    html=("<html><body style='font-family:Calibri,Arial;font-size:11pt'><p>Hi Jess,</p>"
          "<p>October summary for Corvin below (non-DOT program, 10-panel).</p>"
          "<table style='border-collapse:collapse'><tr>" + "".join(f"<th style='border:1px solid #999;background:#dde'>{h}</th>" for h in hdr)
          + "</tr>" + html_rows + "</table>"
          "<p>Fenwick - the MRO already called him; per your policy the offer can be rescinded. Schaefer needs a "
          "recollect (not her fault - the site mislabeled the bottle), no observation needed. Let me know when you want to send her.</p>"
          "<p>Renee Kowalski<br>Program Coordinator | Northgate Compliance Partners<br>P (614) 555-0140 x213</p></body></html>"))

pa = [("07/03/2024", "Lamar Whitaker", "2214", "Bus 4407 rear-ended at Penn/9th", "07/03 14:20", "07/03 15:05", "07/03 16:40", "Neg / 0.000"),
      ("07/19/2024", "Cheryl Vance", "3105", "Pedestrian struck, transported", "07/19 08:10", "07/19 09:02", "07/19 10:15", "Neg / 0.000"),
      ("08/02/2024", "Hector Alvarado", "2876", "Mirror strike, no injury - FTA threshold NOT met", "n/a", "n/a", "n/a", "no test (documented)"),
      ("08/27/2024", "Kyle Brandt", "3377", "Side-swipe, vehicle towed", "08/27 17:55", "08/27 19:10", "08/28 07:30", "Neg / 0.000 (drug late - see memo)"),
      ("09/14/2024", "Jasmine Oakes", "3290", "Passenger fall on board, transported", "09/14 11:25", "09/14 12:40", "09/14 12:55", "Neg / 0.000")]
tsv = "Accident Date\tOperator\tEmp #\tDescription\tNotified\tAlcohol Test\tDrug Collect\tResult\n" + \
      "\n".join("\t".join(r) for r in pa)
add("phi", "lists", "; ".join(r[1] for r in pa), MARVIN, RENEE,
    "Q3 post-accident reconciliation for FTA audit",
    f"""Renee,

FTA auditors are here the week of 10/21. Can you check this against your records? Pasting from
our accident log. Mainly want to make sure the times match what's on the CCFs/ATFs, and that you
have the late-collection memo for Brandt (drug collected ~13.5 hrs after, still inside 32).

{tsv}

Thx
{SIG_MARVIN}
""", dt(2024, 10, 7, 9, 58))

bat = [("Mon 1/27", "Brannock", "Wesley Harlan", "RND", "0.000", "-"),
       ("Mon 1/27", "Hollis", "Trina Beckett", "RND", "0.000", "-"),
       ("Tue 1/28", "Brannock", "Cody Pruett", "RS", "0.052", "0.047  ATF copy 1 faxed to DER 10:41"),
       ("Tue 1/28", "Pinecrest", "Omar Haddad", "FU", "0.000", "-"),
       ("Wed 1/29", "Hollis", "Luis Fernandes", "RND", "0.000", "-"),
       ("Thu 1/30", "Tidewater", "Brianna Kerr", "PRE", "0.000", "-"),
       ("Fri 1/31", "Pinecrest", "Gina Marsh", "RND", "0.000", "-")]
doc_par = ["NORTHGATE COMPLIANCE PARTNERS - BREATH ALCOHOL TESTING LOG",
           "BAT: Amber Scholl    EBT: Intox EC/IR II   Serial 011482   Last cal check 01/02/2025",
           "Week of 01/27/2025", "",
           "Date\tEmployer\tEmployee\tReason\tScreen\tConfirmation / notes"]
doc_par += ["\t".join(b) for b in bat]
doc_par += ["", "All screening devices and EBT within calibration. No fatal flaws."]
add("phi", "lists", "; ".join(b[2] for b in bat), AMBER, OPS, "BAT log wk of 1/27",
    """Weekly BAT log attached. One confirmation at/above 0.04 (Brannock, Tue) - ATF copy 1 faxed to
Deb at 10:41 and she removed him. Everything else 0.000.

Amber
""", dt(2025, 2, 1, 9, 12),
    atts=[("BAT_log_2025-01-27.docx", docx(doc_par),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
# ======================================================================
# PHI - names
# ======================================================================

add("phi", "names", "Greg Kowalczyk", PAVEL, DRA, "Kowalczyk callback",
    """Dr. A,

Mr. Kowalczyk (Brannock, the oxycodone from 10/2) called back at 3:15. He says the oral surgeon,
Dr. Patel at Lakeview Oral Surgery, gave him Percocet after his wisdom teeth came out 9/28.

I called Hilltop Pharmacy (740-555-0190) and they confirmed a fill on 9/28: oxycodone/APAP 5/325
#12, prescriber Patel. He says he took the last ones on 10/1.

He's ready for your interview - best times are before 7 AM or after 4 PM, cell on file. Also asked
me twice if his boss will find out why; I told him the employer only gets the verified result.

Pavel
""", dt(2024, 10, 7, 15, 38))

d8 = dt(2025, 2, 11, 10, 4)
add("phi", "names", "Mike Tran", PHIL, RENEE, "RE: Mikey T. - RTD paperwork",
    f"""Renee,

Update on Mike Tran ("Mikey" to everyone in the hangar) - he finished up with Dr. Byrne and we got
the follow-up eval letter yesterday. He's itching to get back on the line.

What exactly do I need to send you to kick off the RTD? And can we do it Monday morning at
Eastside Lancaster? He's on days next week.

Phil

{SIG_PHIL}

{on_wrote(d8, 'Renee Kowalski <rkowalski@northgatecp.com>')}
> Phil - once the SAP's follow-up evaluation letter is in hand, send it to me with a signed
> RTD request and I'll set up the observed collection. He can't go back to maintenance work on
> aircraft until the RTD result is verified negative. The SAP will also give you the
> follow-up plan - keep that in his D&A file, not his personnel file.
>
> Renee
""", dt(2025, 2, 19, 13, 15), reply=True)

d9 = dt(2024, 12, 10, 10, 22)
add("phi", "names", "Keith Dunmore", RENEE, KAREN, "RE: Dunmore, Keith - refusal?",
    f"""Karen,

Forwarding what the site sent me. Under 40.191(a)(2), leaving the collection site before the
process is complete is a refusal, but since this happened at the collection site, the
determination is yours as the DER (40.355(i)) - the collector only documents it. Their remarks
and the time line look solid to me. If you call it a refusal it's a violation, so: remove him
from safety-sensitive duty, give him the SAP list, and report it to the Clearinghouse.

Happy to get on a call.

Renee

{fwd_block('Ruth Amos <ramos@millbrookoh.com>', d9, 'Renee Kowalski <rkowalski@northgatecp.com>', 'Dunmore, Keith - refusal?')}
Renee,

Keith Dunmore (Hollis, random) arrived 9:20. First specimen 9:41 was 84F on the strip, so the
collector told him a second collection under direct observation was needed. He said he "wasn't
doing that" and left the building at 9:52 without providing. Collector documented in Step 2
Remarks and called Karen Whitlock at 10:01. First specimen went to the lab.

Ruth Amos
Site Supervisor, Millbrook Occupational Health
""", dt(2024, 12, 10, 11, 5), cc=OPS)

add("phi", "names", "Shelby P.", DEB, RENEE, "Shelby P. - dilute again",
    """Renee,

That's the third negative dilute in a row for her. The MRO note says creatinine was above 5 this
time, so it's up to us whether to retest. Our policy says we "may" retest, not observed.

Honestly at this point do we just let it go? Or does three in a row look bad if PHMSA ever audits
us? She's a good employee and I don't want to make a thing of it if we don't need to.

Deb

Sent from my iPad
""", dt(2025, 1, 29, 19, 44))

d10 = dt(2025, 4, 2, 8, 50)
add("phi", "names", "Ahmed Farouk", RENEE, PHIL, "RE: return from leave - test needed?",
    f"""No DOT test needed - a return-to-duty test is only required after a violation. If you want a
fitness-for-duty screen under your company policy, we can do it on a non-federal form, but that's
your call (and HR's).

Renee

{orig_block('Phil Amundsen <pamundsen@tidewateraero.com>', d10, 'Renee Kowalski', 'return from leave - test needed?')}

Renee, quick one. Ahmed Farouk in our avionics shop is coming back Monday after 10 weeks of medical
leave - he had the heart bypass in January and his cardiologist just cleared him. Do we need to do a
return-to-duty drug test before he signs off on any work? He's still in the random pool.

Phil
""", dt(2025, 4, 2, 9, 31), reply=True)

add("phi", "names", "Tony", KAREN, RENEE, "SAP near Clarksburg?",
    f"""Renee,

Tony at the Clarksburg terminal - his confirmation came in at 0.052 on Tuesday's random so he's
off the board as of Tuesday noon. I gave him the SAP list but everything on it is Ohio. Do you have
anybody near Clarksburg/Bridgeport WV? He'd prefer someone who does evenings since his wife works
days and he has the kids.

Also do I report this one to the Clearinghouse or do you?

{SIG_KAREN}
""", dt(2025, 3, 20, 8, 12))

add("phi", "names", "Carmen Reyes", LAURA, RENEE, "Update - C. Reyes",
    """Hi Renee,

Quick update on Ms. Reyes (Pinecrest). She's attending the IOP at Brightwater Recovery three times a
week. She missed one session last week because of childcare, made it up Saturday. The program
expects to discharge her around February 21.

I'm not going to do the follow-up evaluation until she completes the full 8 weeks, so realistically
late February / early March for the RTD. Can you let Marvin know? I'd rather he hear the timeline
from you than from her.

Thanks,
Laura

Laura Kettering, LCSW, SAP
Second Step Counseling Services | (740) 555-0144
""", dt(2025, 1, 8, 17, 6))

rs_body = """Renee,

Sending the RS documentation for last night's Kyle Brandt test so you have it before the MRO calls.

Observations (Supv. Tanya Greer and Supv. Rick Dunbar, both completed FTA RS training):
- 22:40, Brandt returned bus 4419 to the garage 25 min late, missed two stops on Rt 16.
- Slurred speech, glassy/red eyes, slow to respond to questions.
- Unsteady walking from the bus to the dispatch window, had to lean on the counter.
- Odor of marijuana in the cab and on his jacket.

Both supervisors signed the checklist at 22:55. He was driven (not driving) to Rt. 33 Express,
drug collection at 23:40. Alcohol screen 0.000. Removed from service pending result. Checklist
attached.

Marvin
"""
add("phi", "names", "Kyle Brandt", MARVIN, RENEE, "RS documentation - Brandt 11/14", rs_body + "\n" + SIG_MARVIN,
    dt(2024, 11, 15, 8, 2), html=to_html(rs_body + "\n" + SIG_MARVIN),
    atts=[("RS_checklist_Brandt_2024-11-14.pdf", pdf([
        "PINECREST REGIONAL TRANSIT AUTHORITY - REASONABLE SUSPICION CHECKLIST", "",
        "Employee: Kyle D. Brandt     Emp #: 3377     Position: Bus Operator",
        "Date/time of observation: 11/14/2024 22:40   Location: Ridge Ave Garage", "",
        "[X] Speech: slurred   [X] Eyes: glassy/bloodshot   [X] Balance: unsteady",
        "[X] Odor: marijuana   [ ] Odor: alcohol", "", "Test ordered: [X] Drug  [X] Alcohol",
        "Supervisor 1: T. Greer   Supervisor 2: R. Dunbar   Signed 22:55"], "RS Checklist"),
        "application/pdf")])

# ======================================================================
# PHI - self
# ======================================================================

add("phi", "self", "Ray Kuhl", '"ray" <raymondkuhl88@kayakmail.net>', MROQ, "drug test call",
    """hi this is ray kuhl, i drive for hollis freight out of circleville. some doctor called me
about my test from last week and left a message but i was driving and couldnt call back.

i take adderall for my adhd from dr. omalley, been on it since 2020. do i need to send
something?? my # is 614 555 0133 call anytime after 4.

thanks
ray

Sent from my Galaxy
""", dt(2024, 10, 11, 12, 9))

add("phi", "self", "Patricia Okonkwo", '"Patricia Okonkwo" <p.okonkwo@lanternpost.net>', MROQ,
    "Request for copy of my drug test records",
    """To whom it may concern:

I am requesting copies of my drug and alcohol testing records under 49 CFR 40.329. I was employed by
Pinecrest Regional Transit Authority as a bus operator from 2019 until last month and am starting
with a new transit agency.

Name: Patricia N. Okonkwo
Date of birth: 09/14/1985
Last four of SSN: 5520
Tests: all tests 2022 - 2025, including the random on 01/13/2025

Please send them to this email or mail to 618 Greenfield Ave, Apt 3, Pittsburgh, PA 15207. I can
sign a release if needed. My phone is (412) 555-0148.

Thank you,
Patricia Okonkwo
""", dt(2025, 4, 21, 20, 35))

d11 = dt(2025, 1, 14, 9, 2)
add("phi", "self", "Brandon McEachern", '"Brandon McEachern" <bmceachern22@kayakmail.net>',
    '"Northgate Billing" <billing@northgatecp.com>', "Re: Your receipt from Northgate Compliance Partners",
    f"""You guys charged my card $68 for a drug screen on 1/9 at the Grove City location. It was for
a job at Corvin Building Supply and the recruiter said the company pays for it. Please refund to
the card ending 4412. I already started there and passed so I dont know why I'm paying.

Brandon McEachern
614-555-0175

{on_wrote(d11, 'Northgate Compliance Partners <billing@northgatecp.com>')}
> Receipt #R-2025-004871
> Date of service: 01/09/2025
> Service: Non-DOT urine drug screen, 10-panel (self-pay)
> Site: Millbrook Occupational Health - Grove City
> Amount charged: $68.00  VISA ending 4412
>
> Thank you for your payment.
""", dt(2025, 1, 16, 22, 48), reply=True)

add("phi", "self", "Denise Albright", '"Denise Albright" <dalbright.home@lanternpost.net>',
    DRA, "Split specimen request - Specimen ID 4409817",
    """Dr. Achterberg,

This email confirms the request I made by phone today at 2:40 PM to have my split specimen
(Bottle B) from my 02/03/2025 collection tested at a different certified laboratory.

Specimen ID: 4409817
Employer: Hollis Freight Lines
Date of verified result: 02/05/2025

I understand I may be asked to pay for the split test up front and that my employer may reimburse
me. I want it on record that I do not use cocaine. I was on a two-day layover in Indianapolis
before the test and had a dental procedure there (crown, local anesthetic only).

Please call me at (740) 555-0119 with next steps.

Denise Albright
""", dt(2025, 2, 6, 15, 11))

add("phi", "self", "Marco Bianchi", '"Marco Bianchi" <marcob.work@kayakmail.net>', RENEE,
    "follow ups",
    """How many more of these do I have? I've done 4 since June. Also can I do them at the Lancaster
site, Rt 33 is 45 min from me and I lose half a shift every time.

-Marco

Sent from my iPhone
""", dt(2024, 12, 18, 6, 52))

add("phi", "self", "Sharon Whitfield", '"Sharon Whitfield" <swhitfield2281@kayakmail.net>', MARVIN,
    "random today - I'm in the hospital",
    """Marvin, I got the text from dispatch that I'm selected for a random today but I've been at
Mercy General since last night. They're keeping me for observation for chest pains, maybe
discharge tomorrow. I'll send you the discharge papers.

Please don't mark me as a refusal. I'll go as soon as I'm out.

Sharon Whitfield
Op #2281
""", dt(2025, 2, 25, 9, 40), cc=RENEE)

add("phi", "self", "Danny Reece", '"danny reece" <dreece.oh@lanternpost.net>', LAURA,
    "follow up eval",
    """Hi Laura,

I finished the 12 weeks at New Horizons last Thursday. My counselor there (Jen) said she would
fax you the discharge summary Monday. Can I get in for the follow up eval next week? My boss at
Brannock keeps asking when I can come back.

Mornings are better, I watch my daughter after 2.

thanks
Danny Reece
(740) 555-0103
""", dt(2025, 4, 12, 21, 3))

# ======================================================================
# PHI - struct
# ======================================================================

FS = "|"
hl7_oru = "\n".join([
    "MSH|^~\\&|BRTLIS|BRT04|FMRMRO|FAIRMOUNT|20241008061502||ORU^R01^ORU_R01|BRT2410080001|P|2.5.1",
    "PID|1||301582290^^^^SS~20388^^^HOLLIS^EI||ADKINS^TRAVIS^L||19880214|M|||412 N PICKAWAY ST^^CIRCLEVILLE^OH^43113||(740)555-0165",
    "PV1|1|O",
    "ORC|RE|1447902|7710311^BRT||CM",
    "OBR|1|1447902|7710311^BRT|DOT5U^DOT 5-PANEL URINE^L|||20241007091500|||||||20241008071400|UR^Urine|||||HOLLIS FREIGHT LINES^RANDOM||||F",
    "OBX|1|ST|AMP^Amphetamines^L||NEGATIVE||500 ng/mL|N|||F",
    "OBX|2|ST|COC^Cocaine metabolites^L||NEGATIVE||150 ng/mL|N|||F",
    "OBX|3|ST|THC^Marijuana metabolites^L||POSITIVE||50 ng/mL|A|||F",
    "OBX|4|NM|THCA^THC-COOH confirm^L||38|ng/mL|15|A|||F",
    "OBX|5|ST|OPI^Opiates^L||NEGATIVE||2000 ng/mL|N|||F",
    "OBX|6|ST|PCP^Phencyclidine^L||NEGATIVE||25 ng/mL|N|||F",
    "OBX|7|NM|CREAT^Creatinine^L||112|mg/dL|>=20|N|||F",
    "NTE|1||Certifying scientist T. Garrow 20241008061200"])
add("phi", "struct", "Travis Adkins", '"Sam Ferrante" <sferrante@belmontreftox.com>', HANNAH,
    "ORU bounced from your MRO interface - AE PID-3",
    f"""Hannah,

This ORU was rejected by your MRO system last night with ACK AE "PID-3 missing assigning authority".
It's the first one since you changed the inbound parser Monday. Raw message below so you can
see the repetition on PID-3 - the SS identifier doesn't carry an authority and never has.

Can you loosen the rule or do we need to change our feed? Until then the results are stuck in our
outbound queue (14 so far).

{hl7_oru}

Sam Ferrante
Interface Analyst, Belmont Reference Toxicology
(513) 555-0168
""", dt(2024, 10, 8, 7, 26))

eccf = {
    "eccfId": "ECCF-2025-0003318841",
    "formVersion": "2023-FCCF",
    "collectionSite": {"name": "Rt. 33 Express Collections", "siteCode": "R33-01",
                       "address": "5120 US-33, Canal Winchester, OH 43110", "phone": "614-555-0244"},
    "employer": {"name": "Pinecrest Regional Transit Authority", "derName": "Marvin Oyelaran", "derPhone": "412-555-0126"},
    "mro": {"name": "Miriam Achterberg, MD", "phone": "866-555-0172"},
    "donor": {"lastName": "Oakes", "firstName": "Jasmine", "employeeId": "3290", "ssnLast4": "7718",
              "dob": "1993-07-21", "daytimePhone": "412-555-0179", "eveningPhone": None},
    "test": {"dotAgency": "FTA", "reason": "FOLLOW_UP", "panel": "THC, COC, PCP, OPI, AMP",
             "specimenId": "8830214", "collectionType": "SPLIT", "observed": True,
             "observedReason": "Follow-up - required direct observation"},
    "collection": {"collectedAt": "2025-03-04T07:52:00-05:00", "temperatureInRange": True,
                   "collectorName": "Dana Ruiz", "collectorSignedAt": None,
                   "remarks": "Observer: D. Ruiz (same gender)."},
    "courier": {"name": "SpeedLine Lab Courier", "releasedAt": "2025-03-04T10:30:00-05:00"}
}
add("phi", "struct", "Jasmine Oakes", HANNAH, '"FormFlow Support" <support@formflowccf.com>',
    "[Case 00418827] eCCF payload missing collector signature timestamp",
    f"""Hi FormFlow support,

Another one where collection.collectorSignedAt comes through null even though the collector signed
on the pad (site confirms). The lab rejected the eCCF as incomplete, which turns into a recollection
for the donor if we can't fix it. Payload attached, pulled from our webhook log.

Please escalate - this is the third this month.

{SIG_HANNAH}
""", dt(2025, 3, 4, 11, 16),
    atts=[("eccf_ECCF-2025-0003318841.json", json.dumps(eccf, indent=2), "application/json")])

seg = [
    "ISA*00*          *00*          *ZZ*MILLBROOKOH    *ZZ*SUMMITRIDGE    *241003*1522*^*00501*000004217*0*P*:",
    "GS*HC*MILLBROOKOH*SUMMITRIDGE*20241003*1522*4217*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "BHT*0019*00*MOH241003-118*20241003*1522*CH",
    "NM1*41*2*MILLBROOK OCCUPATIONAL HEALTH*****46*MOH44719",
    "PER*IC*BILLING OFFICE*TE*6145550260",
    "NM1*40*2*SUMMIT RIDGE CASUALTY*****46*SRC01",
    "HL*1**20*1",
    "NM1*85*2*MILLBROOK OCCUPATIONAL HEALTH*****XX*1740293385",
    "N3*3870 BROADWAY",
    "N4*GROVE CITY*OH*43123",
    "REF*EI*311847726",
    "HL*2*1*22*0",
    "SBR*P*18*******WC",
    "NM1*IL*1*DOMINGUEZ*RAUL*A***MI*WC24118842",
    "N3*1422 SANDUSKY ST APT 2B",
    "N4*COLUMBUS*OH*43206",
    "DMG*D8*19870611*M",
    "NM1*PR*2*SUMMIT RIDGE CASUALTY*****PI*SRC01",
    "CLM*MOH241003-118*96***11:B:1*Y*A*Y*Y",
    "DTP*439*D8*20240930",
    "REF*Y4*WC-24-118842",
    "HI*ABK:Z0283*ABF:W1830XA",
    "LX*1",
    "SV1*HC:80305*58*UN*1***1",
    "DTP*472*D8*20240930",
    "LX*2",
    "SV1*HC:82075*38*UN*1***1",
    "DTP*472*D8*20240930",
    "SE*29*0001",
    "GE*1*4217",
    "IEA*1*000004217"]
add("phi", "struct", "Raul Dominguez", '"Paula Greer" <billing@millbrookoh.com>', BRETT,
    "837 rejected by Summit Ridge - post accident Corvin",
    f"""Brett,

Summit Ridge rejected the attached claim (277CA said "services not payable under WC - bill
employer"). This was the post-accident drug screen + breath on the Corvin employee from 9/30. I
think we should have billed it to you under the Corvin account like the others.

Can you confirm and I'll void it on our end and put it on your monthly invoice instead?

Paula Greer
Billing Office, Millbrook Occupational Health
(614) 555-0260
""", dt(2024, 10, 21, 10, 47),
    atts=[("MOH_837P_4217.txt", "~\n".join(seg) + "~\n", "text/plain")])

feed = [("3105", "VANCE", "CHERYL", "19780503", "6120448", "20250224", "RANDOM", "FTA", "NEGATIVE", "20250226"),
        ("2281", "WHITFIELD", "SHARON", "19690912", "6120451", "20250227", "RANDOM", "FTA", "NEGATIVE", "20250228"),
        ("3318", "JOSEPH", "WILNER", "19750130", "6120460", "20250227", "FOLLOW-UP", "FTA", "NEGATIVE", "20250228"),
        ("3402", "REYES", "CARMEN", "19880816", "6120474", "20250303", "RETURN-TO-DUTY", "FTA", "NEGATIVE", "20250305"),
        ("3290", "OAKES", "JASMINE", "19930721", "8830214", "20250304", "FOLLOW-UP", "FTA", "CANCELLED-ECCF", "20250305"),
        ("4011", "NGUYEN", "BAO", "19990202", "6120479", "20250304", "PRE-EMPLOYMENT", "FTA", "NEGATIVE-DILUTE", "20250306"),
        ("N-0217", "CASTELLANO", "RITA", "19820119", "6120483", "20250305", "RANDOM", "NON-DOT", "NEGATIVE", "20250306")]
hdrs = "EMP_ID|LAST|FIRST|DOB|SPECIMEN_ID|COLL_DATE|REASON|AGENCY|RESULT|MRO_DATE"
add("phi", "struct", "; ".join(f"{r[2].title()} {r[1].title()}" for r in feed),
    '"NCP Results Feed" <no-reply@northgatecp.com>', '"HRIS Imports" <hris-imports@pinecresttransit.org>',
    "Nightly results feed - PINECREST - 7 records - 2025-03-06",
    """This is an automated delivery from the Northgate Compliance Partners results service.

Client:        PINECREST REGIONAL TRANSIT AUTHORITY (acct 30021)
File:          PRTA_results_20250306.txt
Records:       7
Format:        pipe-delimited, header row, UTF-8

Questions: helpdesk@northgatecp.com. Do not reply to this message.
""", dt(2025, 3, 6, 2, 0),
    atts=[("PRTA_results_20250306.txt", hdrs + "\n" + "\n".join(FS.join(r) for r in feed) + "\n", "text/plain")])

bundle = {
    "resourceType": "Bundle", "type": "collection",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "don-55-30918",
                      "identifier": [{"system": "urn:ncp:donor", "value": "55-30918"}],
                      "name": [{"family": "Castillo", "given": ["Mateo"]}],
                      "birthDate": "1991-04-27", "gender": "male",
                      "telecom": [{"system": "phone", "value": "412-555-0195"}]}},
        {"resource": {"resourceType": "DiagnosticReport", "id": "dr-9920153", "status": "final",
                      "code": {"text": "DOT 5-panel urine drug test"},
                      "subject": {"reference": "Patient/don-55-30918"},
                      "effectiveDateTime": "2025-01-13T07:20:00-05:00",
                      "conclusion": "MRO verified: NEGATIVE-DILUTE. Immediate recollection under direct observation required.",
                      "result": [{"reference": "Observation/creat-9920153"}]}},
        {"resource": {"resourceType": "Observation", "id": "creat-9920153", "status": "final",
                      "code": {"text": "Creatinine, urine"},
                      "subject": {"reference": "Patient/don-55-30918"},
                      "valueQuantity": {"value": 4.1, "unit": "mg/dL"}}}]}
add("phi", "struct", "Mateo Castillo", '"Ravi Shankar" <rshankar@peopleloopintegrations.com>', HANNAH,
    "RE: results API - getting 422 on DiagnosticReport bundle",
    "Hannah,\n\nStill getting 422 Unprocessable Entity from /fhir/Bundle when we POST the result back "
    "into Pinecrest's HR system with the bundle below. Error text: \"Observation.category is required\". "
    "This is the exact response body we got from your side this morning, we haven't modified it.\n\n"
    + json.dumps(bundle, indent=2)
    + "\n\nIs category something you'll start sending or should we default it on our end?\n\n"
      "Ravi Shankar\nIntegration Engineer, PeopleLoop Integrations\n",
    dt(2025, 1, 16, 14, 22))

layout = """RNDSEL fixed-width layout v3 (record length 80)
Pos  Len  Field
1    10   Employee ID (left, space padded)
11   20   Last name
31   15   First name
46   8    DOB (YYYYMMDD)
54   1    Test type: D=drug A=alcohol B=both
55   8    Selection date (YYYYMMDD)
63   6    Pool code
69   12   Filler
"""
rs = [("BR-1107", "STANTON", "REBECCA", "19840322", "D"), ("BR-1193", "HARLAN", "WESLEY", "19790901", "B"),
      ("BR-1204", "PRUETT", "CODY", "19920614", "D"), ("BR-1231", "ALBRECHT", "MEGAN", "19870228", "D"),
      ("BR-1262", "REECE", "DANIEL", "19900707", "D"), ("BR-1288", "SANTOS", "FELIPE", "19811111", "D")]
fw = "".join(f"{e:<10}{l:<20}{f:<15}{d}{t}20250407PHMSA1{'':12}\n" for e, l, f, d, t in rs)
add("phi", "struct", "; ".join(f"{f.title()} {l.title()}" for _, l, f, _, _ in rs), DARNELL, DEB,
    "Q2 random export for HRIS import",
    f"""Deb,

Here's the Q2 selection in the fixed-width format your HRIS import wants (record length 80). Layout
spec attached too in case IT asks. Note Reece is on the list - he's not back on safety-sensitive
duty yet, so hold him until he is, and he's tested before the quarter ends if he's back in time.

{SIG_DARNELL}

{NCP_DISC}
""", dt(2025, 4, 7, 8, 30),
    atts=[("RNDSEL_PHMSA1_2025Q2.txt", fw, "text/plain"),
          ("RNDSEL_layout_v3.txt", layout, "text/plain")])

siu = "\n".join([
    "MSH|^~\\&|NCPSCHED|NORTHGATE|EUCSCHED|EASTSIDE|20250221154410||SIU^S12^SIU_S12|NCP250221-0091|P|2.5.1",
    "SCH|A40619-1|||||RTD^Return-to-duty collection^NCP|DOT-OBS^Directly observed urine + breath^NCP|||"
    "^^30^20250224080000^20250224083000|||||RKOWALSKI^Kowalski^Renee",
    "PID|1||T-40619^^^TIDEWATER^EI||TRAN^MICHAEL^Q||19860519|M|||77 Hocking St^^Lancaster^OH^43130||(740)555-0116",
    "RGS|1",
    "AIS|1||DOTU^DOT urine collection observed|20250224080000|0|min|30|min",
    "AIS|2||EBT^Breath alcohol EBT|20250224080000|0|min|15|min",
    "AIL|1||EUC-LANC^^^Eastside Urgent Care Occ Med - Lancaster",
    "AIP|1||CLCT^ANY^MALE OBSERVER"])
add("phi", "struct", "Michael Tran", '"Ken Abernathy" <kabernathy@eastsideucom.net>', HANNAH,
    "SIU coming over with wrong location",
    f"""Hannah - this one landed on our Main St schedule even though AIL says Lancaster. I think
our engine is keying off SCH-7 instead of AIL-3. Can you confirm this is what you sent? If it is,
I'll open a ticket with our vendor. Appointment is Monday 8:00 so I moved it by hand for now.

{siu}

Ken Abernathy | IT Coordinator | Eastside Urgent Care & Occ Med | (740) 555-0130
""", dt(2025, 2, 21, 16, 2))
# ======================================================================
# CLEAN - admin
# ======================================================================

add("clean", "admin", "", JORGE, GARY, "van 2 restock + EBT mouthpieces",
    """Gary,

Need a restock for van 2 before next week, we burned through a lot on the Brannock site day:
- 50 split specimen kits (the ones with the built in temp strip)
- 2 packs of the 2023 CCFs - we're down to the last 15
- 1 case EBT mouthpieces (individually wrapped)
- 2 boxes saliva ASD screening devices
- bluing tablets, tamper evident tape, 1 box nitrile gloves L
- the little "collection in progress - do not enter" door hangers, ours are trashed

Also the dry gas canister for the cal check is at 30%. I can swing by the office Friday to pick up.

Jorge
""", dt(2024, 9, 19, 15, 31))

maint = """Scheduled maintenance: Northgate Client & MRO Portal

When: Saturday, March 22, 2025, 10:00 PM - Sunday, March 23, 2:00 AM (Eastern)

During this window you will not be able to:
 - place collection orders or print authorization forms
 - view verified results or download MIS reports
 - upload random pool rosters

Collection sites can still perform collections on paper CCFs with the account number. Post-accident
and reasonable-suspicion dispatch is not affected - call the 24/7 line at (614) 555-0140, option 1.

After the update you'll see a new "Follow-up / RTD" tab for DERs and a faster results search.
No action is needed on your end. Saved bookmarks will keep working.

Questions: helpdesk@northgatecp.com or (614) 555-0140 x250.

Thank you,
Hannah Liu, Systems Administrator"""
add("clean", "admin", "", '"Northgate Compliance Partners" <notices@northgatecp.com>',
    '"Northgate Clients" <clients@northgatecp.com>', "Planned portal maintenance Sat 3/22, 10 PM - 2 AM ET",
    maint + "\n\n" + NCP_DISC + "\n", dt(2025, 3, 17, 9, 0),
    html=to_html(maint + "\n\n" + NCP_DISC),
    atts=[("northgate_logo.png", LOGO_NCP, "image/png")])

fee_txt = """Effective January 1, 2025, the following changes apply to all client service agreements:

1. MRO review fee (negatives and non-negatives): $14.00 per specimen (was $12.50).
2. Directly observed collection surcharge: $20.00 (unchanged).
3. After-hours mobile call-out (post-accident / reasonable suspicion): $175.00 first hour, $65.00 each
   additional hour, plus mileage at the IRS rate beyond 25 miles.
4. Shy bladder / insufficient specimen: collection billed once; the medical evaluation is billed at cost.
5. Recollections directed by the MRO (invalid, dilute with creatinine 2-5, temperature out of range)
   are billable as a new collection.
6. Split specimen testing: billed at lab cost ($95.00) to the employer; employers may seek
   reimbursement from the employee per their policy.

Payment terms remain net 30. Invoices not paid within 60 days may result in suspension of
non-emergency collection services. A signed copy of the amended fee schedule is attached."""
add("clean", "admin", "", BRETT, '"Northgate Clients" <clients@northgatecp.com>',
    "2025 fee schedule update - effective 1/1/2025", "Dear client,\n\n" + fee_txt + "\n\nThank you for your business,\n\n" + SIG_BRETT + "\n\n" + NCP_DISC + "\n",
    dt(2024, 11, 29, 10, 0),
    atts=[("NCP_Fee_Schedule_2025.pdf", pdf(["NORTHGATE COMPLIANCE PARTNERS - CLIENT FEE SCHEDULE 2025", ""] + fee_txt.split("\n"), "Fee Schedule 2025"), "application/pdf")])

st = datetime.datetime(2025, 1, 28, 10, 0)
add("clean", "admin", "", RENEE, [KAREN, MARVIN, DEB, PHIL, JESS],
    "Q1 DER roundtable - Tue 1/28 10:00",
    """Hi all,

Invite attached for our Q1 DER roundtable. Agenda:
 1. Clearinghouse-II: what changed for CDL downgrades since November
 2. Random rates for 2025 and how your pools were sized
 3. Oral fluid collections - where things stand with labs and collectors
 4. Post-accident decision trees - FMCSA vs FTA thresholds refresher
 5. Open Q&A (bring your weird ones, no names please)

Teams link and dial-in are in the invite. Coffee and donuts if you come in person.

Renee
""", dt(2025, 1, 13, 14, 20),
    atts=[("invite.ics", ics("ncp-der-rt-2025q1@northgatecp.com", st, st + datetime.timedelta(hours=1, minutes=30),
                             "Q1 DER Roundtable", "Northgate Training Room / Teams",
                             "Join Teams meeting\nMeeting ID: 284 991 305 17\nDial-in +1 614-555-0199,,55120#",
                             ("Renee Kowalski", "rkowalski@northgatecp.com")), "text/calendar")])

add("clean", "admin", "", '"Ruth Amos" <ramos@millbrookoh.com>', [OPS, GARY],
    "Grove City restroom security upgrades done",
    """Gary / ops,

FYI the upgrades at Grove City are finished:
- Water shut-off valves installed under the sink in collection rooms A and B (handles removed)
- Tank lids taped with tamper tape and the soap dispensers swapped for the no-soap wipes
- New bluing agent in both tanks, checked daily on the opening checklist
- Trash cans moved outside the stall, mirror over the sink stays

Your auditor can come any day next week except Wednesday (we're short a collector). Updated photos
of both rooms are in the shared folder under Site Audits > Grove City > 2025.

Ruth Amos
Site Supervisor, Millbrook Occupational Health
(614) 555-0261
""", dt(2025, 1, 9, 12, 3))

proc = """Effective Monday 4/7, a change to how we handle insufficient specimens on mobile jobs:

- Collector calls ops BEFORE releasing the donor at the end of the 3-hour wait, every time. Ops
  documents the call in the job notes.
- Do not let the donor leave the area during the wait. If they walk off, that's a remarks entry and
  an immediate call to the DER, not a "we'll try again tomorrow".
- Fluids: up to 40 oz over the 3 hours, offered in cups, log each one with the time.
- Same rules on the breath side: if the EBT can't get an adequate sample, ops calls the DER for the
  medical evaluation referral.

Updated SOP 7.3 is on the shared drive. Ask me if anything isn't clear.

Gary Pfeiffer
Director of Operations"""
add("clean", "admin", "", GARY, [COLLECTORS, OPS], "SOP 7.3 change - shy bladder on mobile jobs",
    proc + "\n", dt(2025, 4, 2, 16, 40))

add("clean", "admin", "", '"Megan Cole" <mcole@belmontreftox.com>', GARY, "Renewal terms - NCP / Belmont 2025-2027",
    """Gary,

Following our call, here are the proposed renewal terms for the lab services agreement:

Term: 3 years, 04/01/2025 - 03/31/2028
Pricing (per specimen):
  DOT 5-panel urine, lab-based: $14.25 (flat through term)
  Non-DOT 10-panel urine: $17.50
  Expanded opiates / fentanyl add-on: $6.00
  Split specimen (Bottle B) testing: $95.00
  Litigation packages: $150.00
Turnaround: negatives 24 hrs from receipt; non-negatives 72 hrs
Courier: included for sites in our network, $9.50/pickup elsewhere
Volume commitment: 18,000 specimens/year, reviewed annually, no penalty below 10%

Oral fluid: we're pricing it separately once HHS certification comes through for our site.

Redline attached to follow from legal this week.

Megan Cole
Director, Client Accounts
Belmont Reference Toxicology
(513) 555-0160
""", dt(2025, 2, 18, 11, 12), cc='"Brett Yoder" <byoder@northgatecp.com>')

# ======================================================================
# CLEAN - lookalike
# ======================================================================

inv_lines = [("CK-5020-S", "Split specimen urine kit w/ temp strip", "L240916A", "09/2026", 10, "case/50", 212.50),
             ("FCCF-23-5", "Federal CCF 2023, 5-part, lab-specific", "n/a", "n/a", 4, "pk/100", 89.00),
             ("EBT-MP-IW", "EBT mouthpiece, individually wrapped", "MP2407C", "07/2029", 6, "case/500", 74.25),
             ("ASD-SAL-25", "Saliva alcohol screening device", "SA0325K", "03/2026", 8, "box/24", 61.80),
             ("BLU-TAB-1K", "Toilet bluing tablets", "BT1189", "n/a", 2, "jar/1000", 18.40),
             ("TET-RL-2", "Tamper-evident seal tape", "n/a", "n/a", 5, "roll", 11.95)]
inv_tot = sum(q * p for *_, q, u, p in inv_lines)
inv_txt = ["CollectPro Supply Co. - INVOICE 0048871", "Bill to: Northgate Compliance Partners, 418 Commerce Loop Ste 210, Dublin OH 43017",
           "PO: NCP-PO-2025-0117   Acct: 100447   Terms: Net 30   Ship via: UPS Ground", ""]
for item, desc, lot, exp, q, u, p in inv_lines:
    inv_txt.append(f"{item:<11} {desc:<42} Lot {lot:<9} Exp {exp:<8} {q:>3} {u:<9} ${p:>7.2f}  ${q * p:>8.2f}")
inv_txt += ["", f"Subtotal ${inv_tot:,.2f}   Freight $38.60   Total ${inv_tot + 38.60:,.2f}"]
add("clean", "lookalike", "", '"CollectPro Supply AR" <ar@collectprosupply.com>', '"Accounts Payable" <ap@northgatecp.com>',
    "Invoice 0048871 for PO NCP-PO-2025-0117",
    "Please find attached invoice 0048871 for PO NCP-PO-2025-0117, shipped 01/21/2025 via UPS "
    "1Z84E7310392715506 (2 cartons).\n\n" + "\n".join(inv_txt[3:]) +
    "\n\nRemit to: CollectPro Supply Co., PO Box 77120, Indianapolis, IN 46277\nQuestions: (317) 555-0183\n",
    dt(2025, 1, 21, 17, 45), atts=[("INV0048871.pdf", pdf(inv_txt, "Invoice 0048871"), "application/pdf")])

mis = """FTA DRUG & ALCOHOL MIS - CALENDAR YEAR 2024 - PREPARED FOR PINECREST REGIONAL TRANSIT (DRAFT)

Covered employees (safety-sensitive): 412    Supervisors trained in RS: 37
                     Pre-Emp  Random  Post-Acc  RS  RTD  Follow-Up  Total
Drug tests verified      96     214        17    3    2         19    351
  Negative               92     209        17    1    2         19    340
  Positive (any)          2       3         0    2    0          0      7
    Marijuana             1       2         0    2    0          0      5
    Amphetamines          1       1         0    0    0          0      2
  Refusals                2       2         0    0    0          0      4
  Cancelled               0       1         0    0    0          0      1
Alcohol tests              -      43        17    4    2         19     85
  0.02-0.039               -       0         1    1    0          0      2
  >= 0.04                  -       1         0    0    0          0      1

Random rate achieved: drug 52.0% (target 50%), alcohol 10.4% (target 10%)"""
add("clean", "lookalike", "", RENEE, MARVIN, "Draft 2024 MIS for your review - due 3/15",
    f"""Marvin,

Draft of your 2024 FTA MIS numbers below, pulled from our system. Please check the covered employee
count (412) against your HR headcount average and the RS training number before I submit in DAMIS.

{mis}

Due to FTA 3/15/2025.

{SIG_RENEE}
""", dt(2025, 2, 10, 13, 22))

sites = [("R33-01", "Rt. 33 Express Collections", "5120 US-33, Canal Winchester OH 43110", "614-555-0244", "614-555-0245", "M-F 7-5, Sa 8-12", "Y", "Y"),
         ("MOH-GC", "Millbrook Occ Health - Grove City", "3870 Broadway, Grove City OH 43123", "614-555-0263", "614-555-0264", "M-F 7-6", "Y", "Y"),
         ("MOH-MR", "Millbrook Occ Health - Marion", "188 Barks Rd E, Marion OH 43302", "740-555-0106", "740-555-0107", "M-F 8-4:30", "Y", "N"),
         ("EUC-MN", "Eastside Urgent Care - Main St", "2290 E Main St, Columbus OH 43209", "614-555-0231", "614-555-0232", "7 days 8-8", "Y", "Y"),
         ("EUC-LANC", "Eastside Urgent Care - Lancaster", "1015 N Memorial Dr, Lancaster OH 43130", "740-555-0134", "740-555-0135", "M-Sa 8-6", "Y", "Y"),
         ("MAU-TOL", "Maumee Occ Health - Toledo", "1150 Conant St, Maumee OH 43537", "419-555-0152", "419-555-0153", "M-F 7-4", "Y", "N")]
dir_rows = [["Site Code", "Site", "Address", "Phone", "Fax", "Hours", "BAT/EBT", "Observed M/F"]] + [list(s) for s in sites]
sio2 = io.StringIO()
csv.writer(sio2, lineterminator="\r\n").writerows(dir_rows)
add("clean", "lookalike", "", OPS, COLLECTORS, "Updated collection site directory (Feb 2025)",
    "Team - updated site directory attached. Changes: Marion hours now end 4:30, Lancaster added "
    "Saturdays, Toledo can't do female observed collections right now.\n\nPrint a copy for the vans.\n\n"
    + "\n".join(f"{s[0]:<9} {s[1]:<36} {s[3]}  fax {s[4]}" for s in sites) + "\n\nOps\n",
    dt(2025, 2, 3, 8, 15), atts=[("NCP_site_directory_2025-02.csv", sio2.getvalue(), "text/csv")])

trk = [("MOH-GC", "1Z84E7310397441826", 9, "17:05"), ("EUC-MN", "1Z84E7310397441835", 14, "17:20"),
       ("EUC-LANC", "1Z84E7310397441844", 6, "16:40"), ("R33-01", "1Z84E7310397441853", 11, "17:35"),
       ("VAN-2", "1Z84E7310397441862", 4, "18:10")]
add("clean", "lookalike", "", '"SpeedLine Lab Courier" <dispatch@speedlinecourier.net>', OPS,
    "Pickup manifest 03/11/2025 - acct NCP-8841",
    "PICKUP MANIFEST - NORTHGATE COMPLIANCE PARTNERS - ACCT NCP-8841 - 03/11/2025\n\n"
    "Site      Tracking              Boxes  Picked up\n"
    + "\n".join(f"{a:<9} {b:<21} {c:>5}  {d}" for a, b, c, d in trk)
    + f"\n\nTotal boxes: {sum(t[2] for t in trk)}   Destination: Belmont Reference Toxicology, Mason OH"
      "\nExpected delivery: 03/12/2025 by 08:00\n\nSpeedLine Dispatch | 24/7 (888) 555-0120\n",
    dt(2025, 3, 11, 19, 2))

add("clean", "lookalike", "", AMBER, GARY, "EBT cal check results - Jan 2025",
    """Gary - January calibration checks are done, all in tolerance.

Device                Serial     Location   Cal date    Target   Read    Result
Intox EC/IR II        011482     Van 2      01/02/2025  0.082    0.081   PASS
Intox EC/IR II        011517     Van 1      01/02/2025  0.082    0.083   PASS
Alco-Sensor IV XL     088391     Office     01/03/2025  0.082    0.080   PASS
Lifeloc FC20          B21-4473   Van 3      01/03/2025  0.082    0.082   PASS

Dry gas standard lot DG-24-1107, exp 11/2026, cert # 7712-KG. Next external QAP inspection for
011482 is due 06/2025. Certificates are scanned into the equipment folder.

Amber
""", dt(2025, 1, 4, 10, 17))

add("clean", "lookalike", "", COLLEEN, '"Onboarding" <onboarding@tidewateraero.com>',
    "MRO credentials for vendor file - Fairmount Medical Review",
    f"""Hello,

For your vendor onboarding file, here are the credentials for the physicians who will review
Tidewater Air Maintenance results:

Miriam Achterberg, MD, MRO
  NPI 1457309826 | Ohio medical license 35.118427 | MRO certification MROCC #09-4418, exp 06/2027
Vikram Sethi, DO, MRO
  NPI 1962047715 | Ohio medical license 34.009913 | MRO certification AAMRO #22-0719, exp 03/2028

Fairmount Medical Review, PLLC - EIN 82-4417730
Malpractice carrier: Great Plains Physicians Mutual, policy GPM-0071453, limits $1M/$3M
Address: 2500 Corporate Exchange Dr, Suite 300, Columbus, OH 43231

Copies of licenses and certificates attached as a single PDF on request. W-9 sent separately.

{SIG_COLLEEN}

{FMR_DISC}
""", dt(2025, 1, 30, 9, 45))

add("clean", "lookalike", "", '"NCP Help Desk" <helpdesk@northgatecp.com>', BRETT,
    "[INC-20417] Billing code mapping for new services - Resolved",
    """Ticket INC-20417 has been RESOLVED.

Requested by: Brett Yoder          Opened: 02/24/2025 09:12      Closed: 02/27/2025 15:40
Category: Billing system / code table      Priority: P3

Resolution notes (H. Liu):
Added the following service codes to the invoice code table. Effective 03/01/2025.

  Svc code  CPT/HCPCS  Description                                    Rate
  U-DOT5    80305      Drug screen, direct optical obs, DOT 5-panel   $38.00
  U-ND10    80307      Drug screen, instrument chemistry, 10-panel    $48.00
  U-CONF    G0480      Definitive drug testing, 1-7 classes            $95.00
  BAT-EBT   82075      Alcohol, breath                                 $38.00
  MRO-REV   99499      MRO review (unlisted E/M, non-billable to payer) $14.00
  OBS-ADD   (internal) Directly observed collection surcharge          $20.00

Related tickets: INC-20388 (invoice template), CHG-0931 (deploy window 02/27 14:00-15:00).

If this issue is not resolved, reply to reopen within 7 days.
""", dt(2025, 2, 27, 15, 41))

# ======================================================================
# CLEAN - news
# ======================================================================

nl = """NORTHGATE COMPLIANCE QUARTERLY - Winter 2025

2025 RANDOM RATES
Minimum annual random testing rates for 2025 are unchanged for most modes:
  FMCSA: 50% drug / 10% alcohol
  FTA:   50% drug / 10% alcohol
  FAA:   25% drug / 10% alcohol
  PHMSA: 25% drug (no random alcohol)
If you run a mixed pool, the highest rate applies. We size your quarterly selections automatically.

CLEARINGHOUSE-II IS LIVE
Since November 18, 2024, state licensing agencies must remove commercial privileges from drivers in
"prohibited" status. Practically: a driver who has a violation and hasn't completed the RTD
process can lose the CDL privilege, not just the job. Query before you hire - every time.

ORAL FLUID: NOT YET
DOT approved oral fluid testing in 2023, but it can't be used for DOT tests until at least two
HHS-certified labs are in place. We'll tell you the day that changes.

FROM THE MRO'S DESK
Dr. Achterberg reminds DERs: an MRO will never tell you what prescription an employee takes. If the
MRO has a safety concern about a medication, you'll receive a separate safety-concern notice.

Questions? Call (614) 555-0140 or reply to this email.
To stop receiving this newsletter, reply UNSUBSCRIBE."""
add("clean", "news", "", '"Northgate Compliance Partners" <news@northgatecp.com>', '"Northgate Clients" <clients@northgatecp.com>',
    "Northgate Compliance Quarterly - Winter 2025", nl + "\n", dt(2025, 1, 15, 7, 30),
    html=to_html(nl), headers=[("List-Unsubscribe", "<mailto:news@northgatecp.com?subject=unsubscribe>")])

add("clean", "news", "", '"Belmont Reference Toxicology" <insights@belmontreftox.com>', '"Belmont Clients" <clients@belmontreftox.com>',
    "Workforce Positivity Index: 2024 annual summary",
    """BELMONT WORKFORCE POSITIVITY INDEX - 2024 ANNUAL SUMMARY

Based on 1.9 million de-identified urine drug tests processed by Belmont in 2024.

- Overall positivity, combined workforce: 4.4% (2023: 4.5%)
- Federally-mandated, safety-sensitive workforce: 2.3% (2023: 2.2%)
- Marijuana remains the most frequently detected substance in the general workforce (3.1%),
  with the largest increases in states that legalized recreational use in the past three years.
- Post-accident marijuana positivity in the general workforce rose for the sixth straight year.
- Amphetamine positivity was flat; cocaine positivity declined slightly.
- Specimen validity: substituted and adulterated specimens were rare (<0.1%), but dilute
  specimens were more common in pre-employment testing than in random testing.

The full report, including state-level maps and methodology, is available on our website.
Results reflect testing patterns in our client base and may not represent all U.S. workers.

Belmont Reference Toxicology | 5100 Innovation Dr, Mason, OH 45040
""", dt(2025, 3, 3, 8, 0))

promo = """After-hours post-accident? We come to you.

Northgate's mobile collection team now covers Central and Southeast Ohio 24/7/365:
 - Certified urine collectors and breath alcohol technicians on every call
 - Average on-site arrival under 75 minutes inside our core service area
 - DOT (FMCSA, FTA, FAA, PHMSA) and non-DOT testing, including observed collections
 - Same CCF, same MRO, same portal - results flow into your existing reports

Introductory offer for existing clients: no call-out fee on your first two after-hours dispatches
booked before June 30, 2025.

Call (614) 555-0140, option 1, or reply to schedule a 15-minute walk-through with our operations team."""
add("clean", "news", "", '"Northgate Compliance Partners" <news@northgatecp.com>', '"Northgate Clients" <clients@northgatecp.com>',
    "New: 24/7 mobile post-accident response", promo + "\n\n" + NCP_DISC + "\n", dt(2025, 4, 8, 10, 0),
    html=to_html(promo + "\n\n" + NCP_DISC), atts=[("northgate_logo.png", LOGO_NCP, "image/png")])

add("clean", "news", "", '"Fairmount Medical Review" <events@fairmountmro.com>', '"DER Contacts" <der-list@fairmountmro.com>',
    "Webinar 5/14: Prescription medications and safety-sensitive work",
    """You're invited: a free 45-minute webinar for Designated Employer Representatives and safety managers.

PRESCRIPTION MEDICATIONS AND SAFETY-SENSITIVE WORK: WHAT DERS NEED TO KNOW
Wednesday, May 14, 2025 | 12:00-12:45 PM Eastern
Presenter: Miriam Achterberg, MD, MRO

Topics:
 - How the MRO verification interview works, and why a "positive" lab result can be verified negative
 - Safety-concern notifications under 49 CFR 40.327: when you get one and what to do
 - Medical marijuana and DOT: still a positive
 - Opioids, stimulants and sedatives: what changes in the safety-sensitive workplace
 - Q&A

Registration is free. 1 HRCI/SHRM recertification credit pending.
Register: events.fairmountmro.com/webinar0514
""", dt(2025, 4, 22, 9, 30))

add("clean", "news", "", '"Northgate Compliance Partners" <news@northgatecp.com>', '"Northgate Clients" <clients@northgatecp.com>',
    "Holiday reminder: random testing doesn't take a vacation",
    """Seasonal reminder for DERs and supervisors

Random tests are supposed to be unpredictable - that includes holiday weeks. Agencies look for
selections spread through the whole quarter, including the last two weeks of December.

Holiday schedule:
 - Office closed 12/25 and 1/1. The 24/7 post-accident line stays open: (614) 555-0140, option 1.
 - Collection sites with reduced hours are flagged in the portal site finder.
 - Q4 selections must be completed by 12/31. Unused selections cannot roll into Q1.

Quick checklist before the break:
 [ ] Your supervisors know who to call for post-accident and reasonable suspicion
 [ ] Your random roster is current (new hires in, separations out)
 [ ] You have paper CCFs on hand if a site's printer is down

Happy holidays from all of us at Northgate.""", dt(2024, 12, 2, 7, 30))

add("clean", "news", "", '"Fairmount Medical Review" <news@fairmountmro.com>', '"DER Contacts" <der-list@fairmountmro.com>',
    "Research brief: fentanyl and expanded opioid panels in workplace testing",
    """RESEARCH BRIEF - Fentanyl and expanded opioid panels

What changed: HHS updated the Mandatory Guidelines for federal workplace programs to add fentanyl
and norfentanyl to the authorized testing panel. DOT testing follows its own rulemaking schedule;
until DOT amends Part 40, fentanyl is NOT part of the DOT panel.

For non-DOT programs: employers can add fentanyl to their own panels today. Our review of
published workplace data suggests:
 - Fentanyl positivity in general-workforce panels that include it is low (well under 1%) but has
   risen in several regions since 2020.
 - Many fentanyl-positive specimens are negative for traditional opiates, so a 5-panel alone
   would miss them.
 - Legitimate prescriptions for fentanyl are rare outside of hospital and hospice settings; the
   MRO verification interview still applies.

Bottom line: if you run a non-DOT program in a safety-sensitive setting, talk with your TPA about
adding fentanyl. Cost is typically a few dollars per specimen.

Fairmount Medical Review, PLLC""", dt(2025, 2, 4, 8, 0))

# ======================================================================
# CLEAN - staff
# ======================================================================

add("clean", "staff", "", OPS, COLLECTORS, "Collector / BAT schedule wk of 3/10",
    """Schedule for the week of 3/10. Swap requests to Gary by Thursday.

            Mon        Tue        Wed        Thu        Fri        Sat
Van 1       Okafor     Okafor     Villanueva Okafor     Okafor     -
Van 2       Villanueva Villanueva Scholl     Villanueva Villanueva Scholl (on-call)
Van 3       Scholl     Scholl     Okafor     Scholl     Scholl     -
Nights      Scholl     Villanueva Okafor     Scholl     Villanueva Okafor
(on-call 22:00-06:00)

Credentials check:
 Jorge Villanueva - collector + BAT (EBT) - refresher due 08/2025
 Amber Scholl     - collector + BAT (EBT + ASD) - current through 2027
 Nate Okafor      - collector only - BAT training 3/26, can't do breath until then

Brannock Thursday on-site: Okafor + Villanueva, 6:00 AM at the Zanesville yard.
""", dt(2025, 3, 6, 16, 0))

add("clean", "staff", "", COLLEEN, [DRA, DRS, PAVEL, '"Fairmount Answering Service" <ans@fairmountmro.com>'],
    "Q2 MRO on-call rotation",
    """Q2 on-call rotation (evenings/weekends for safety-concern calls and split requests):

Apr 1-13    Dr. Achterberg    cell (614) 555-0191
Apr 14-27   Dr. Sethi         cell (614) 555-0192
Apr 28-May 11  Dr. Achterberg
May 12-25   Dr. Sethi
May 26-Jun 8   Dr. Achterberg (Memorial Day covered by Dr. Sethi)
Jun 9-30    Dr. Sethi

Assistants: Pavel covers Saturday mornings in April, I take May, we split June.
Answering service: page on-call for (1) donor asking for split, (2) DER asking about safety-
sensitive status, (3) anything from a lab marked URGENT. Everything else waits for morning.

Colleen
""", dt(2025, 3, 25, 11, 28))

add("clean", "staff", "", TAMIKA, ALLSTAFF, "Open enrollment closes Friday 11/15",
    """Hi everyone,

Reminder that open enrollment for 2025 benefits closes this Friday, 11/15 at 5 PM.

- Medical: same two plans as this year; the HSA plan deductible goes up $100.
- Dental and vision: no changes.
- New: the mileage reimbursement card for mobile staff moves to the payroll portal in January.
- If you don't make changes, your current elections roll over EXCEPT FSA - you must re-enroll.

The benefits guide is on the shared drive under HR > 2025. I'm in the office Tues/Thurs if you
want to go through it together.

Tamika Rollins
HR Manager, Northgate Compliance Partners
(614) 555-0140 x202
""", dt(2024, 11, 11, 8, 45))

party = """10 YEARS OF JORGE!

Please join us Friday 4/25 at 3:30 in the training room to celebrate Jorge Villanueva's 10th
anniversary with Northgate. Jorge started as our first mobile collector with one van and a cooler
and has trained almost every collector and BAT we have.

Tacos from La Palmita, cake from Resch's. Night crew - we'll save you a plate.

Card is going around in a manila envelope, sign it before Thursday!

- Gary and the ops team"""
add("clean", "staff", "", GARY, ALLSTAFF, "Friday 3:30 - celebrate Jorge's 10 years!", party + "\n",
    dt(2025, 4, 21, 13, 5), html=to_html(party))

add("clean", "staff", "", COLLEEN, [DRA, DRS, PAVEL], "Coverage while I'm out 4/8 - 5/20",
    """Hi all,

As you know I'll be on leave from Tuesday 4/8 through Tuesday 5/20. Coverage plan:

- Pavel takes the verification queue and all donor callbacks.
- Lab and employer calls go to Pavel; the main line greeting has been updated.
- Dr. Sethi has agreed to review Pavel's queue daily at 3 PM while I'm out.
- Split specimen paperwork: template and lab addresses are in the Splits folder.
- My email will auto-reply with Pavel's info. Please don't text me unless the building is on fire.

Thank you all for making this easy.

Colleen
""", dt(2025, 4, 3, 15, 50))

add("clean", "staff", "", '"Northgate Payroll" <payroll@northgatecp.com>', COLLECTORS,
    "Mileage and timesheets - March close",
    """Mobile team,

March timesheets and mileage logs are due Monday 3/31 by noon.

- Mileage rate: $0.70/mile (2025 IRS rate). Log job # and start/end odometer for each trip.
- On-call pay: $40 per night on-call, plus hourly from dispatch until return.
- Missed punches need Gary's initials on the correction form.
- Direct deposit for this period: Friday 4/4.

Payroll
Northgate Compliance Partners
""", dt(2025, 3, 26, 9, 0))

add("clean", "staff", "", GARY, ALLSTAFF, "Welcome Priya Natarajan - Client Services",
    """Team,

Please welcome Priya Natarajan, who joins us Monday as a Client Services Specialist. Priya comes to
us from a hospital occupational health department, where she managed pre-placement exams and
respirator fit testing, and she's a certified DOT urine collector.

Her first two weeks:
 - Mon/Tue: portal and random program training with Darnell
 - Wed: shadow Sofia on client calls
 - Thu: ride along with Jorge (Brannock on-site)
 - Week 2: collector refresher + mock collections with Amber

Her desk is the one by the window next to Sofia. Extension x219.

Gary
""", dt(2025, 4, 4, 14, 40))

# ======================================================================
# CLEAN - training
# ======================================================================

quiz = """COLLECTOR REFRESHER - KNOWLEDGE CHECK (answer key at bottom)

1. Within how many minutes of collection must specimen temperature be read?
   a) 2   b) 4   c) 10   d) 15
2. Acceptable temperature range is:
   a) 88-98 F   b) 90-100 F   c) 92-102 F   d) 95-105 F
3. Minimum volume for a split specimen collection is ___ mL (Bottle A ___ / Bottle B ___).
4. A donor can't provide enough urine. How long is the wait, and how much fluid can be offered?
5. TRUE/FALSE: Return-to-duty and follow-up collections are always directly observed.
6. Name two situations where the collector must immediately begin a directly observed collection.
7. Which copy of the CCF goes to the MRO?

Answer key: 1-b; 2-b; 3-45 (30/15); 4-up to 3 hours, up to 40 oz; 5-TRUE; 6-temperature out of
range; specimen shows signs of tampering (also: collector finds materials brought to adulterate);
7-Copy 2."""
add("clean", "training", "", AMBER, [COLLECTORS, '"Priya Natarajan" <pnatarajan@northgatecp.com>'],
    "collector refresher quiz - please complete before 4/17",
    "Hi all, quiz for the refresher. Do it without the book first, then check yourself. Bring questions "
    "to the session on 4/17.\n\n" + quiz + "\n\nAmber\n", dt(2025, 4, 10, 12, 0),
    atts=[("Collector_refresher_quiz.docx", docx(quiz.split("\n")),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

add("clean", "training", "", AMBER, '"Priya Natarajan" <pnatarajan@northgatecp.com>',
    "Mock collections for your proficiency demo - scenarios",
    """Priya,

Here are the five mock collections for your proficiency demonstration on Thursday. All donors are
FICTITIOUS - I'll play the donor for each one. Use the training CCFs stamped "TRAINING - NOT FOR
USE" in the blue binder.

Mock 1 (uneventful): "Donor A. Sample", employer "Acme Test Freight", random, DOT-FMCSA.
Mock 2 (uneventful): "Donor B. Sample", pre-employment, DOT-FTA.
Mock 3 (problem): insufficient volume - donor provides 25 mL, refuses more fluids after 1 hr.
Mock 4 (problem): temperature out of range (strip shows no reading) - what do you do next?
Mock 5 (problem): donor refuses to sign Step 5 of the CCF.

Remember the demo has to be error-free, and the mistakes I'm most often seeing in refreshers are
(1) forgetting to check the temp within 4 minutes and (2) not documenting the time the donor was
given fluids.

Amber
""", dt(2025, 4, 14, 9, 5))

tests = [["Test ID", "Step", "Input", "Expected"],
         ["TC-01", "Create donor", "TEST, DONORONE / SSN 999-00-0001 / DOB 01/01/1900", "Donor record created, flagged TEST"],
         ["TC-02", "Create order", "Employer: ZZTEST CARRIER / Reason: Random / DOT-FMCSA", "Authorization # generated"],
         ["TC-03", "Post lab result", "Specimen TEST0000001 / AMP POS 999 ng/mL", "Appears in MRO pending queue"],
         ["TC-04", "Verify negative", "MRO marks verified negative (Rx on file)", "Employer sees NEGATIVE only; no drug name"],
         ["TC-05", "Dilute rule", "Creatinine 3.0 mg/dL", "System prompts observed recollection"],
         ["TC-06", "Follow-up tab", "Create FU plan 6/12mo for TEST, DONORONE", "Tab visible to DER role only"],
         ["TC-07", "Purge", "Delete all records with TEST flag", "0 TEST records remain in prod"]]
sio3 = io.StringIO()
csv.writer(sio3, lineterminator="\r\n").writerows(tests)
add("clean", "training", "", HANNAH, [RENEE, COLLEEN, DARNELL], "UAT script for portal release 5.2 - please run in STAGING",
    f"""Hi all,

Attached is the UAT script for release 5.2 (new Follow-up / RTD tab). Please run it in STAGING
only (staging.portal.northgatecp.com) using the TEST donor records - do not create anything in prod.
Mark each step pass/fail in the last column and send it back by Wednesday.

The TEST donor SSNs all start with 999 so they can't collide with real records.

{SIG_HANNAH}
""", dt(2025, 3, 10, 10, 30), atts=[("UAT_5.2_script.csv", sio3.getvalue(), "text/csv")])

add("clean", "training", "", LAURA, '"SAP Peer Group" <sap-peers@secondstepcs.net>',
    "Case study for Thursday's peer consult (de-identified)",
    """Colleagues,

Case for Thursday's peer consultation. Details are de-identified and some facts are changed.

A long-haul driver in his 40s has a verified positive for marijuana on a random test. At the
initial evaluation he says he used once at a family event on a day off, in a state where it is
legal, and he doesn't think he needs treatment. Screening instruments show low risk. He has no
previous violations. His employer has said they'll take him back.

Discussion questions:
1. What is the minimum education/treatment recommendation you could justify, and why isn't
   "none" an option under Part 40?
2. How would you structure the follow-up testing plan (number, duration, alcohol or not)?
3. The employer asks you to "go easy" because they're short drivers. How do you respond?
4. What would change in your recommendation if his hair test at a prior employer had been positive?

Laura
""", dt(2025, 2, 24, 18, 10))

add("clean", "training", "", AMBER, '"Nate Okafor" <nokafor@northgatecp.com>',
    "BAT proficiency - your 7 mock tests on 3/26",
    """Nate,

For your BAT proficiency demo on 3/26 you need 7 consecutive error-free mock tests on the EBT.
Training unit only (Intox EC/IR II serial TRN-0003) - the sample ATFs are stamped TRAINING.

Scenarios (all fictitious "employees" played by me or Jorge):
 1. Screening 0.000 - uneventful
 2. Screening 0.000 - uneventful
 3. Screening 0.026, confirmation after 15-minute wait
 4. Screening 0.045, confirmation 0.043 - what do you tell the employer?
 5. Employee can't provide adequate breath - what's next?
 6. Employee refuses to sign Step 2 of the ATF
 7. Confirmation air blank reads above 0.000 - what do you do?

Review the BAT guidelines tonight. We'll do the classroom piece 8-10 and the mocks 10-12.

Amber
""", dt(2025, 3, 20, 17, 25))

cases = """MRO ASSISTANT ORIENTATION - CASE REVIEW (all cases de-identified; no real donors)

Case 1. Random, FMCSA. Lab: amphetamine positive. Donor reports a current prescription for a
stimulant and the pharmacy confirms it. -> Verified negative. Does the MRO consider a safety concern?

Case 2. Pre-employment, non-DOT. Lab: THC positive. Donor reports CBD oil use. -> What does the MRO
verify, and why?

Case 3. Follow-up, FTA. Lab: invalid result, pH 9.6. Donor has no explanation. -> Cancelled test,
recollection under direct observation.

Case 4. Random, FAA. Donor does not respond to MRO contact attempts for 10 days; DER has been
unable to reach donor. -> What are the MRO's options under 40.133?

For each case: identify who the MRO assistant may speak with, what the assistant may and may
not do (hint: assistants don't conduct the medical interview), and what gets documented."""
add("clean", "training", "", COLLEEN, '"New MRO Assistants" <mroa-orientation@fairmountmro.com>',
    "Orientation week - case review packet",
    "Welcome to week 2! Please read the attached case packet before our session Wednesday at 10.\n\n"
    + cases + "\n\nColleen\n\n" + SIG_COLLEEN + "\n", dt(2025, 5, 5, 8, 20),
    atts=[("MROA_case_review.pdf", pdf(cases.split("\n"), "MRO Assistant Case Review"), "application/pdf")])

# ======================================================================
# write out
# ======================================================================

EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, m in RECORDS:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        fname = f"{label}-{kind}-{counts[(label, kind)]:03d}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k in sorted(counts):
        print(f"{k[0]}-{k[1]}: {counts[k]}")
    print(f"total: {sum(counts.values())}")
    if counts != EXPECTED:
        print("WARNING: counts differ from expected", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
