#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a home-delivered meals programme.

Usage: python3 gen.py OUTDIR
Everything here is invented: people, organisations, numbers and addresses.
"""
import sys, os, io, csv, json, zlib, struct, random, zipfile, datetime, html
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9202
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- organisations
ORG = "coppervalleymeals.org"          # the meals programme
AAA = "mesabasinaaa.org"               # area agency on ageing
HOSP = "ridgelinemed.net"              # regional hospital
MCO = "pcresthealth.com"               # Medicaid managed care plan
DIAL = "clearwaterkidney.net"          # dialysis unit
VEND = "summitfsd.com"                 # food distributor
PACK = "thermapaksupply.com"           # packaging supplier
CTY = "harlancounty-eh.org"            # county environmental health
APP = "mealtrack-cv.net"               # client management / routing software

def A(name, user, dom=ORG):
    if not name:
        return "%s@%s" % (user, dom)
    if "," in name or "." in name:
        return '"%s" <%s@%s>' % (name, user, dom)
    return "%s <%s@%s>" % (name, user, dom)

# staff of Copper Valley Home Meals
TANYA = A("Tanya Briggs", "tbriggs")
MARCUS = A("Marcus Oyelaran", "moyelaran")
PRIYA = A("Priya Raman", "praman")
DEB = A("Deb Schultz", "dschultz")
KAREN = A("Karen Holloway", "kholloway")
LUIS = A("Luis Cardenas", "lcardenas")
JILL = A("Jill Ambrose", "jambrose")
ROZ = A("Roz Keene", "rkeene")
ANGELA = A("Angela Whitfield", "awhitfield")
MARK = A("Mark Feeney", "mfeeney")
DEREK = A("Derek Lau", "dlau")
MONICA = A("Monica Szabo", "mszabo")
CLAIRE = A("Claire Benoit", "cbenoit")
RAY = A("Ray Dominguez", "rdominguez")
SHEILA = A("Sheila Pratt", "spratt")
TONY = A("Tony Vu", "tvu")
GUS = A("Gus Hendricks", "ghendricks")
DISPATCH = A("CVHM Dispatch", "dispatch")
KITCHEN = A("Kitchen", "kitchen")
INTAKE = A("Intake", "intake")
ALLSTAFF = A("All Staff", "allstaff")
DRIVERS = A("Drivers", "drivers")
# outside
LINDA = A("Linda Okonkwo", "lokonkwo", AAA)
PAUL = A("Paul Reyes", "preyes", AAA)
SANDRA = A("Kuykendall, Sandra RN", "skuykendall", HOSP)
JAMAL = A("Jamal Whitley", "jwhitley", MCO)

SIG = {
    "tanya": "Tanya Briggs, LSW\nCase Manager | Copper Valley Home Meals\n410 Foundry Street, Copper Valley\np (614) 555-0132 | f (614) 555-0199",
    "marcus": "Marcus Oyelaran\nCare Coordinator\nCopper Valley Home Meals\n(614) 555-0135",
    "priya": "Priya Raman, MSW\nIntake & Assessment\nCopper Valley Home Meals\nDirect 614-555-0137  Fax 614-555-0199",
    "karen": "Karen Holloway, RDN, LD\nConsulting Dietitian\nCopper Valley Home Meals",
    "luis": "Luis Cardenas, CDM, CFPP\nProduction Kitchen Manager\nCopper Valley Home Meals | 410 Foundry St. Loading Dock B\nKitchen line: 614-555-0150",
    "jill": "Jill Ambrose\nVolunteer Coordinator\nCopper Valley Home Meals\n614.555.0141 | jambrose@coppervalleymeals.org\n\"Every meal is a visit.\"",
    "roz": "Roz Keene\nIntake Coordinator\nCopper Valley Home Meals\nT: 614-555-0130 F: 614-555-0199",
    "angela": "Angela Whitfield\nExecutive Director\nCopper Valley Home Meals\n410 Foundry Street | Copper Valley | 614-555-0100",
    "mark": "Mark Feeney\nFinance & Billing Manager\nCopper Valley Home Meals\n614-555-0145",
    "derek": "Derek Lau\nIT & Systems\nCopper Valley Home Meals\nhelpdesk x0160",
    "monica": "Monica Szabo, SHRM-CP\nHuman Resources\nCopper Valley Home Meals\n614-555-0147",
    "claire": "Claire Benoit\nDevelopment & Donor Relations\nCopper Valley Home Meals\n614-555-0155",
    "deb": "Deb Schultz\nRoute Supervisor\nCopper Valley Home Meals\ncell 614-555-0188",
    "linda": "Linda Okonkwo, LSW\nCare Manager, Home & Community Based Services\nMesa Basin Area Agency on Aging\n1 Courthouse Plaza, Suite 300\n614-555-0210",
    "paul": "Paul Reyes\nContracts & Fiscal Monitor\nMesa Basin Area Agency on Aging\n614-555-0224",
}

DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
        "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")
DISC_AAA = ("This message and any attachments from the Mesa Basin Area Agency on Aging are intended only for "
            "the addressee. Information about program participants is confidential under the Older Americans Act "
            "and state law. If you received this in error, notify the sender and delete it.")
DISC_HOSP = ("*** Ridgeline Medical Center: This communication may contain confidential information protected "
             "by state and federal law. If you are not the intended recipient, you are hereby notified that any "
             "dissemination or copying is strictly prohibited. Please notify the sender and delete. ***")

# ---------------------------------------------------------------- helpers
def when(s, tz=-5):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=random.randint(0, 59),
                  tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(d)

def msgid(dom):
    style = random.randint(0, 2)
    h = "".join(random.choice("0123456789abcdef") for _ in range(20))
    if style == 0:
        return "<%s.%d@%s>" % (h, random.randint(10000, 99999), dom)
    if style == 1:
        return "<%s-%s-%s@mail.%s>" % (h[:8], h[8:12], h[12:], dom)
    return "<%s%s@%s>" % (h.upper()[:14], random.randint(1000, 9999), dom)

def dom_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1]

def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>")

def mk(frm, to, subject, body, date, cc=None, html_body=None, atts=(), headers=None, auto_html=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid(dom_of(frm))
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html_body is None and auto_html:
        html_body = to_html(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    for fn, data, mime in atts:
        mt, st = mime.split("/")
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
        elif isinstance(data, str) and mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        elif isinstance(data, str):
            m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

COUNTS = {}
RECORDS = []

def save(label, kind, msg, patient=""):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    RECORDS.append((fn, label, kind, patient))

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

# ---------------------------------------------------------------- attachment builders
ZDATE = (2024, 1, 1, 0, 0, 0)

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
    x = html.escape
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(sd) + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])

def docx(paragraphs):
    x = html.escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
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
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 760 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def png(w, h, kind="blank"):
    rows = []
    for y in range(h):
        r = bytearray([0])
        for xx in range(w):
            px = (255, 255, 255)
            if kind == "logo":
                # a copper-coloured disc with a band: a plain logo
                cx, cy, rad = w // 2, h // 2, min(w, h) // 2 - 2
                if (xx - cx) ** 2 + (y - cy) ** 2 <= rad * rad:
                    px = (184, 115, 51)
                    if abs(y - cy) < rad // 5:
                        px = (250, 244, 230)
            elif kind == "scan":
                px = (246, 246, 242)
                if 20 < y < 24 and 20 < xx < w - 20:
                    px = (60, 60, 60)
            r += bytes(px)
        rows.append(bytes(r))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def ics(uid, start, end, summary, location, desc, organizer):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Copper Valley Home Meals//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%sZ\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start, start, end, summary, location, desc.replace("\n", "\\n"), organizer))

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

LOGO = png(48, 48, "logo")

# ================================================================= PHI: care
def phi_care():
    # 1 driver from the phone
    save("phi", "care", mk(RAY, DISPATCH, "rt 4 - okafor",
        "No answer at Clarence Okafor 1187 Elm St again today. Neighbor came out and said his daughter "
        "picked him up Sat and hes staying at her place out in Dunmore till at least Tues. Didnt leave "
        "anything, brought the hot tray + milk back to the van.\n\nCan somebody hold his meals til we hear from "
        "the daughter? I think her # is in his file\n\nRay\n\nSent from my iPhone",
        when("2024-02-12 11:47")), "Clarence Okafor")

    # 2 daughter / caseworker thread
    prev = ("Hi Pam,\n\nI got your voicemail about your dad. Reginald's meals have been on hold since 3/11. "
            "Once you have a discharge date let me know and I'll put in the restart. If anything about "
            "what he can eat changes, please ask the hospital to fax the new diet order to 614-555-0199 "
            "or have them email it to me.\n\nTanya\n\n" + SIG["tanya"])
    body = ("Hi Tanya,\n\nThank you for calling back. The social worker at Ridgeline says Dad will probably go home "
            "Friday afternoon (3/22) so could the meals start back up? I know you don't deliver weekends so "
            "maybe the frozen pack on Friday? I'll be at his house from 2pm on to let the driver in.\n\n"
            "They told us he needs everything cut up small now and no hard rolls or crusty bread. He's also "
            "going to be on the walker for a while so it takes him forever to get to the door - please tell "
            "the driver to knock loud and wait a bit, the doorbell hasn't worked in years.\n\n"
            "My cell is 614-555-0176 if anything changes. Thanks so much for everything, he really missed "
            "seeing Sheila every day.\n\nPam\n\n"
            "On Tue, Mar 19, 2024 at 4:12 PM Tanya Briggs <tbriggs@coppervalleymeals.org> wrote:\n" + quote(prev))
    save("phi", "care", mk(A("Pam Haskins", "pam.haskins", "quailmail.net"), TANYA,
        "Re: Dad's meals when he gets home", body, when("2024-03-20 07:58")), "Reginald Haskins")

    # 3 vacation handover
    body = ("Marcus,\n\nThanks for covering my caseload next week (4/8-4/12). Most people are stable, but please "
            "keep an eye on Dolores Fenn:\n\n"
            "- Restarting Monday 4/8 after her stay at Brookhaven rehab. Route 2, 56 Quarry Rd (the yellow duplex, "
            "left side).\n"
            "- She's back on the pureed tray + thickened juice, kitchen already has the order.\n"
            "- Key is in the lockbox by the side door, code 4412. Driver is Tony; he knows to call out when he "
            "comes in.\n"
            "- Her niece Carla Fenn (614-555-0183) is the main contact. Carla is picking up the vanilla shakes "
            "on Wednesday so we don't need to ship them.\n"
            "- I promised Carla somebody would call Dolores Thursday to see how the week went and whether she's "
            "actually eating the lunch or saving it. If she's only getting through half, let Karen know.\n\n"
            "Everything else is in the notes in MealTrack. Call my cell if it's urgent, otherwise it can wait "
            "till the 15th.\n\nT.\n\n" + SIG["tanya"])
    save("phi", "care", mk(TANYA, MARCUS, "handover while I'm out 4/8-4/12", body,
        when("2024-04-05 16:31"), cc=DEB), "Dolores Fenn")

    # 4 diet switch to kitchen (html)
    body = ("Luis / kitchen team,\n\nPlease switch Harold Beamish (Route 7, 1234 Orchard Ln Apt 3) from the regular "
            "tray to low sodium starting Wednesday 5/15. Same for his two frozen weekend meals.\n\n"
            "His daughter also asked that we leave off the grapefruit cups - he's not supposed to have them with "
            "one of his new pills. I've flagged it in MealTrack so it prints on the label.\n\n"
            "Thanks!\nRoz\n\n" + SIG["roz"])
    save("phi", "care", mk(ROZ, KITCHEN, "Diet change eff. Wed 5/15 - Beamish", body,
        when("2024-05-13 09:14"), cc=[KAREN, DISPATCH], auto_html=True), "Harold Beamish")

    # 5 volunteer coordinator to volunteer
    body = ("Hi Dave,\n\nStarting this Thursday you'll have one more stop on the Thursday North loop, right between "
            "the Hendersons and the church:\n\n"
            "  Lucia Ferraro\n  88 Canal Street (green door, ring the bottom bell)\n  1 hot + 2 frozen, "
            "diabetic tray, 1 skim milk\n\n"
            "She just came home after her knee replacement and gets around with a walker, so give her a minute "
            "to get to the door. If she doesn't answer after a few minutes please call the office instead of "
            "leaving the bag on the step - her son asked us to check that she's up and about. Updated route "
            "sheet will be in your folder.\n\nThank you for taking her on!\n\n" + SIG["jill"])
    save("phi", "care", mk(JILL, A("Dave Lindgren", "dlindgren", "hometownisp.net"),
        "One more stop Thursday", body, when("2024-06-10 13:22"), cc=DISPATCH), "Lucia Ferraro")

    # 6 forward of driver note, Original Message style
    body = ("Tanya - see below from Sheila. Can you or Marcus give Ruth a call today? I don't want to send "
            "the wellness referral to the AAA if it's just that she's been eating at the senior center.\n\n"
            "Deb\n\n-----Original Message-----\nFrom: Sheila Pratt <spratt@coppervalleymeals.org>\n"
            "Sent: Tuesday, October 8, 2024 12:06 PM\nTo: Deb Schultz <dschultz@coppervalleymeals.org>\n"
            "Subject: Ruth A - rt 3\n\nDeb, Ruth Adair at 19 Larkspur Ct let me put the meal in the fridge "
            "today and there were 4 of our trays still in there from last week, not opened. Kitchen smelled "
            "like she hasnt been cooking either. She said shes 'just not hungry lately' and was still in her "
            "robe at noon which isnt like her. Shes usually dressed and waiting. Didnt see anything else wrong, "
            "no falls or anything. I tossed the old ones.\n\nSheila")
    save("phi", "care", mk(DEB, [TANYA, MARCUS], "FW: Ruth A - rt 3", body,
        when("2024-10-08 12:40")), "Ruth Adair")

    # 7 automatic notification
    body = ("MealTrack Service Notification\n"
            "==============================\n\n"
            "A service status change was recorded for a client on your caseload.\n\n"
            "Client:          MARCHETTI, ELEANOR\n"
            "Client #:        CV-100982\n"
            "Route / Stop:    R5 / 14\n"
            "Address:         702 Summit Ave, Copper Valley\n"
            "Change:          ACTIVE -> SUSPENDED\n"
            "Effective:       11/04/2024\n"
            "Reason code:     HOSP  (Hospital admission reported)\n"
            "Reported by:     Driver - T. Vu (door note), confirmed by family\n"
            "Resume date:     PENDING - caseworker contact required\n"
            "Meal plan:       5 hot / 2 frozen  | Diet: MECH SOFT\n\n"
            "Please complete the Hospital Return checklist before reactivating.\n\n"
            "This message was generated automatically. Do not reply to this address.\n"
            "MealTrack v6.2 | Copper Valley Home Meals")
    save("phi", "care", mk(A("MealTrack", "no-reply", APP), TANYA,
        "[MealTrack] Status change: MARCHETTI, ELEANOR - SUSPENDED", body, when("2024-11-04 06:15"),
        headers={"Auto-Submitted": "auto-generated", "X-Mailer": "MealTrack Notify 6.2"}), "Eleanor Marchetti")

    # 8 reassessment visit with calendar invite
    body = ("Good morning Mrs. Patel,\n\nThis is to confirm I'll come by on Thursday, August 14 at 10:00 to do "
            "Girish's yearly reassessment for the meal program. It usually takes about 45 minutes. It helps if "
            "you have his list of medicines and any paperwork from his last doctor visit handy.\n\n"
            "About your question - yes, we can add the nutrition shakes to his deliveries. I'll need a note from "
            "his doctor saying how many a day, and then they'll come on Mondays with the hot meal. We can go over "
            "it when I'm there.\n\nA calendar invitation is attached.\n\nWarmly,\nPriya\n\n" + SIG["priya"] +
            "\n\n" + DISC)
    inv = ics("reassess-20250814-gp@coppervalleymeals.org", "20250814T100000", "20250814T104500",
              "Annual reassessment - Girish Patel (home visit)", "2218 Wexford Dr, Copper Valley",
              "HDM annual reassessment. Wife Meena present. Discuss supplement order (needs MD note).",
              "praman@coppervalleymeals.org")
    save("phi", "care", mk(PRIYA, A("Meena Patel", "meena.patel", "nimbusmail.com"),
        "Home visit Thursday 8/14 at 10am", body, when("2025-08-11 08:40"),
        atts=[("invite.ics", inv, "text/calendar")]), "Girish Patel")

# ================================================================= PHI: ids
def phi_ids():
    # 1 AAA unit rejection
    body = ("Mark,\n\nOur March C-2 billing review kicked back one line from your invoice INV-2403-CV:\n\n"
            "   Client ID:      CV-204417\n   Service dates:  03/11/24 - 03/15/24\n"
            "   Units billed:   10 (hot + frozen)\n   Units authorized: 5 per week\n\n"
            "Looks like the frozen add-on was never approved on her care plan. If her care manager updated the "
            "plan after the 3/8 reassessment, send me the signed page and I'll release the 5 units. Otherwise "
            "please rebill at 5.\n\nThanks,\nPaul\n\n" + SIG["paul"] + "\n\n" + DISC_AAA)
    save("phi", "ids", mk(PAUL, MARK, "March C2 invoice - 1 line held", body, when("2024-04-09 10:02"),
        cc=LINDA), "")

    # 2 Medicaid waiver auth expiring, partial name
    body = ("Hello,\n\nFollowing up on member ID PCH-55821047 (Mrs. R., Lakeview Terr). Her authorization "
            "A24-118930 for home delivered meals, 14 meals/week, ends 06/30/2024.\n\n"
            "To extend I need:\n 1) updated reassessment (your form is fine)\n"
            " 2) current diet order - she's listed as renal in our system, please confirm that's still right\n"
            " 3) # of missed deliveries in the last 90 days\n\n"
            "If I don't have these by 6/21 there may be a gap in coverage.\n\n"
            "Jamal Whitley\nCare Coordinator, LTSS\nPrairie Crest Health Plan\n1-800-555-0114 ext 4471\n")
    save("phi", "ids", mk(JAMAL, INTAKE, "Auth renewal needed - PCH-55821047", body,
        when("2024-06-07 14:55"), cc=PRIYA), "")

    # 3 discharge planner referral, MRN + DOB only
    body = ("Good afternoon,\n\nReferral for post-discharge meals:\n\n"
            "MRN 00482211\nDOB 02/11/1941\nD/C date: 9/26/24 (tomorrow) to home, 3340 Fairlane Dr #2\n"
            "Diet: consistent carbohydrate, 2 g Na\nPayer: Medicare Advantage - post-discharge meal benefit, "
            "14 days\nLives alone, daughter checks on him weekends. Can't stand long enough to cook right now.\n\n"
            "Signed referral form and face sheet will come by fax. Please call me if you can't start by "
            "Friday so I can line up something else.\n\nThank you,\nSandra Kuykendall, RN, CCM\n"
            "Discharge Planning, 4 West\nRidgeline Medical Center\nP 614-555-0402 F 614-555-0409\n\n" + DISC_HOSP)
    save("phi", "ids", mk(SANDRA, INTAKE, "referral - MRN 00482211", body, when("2024-09-25 15:20")), "")

    # 4 APS case follow up
    body = ("Tanya,\n\nRe: APS case #24-0871-HC, the gentleman at 3390 Sawmill Rd.\n\n"
            "I'm writing up the 30-day review. Could you send me whatever your drivers logged since 8/1 - "
            "missed deliveries, condition of the house, anything said at the door? On our last visit he had "
            "lost quite a bit of weight and the meals are the only regular food we can confirm he's getting.\n\n"
            "Fax is fine: 614-555-0588, attn: J. Morrow.\n\nJudith Morrow\nAdult Protective Services Investigator\n"
            "Harlan County Department of Job & Family Services")
    save("phi", "ids", mk(A("Judith Morrow", "jmorrow", "harlancountyjfs.org"), TANYA,
        "case 24-0871-HC - meal delivery log", body, when("2024-09-03 09:31")), "")

    # 5 contribution account, thread
    prev = ("Do we have a policy on this? Account 10-5532 hasn't sent a contribution since May. Balance of "
            "suggested donation is $212.50. Not saying we stop anything, just want to know if we keep mailing "
            "the monthly statement.\n\nMark")
    body = ("Mark - we never stop meals over contributions, that's a Title III rule. Keep the statements going "
            "but switch her to the 'no suggested amount' letter. I saw her at reassessment last week (10-5532 is "
            "Mrs. Lowery on Birchwood) - she's paying for her insulin and test strips out of pocket until her Part D "
            "appeal goes through, so money is tight. I'm helping her with the Extra Help application.\n\n"
            "Priya\n\n> On Aug 20, 2024, at 3:47 PM, Mark Feeney <mfeeney@coppervalleymeals.org> wrote:\n>\n"
            + quote(prev))
    save("phi", "ids", mk(PRIYA, MARK, "Re: acct 10-5532 contributions", body, when("2024-08-21 08:05")),
         "Mrs. Lowery")

    # 6 intake missing Medicare number
    body = ("Roz,\n\nThe phone intake from yesterday for DOB 07/04/1938, 4471 Birch Hollow Rd - the Medicare "
            "number we wrote down (1EG4-TE5-MK73) doesn't come back in the eligibility portal. Can you call "
            "the son and read it back to him off the card? The last 4 of SSN on the form is 6029 if that "
            "helps match.\n\nEverything else is done - pureed, no dairy, 5 days/wk, start 2/3 pending the "
            "Medicare number.\n\nPriya")
    save("phi", "ids", mk(PRIYA, ROZ, "intake 1/29 - Medicare # won't validate", body,
        when("2025-01-30 11:18")), "")

    # 7 claim denial, subject carries the claim
    body = ("Hi Mark,\n\nResubmitted today with the auth number in loop 2300 REF*G1. Original denial was CO-197 "
            "(precert/authorization absent).\n\n"
            "Member ID: PCH-60044721\nDOS: 03/04/24 - 03/15/24\nHCPCS S5170 x 10 units @ $9.25\n"
            "Auth: A24-098112\n\nShould turn around in 14 days. I'll watch for the 835.\n\n"
            "Keisha Tran\nClaims Specialist\nBrightline Billing Partners\n(614) 555-0711")
    save("phi", "ids", mk(A("Keisha Tran", "ktran", "brightlinebilling.com"), MARK,
        "RE: Claim 2024031500447 - denied CO-197 - resubmitted", body, when("2024-04-22 16:40")), "")

    # 8 dialysis social worker with PDF diet order
    body = ("Hello Karen,\n\nAttached is the updated diet order for our patient, account CKC-88123. He dialyzes "
            "MWF, first shift, and doesn't get home until after 11:30, so please make sure his route has him "
            "after noon on those days.\n\nPhosphorus and potassium have been high two months running - please "
            "no potatoes, tomatoes or bananas.\n\nMichelle Ardoin, LMSW\nSocial Worker\nClearwater Kidney Care - "
            "Eastgate\n614-555-0860\n")
    dietorder = pdf(["CLEARWATER KIDNEY CARE - EASTGATE", "DIET ORDER / NUTRITION PRESCRIPTION", "",
                     "Account: CKC-88123        DOB: 09/30/1950", "Chair time: MWF 05:45",
                     "Diet: Renal - 2 g Na, 2 g K, 800-1000 mg Phos, 1.2 g/kg protein",
                     "Fluid: 1000 mL/day", "Avoid: potatoes, tomatoes, bananas, oranges, dark colas",
                     "Supplement: renal formula shake 1/day", "",
                     "Ordered by: R. Castellanos, MD    Date: 05/06/2024",
                     "Reviewed: A. Pham, RD, CSR"])
    save("phi", "ids", mk(A("Michelle Ardoin", "mardoin", DIAL), KAREN, "diet order update",
        body, when("2024-05-07 13:05"), cc=INTAKE,
        atts=[("DietOrder_CKC88123.pdf", dietorder, "application/pdf")]), "")

# ================================================================= PHI: lang
GABY = A("Gabriela Soto", "gsoto")
HELEN = A("Helen Zhou", "hzhou")

def phi_lang():
    # 1 Spanish thread
    orig = ("Buenas tardes Sra. Soto,\n\nLe escribo por mi mamá, Rosa Elena Ibarra, que recibe las comidas en la "
            "calle Alder 415. El sábado la llevamos a emergencias porque se le bajó mucho el azúcar (tenía 48) y "
            "el doctor le cambió la dosis de la insulina. Nos dijo que tiene que comer a la misma hora todos los "
            "días, pero a veces el chofer llega muy tarde, casi a la 1:30. ¿Se puede cambiar para que llegue antes "
            "del mediodía?\n\nTambién el doctor dice que la comida para diabéticos está bien pero que no le den "
            "jugo. Ella siempre me dice que le traen jugo de naranja.\n\nMuchas gracias, que Dios la bendiga.\n"
            "Maricela Ibarra\nCel. 614-555-0191")
    body = ("Hola Maricela,\n\nGracias por avisarnos y qué bueno que ya está en casa. Ya hablé con la supervisora de "
            "rutas y a partir del lunes su mamá va a ser de las primeras paradas (entre 10:30 y 11:00). También "
            "le quitamos el jugo y le pusimos leche descremada en su lugar.\n\n¿Cómo sigue ella? Si quiere que "
            "la trabajadora del caso pase a revisar su plan, dígame y lo programamos.\n\nSaludos,\nGabriela\n\n"
            "Gabriela Soto\nAlcance Comunitario / Community Outreach\nCopper Valley Home Meals\n614-555-0138\n\n"
            "El lun, 15 jul 2024 a las 17:02, Maricela Ibarra (<maricela.ibarra@nimbusmail.com>) escribió:\n"
            + quote(orig))
    save("phi", "lang", mk(GABY, A("Maricela Ibarra", "maricela.ibarra", "nimbusmail.com"),
        "RE: comidas de mi mamá - horario", body, when("2024-07-16 09:26"), cc=DEB), "Rosa Elena Ibarra")

    # 2 Vietnamese, forwarded by the driver
    orig = ("Chào anh Tony,\n\nEm là Minh, con trai của ông Nguyễn Văn Thành ở số 27 đường Poplar. Ba em bị té trong "
            "nhà tắm tối thứ Năm và đang nằm ở bệnh viện Ridgeline, bác sĩ nói ba bị gãy xương hông và phải mổ. "
            "Chắc ba sẽ ở bệnh viện khoảng một tuần, sau đó chuyển qua trung tâm phục hồi chức năng.\n\n"
            "Anh làm ơn báo văn phòng ngưng giao cơm cho ba từ ngày mai nhé. Khi nào ba về nhà em sẽ gọi lại. "
            "Cám ơn anh đã để ý, hôm thứ Sáu anh gõ cửa mà không ai mở nên hàng xóm mới gọi cho em.\n\n"
            "Minh\n\nGửi từ iPhone của tôi")
    body = ("fyi - stop Mr Nguyen on Poplar til further notice, son says hospital. msg below\n\nTony\n\n"
            "---------- Forwarded message ---------\nFrom: Minh Nguyen <minh.nguyen82@carrierpost.net>\n"
            "Date: Sun, Jan 19, 2025 at 8:14 PM\nSubject: ba em - ngưng giao cơm\nTo: <tvu@coppervalleymeals.org>\n\n"
            + orig)
    save("phi", "lang", mk(TONY, DISPATCH, "Fwd: ba em - ngưng giao cơm", body, when("2025-01-19 20:31")),
         "Nguyễn Văn Thành")

    # 3 Chinese, caseworker to family
    body = ("李先生您好：\n\n关于您母亲王淑珍女士的送餐服务，我们已经收到瑞奇林医院的出院通知和营养师的饮食医嘱。"
            "因为她中风后吞咽有困难，从下周一（3月4日）开始，我们会给她送糊状餐，所有饮料都会加增稠剂。\n\n"
            "请注意以下几点：\n"
            "1. 送餐时间大约在上午11点到12点之间，司机会敲门等候，请家里有人开门。\n"
            "2. 冷冻餐请放在冰箱冷冻层，加热后要搅拌均匀，确认没有块状再给她吃。\n"
            "3. 如果她吃饭时咳嗽或者呛到，请马上告诉我们和她的医生。\n\n"
            "另外，区域老人服务局的个案经理会在两周内打电话给您，安排家访评估。\n\n"
            "如有任何问题，请打电话给我：614-555-0139（周一至周五）。\n\n"
            "周海伦\n个案协调员\n铜谷送餐服务 Copper Valley Home Meals\n")
    save("phi", "lang", mk(HELEN, A("Li Wei", "liwei.home", "pinecrestmail.net"),
        "您母亲的送餐服务 — 从3月4日开始改为糊状餐", body, when("2024-02-28 15:44"), cc=KAREN,
        auto_html=True), "王淑珍")

    # 4 Russian
    body = ("Здравствуйте, Прия,\n\nИзвините, что пишу по-русски, вы говорили, что у вас в офисе есть переводчик.\n\n"
            "Пишу по поводу моей мамы, Соколовой Валентины Петровны (Maple St 1502, кв. 6). Вы прислали письмо, "
            "что в этом месяце нужна переоценка для программы питания. Мама плохо говорит по-английски и плохо "
            "слышит, поэтому я хотела бы присутствовать. Могу в любой вторник или четверг после 15:00.\n\n"
            "И ещё: в январе у мамы нашли диабет второго типа, врач назначил ей метформин. Можно ли перевести её "
            "на диабетическое питание? Справку от врача могу привезти на встречу.\n\n"
            "Спасибо большое,\nИрина Соколова-Берг\nтел. 614-555-0167")
    save("phi", "lang", mk(A("Irina Sokolova-Berg", "isberg", "quailmail.net"), PRIYA,
        "Переоценка - Соколова В.П.", body, when("2024-02-06 19:12")), "Валентина Петровна Соколова")

    # 5 Haitian Creole
    body = ("Bonjou Madam Briggs,\n\nSe Nadège, pitit fi Jean-Baptiste Lamour, ki rete 64 Ashford St. Papa m soti "
            "lopital jodi a. Doktè a di ren li pa bon ditou, li pral fè dyaliz twa fwa pa semèn (lendi, mèkredi, "
            "vandredi) nan Clearwater. Li bezwen manje pou moun ki gen pwoblèm ren, pa twòp sèl, pa twòp "
            "potasyòm.\n\nÈske nou ka rekòmanse livrezon yo lendi? Men nan jou dyaliz yo li pa lakay avan 1è. "
            "Tanpri di chofè a pa kite manje a devan pòt la, li konn rete la tout apremidi.\n\n"
            "Mèsi anpil pou tout sa nou fè pou li.\n\nNadège Lamour\n614-555-0129")
    save("phi", "lang", mk(A("Nadege Lamour", "nadege.lamour", "hometownisp.net"), TANYA,
        "Papa m - Jean-Baptiste Lamour", body, when("2024-10-22 18:03")), "Jean-Baptiste Lamour")

    # 6 Tagalog / Taglish from caregiver's phone
    body = ("Hi po Ma'am Jill,\n\nAko po si Joy, caregiver ni Lola Corazon Dizon sa 910 Hawthorne Ave. Gusto ko lang "
            "po sabihin na na-admit po siya sa Ridgeline kahapon ng hapon kasi nahihirapan siyang huminga, sabi ng "
            "doktor may pneumonia daw po. Hindi pa po namin alam kung kailan siya makakauwi.\n\n"
            "Paki-hold po muna yung meals niya simula bukas, wala po kasing tao sa bahay. Tatawag po ako pag may "
            "discharge date na.\n\nSalamat po sa driver ninyo na si Kuya Gus, lagi niyang kinakamusta si Lola.\n\n"
            "Joy Manalo\n\nSent from my Samsung Galaxy smartphone.")
    save("phi", "lang", mk(A("Joy Manalo", "joymanalo", "carrierpost.net"), JILL, "Lola Corazon",
        body, when("2024-12-03 06:52")), "Corazon Dizon")

    # 7 Korean
    body = ("안녕하세요, 프리야 선생님.\n\n저는 김순자 어머니의 딸 이은정입니다. 어머니께서 지난주에 혈당이 너무 높아서 "
            "(380) 응급실에 다녀오셨고, 의사 선생님이 인슐린을 새로 시작하셨습니다. 그래서 당뇨식으로 바꿔 주실 수 "
            "있는지 여쭤보고 싶습니다.\n\n그리고 어머니가 밥을 좋아하시는데 혹시 흰쌀밥 대신 현미밥이나 잡곡밥으로 해 "
            "주실 수 있을까요? 어려우시면 괜찮습니다.\n\n주소는 그대로 3120 Kingsley Rd, Apt 204 이고, 제 전화번호는 "
            "614-555-0158 입니다. 의사 소견서가 필요하시면 팩스로 보내 드리겠습니다.\n\n감사합니다.\n이은정 드림")
    save("phi", "lang", mk(A("Eunjung Lee", "eunjung.lee", "nimbusmail.com"), PRIYA,
        "어머니 (김순자) 식단 변경 문의", body, when("2024-05-20 21:37")), "김순자")

    # 8 Polish
    body = ("Dzień dobry Pani Jill,\n\nPiszę w imieniu mojej babci, Haliny Wiśniewskiej (Cedar St 77). W przyszły "
            "wtorek (14.05) babcia ma zabieg usunięcia zaćmy w prawym oku i przez kilka dni nie będzie dobrze "
            "widzieć. Czy kierowca mógłby wnieść posiłek do kuchni i włożyć mrożone dania do zamrażarki? Drzwi "
            "będą otwarte, moja mama będzie u niej we wtorek i w środę.\n\nBabcia bardzo prosi też, żeby nie "
            "dawać jej ryby - po ostatnim razie miała wysypkę i lekarz podejrzewa alergię.\n\n"
            "Z góry dziękuję i pozdrawiam,\nAgnieszka Nowicka\ntel. 614-555-0174")
    save("phi", "lang", mk(A("Agnieszka Nowicka", "a.nowicka", "pinecrestmail.net"), JILL,
        "Babcia Halina - zabieg 14.05", body, when("2024-05-08 12:10"), cc=DISPATCH), "Halina Wiśniewska")

# ================================================================= PHI: lists
def phi_lists():
    # 1 route sheet in spaces
    body = ("Hi Marlene - thanks for subbing on 4 tomorrow. Here's the sheet, printed copy will be on the "
            "clipboard in van 2. Coolers are loaded by 9:45.\n\n"
            "RT 4   TUE 03/05/24   Driver: M. Ostrowski (sub for R. Dominguez)\n"
            "--------------------------------------------------------------------------------------\n"
            "#  Client               Address                  Meal       Notes\n"
            "1  Okafor, Clarence     1187 Elm St              REG H+2F   hard of hearing - knock LOUD\n"
            "2  Simms, Oleta         1204 Elm St Apt B        DIAB H     on oxygen, no open flame/smoking at door\n"
            "3  Brandt, Wilhelmina   9 Tanner Ct              PUREE H    thickened milk only; dgtr home Tues\n"
            "4  Castillo, Ramon      330 Mill Race Rd         RENAL H    dialysis MWF - home Tues OK\n"
            "5  Haugen, Pearl        41 Linden Pl             REG H      dog - wait for her to put it up\n"
            "6  Jefferson, Otis      41 Linden Pl #2          DIAB H+2F  check blood sugar log on fridge (CM request)\n"
            "7  Moody, Charlene      1502 Bell St             MECH SOFT  new dentures, sore; cut-up tray\n"
            "8  Pruitt, Theodore     88 Orchard Ln            REG H      memory problems - do NOT leave w/o seeing him\n"
            "--------------------------------------------------------------------------------------\n"
            "Total: 8 hot, 4 frozen. Return cooler by 1:30.\n\n"
            "Any no-answer, call me right away at 614-555-0188, don't leave the meal.\n\nDeb\n\n" + SIG["deb"])
    save("phi", "lists", mk(DEB, A("Marlene Ostrowski", "marlene.o", "hometownisp.net"),
        "route 4 tomorrow", body, when("2024-03-04 15:10")), "Clarence Okafor")

    # 2 CSV attachment - hospital holds
    rows = [["ClientID", "Last", "First", "HoldStart", "Reason", "Facility", "ExpectedReturn", "CM"],
            ["CV-100982", "Marchetti", "Eleanor", "2024-11-04", "Hospital", "Ridgeline Medical Center", "", "TB"],
            ["CV-101477", "Nguyen", "Thanh", "2024-11-01", "Hospital - hip fx", "Ridgeline Medical Center", "2024-11-08", "HZ"],
            ["CV-103310", "Crawford", "Mae Dell", "2024-10-28", "Rehab/SNF", "Brookhaven Rehab", "2024-11-18", "PR"],
            ["CV-099812", "Haskins", "Reginald", "2024-11-05", "Hospital", "St. Agatha (Dunmore)", "", "TB"],
            ["CV-104002", "Dizon", "Corazon", "2024-11-02", "Hospital - pneumonia", "Ridgeline Medical Center", "", "MO"],
            ["CV-098544", "Goldfarb", "Esther", "2024-10-30", "Family visit", "", "2024-11-12", "PR"],
            ["CV-102265", "Runyon", "Albert", "2024-11-04", "Hospital - ER then admit", "Ridgeline Medical Center", "", "MO"]]
    body = ("Linda,\n\nAttached is this week's hold list like you asked for the monthly care manager huddle. "
            "7 on hold, 5 of those are hospital. Nguyen should be coming home Friday from what the son told Tony.\n\n"
            "Marcus\n\n" + SIG["marcus"] + "\n\n" + DISC)
    save("phi", "lists", mk(MARCUS, LINDA, "holds list wk of 11/4", body, when("2024-11-05 14:02"),
        atts=[("holds_2024-11-05.csv", csv_text(rows), "text/csv")]), "Eleanor Marchetti")

    # 3 XLSX - reassessments due
    rows = [["Client ID", "Name", "DOB", "Address", "Last Assess", "Due", "Diet", "NSI Score", "Funding", "CM"],
            ["CV-097120", "Whitaker, June", "1939-04-17", "15 Rosewood Ln", "2023-06-02", "2024-06-02", "Renal", 9, "Title III-C2", "Tanya"],
            ["CV-098544", "Goldfarb, Esther", "1936-12-01", "400 Park Terrace #5C", "2023-06-09", "2024-06-09", "Regular", 6, "Title III-C2", "Priya"],
            ["CV-099101", "Kimbrough, Walter", "1944-08-23", "2812 Cottage Grove", "2023-06-12", "2024-06-12", "Diabetic", 7, "Medicaid Waiver", "Marcus"],
            ["CV-099377", "Adeyemi, Folasade", "1941-01-30", "77 Beacon St Apt 1", "2023-06-14", "2024-06-14", "Pureed", 11, "Title III-C2", "Priya"],
            ["CV-099420", "Lindqvist, Beatrice", "1933-10-05", "6 Heron Way", "2023-06-20", "2024-06-20", "Mech soft", 10, "Title III-C2", "Tanya"],
            ["CV-099598", "Bramlett, Otis", "1947-03-11", "1918 Clay St", "2023-06-22", "2024-06-22", "Diabetic", 5, "Private pay", "Marcus"],
            ["CV-099650", "Tillery, Norma Jean", "1942-07-19", "2104 Shelby Ave", "2023-06-28", "2024-06-28", "Renal", 8, "MCO - Prairie Crest", "Tanya"]]
    body = ("Hi Linda,\n\nJune reassessment list attached (7 due). Two of them (Adeyemi and Lindqvist) scored high "
            "nutrition risk last year so we'd like the AAA care manager on those visits if possible.\n\n"
            "Priya\n\n" + SIG["priya"])
    save("phi", "lists", mk(PRIYA, LINDA, "June reassessments due", body, when("2024-05-24 10:48"),
        cc=TANYA, atts=[("Reassessments_June2024.xlsx", xlsx(rows, "June"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), "June Whitaker")

    # 4 pipe table - special diet counts
    body = ("Luis,\n\nSpecial diet pull for Monday 9/9. 3 changes from last week marked with *\n\n"
            "| Client              | Rt | Diet          | Texture     | Notes                              |\n"
            "|---------------------|----|---------------|-------------|------------------------------------|\n"
            "| Adeyemi, Folasade   | 6  | Regular       | Pureed      | IDDSI 4, thick liquids level 2     |\n"
            "| Brandt, Wilhelmina  | 4  | Regular       | Pureed      | thickened milk                     |\n"
            "| Castillo, Ramon     | 4  | Renal         | Regular     | no OJ, no banana                   |\n"
            "| Fenn, Dolores *     | 2  | Regular       | Pureed      | back from rehab                    |\n"
            "| Tillery, Norma Jean | 8  | Renal/Diab    | Regular     | 1000 mL fluid - skip soup          |\n"
            "| Whitaker, June      | 1  | Renal         | Regular     | deliver after 2pm MWF              |\n"
            "| Moody, Charlene *   | 4  | Regular       | Mech soft   | new dentures                       |\n"
            "| Wang, Shuzhen *     | 5  | Regular       | Pureed      | post-stroke, thick liquids         |\n\n"
            "Pureed = 4, Renal = 3, Mech soft = 1. Same gluten-free count as last week (2).\n\nKaren\n\n" + SIG["karen"])
    save("phi", "lists", mk(KAREN, LUIS, "special diet pull Mon 9/9", body, when("2024-09-06 15:35"),
        cc=KITCHEN), "Folasade Adeyemi")

    # 5 AAA referrals, Name - DOB - reason lines
    body = ("Good morning Intake,\n\nNew referrals from our I&A line this week, assessments completed by phone. "
            "Please schedule your in-home intake.\n\n"
            "Theodore Pruitt - 12/02/1937 - early dementia, wife recently passed, not eating; son in Tucson\n"
            "Ida Prewitt - 03/28/1940 - discharged 2/9 after fall, can't stand at stove, diabetic\n"
            "Stanislaw Kowalczyk - 06/15/1943 - CHF, low sodium, fluid restriction 1.5 L\n"
            "Mae Dell Crawford - 10/10/1945 - throat cancer treatment, soft/pureed, weight loss\n"
            "Albert Runyon - 01/22/1951 - diabetic, below-knee amputation, lives alone 2nd floor\n\n"
            "Care plans are in the shared folder. Pruitt is priority - son says there is almost no food in "
            "the house.\n\nThanks,\nLinda\n\n" + SIG["linda"] + "\n\n" + DISC_AAA)
    save("phi", "lists", mk(LINDA, INTAKE, "HDM referrals 2/12", body, when("2024-02-12 08:22"),
        cc=[ROZ, PRIYA]), "Theodore Pruitt")

    # 6 tab separated pasted from spreadsheet - wellness flags
    tbl = ("Date\tRoute\tClient\tFlag\tDriver comment\tFollow-up\n"
           "4/1\t3\tAdair, Ruth\tFOOD LEFT\t3 trays uneaten in fridge\tTB called 4/1\n"
           "4/1\t7\tBeamish, Harold\tFALL?\tbruise on forehead, says tripped on rug\tTB\n"
           "4/2\t4\tOkafor, Clarence\tNO ANS\tneighbor has key, he was asleep\tnone\n"
           "4/2\t9\tRunyon, Albert\tCONFUSED\tdidn't know what day it was, sugar?\tMO - called daughter\n"
           "4/3\t2\tFenn, Dolores\tHEAT\tthermostat 58, no heat on\tDS - called gas co\n"
           "4/4\t6\tAdeyemi, Folasade\tCOUGH\tcoughing while eating sample, per aide\tKH/PR\n"
           "4/5\t8\tTillery, Norma Jean\tSWELLING\tankles very swollen, says missed dialysis Weds\tTB called clinic\n")
    body = ("Weekly wellness flags, pasted from the tracker. Please add your follow-up notes in the sheet not "
            "by reply so we keep one copy.\n\n" + tbl + "\n7 flags, 3 still open (Beamish, Adeyemi, Tillery).\n\n"
            "-Deb")
    save("phi", "lists", mk(DEB, [TANYA, MARCUS, PRIYA], "wellness flags 4/1-4/5", body,
        when("2024-04-05 16:58")), "Ruth Adair")

    # 7 list deep in a quoted thread
    deb = ("Angela - no-answer / not reached list from today's snow routes. Drivers left shelf-stable boxes where "
           "we could.\n\n"
           "  R2  Fenn, Dolores        56 Quarry Rd       no answer, niece says she's at her house - OK\n"
           "  R3  Adair, Ruth          19 Larkspur Ct     no answer, phone rings out  ** NOT REACHED\n"
           "  R6  Adeyemi, Folasade    77 Beacon St #1    aide didn't come, she couldn't get to door; box inside\n"
           "  R8  Tillery, Norma Jean  2104 Shelby Ave    at dialysis? clinic closed for snow - ** NOT REACHED\n"
           "  R9  Runyon, Albert       4 Terrace Hts      road not plowed, couldn't get up the hill  ** NOT REACHED\n\n"
           "Deb")
    ang = ("Thanks Deb. Tanya, can you try the three not reached again before 5 and call the non-emergency line "
           "for a welfare check on anyone still not reached? Norma Jean especially - if the clinic closed she "
           "missed a treatment.\n\nA.")
    tan = ("Reached Ruth (she was in the shower) and Albert (fine, has food). Police did a welfare check on "
           "Norma Jean - she's OK, clinic is rescheduling her for tomorrow AM.\n\nTanya")
    body = ("Great work everyone, thank you. Let's put this on Thursday's agenda - I want a real snow-day plan "
            "before the next storm instead of doing it by phone tree again.\n\nAngela\n\n" + SIG["angela"] +
            "\n\n-----Original Message-----\nFrom: Tanya Briggs\nSent: Tuesday, January 16, 2024 4:48 PM\n"
            "To: Angela Whitfield; Deb Schultz\nSubject: RE: snow day - not reached\n\n" + tan +
            "\n\n-----Original Message-----\nFrom: Angela Whitfield\nSent: Tuesday, January 16, 2024 2:15 PM\n"
            "To: Deb Schultz\nCc: Tanya Briggs\nSubject: RE: snow day - not reached\n\n" + ang +
            "\n\n-----Original Message-----\nFrom: Deb Schultz\nSent: Tuesday, January 16, 2024 1:52 PM\n"
            "To: Angela Whitfield\nSubject: snow day - not reached\n\n" + deb)
    save("phi", "lists", mk(ANGELA, [TANYA, DEB], "RE: snow day - not reached", body,
        when("2024-01-16 17:20"), cc=ALLSTAFF), "Ruth Adair")

# ================================================================= PHI: names
def phi_names():
    # 1 first name only
    body = ("Karen,\n\nSaw Bea yesterday for her reassessment. She's down another 6 lbs since March (her bathroom "
            "scale, so take it with a grain of salt) and her dentures don't fit anymore - she's been taking them "
            "out to eat and just skipping the meat. She was embarrassed about it.\n\n"
            "Can we switch her to mech soft until she gets in to the dentist? The dental clinic at the senior "
            "center has a 3 wk wait. I'd also like to add the afternoon shake if you think it's appropriate.\n\n"
            "Thanks,\nTanya")
    save("phi", "names", mk(TANYA, KAREN, "Bea - weight / dentures", body, when("2024-06-21 11:02")), "Bea")

    # 2 name only in the subject
    body = ("Karen - he's back home from Ridgeline as of yesterday. The discharge papers say 1.5 liter fluid limit "
            "and 2 g sodium, and they want him weighing every morning, which obviously we can't do, but the driver "
            "can ask if he's done it.\n\nCan you look at whether the soup days are a problem with the fluid limit? "
            "His wife says he's been drinking the milk AND the juice with lunch plus his coffee.\n\n"
            "-M\n\nSent from my phone")
    save("phi", "names", mk(MARCUS, KAREN, "Kowalczyk", body, when("2024-03-27 17:44")), "Stanislaw Kowalczyk")

    # 3 Last, First in a quoted reply
    q = ("Deb,\n\nCan you move Whitaker, June to the end of route 1 on MWF? She gets back from dialysis around "
         "1:45 and Monday's meal sat on the porch for two hours. Tues/Thurs can stay where she is.\n\n"
         "Thanks\nTanya\n\n" + SIG["tanya"])
    body = ("done. she's stop 11 on MWF starting Weds. told Sheila.\n\nDeb\n\n"
            "On Mon, Jul 8, 2024 at 2:33 PM, Tanya Briggs <tbriggs@coppervalleymeals.org> wrote:\n" + quote(q))
    save("phi", "names", mk(DEB, TANYA, "Re: rt 1 order change", body, when("2024-07-08 15:05")), "June Whitaker")

    # 4 nickname
    body = ("Marcus,\n\nHeads up on Big Al (route 9, top of Terrace Hts). When I got there today he was shaky and "
            "sweaty and kind of slurring. He said he took his insulin this morning but didn't eat breakfast "
            "because the milk was sour. I gave him the orange juice out of the cooler and the roll and sat with him "
            "about 15 min till he was talking normal again. He didn't want me to call 911.\n\n"
            "He was OK when I left but might want to call his daughter. Also his fridge is pretty empty.\n\n"
            "Gus\n\n--\nGus Hendricks | Driver, Route 9\nCopper Valley Home Meals")
    save("phi", "names", mk(GUS, MARCUS, "big al today", body, when("2024-08-14 13:12"), cc=DEB), "Big Al")

    # 5 dietitian re Mrs. Adeyemi, html
    body = ("Luis, Priya,\n\nThe speech therapist from Harlan Home Health called me about Mrs. Adeyemi. She's still "
            "coughing with the pureed meals, and the aide said Tuesday's beef was thin and runny at the bottom of "
            "the tray and lumpy on top. The SLP's recommendation is IDDSI level 4 (pureed) for food and level 2 "
            "(mildly thick) for all liquids.\n\n"
            "Luis - can your team run the spoon tilt and fork drip check on her tray before it goes in the "
            "cooler? Just hers for now, I know it's one more step.\n\n"
            "Priya - please update her care plan and let her daughter know. If the coughing keeps up the SLP "
            "wants to repeat the swallow study.\n\nThank you both,\nKaren\n\n" + SIG["karen"])
    save("phi", "names", mk(KAREN, [LUIS, PRIYA], "Mrs. Adeyemi - pureed consistency", body,
        when("2024-09-12 10:20"), auto_html=True), "Folasade Adeyemi")

    # 6 minutes in a docx: client mention buried among operations
    paras = ["Copper Valley Home Meals - All-Staff Meeting Minutes", "Thursday, February 22, 2024, 2:00 pm, Conference Room B",
             "Present: A. Whitfield, T. Briggs, M. Oyelaran, P. Raman, D. Schultz, K. Holloway, L. Cardenas, J. Ambrose, M. Feeney",
             "1. Budget: Q3 C-2 meal count at 94% of contract target. Frozen meal cost up 4% from Summit.",
             "2. Kitchen: combi oven repair scheduled 2/27; county inspection window opens March 1. Temp logs must be initialed every shift.",
             "3. Volunteers: 6 new drivers through orientation; background checks pending for 2.",
             "4. Client updates: Frank Delgado (Rt 5) passed away Sunday at home with hospice. His daughter called to thank the drivers, especially Tony. Remove from route sheets effective today. Mr. Pruitt started Monday, son is calling daily.",
             "5. Snow plan: Deb to draft written procedure for the next meeting.",
             "6. Next meeting: March 28."]
    body = ("Hi all,\n\nMinutes from last Thursday are attached. Please let me know of any corrections by Friday.\n\n"
            "Thanks,\nAngela\n\n" + SIG["angela"])
    save("phi", "names", mk(ANGELA, ALLSTAFF, "Staff meeting minutes 2/22", body, when("2024-02-26 08:30"),
        atts=[("Minutes_2024-02-22.docx", docx(paras),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]), "Frank Delgado")

    # 7 volunteer writing from home
    body = ("Hi Jill,\n\nNot sure who I'm supposed to tell about this. The lady at 22 Pine St (Ida I think? new this "
            "month) had a big purple bruise on her arm and one on her cheek today. She said she fell getting out "
            "of the tub on Sunday and didn't call anybody because she didn't want to 'bother' her son. She seemed "
            "fine otherwise and was sharp as a tack, but she was holding onto the wall walking back to the kitchen.\n\n"
            "I didn't want to overstep. Should I have called someone?\n\nBarb (Monday/Weds route 8)\n")
    save("phi", "names", mk(A("Barbara Kessling", "barbkessling", "example.net"), JILL, "lady on Pine St",
        body, when("2024-02-26 19:48")), "Ida")

    # 8 long thread: Mr. Pruitt
    son = ("Ms. Briggs,\n\nThank you for the call. I know Dad is getting worse. The neighbor found him walking down "
           "Orchard Lane in his slippers at 6 this morning looking for Mom. He doesn't remember that she died. "
           "I'm flying in on the 12th and I'm meeting with the memory care place on the 14th.\n\n"
           "Until then, please keep the meals coming. Sometimes the driver is the only person he sees all day.\n\n"
           "Greg Pruitt")
    tan = ("Greg,\n\nOf course, meals continue. I've asked the driver to make sure he actually sees your father "
           "every day and to call me if he doesn't answer, rather than leaving the bag. Linda at the Area Agency "
           "is copied - she can talk to you about respite and the waiver waitlist.\n\nTanya")
    lin = ("Hi Greg, Tanya,\n\nI can meet you at your dad's on the 13th at 1:00 if that works. I'll bring the "
           "paperwork for the in-home aide hours so something is in place if the memory care bed isn't open "
           "right away. Please bring his insurance cards and a list of his medications if you can find it.\n\n"
           "Linda Okonkwo")
    body = ("Linda, 1:00 on the 13th works. I found his pill organizer - it looks like he hasn't taken anything "
            "since Sunday. I'll bring all the bottles.\n\nGreg\n\n"
            "On Thu, Mar 7, 2024 at 11:20 AM Linda Okonkwo <lokonkwo@mesabasinaaa.org> wrote:\n" + quote(lin) +
            "\n>\n> On Wed, Mar 6, 2024 at 4:02 PM Tanya Briggs <tbriggs@coppervalleymeals.org> wrote:\n" +
            quote(quote(tan)) + "\n>>\n>> On Wed, Mar 6, 2024 at 9:41 AM Greg Pruitt <gpruitt@desertlinkmail.com> wrote:\n" +
            quote(quote(quote(son))))
    save("phi", "names", mk(A("Greg Pruitt", "gpruitt", "desertlinkmail.com"), [LINDA, TANYA],
        "Re: Dad", body, when("2024-03-07 22:15", tz=-7)), "Theodore Pruitt")

# ================================================================= PHI: self
def phi_self():
    save("phi", "self", mk(A("walt kimbrough", "wkimbrough44", "hometownisp.net"), INTAKE, "stop my meals",
        "hello, i'm going in for my hip surgery on the 9th at ridgeline, please stop my meals from the 9th till the "
        "20th. they say i'll be in rehab after. my neighbor Bill will take the frozen ones out of my freezer so "
        "they don't go to waste.\n\nthanks,\nwalt\n2812 cottage grove", when("2024-09-03 07:02")),
        "Walter Kimbrough")

    body = ("Dear Mr. Feeney,\n\nI received the statement in the mail showing that I owe $96.00 for my meals for "
            "August and September. I want you to know that I am not ignoring it. My prescriptions went up a great "
            "deal when I hit the coverage gap in July - my heart pills and the inhaler alone are over $300 a month "
            "now - and I am on a fixed income.\n\nI would very much like to keep getting the meals. Mrs. Raman told me "
            "once that the donation is voluntary, but I would feel better if I knew for certain that my meals will "
            "not stop. I can send $10 a month if that is acceptable.\n\n"
            "Sincerely,\nEsther Goldfarb\n400 Park Terrace, Apt 5C\nCopper Valley\n(614) 555-0122")
    save("phi", "self", mk(A("Esther Goldfarb", "egoldfarb", "quailmail.net"), MARK, "My statement",
        body, when("2024-10-02 10:41")), "Esther Goldfarb")

    body = ("To whom it may concern,\n\nI have been on your renal meals since June and I appreciate them but I have "
            "to tell you my dialysis nurse went through a week of the menus with me and said there is too much "
            "potato and tomato sauce in them for me. My potassium was 6.1 at my last blood draw and they are "
            "threatening to send me to the hospital if it does not come down.\n\nCould your dietitian call me? I "
            "am home Tuesday and Thursday, dialysis the other days.\n\nNorma Jean Tillery\n2104 Shelby Ave\n"
            "614-555-0119")
    save("phi", "self", mk(A("Norma Jean Tillery", "njtillery", "example.com"), INTAKE, "renal meals - too much potato",
        body, when("2024-08-27 13:30")), "Norma Jean Tillery")

    save("phi", "self", mk(A("Marguerite Dubois", "mdubois1939", "carrierpost.net"), INTAKE, "Back home",
        "Got home from the hospital today. They let me go early, the pneumonia is clearing up but I'm weak as a "
        "kitten. Can you start my meals again Monday? Same as before, the diabetic ones.\n\nThank you dear\n"
        "Marguerite\n\nSent from my iPad", when("2024-12-13 16:22")), "Marguerite Dubois")

    body = ("Hi Priya,\n\nGood news for once - my A1C came back 7.1, down from 8.9 in the spring. Dr. Amadi said the "
            "regular meals are a big part of it because I was living on cereal and toast before. She cut my "
            "glipizide in half.\n\nShe also said I could have a little more fruit, so if the kitchen ever has extra "
            "apples or pears I'd take them.\n\nYou can put this in my file if you want for your funders. Thanks for "
            "signing me up last year.\n\nOtis Bramlett\n1918 Clay St")
    save("phi", "self", mk(A("Otis Bramlett", "obramlett", "pinecrestmail.net"), PRIYA, "A1C!!",
        body, when("2024-11-19 14:08")), "Otis Bramlett")

    note = pdf(["HARLAN OCCUPATIONAL HEALTH - WORK STATUS REPORT", "",
                "Patient: Gus Hendricks        DOB: 05/17/1969", "Employer: Copper Valley Home Meals",
                "Date of injury: 10/14/2024    Claim #: WC-24-338817", "",
                "Diagnosis: Lumbar strain", "Work status: Modified duty 10/16/2024 - 11/13/2024",
                "Restrictions: No lifting over 10 lbs. No repetitive bending. May drive.",
                "Physical therapy 2x/week x 4 weeks.", "", "Next visit: 11/12/2024",
                "Provider: D. Ferrante, DO"])
    body = ("Monica,\n\nAttached is the work status from the occupational health clinic. Lumbar strain from the "
            "cooler lift on the 14th. I can drive but can't lift more than 10 lbs until at least 11/13 and I have "
            "PT Tuesdays and Thursdays at 8. So I can't do route 9 by myself - maybe I could ride with a "
            "volunteer and do the door part?\n\nThe workers comp claim number is on the form. Let me know what else "
            "you need.\n\nGus\n(614) 555-0193")
    save("phi", "self", mk(A("Gus Hendricks", "gus.hendricks", "example.net"), MONICA, "work note",
        body, when("2024-10-16 18:20"), cc=DEB,
        atts=[("WorkStatus_Hendricks.pdf", note, "application/pdf")]), "Gus Hendricks")

    save("phi", "self", mk(A("mae dell crawford", "maedell.c", "hometownisp.net"), A("", "info"),
        "soft food",
        "hi this is mae dell crawford on route 3. i finished my radiation for the throat cancer last week and "
        "it hurts to swallow anything solid. the doctor wants me on soft or pureed food for a few weeks and "
        "i'm down to 112 lbs. can you change my meals? also do you have those protein drinks. i can't talk "
        "on the phone much right now so email is better\n\nthank you mae dell", when("2024-10-07 09:55")),
        "Mae Dell Crawford")

# ================================================================= PHI: struct
def x12(segs):
    return "~\n".join(segs) + "~\n"

def phi_struct():
    # 1 HL7 ADT A03 pasted in body by IT
    hl7 = ("MSH|^~\\&|RMC_ADT|RIDGELINE|CVHM_NOTIFY|CVHM|20241107143215||ADT^A03^ADT_A03|RMC7788123|P|2.5.1\n"
           "EVN|A03|20241107143000\n"
           "PID|1||00517733^^^RMC^MR~CV-101477^^^CVHM^PI||NGUYEN^THANH^VAN||19380512|M|||27 POPLAR ST^^COPPER VALLEY^OH^43099||^PRN^PH^^^614^5550164\n"
           "PV1|1|I|4W^412^B^RMC||||1447382910^AMADI^NKECHI^^^^MD|||ORT||||||||IP|40078812|||||||||||||||||06|BROOKHAVEN REHAB||||||20241101093000|20241107141500\n"
           "DG1|1||S72.001A^Fracture of unsp part of neck of right femur, init^I10|||A\n"
           "DG1|2||E11.9^Type 2 diabetes mellitus without complications^I10|||S\n")
    body = ("Tanya, Helen -\n\nThe hospital event feed is working again. This one came in overnight but didn't "
            "post to MealTrack because the discharge disposition (06 - to rehab) isn't in our mapping table. I'll "
            "fix the mapping; in the meantime here's the raw message so you can update him by hand. Looks like he "
            "went to Brookhaven, not home, so the hold should stay on.\n\n"
            "---- raw HL7 ----\n" + hl7 + "-----------------\n\nDerek\n\n" + SIG["derek"])
    save("phi", "struct", mk(DEREK, [TANYA, HELEN], "ADT feed - A03 didn't post (disposition 06)", body,
        when("2024-11-08 07:35")), "Thanh Van Nguyen")

    # 2 FHIR bundle attachment
    bundle = {
        "resourceType": "Bundle", "id": "pcrest-referral-7f3a2c", "type": "collection",
        "timestamp": "2024-06-18T15:02:11-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:5b1e2d7a-0c44-4e7b-9d1a-2b9f0e61c310",
             "resource": {"resourceType": "Patient", "id": "pt-55821047",
                          "identifier": [{"system": "https://pcresthealth.com/member-id", "value": "PCH-55821047"}],
                          "name": [{"family": "Rasmussen", "given": ["Hilde", "M"]}],
                          "gender": "female", "birthDate": "1940-09-02",
                          "telecom": [{"system": "phone", "value": "614-555-0133", "use": "home"}],
                          "address": [{"line": ["17 Lakeview Terrace"], "city": "Copper Valley", "state": "OH", "postalCode": "43099"}]}},
            {"fullUrl": "urn:uuid:9d0c6a11-8e2b-4f6a-a7c3-51c2d9e4b802",
             "resource": {"resourceType": "NutritionOrder", "id": "no-118930", "status": "active", "intent": "order",
                          "patient": {"reference": "urn:uuid:5b1e2d7a-0c44-4e7b-9d1a-2b9f0e61c310"},
                          "dateTime": "2024-06-18",
                          "orderer": {"display": "Faisal Haddad, MD"},
                          "oralDiet": {"type": [{"text": "Renal diet - 2 g sodium, 2 g potassium"}],
                                       "texture": [{"modifier": {"text": "Regular"}}],
                                       "fluidConsistencyType": [{"text": "Thin"}],
                                       "instruction": "Home-delivered meals 14/week (lunch + supper). Avoid high-potassium fruit."},
                          "note": [{"text": "Hemodialysis Tu/Th/Sa. Auth A24-118930 extended through 12/31/2024."}]}}]}
    body = ("Attached is the updated nutrition order for the member we discussed (auth extended to 12/31). Our "
            "system can only export it in this format - your IT person should be able to read it, or I can fax a "
            "printed copy.\n\nJamal Whitley\nCare Coordinator, LTSS\nPrairie Crest Health Plan\n1-800-555-0114 ext 4471")
    save("phi", "struct", mk(JAMAL, [INTAKE, PRIYA], "Updated nutrition order", body, when("2024-06-18 15:10"),
        atts=[("NutritionOrder_118930.json", json.dumps(bundle, indent=2, ensure_ascii=False), "application/json")]),
        "Hilde Rasmussen")

    # 3 837P attachment
    segs = ["ISA*00*          *00*          *ZZ*CVHM4471       *ZZ*PCRESTHP       *240502*1015*^*00501*000000317*0*P*:",
            "GS*HC*CVHM4471*PCRESTHP*20240502*1015*317*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*CV240502A*20240502*1015*CH",
            "NM1*41*2*COPPER VALLEY HOME MEALS*****46*CVHM4471",
            "PER*IC*MARK FEENEY*TE*6145550145",
            "NM1*40*2*PRAIRIE CREST HEALTH PLAN*****46*PCRESTHP",
            "HL*1**20*1",
            "NM1*85*2*COPPER VALLEY HOME MEALS*****XX*1912345678",
            "N3*410 FOUNDRY ST",
            "N4*COPPER VALLEY*OH*43099",
            "REF*EI*316004471",
            "HL*2*1*22*0",
            "SBR*P*18*******MC",
            "NM1*IL*1*TILLERY*NORMA*J***MI*PCH60044721",
            "N3*2104 SHELBY AVE",
            "N4*COPPER VALLEY*OH*43099",
            "DMG*D8*19420719*F",
            "NM1*PR*2*PRAIRIE CREST HEALTH PLAN*****PI*PCRESTHP",
            "CLM*CV2404-0092*185***12:B:1*Y*A*Y*Y",
            "REF*G1*A24-098112",
            "HI*ABK:N186*ABF:E1122",
            "LX*1",
            "SV1*HC:S5170*92.5*UN*10***1",
            "DTP*472*RD8*20240401-20240412",
            "LX*2",
            "SV1*HC:S5170:U1*92.5*UN*10***1",
            "DTP*472*RD8*20240415-20240426"]
    n = len(segs) - 2 + 1
    segs += ["SE*%d*0001" % n, "GE*1*317", "IEA*1*000000317"]
    body = ("Keisha,\n\nAttached is the April batch 1 file for Prairie Crest (1 claim, 20 units) - the portal "
            "rejected the upload with 'invalid file' again so I'm sending it so you can run it through your "
            "validator. The auth number is in there this time.\n\nMark\n\n" + SIG["mark"])
    save("phi", "struct", mk(MARK, A("Keisha Tran", "ktran", "brightlinebilling.com"),
        "837 batch - PCHP April", body, when("2024-05-02 10:22"),
        atts=[("CVHM_837P_20240502.txt", x12(segs), "text/plain")]), "Norma Jean Tillery")

    # 4 835 remittance in the body
    e = ["ISA*00*          *00*          *ZZ*PCRESTHP       *ZZ*CVHM4471       *240520*0612*^*00501*000004410*0*P*:",
         "GS*HP*PCRESTHP*CVHM4471*20240520*0612*4410*X*005010X221A1",
         "ST*835*0001",
         "BPR*I*740*C*ACH*CCP*01*041000124*DA*99887766*1316004471**01*044115090*DA*55443322*20240521",
         "TRN*1*EFT88120455*1316004471",
         "N1*PR*PRAIRIE CREST HEALTH PLAN",
         "N1*PE*COPPER VALLEY HOME MEALS*XX*1912345678",
         "LX*1",
         "CLP*CV2404-0088*1*277.5*185**MC*2024051400771*12",
         "NM1*QC*1*KIMBROUGH*WALTER****MI*PCH59910336",
         "SVC*HC:S5170*185*185**20",
         "SVC*HC:S5170*92.5*0**10",
         "CAS*CO*119*92.5",
         "CLP*CV2404-0089*1*555*555**MC*2024051400772*12",
         "NM1*QC*1*RASMUSSEN*HILDE*M***MI*PCH55821047",
         "SVC*HC:S5170*555*555**60",
         "SE*15*0001", "GE*1*4410", "IEA*1*000004410"]
    body = ("Keisha -\n\nERA for 5/20 below. Kimbrough's second line paid zero with CO-119 (benefit maximum). Is his "
            "plan capped at 20 meals a month? Nobody told us that at intake, and he's diabetic and lives alone so "
            "his care manager is going to want to appeal. Rasmussen paid in full.\n\n"
            "Pasting the raw file since the portal viewer won't print:\n\n" + x12(e) + "\nMark")
    save("phi", "struct", mk(MARK, A("Keisha Tran", "ktran", "brightlinebilling.com"),
        "835 5/20 - CO-119 on one line", body, when("2024-05-21 09:47"), cc=PRIYA), "Walter Kimbrough")

    # 5 pipe-delimited state reporting extract
    lines = ["RECTYPE|CLIENT_ID|LAST|FIRST|DOB|SEX|ZIP|LIVES_ALONE|POVERTY|NSI|ADL|IADL|DIET|SVC|UNITS|PERIOD",
             "D|CV-097120|WHITAKER|JUNE|19390417|F|43099|Y|Y|9|2|5|RENAL|C2|44|202409",
             "D|CV-098544|GOLDFARB|ESTHER|19361201|F|43099|Y|N|6|1|4|REG|C2|40|202409",
             "D|CV-099101|KIMBROUGH|WALTER|19440823|M|43101|Y|Y|7|3|6|DIAB|C2|42|202409",
             "D|CV-099377|ADEYEMI|FOLASADE|19410130|F|43099|N|Y|11|4|7|PUREE|C2|60|202409",
             "D|CV-099420|LINDQVIST|BEATRICE|19331005|F|43102|Y|N|10|2|6|MSOFT|C2|42|202409",
             "D|CV-101477|NGUYEN|THANH|19380512|M|43099|Y|Y|8|2|5|DIAB|C2|38|202409",
             "D|CV-102265|RUNYON|ALBERT|19510122|M|43101|Y|Y|12|3|7|DIAB|C2|44|202409",
             "D|CV-103310|CRAWFORD|MAE DELL|19451010|F|43099|Y|Y|13|2|6|PUREE|C2|21|202409",
             "T|8|||||||||||||331|202409"]
    body = ("Automated transfer notice\n\nFile:      CVHM_NAPIS_202409.txt\nRecords:   8 detail, 1 trailer\n"
            "Destination: Mesa Basin AAA SFTP /inbound/providers/CVHM\nStatus:    UPLOAD FAILED (auth timeout) - "
            "file attached for manual submission\n\nMealTrack Scheduler")
    save("phi", "struct", mk(A("MealTrack Scheduler", "scheduler", APP), [DEREK, MARK],
        "[MealTrack] Monthly extract CVHM_NAPIS_202409 - upload failed", body, when("2024-10-01 02:05"),
        headers={"Auto-Submitted": "auto-generated"},
        atts=[("CVHM_NAPIS_202409.txt", "\r\n".join(lines) + "\r\n", "text/plain")]), "June Whitaker")

    # 6 JSON webhook from driver app
    ev = {"event": "delivery.exception", "event_id": "evt_01J9R6K2M4X8", "occurred_at": "2024-10-09T11:52:07-05:00",
          "route": {"id": "R3", "date": "2024-10-09", "driver": {"id": "drv_114", "name": "Sheila Pratt"}},
          "stop": {"seq": 6, "client_id": "CV-096331", "client_name": "Ruth Adair",
                   "address": "19 Larkspur Ct, Copper Valley OH 43099", "meal_plan": "REG-H1-F2"},
          "outcome": "DELIVERED_WITH_CONCERN",
          "wellness_check": {"answered_door": True, "appearance": "in nightclothes at noon",
                             "food_in_fridge": "prior meals uneaten (4)", "fall_reported": False,
                             "confusion": "mild - asked what day it was twice",
                             "driver_note": "says not hungry, lost weight? clothes loose"},
          "escalation": {"notify": ["tbriggs@coppervalleymeals.org"], "priority": "same_day"}}
    body = ("Delivery exception recorded by the RouteRunner app. Payload follows.\n\n" +
            json.dumps(ev, indent=2) + "\n\n-- RouteRunner Notifications | manage alerts in MealTrack > Settings")
    save("phi", "struct", mk(A("RouteRunner", "alerts", APP), TANYA,
        "Delivery exception: R3 stop 6 (same_day)", body, when("2024-10-09 11:52"),
        headers={"Auto-Submitted": "auto-generated"}), "Ruth Adair")

    # 7 CCD XML attachment
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="RMC-DS-2024-118822"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Ridgeline Medical Center - Discharge Summary</title>
  <effectiveTime value="20240917143000-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="00539120"/>
      <addr use="H"><streetAddressLine>56 Quarry Rd</streetAddressLine><city>Copper Valley</city><state>OH</state><postalCode>43099</postalCode></addr>
      <telecom use="HP" value="tel:+1-614-555-0181"/>
      <patient>
        <name><given>Dolores</given><given>A</given><family>Fenn</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19350318"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge diagnosis"/>
      <title>Discharge Diagnoses</title>
      <text><list><item>Aspiration pneumonia, resolved</item><item>Oropharyngeal dysphagia</item><item>Moderate protein-calorie malnutrition</item></list></text>
    </section></component>
    <component><section>
      <code code="42344-2" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge diet"/>
      <title>Discharge Diet</title>
      <text>IDDSI Level 4 pureed, Level 2 mildly thick liquids. Oral nutrition supplement 2x daily. Home-delivered meals referral sent.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = ("Hi,\n\nThe discharge CCD for the patient we referred Friday is attached, per your intake coordinator. "
            "She is going home today with her niece. Please note the swallowing precautions.\n\n"
            "Thank you,\nSandra\n\nSandra Kuykendall, RN, CCM\nDischarge Planning, 4 West\n"
            "Ridgeline Medical Center\n\n" + DISC_HOSP)
    save("phi", "struct", mk(SANDRA, [INTAKE, ROZ], "CCD for referral 9/13", body, when("2024-09-17 14:41"),
        atts=[("CCD_RMC-DS-2024-118822.xml", ccd, "application/xml")]), "Dolores Fenn")

# ================================================================= CLEAN: admin
def clean_admin():
    body = ("Kitchen team,\n\nReminder that the county's inspection window opens March 1 and they usually show up "
            "unannounced in the first two weeks. Before then:\n\n"
            "1. Cooling logs - every batch of soup, rice and gravy needs 135F -> 70F within 2 hrs and 70F -> 41F "
            "within 4 more. I found three blank entries last week. If it's not written down it didn't happen.\n"
            "2. Walk-in #1 has been reading 40-41F in the afternoon. Keep the door closed during plating; "
            "refrigeration tech is coming Tuesday.\n"
            "3. Quat sanitizer buckets at 200-400 ppm. Strips are in the drawer under the hand sink.\n"
            "4. Probe thermometers get calibrated (ice bath) every Monday - initial the sheet.\n"
            "5. Pureed and mechanical soft batches: label with date/time and your initials, hold at 135F or above "
            "until packing.\n6. Hairnets and beard guards. Every. Time.\n\n"
            "Last inspection we had zero critical violations. Let's keep it that way.\n\nLuis\n\n" + SIG["luis"]
            + "\n\n" + DISC)
    save("clean", "admin", mk(LUIS, KITCHEN, "County inspection prep - read before your next shift", body,
        when("2024-02-20 05:48"), cc=ANGELA))

    body = ("Hi all,\n\nMealTrack will be down for the version 6.3 upgrade this Saturday 4/13 from 6:00 am to about "
            "2:00 pm. Nothing is delivered Saturday, but if you normally do weekend catch-up on notes, plan around it.\n\n"
            "Before you leave Friday:\n - Route supervisors: print Monday's route sheets and labels Friday afternoon "
            "in case the upgrade runs long.\n - Drivers: the RouteRunner app will ask you to update on Monday "
            "morning. Do it on the office wifi, it's a big download.\n\nWhat's new: the assessment form gets the "
            "updated nutrition screening questions the AAA asked for, diet codes are now a drop-down, and the "
            "hold/resume screen finally has a reason field that reports can use.\n\n"
            "Questions to the helpdesk (x0160).\n\nDerek\n\n" + SIG["derek"])
    save("clean", "admin", mk(DEREK, ALLSTAFF, "MealTrack downtime Sat 4/13 6am-2pm", body,
        when("2024-04-09 12:00"), auto_html=True))

    body = ("Van 3 is out of service. The reefer unit wouldn't hold below 45F this morning so Tony moved everything "
            "to the hot-pack coolers and ran it. Cummings Fleet is picking it up at 2:00, they think it's the "
            "condenser fan.\n\nUntil it's back:\n - Route 5 runs out of van 1 after route 1 is done (approx. "
            "11:15 departure). Hot bags need the extra gel packs.\n - Frozen meals for route 5 go out Thursday instead "
            "of Wednesday.\n\nI'll send an update when I hear from Cummings. Please log the reefer temp at load-out "
            "on every van this week - I want to see if van 2 is drifting too.\n\nDeb\n\n" + SIG["deb"])
    save("clean", "admin", mk(DEB, [DRIVERS, DISPATCH], "van 3 down - route 5 changes", body,
        when("2024-07-23 09:05"), cc=LUIS))

    amend = pdf(["MESA BASIN AREA AGENCY ON AGING", "FY2025 PROVIDER CONTRACT AMENDMENT #2 - SUMMARY",
                 "Provider: Copper Valley Home Meals     Contract: MBAAA-25-C2-014", "",
                 "1. Unit rate, Title III-C2 home-delivered meal: $9.85 (was $9.25)",
                 "2. Special diet add-on (renal, pureed, mechanical soft): $0.60/unit",
                 "3. Minimum 1/3 DRI per meal; menus reviewed and signed by an RDN each cycle",
                 "4. Nutrition risk screening (NSI) at intake and annually",
                 "5. Monthly client-level data due by the 10th via SFTP",
                 "6. Client contributions remain voluntary; no means test",
                 "Effective: 10/01/2024"])
    body = ("Angela, Mark,\n\nAttached is the summary of Amendment #2. The signed copy will come through DocuSign "
            "next week. The main changes are the new unit rate and the special diet add-on, which the board "
            "approved in August. The reporting deadline is moving from the 15th to the 10th.\n\n"
            "Let me know if you want to go over the special diet documentation - we'll be asking to see the diet "
            "orders on monitoring visits, not just the count.\n\nPaul\n\n" + SIG["paul"] + "\n\n" + DISC_AAA)
    save("clean", "admin", mk(PAUL, [ANGELA, MARK], "FY25 Amendment #2 - rate change summary", body,
        when("2024-09-12 11:30"), atts=[("MBAAA-25-C2-014_Amend2_Summary.pdf", amend, "application/pdf")]))

    menu = [["Cycle", "Week", "Day", "Entree", "Kcal", "Protein g", "Sodium mg", "Potassium mg", "Carb g", "Renal OK", "Diab OK"],
            ["Fall 24", 1, "Mon", "Herb roasted chicken, rice pilaf, green beans", 612, 34, 690, 720, 64, "Y", "Y"],
            ["Fall 24", 1, "Tue", "Turkey meatloaf, mashed cauliflower, carrots", 578, 31, 740, 810, 48, "Y", "Y"],
            ["Fall 24", 1, "Wed", "Beef stew, biscuit, peas", 655, 29, 880, 1120, 71, "N - sub", "Y"],
            ["Fall 24", 1, "Thu", "Baked cod, lemon orzo, broccoli", 540, 30, 610, 690, 58, "Y", "Y"],
            ["Fall 24", 1, "Fri", "Chicken enchilada casserole, corn", 640, 28, 910, 760, 69, "Y", "N - sub"]]
    body = ("Angela,\n\nFall cycle week 1 nutrient analysis is attached. All five days meet the 1/3 DRI targets. "
            "Wednesday's stew is too high in potassium for the renal tray so the renal substitute is the chicken "
            "with rice; Friday's enchilada is over our 60 g carb target for the diabetic tray so that becomes the "
            "cod. Weeks 2-4 to follow by Monday.\n\nOnce you sign off I'll send it to Paul at the AAA.\n\n"
            "Karen\n\n" + SIG["karen"])
    save("clean", "admin", mk(KAREN, ANGELA, "Fall menu cycle wk 1 - for sign-off", body, when("2024-08-30 14:15"),
        cc=LUIS, atts=[("FallCycle_Wk1_Nutrients.xlsx", xlsx(menu, "Week1"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))

    body = ("Hi Brenda,\n\nPlease add to Thursday's truck:\n\n"
            "  6 cs   instant food & beverage thickener, 8 oz canisters (the xanthan one, not starch)\n"
            "  4 cs   3-compartment microwavable trays w/ film, black\n"
            "  2 rl   sealing film for the tray sealer, 150 mm\n"
            "  10 cs  8 oz clamshells (soups)\n  3 cs   nitrile gloves L, 2 cs M\n\n"
            "Also can you check if the pureed bread mix is back in stock? We're using a lot more of it since the "
            "spring. Please confirm price on the trays, the last invoice was higher than the quote.\n\n"
            "Thanks,\nLuis\n\n" + SIG["luis"])
    save("clean", "admin", mk(LUIS, A("Brenda Koval", "bkoval", VEND), "add to Thurs order - trays, thickener",
        body, when("2024-10-14 06:40")))

    inv = ics("advisory-20241119@coppervalleymeals.org", "20241119T150000", "20241119T163000",
              "Nutrition Advisory Council - Q2", "CVHM Conference Room B, 410 Foundry St",
              "Agenda: fall menu feedback, client satisfaction survey results, volunteer recruitment, FY25 rate.",
              "awhitfield@coppervalleymeals.org")
    body = ("Council members,\n\nOur Q2 meeting will be Tuesday, November 19, 3:00-4:30 pm in Conference Room B. "
            "Parking is in the back lot; the side door by the loading dock will be unlocked. Coffee and (of course) "
            "a sample of the new fall menu will be served.\n\nAgenda:\n1. Fall menu feedback - Karen Holloway, RDN\n"
            "2. Client satisfaction survey results (aggregate)\n3. Volunteer recruitment\n4. FY25 AAA contract update\n\n"
            "A calendar invitation is attached. Please RSVP to me by the 15th.\n\nAngela\n\n" + SIG["angela"])
    save("clean", "admin", mk(ANGELA, A("Nutrition Advisory Council", "advisory-council"), "Advisory Council - Nov 19",
        body, when("2024-11-01 10:00"), atts=[("AdvisoryCouncil_Nov19.ics", inv, "text/calendar")]))

# ================================================================= CLEAN: lookalike
def clean_lookalike():
    body = ("Mark,\n\nInvoice below is OK to pay - I checked it against the receiving slips.\n\n"
            "Summit Foodservice Distributors   INVOICE 5531904   Date 10/17/2024   Terms Net 30\n"
            "Customer # 004471-CV   PO # CV-24-1188   Route 14 / Stop 3\n\n"
            "Item     Description                        Qty  UOM   Lot          Ext\n"
            "118204   Thickener xanthan 8oz 12/cs        6    CS    L24-2291A    $287.40\n"
            "330917   Tray 3-comp black w/film 250/cs    4    CS    TP0924-118   $311.96\n"
            "330920   Seal film 150mm                    2    RL    SF-77310     $98.50\n"
            "441072   Clamshell 8oz 500/cs               10   CS    CL-240812    $412.00\n"
            "902215   Glove nitrile L 1000/cs            3    CS    GN88-4410    $164.85\n"
            "902214   Glove nitrile M 1000/cs            2    CS    GN88-4409    $109.90\n"
            "                                                      Subtotal   $1,384.61\n"
            "                                                      Fuel surch $18.00\n"
            "                                                      TOTAL      $1,402.61\n\n"
            "Tray price is $77.99/cs not $81.50 like last time, so they fixed it.\n\nLuis")
    save("clean", "lookalike", mk(LUIS, MARK, "FW: Summit inv 5531904 - ok to pay", body, when("2024-10-18 07:15")))

    body = ("PRODUCT RECALL NOTIFICATION - CLASS II\n\nDear Valued Customer,\n\nOur supplier has initiated a voluntary "
            "recall of the following product due to possible undeclared milk. Our records show your account "
            "(004471-CV) purchased this item in the last 60 days.\n\n"
            "  Product:   Chicken & Rice Soup Base, 1 lb jar, 12/cs\n  Summit item:  225610\n"
            "  UPC:       0 74512 33861 4\n  Lot codes: 24152A, 24153A, 24160B\n  Best by:   06/01/2025 - 06/09/2025\n"
            "  Your purchases: Invoice 5510877 (08/29/2024) 2 cs lot 24153A\n\n"
            "Please remove affected product from inventory and contact us for credit (RMA #R-2024-0917). Product "
            "from lot 24161A and later is not affected.\n\nSummit Foodservice Distributors - Quality Assurance\n"
            "qa@summitfsd.com | 1-800-555-0177\n")
    fwd = ("Checked - we have 7 jars from lot 24153A left, pulled and tagged in dry storage. None of the 9/30 cycle "
           "used it (we switched to the low sodium base). No product with milk went out on the dairy-free trays. "
           "Credit requested.\n\nLuis\n\n---------- Forwarded message ---------\nFrom: Summit QA <qa@summitfsd.com>\n"
           "Date: Tue, Sep 17, 2024\nSubject: RECALL: Chicken & Rice Soup Base item 225610\n\n" + body)
    save("clean", "lookalike", mk(LUIS, [ANGELA, KAREN], "Fwd: RECALL: Chicken & Rice Soup Base item 225610", fwd,
        when("2024-09-17 13:02")))

    dirtxt = ("COPPER VALLEY HOME MEALS - PARTNER DIRECTORY (rev. 01/2025)\n\n"
              "Organization                        Contact                 Phone           Fax\n"
              "Mesa Basin AAA - I&A line           (main)                  614-555-0200    614-555-0299\n"
              "Mesa Basin AAA - Care Mgmt          Linda Okonkwo, LSW      614-555-0210\n"
              "Mesa Basin AAA - Contracts          Paul Reyes              614-555-0224\n"
              "Ridgeline Med Ctr - Disch Planning  4 West desk             614-555-0402    614-555-0409\n"
              "Ridgeline Med Ctr - Case Mgmt       (main)                  614-555-0400\n"
              "Clearwater Kidney Care - Eastgate   Social Work             614-555-0860    614-555-0861\n"
              "Prairie Crest Health Plan - LTSS    Care Coord line         1-800-555-0114\n"
              "Harlan County APS                   Intake (24 hr)          614-555-0580\n"
              "Harlan Home Health                  Scheduling              614-555-0730\n"
              "Contract dietitian                  Karen Holloway, RDN     NPI 1639042117  Lic. LD-004418\n"
              "Summit Foodservice                  Brenda Koval            614-555-0710\n"
              "Cummings Fleet Service              Service desk            614-555-0777\n\n"
              "Office main 614-555-0100   Fax 614-555-0199   Dispatch 614-555-0120   After hours on-call 614-555-0111\n")
    body = ("Updated partner directory attached - please toss the old one taped by the phones. Changes: APS "
            "intake number, Clearwater fax, and Brenda's direct line at Summit.\n\nRoz\n\n" + SIG["roz"])
    save("clean", "lookalike", mk(ROZ, ALLSTAFF, "updated phone directory", body, when("2025-01-06 08:50"),
        atts=[("PartnerDirectory_2025-01.txt", dirtxt, "text/plain")]))

    body = ("Board members,\n\nQ1 FY25 (Oct-Dec) service summary for Thursday's packet:\n\n"
            "  Unduplicated clients served ........ 412   (Q1 FY24: 388)\n"
            "  Meals delivered ..................... 38,906\n"
            "     hot ............................. 27,115\n     frozen .......................... 11,791\n"
            "  Special diets (% of meals)\n     diabetic / consistent carb ........ 24.1%\n"
            "     renal ............................ 6.3%\n     pureed / mech soft ................ 5.8%\n"
            "     low sodium ....................... 11.0%\n"
            "  Avg age of clients .................. 80.7  (range 60-101)\n"
            "  Living alone ........................ 61%\n"
            "  High nutrition risk (NSI 6+) ........ 58%\n"
            "  Wellness flags logged by drivers .... 214  (escalated same day: 37)\n"
            "  Hospital holds started .............. 49   avg length 11.2 days\n"
            "  Volunteer hours ..................... 3,880\n"
            "  Avg cost per meal ................... $11.42  (AAA reimb. $9.85 + contributions $0.71)\n\n"
            "Waitlist at 12/31: 23, down from 41.\n\nAngela\n\n" + SIG["angela"])
    save("clean", "lookalike", mk(ANGELA, A("Board of Directors", "board"), "Q1 FY25 service stats for packet",
        body, when("2025-01-14 17:05"), cc=MARK, auto_html=True))

    body = ("Hello Luis Cardenas,\n\nGood news - your order has shipped!\n\nOrder #: TPS-00918273\n"
            "PO #: CV-24-1203\nShip date: 10/29/2024\n\n"
            "  SKU TB-1820-RD  Insulated delivery bag, 18x20, red      qty 24\n"
            "  SKU GP-0650     Reusable gel pack 650 g                 qty 120\n"
            "  SKU TH-DIG-04   Digital probe thermometer, NSF          qty 6\n\n"
            "Carrier: Great Lakes Freight    PRO / Tracking: 8812-4470-0193\n"
            "Estimated delivery: 11/01/2024 (liftgate requested)\n\n"
            "Questions? Reply to this email or call 1-888-555-0146.\nThermaPak Supply Co.")
    save("clean", "lookalike", mk(A("ThermaPak Supply", "orders", PACK), LUIS,
        "Your order TPS-00918273 has shipped", body, when("2024-10-29 16:20"), auto_html=True))

    body = ("Ticket INC0045512 has been updated.\n\n"
            "Summary:   RouteRunner app crashes when scanning label barcode (Android 14)\n"
            "Opened:    2024-05-06 07:42 by Sheila Pratt\nPriority:  P2\nAssigned:  Derek Lau\n"
            "Status:    Pending vendor\n\nLatest comment (Derek Lau, 2024-05-07 14:10):\n"
            "Reproduced on device CV-TAB-07 (SN R52W30BKX1Q) and CV-TAB-11. Vendor case #VS-77120 opened; they "
            "confirm it's the camera library in build 4.8.2 and a fix is scheduled for 4.8.3 on 5/10. Workaround: "
            "type the 10-digit label number manually.\n\nView ticket: https://helpdesk.coppervalleymeals.org/t/INC0045512\n\n"
            "-- CVHM Helpdesk (automated)")
    save("clean", "lookalike", mk(A("CVHM Helpdesk", "helpdesk"), SHEILA, "[INC0045512] updated - Pending vendor",
        body, when("2024-05-07 14:11"), cc=DEB, headers={"Auto-Submitted": "auto-generated"}))

    body = ("Angela,\n\nFor the AAA monitoring visit on the 24th, here are the numbers they'll ask for:\n\n"
            "Food service operation licence: FSO-HC-2024-00871 (exp. 02/28/2025)\n"
            "County permit inspection: 03/07/2024 - 0 critical, 1 non-critical (corrected on site)\n\n"
            "Certified Food Protection Managers:\n"
            "  Luis Cardenas     ServSafe Mgr cert #21997034   exp 08/2027\n"
            "  Denise Okafor     ServSafe Mgr cert #20488112   exp 11/2025\n"
            "  Rudy Salcido      ServSafe Mgr cert #22310457   exp 04/2028\n\n"
            "Vehicles (reefer): Van 1 VIN 1FTBW3XG6JKA11827 plate HDM-2201; Van 2 VIN 1FTBW3XG2KKB40119 plate HDM-2202; "
            "Van 3 VIN 3C6TRVDG4LE108833 plate HDM-2203.\n"
            "Reefer calibration certificates dated 01/12/2024.\n\nLuis")
    save("clean", "lookalike", mk(LUIS, ANGELA, "licence/cert numbers for monitoring visit", body,
        when("2024-04-16 15:30")))

# ================================================================= CLEAN: news
def clean_news():
    txt = ("THE DELIVERY BAG - Volunteer News, Spring 2024\n\n"
           "THANK YOU! Volunteers drove 41,200 miles last year and delivered more than 52,000 meals. That's a lot of "
           "knocks on a lot of doors.\n\n"
           "WHAT YOU NOTICE MATTERS. Drivers logged over 800 wellness notes last year. Remember the three things to "
           "watch for: uneaten meals piling up, changes in how someone looks or talks, and the house being too hot "
           "or too cold. When in doubt, call dispatch - never leave a meal on the step for someone who didn't "
           "answer.\n\nNEW ROUTES. We're adding a Thursday route in the north end in May. Ask Jill if you'd like to "
           "try it.\n\nSPRING FOOD SAFETY. Hot food stays in the hot bag, cold in the cold. Keep the bags zipped "
           "between stops.\n\nSAVE THE DATE: Volunteer Appreciation Picnic, Saturday June 8, Riverside Park "
           "Pavilion 2.\n\nCopper Valley Home Meals | 410 Foundry Street | 614-555-0141\n"
           "You are receiving this because you volunteer with us. Unsubscribe: reply STOP.")
    htmlb = ("<html><body style=\"font-family:Georgia,serif;max-width:640px\">"
             "<img src=\"cid:logo\" alt=\"CVHM\" width=\"48\" height=\"48\">"
             "<h1 style=\"color:#b87333\">The Delivery Bag</h1><p><i>Volunteer News, Spring 2024</i></p>"
             "<h3>Thank you!</h3><p>Volunteers drove 41,200 miles last year and delivered more than 52,000 meals.</p>"
             "<h3>What you notice matters</h3><p>Drivers logged over 800 wellness notes last year. Watch for uneaten "
             "meals piling up, changes in how someone looks or talks, and a house that is too hot or too cold. When in "
             "doubt, call dispatch.</p><h3>New routes</h3><p>A Thursday north-end route starts in May.</p>"
             "<h3>Save the date</h3><p>Volunteer Appreciation Picnic, Saturday June 8, Riverside Park Pavilion 2.</p>"
             "<hr><small>Copper Valley Home Meals | 410 Foundry Street | 614-555-0141</small></body></html>")
    m = mk(JILL, A("CVHM Volunteers", "volunteers"), "The Delivery Bag - Spring 2024", txt, when("2024-04-02 10:00"),
           html_body=htmlb)
    m.get_payload()[1].add_related(LOGO, "image", "png", cid="<logo>", filename="cvhm-logo.png")
    save("clean", "news", m)

    txt = ("Dear Friend,\n\nThis Giving Tuesday, a gift of $50 provides eight hot, nutritious meals - and eight "
           "friendly visits - to an older neighbor who can't easily shop or cook.\n\n"
           "Last year Copper Valley Home Meals delivered 152,000 meals to 640 older and disabled adults across the "
           "county. 61% of the people we serve live alone. For many of them, our driver is the only person they "
           "see that day.\n\nEvery gift made by midnight on December 3 will be matched, up to $25,000, by the "
           "Harlan Community Foundation.\n\nGive today: https://coppervalleymeals.org/give\n\n"
           "With gratitude,\nClaire Benoit\nDevelopment & Donor Relations\n\n"
           "Copper Valley Home Meals is a 501(c)(3) nonprofit, EIN 31-6004471. Your gift is tax-deductible to the "
           "extent allowed by law.")
    save("clean", "news", mk(CLAIRE, A("Friends of CVHM", "friends"), "Double your impact this Giving Tuesday",
        txt, when("2024-12-02 07:30"), auto_html=True,
        headers={"List-Unsubscribe": "<mailto:unsubscribe@coppervalleymeals.org>"}))

    txt = ("HARLAN COUNTY HEALTH DEPARTMENT - HEAT ADVISORY\nFor partners serving older adults and people with "
           "disabilities\n\nThe National Weather Service has issued a heat advisory for Harlan County from noon "
           "Tuesday, July 16 through 8 pm Thursday, July 18. Heat index values of 100-106F are expected.\n\n"
           "Adults 65 and older, people with heart or lung disease, and people taking certain medications "
           "(diuretics, some blood pressure and psychiatric medications) are at higher risk of heat illness.\n\n"
           "Partners who make home visits are asked to:\n - check whether the home has working air conditioning "
           "or fans\n - offer water and encourage fluids unless the person is on a fluid restriction\n"
           " - know the signs of heat exhaustion: heavy sweating, weakness, dizziness, nausea, cool clammy skin\n"
           " - call 911 for confusion, hot dry skin or fainting\n\nCooling centers (open 10 am - 8 pm): Harlan "
           "Public Library main branch; Copper Valley Senior Center; Eastgate Community Center.\n\n"
           "Harlan County Health Department | Office of Emergency Preparedness | 614-555-0600")
    save("clean", "news", mk(A("Harlan County Health Dept", "alerts", "harlancountyhealth.org"),
        A("Aging Network Partners", "partners-list", "harlancountyhealth.org"), "HEAT ADVISORY Jul 16-18: guidance for home-visit partners",
        txt, when("2024-07-15 15:45")))

    txt = ("Mesa Basin AAA - Research Brief No. 14\nMalnutrition Risk Among Homebound Older Adults\n\n"
           "Summary of the regional nutrition screening data, FY2023 (n = 2,118 home-delivered meal participants):\n\n"
           " - 57% scored at high nutrition risk on the DETERMINE checklist (6+), compared with 24% of "
           "congregate-meal participants.\n - Participants who received meals 5+ days a week for six months "
           "reported fewer skipped meals (from 3.1 to 0.9 per week on average).\n"
           " - Self-reported unintentional weight loss in the prior 6 months fell from 31% at intake to 19% at "
           "reassessment.\n - 14% needed a texture-modified diet; this share has doubled since 2018.\n\n"
           "Implications: providers should screen at every reassessment, refer to an RDN when scores rise, and "
           "plan for growth in pureed and renal diets.\n\nFull brief: mesabasinaaa.org/research/brief14\n\n" + DISC_AAA)
    save("clean", "news", mk(A("Mesa Basin AAA Planning", "planning", AAA), A("Provider Network", "providers", AAA),
        "Research Brief 14: malnutrition risk in HDM participants", txt, when("2024-03-05 09:00"),
        atts=[("Brief14_Malnutrition.pdf", pdf(["Mesa Basin AAA - Research Brief No. 14",
                                                 "Malnutrition Risk Among Homebound Older Adults", "",
                                                 "n = 2,118 home-delivered meal participants, FY2023",
                                                 "High nutrition risk (6+): 57%",
                                                 "Skipped meals/week: 3.1 at intake, 0.9 at 6 months",
                                                 "Unintentional weight loss: 31% -> 19%",
                                                 "Texture-modified diets: 14%"]), "application/pdf")]))

    txt = ("PROVIDER BULLETIN - FUNDING UPDATE\n\nThe state budget signed last week includes a 6% increase in Older "
           "Americans Act match funds for nutrition services beginning October 1. Our federal Title III-C2 "
           "allocation is still on a continuing resolution, so final FY25 award letters will be delayed.\n\n"
           "What this means for providers:\n - Current unit rates continue through 9/30.\n"
           " - Amendment #2 rates ($9.85 HDM) take effect 10/1 as planned.\n"
           " - Waitlist funding: we expect to be able to fund approximately 60 additional home-delivered meal "
           "slots region-wide; please send waitlist counts (numbers only) by August 30.\n\n"
           "Webinar: Thursday, August 22, 10:00 am. Registration link on the provider portal.\n\n"
           "Paul Reyes, Contracts & Fiscal Monitor")
    save("clean", "news", mk(PAUL, A("Provider Network", "providers", AAA), "Provider Bulletin: FY25 nutrition funding",
        txt, when("2024-08-13 13:00"), auto_html=True))

    txt = ("Hi everyone!\n\nThe new spring menu starts Monday, April 1. A few things we're excited about:\n\n"
           " * Lemon-herb salmon every other Thursday (renal and diabetic friendly)\n"
           " * A vegetarian option once a week - lentil shepherd's pie was the taste-test winner\n"
           " * Lower sodium across the board: our average is now under 700 mg per meal\n"
           " * Pureed meals are now molded so they look like the real thing - the peas look like peas!\n\n"
           "Taste-testing: staff and volunteers are welcome in the kitchen Friday 3/29 at 1:00. Bring your opinions.\n\n"
           "Luis & Karen")
    save("clean", "news", mk(LUIS, [ALLSTAFF, A("CVHM Volunteers", "volunteers")], "Spring menu is here!", txt,
        when("2024-03-25 11:11"), cc=KAREN, auto_html=True))

# ================================================================= CLEAN: staff
def clean_staff():
    body = ("Drivers,\n\nThanksgiving week schedule. Kitchen closes Thursday and Friday; everyone gets two frozen "
            "holiday meals on Wednesday.\n\n"
            "           Mon 11/25      Tue 11/26      Wed 11/27 (double)\n"
            "Route 1    S. Pratt       S. Pratt       S. Pratt + vol\n"
            "Route 2    T. Vu          T. Vu          T. Vu\n"
            "Route 3    S. Pratt       sub - M. O.    S. Pratt\n"
            "Route 4    R. Dominguez   R. Dominguez   R. Dominguez + vol\n"
            "Route 5    T. Vu          T. Vu          T. Vu\n"
            "Route 9    G. Hendricks   G. Hendricks   G. Hendricks\n\n"
            "Wednesday load-out starts at 8:30 not 9:45. Extra coolers are on the dock. OT is approved for Wed.\n\n"
            "Thank you all - Happy Thanksgiving!\nDeb")
    save("clean", "staff", mk(DEB, DRIVERS, "Thanksgiving week driver schedule", body, when("2024-11-15 14:30")))

    body = ("After-hours on-call rotation, December - January. The on-call phone forwards to your cell; carry the "
            "laptop when you're on.\n\n"
            "Week of      On call             Backup\n"
            "12/2         Tanya Briggs        Marcus Oyelaran\n"
            "12/9         Priya Raman         Helen Zhou\n"
            "12/16        Marcus Oyelaran     Tanya Briggs\n"
            "12/23        Helen Zhou          Angela Whitfield\n"
            "12/30        Tanya Briggs        Priya Raman\n"
            "1/6          Priya Raman         Marcus Oyelaran\n\n"
            "Swaps are fine, just update the shared calendar and tell Roz so the forwarding gets changed. On-call "
            "stipend is $150/week per the handbook.\n\nAngela")
    save("clean", "staff", mk(ANGELA, [TANYA, MARCUS, PRIYA, HELEN], "on-call Dec-Jan", body,
        when("2024-11-22 16:00"), cc=ROZ))

    body = ("Hello everyone,\n\nOpen enrollment for 2025 benefits runs November 1-15. Highlights:\n\n"
            " - Medical: we're staying with the same PPO and HSA plans. Employee-only premium goes up $11/month "
            "on the PPO; the HSA plan is unchanged and CVHM's HSA contribution increases to $750.\n"
            " - Dental and vision: no changes.\n - New: an employee assistance program (EAP) with 6 free "
            "confidential counseling sessions per issue.\n - FSA limit rises to $3,200.\n\n"
            "If you don't want changes, you don't need to do anything except the FSA, which must be re-elected "
            "every year. Benefit fair in Conference Room B on Nov 6, 11:30-1:00 - pizza provided.\n\n"
            "Monica\n\n" + SIG["monica"] + "\n\n" + DISC)
    save("clean", "staff", mk(MONICA, ALLSTAFF, "2025 Open Enrollment Nov 1-15", body, when("2024-10-28 09:00"),
        auto_html=True))

    body = ("Friends,\n\nAfter 22 years in our kitchen, Dolly Harmon is retiring at the end of the month! Dolly has "
            "plated somewhere north of a million meals, trained half the kitchen crew, and still makes the best "
            "cornbread in the county (recipe is a state secret).\n\n"
            "Please join us for cake and coffee on Friday, June 28 at 2:00 in the dining room. There's a card "
            "going around - it's in Roz's office - and a collection for a gift if you'd like to chip in.\n\n"
            "Congratulations, Dolly!\n\nLuis")
    save("clean", "staff", mk(LUIS, ALLSTAFF, "Dolly's retirement party - Fri 6/28", body, when("2024-06-14 10:30"),
        auto_html=True, atts=[("cvhm-logo.png", LOGO, "image/png")]))

    body = ("Hi team,\n\nPriya will be out on leave from Monday June 3 through Friday June 28, returning July 1. "
            "During that time:\n\n - Marcus is covering her caseload (routes 6-8). \n"
            " - Helen will do the intakes scheduled for June.\n - Priya's voicemail will point callers to Marcus.\n\n"
            "Please don't contact Priya while she's out - send anything for her to Marcus or me.\n\nThanks,\nAngela")
    save("clean", "staff", mk(ANGELA, [TANYA, MARCUS, HELEN, ROZ, DEB], "coverage while Priya is out", body,
        when("2024-05-29 15:10")))

    body = ("Reminder: because of the July 4 holiday, timesheets for the 6/23-7/6 pay period are due in Paycor by "
            "noon Tuesday 7/2, not Friday. Supervisors approve by 5 pm 7/2. Payday stays Friday 7/12.\n\n"
            "Mileage: the IRS rate is 67 cents per mile for 2024. Submit your mileage log with your timesheet; logs "
            "missing the odometer start/end can't be paid.\n\nMark\n\n" + SIG["mark"])
    save("clean", "staff", mk(MARK, ALLSTAFF, "Timesheets due EARLY - Tue 7/2 noon", body, when("2024-06-24 08:15")))

    body = ("Please welcome two new team members starting Monday:\n\n"
            "Hannah Greer, RDN, LD joins us as our part-time staff dietitian (Tues/Thurs). Hannah comes from the "
            "clinical nutrition team at Ridgeline and will be working with Karen on menus and special diet orders. "
            "Her desk is next to the kitchen office.\n\n"
            "Samuel Oduya, LSW joins the care coordination team. Sam spent five years as an APS caseworker and "
            "speaks Yoruba and French. He'll pick up the new north-end Thursday route clients once he finishes "
            "orientation.\n\nStop by and say hello!\n\nMonica\n\n" + SIG["monica"])
    save("clean", "staff", mk(MONICA, ALLSTAFF, "Welcome Hannah and Sam!", body, when("2024-09-06 12:00")))

# ================================================================= CLEAN: training
def clean_training():
    body = ("New drivers,\n\nFor Saturday's orientation, please read these three practice scenarios. All clients, "
            "addresses and details are made up for training.\n\n"
            "SCENARIO 1. You arrive at 100 Practice Lane for 'Mrs. Jane Sample'. She answers the door but calls "
            "you by her late husband's name and says she hasn't eaten since 'the war'. Yesterday's tray is on the "
            "counter, untouched. What do you do, and who do you call?\n\n"
            "SCENARIO 2. 'Mr. John Doe' (fictional) doesn't answer. His car is in the driveway and the TV is loud. "
            "What are the steps in our no-answer procedure?\n\n"
            "SCENARIO 3. A client asks you to pick up her prescription on the way tomorrow. What do you say?\n\n"
            "We'll talk through the answers together. (Hint for #3: drivers don't run errands, but the care "
            "coordinator can help set it up.)\n\nJill\n\n" + SIG["jill"])
    save("clean", "training", mk(JILL, A("New Driver Cohort", "newdrivers"), "Orientation prep - practice scenarios",
        body, when("2024-04-24 17:00")))

    body = ("Kitchen crew - annual food safety quiz. 10 questions, answers at the bottom (no peeking). Turn in your "
            "sheet to me by Friday.\n\n"
            "1. Hot holding temperature minimum? \n2. Cold holding maximum?\n3. Cooling: 135F to 70F within ___ hours\n"
            "4. Minimum internal temp for poultry?\n5. Ground beef?\n6. Reheating leftovers for hot holding?\n"
            "7. Quat sanitizer range?\n8. How long can a hot meal be in the delivery bag before it must reach the "
            "client?\n9. Which allergen must be declared on the label of the fish entree?\n"
            "10. What IDDSI level is 'pureed'?\n\n\n\n\n\n"
            "ANSWERS: 1) 135F 2) 41F 3) 2 4) 165F 5) 155F for 17 sec 6) 165F within 2 hrs 7) 200-400 ppm "
            "8) 2 hours per our policy 9) fish (species) 10) Level 4\n\nLuis")
    save("clean", "training", mk(LUIS, KITCHEN, "Food safety quiz - due Fri", body, when("2024-01-22 06:15")))

    data = [["ClientID", "Last", "First", "DOB", "Address", "Diet", "Route", "Scenario"],
            ["CV-TEST-0001", "TEST", "PATIENTONE", "1900-01-01", "1 TEST ST", "REG", "R99", "New intake, 5 hot"],
            ["CV-TEST-0002", "TEST", "PATIENTTWO", "1900-01-02", "2 TEST ST", "RENAL", "R99", "Diet change to pureed"],
            ["CV-TEST-0003", "TEST", "PATIENTTHREE", "1900-01-03", "3 TEST ST", "DIAB", "R99", "Hospital hold + resume"],
            ["CV-TEST-0004", "ZZTRAIN", "DEMO", "1900-01-04", "4 TEST ST", "MSOFT", "R99", "Reassessment due"]]
    body = ("UAT for MealTrack 6.3 - please run your section of the script in the TRAINING environment only "
            "(https://train.mealtrack-cv.net). Test records are attached; do not create anything in production.\n\n"
            "Script:\n T1  Intake: create CV-TEST-0001, 5 hot/wk, regular. Expect: appears on R99 next delivery day.\n"
            " T2  Diet change: change CV-TEST-0002 from RENAL to PUREE. Expect: label reprints with texture code.\n"
            " T3  Hold/resume: put CV-TEST-0003 on HOSP hold, then resume. Expect: reason code required, "
            "caseworker notified.\n T4  Reassessment: open CV-TEST-0004. Expect: new NSI questions, score auto-calculates.\n"
            " T5  Reports: run 'Special diet pull' for R99. Expect: 1 puree, 1 diab, 1 msoft.\n\n"
            "Log pass/fail in the UAT sheet by Wednesday.\n\nDerek\n\n" + SIG["derek"])
    save("clean", "training", mk(DEREK, [TANYA, ROZ, KAREN, DEB], "UAT script - MealTrack 6.3 (TRAINING env)", body,
        when("2024-04-01 10:30"), atts=[("uat_test_clients.csv", csv_text(data), "text/csv")]))

    case = ["Case Study 3 - De-identified, for staff training only",
            "Client A is a woman in her late 80s who lives alone in a rural part of the county. She was referred "
            "after a hospital stay. She has diabetes and takes insulin. Her only family lives out of state.",
            "At the six-month reassessment the driver reports that meals are often found uneaten, and Client A says "
            "she 'isn't hungry'. She has lost weight and her home is cold.",
            "Discussion questions:",
            "1. Which nutrition screening items would you revisit?",
            "2. What are the risks of missed meals for someone on insulin?",
            "3. Which community partners (AAA care management, home health, energy assistance) would you involve?",
            "4. How would you document the driver's observations?"]
    body = ("Team - for Thursday's in-service, please read Case Study 3 (attached). It's a composite, "
            "de-identified case; any resemblance to a current client is coincidental. We'll spend 30 min on the "
            "discussion questions.\n\nLinda Okonkwo from the AAA will co-facilitate.\n\nAngela")
    save("clean", "training", mk(ANGELA, [TANYA, MARCUS, PRIYA, HELEN], "In-service Thursday: Case Study 3", body,
        when("2024-10-21 13:45"), cc=LINDA, atts=[("CaseStudy3_deidentified.docx", docx(case),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

    inv = ics("vol-orient-20240511@coppervalleymeals.org", "20240511T090000", "20240511T120000",
              "Volunteer Driver Orientation", "CVHM Conference Room B",
              "Bring driver licence and proof of insurance. Ride-along to follow.", "jambrose@coppervalleymeals.org")
    body = ("Welcome, and thank you for signing up to deliver!\n\nOrientation is Saturday, May 11, 9:00 am - noon.\n\n"
            "Agenda\n 9:00  Welcome & our mission\n 9:20  Confidentiality - what stays in the van\n"
            " 9:40  Food safety in the car: hot bags, cold bags, 2-hour rule\n10:10  Wellness checks: what to look "
            "for at the door (practice with made-up examples)\n10:40  Break\n10:50  The RouteRunner app (demo "
            "account)\n11:30  Ride-along sign-up\n\nPlease bring your driver's licence and proof of auto insurance. "
            "A calendar invite is attached.\n\n" + SIG["jill"])
    save("clean", "training", mk(JILL, A("Volunteer Applicants", "vol-applicants"), "Volunteer orientation May 11",
        body, when("2024-05-01 09:20"), auto_html=True,
        atts=[("VolunteerOrientation.ics", inv, "text/calendar")]))

    body = ("Hi all,\n\nQuick refresher on texture-modified diets before the AAA monitoring visit. No need to reply.\n\n"
            "IDDSI levels we use:\n  Level 4 - Pureed: smooth, no lumps, holds shape on a spoon, falls off when tilted.\n"
            "  Level 5 - Minced & moist: pieces 4 mm (adult), moist, no separate thin liquid.\n"
            "  Level 6 - Soft & bite-sized: 1.5 cm pieces, can be mashed with a fork.\n"
            "  Liquids: Level 2 mildly thick (sippable), Level 3 moderately thick (spoon or cup).\n\n"
            "Checks: fork drip test and spoon tilt test on every batch. Record on the texture log.\n\n"
            "Mini-quiz (answers Friday):\n a) Can bread be served on a Level 4 tray?\n b) What's the max particle "
            "size for Level 5?\n c) If thickened juice separates in the cooler, what do you do?\n\nKaren\n\n" + SIG["karen"])
    save("clean", "training", mk(KAREN, [KITCHEN, LUIS], "IDDSI refresher + mini-quiz", body, when("2024-09-03 08:00"),
        auto_html=True))

# ================================================================= main
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}

def main():
    for f in (phi_care, phi_ids, phi_lang, phi_lists, phi_names, phi_self, phi_struct,
              clean_admin, clean_lookalike, clean_news, clean_staff, clean_training):
        f()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in RECORDS:
            w.writerow(r)
    for k in EXPECTED:
        print("%s-%s: %d" % (k[0], k[1], COUNTS.get(k, 0)))
    print("total: %d" % len(RECORDS))
    bad = {k: (COUNTS.get(k, 0), v) for k, v in EXPECTED.items() if COUNTS.get(k, 0) != v}
    if bad or len(RECORDS) != 86:
        sys.exit("count mismatch: %r" % bad)

if __name__ == "__main__":
    main()
