#!/usr/bin/env python3
"""Blind evaluation mail set: transplant centre setting. SEED=4902.

Run: python3 gen.py OUTDIR
Writes <label>-<kind>-NNN.eml files plus labels.csv. Deterministic.
"""
import csv
import datetime
import email.policy
import email.utils
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 4902
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# organisations (all invented)
HTX = "harrowgatetransplant.org"      # Harrowgate Transplant Institute
RBD = "riverbenddialysis.com"         # Riverbend Dialysis (referring unit)
KCK = "kesslercreekkidney.net"        # Kessler Creek Kidney Center (referring unit)
OPO = "tvorn.org"                     # Tri-Valley Organ Recovery Network
BPH = "brightpathhomehealth.com"      # BrightPath Home Health
MMR = "meridianmedride.com"           # Meridian MedRide (medical transport)

HTX_DISCLAIMER = (
    "\n--\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the\n"
    "sole use of the intended recipient(s) and may contain confidential and privileged\n"
    "information. Any unauthorized review, use, disclosure or distribution is prohibited.\n"
    "If you are not the intended recipient, please contact the sender by reply e-mail and\n"
    "destroy all copies of the original message.\n"
)
BPH_DISCLAIMER = (
    "\n\nThis message may contain information protected by state and federal privacy law. "
    "If you received it in error please notify BrightPath Home Health at 740-555-0100 and delete it.\n"
)

MESSAGES = []
_counters = {}
_base = datetime.datetime(2024, 2, 26, 7, 0, 0,
                          tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def _date():
    d = _base + datetime.timedelta(days=random.randint(0, 24),
                                   hours=random.randint(0, 11),
                                   minutes=random.randint(0, 59),
                                   seconds=random.randint(0, 59))
    return email.utils.format_datetime(d)


def add(label, kind, patient, frm, to, subject, body, cc=None, html=None,
        atts=(), cte=None, headers=None):
    """atts: list of (data, maintype, subtype, filename)."""
    _counters[(label, kind)] = _counters.get((label, kind), 0) + 1
    n = _counters[(label, kind)]
    fname = "%s-%s-%03d.eml" % (label, kind, n)
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date()
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = "<%08x.%04x.%s@%s>" % (random.getrandbits(32), random.getrandbits(16),
                                              SEED, dom)
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or []):
        msg[k] = v
    if not cte:
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    msg.set_content(body, charset="utf-8", cte=cte)
    if html:
        msg.add_alternative(html, subtype="html")
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (len(MESSAGES) + 1, j))
            j += 1
    MESSAGES.append((fname, label, kind, patient, msg))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx_bytes(rows, sheet="Sheet1"):
    """Minimal valid .xlsx with inline strings."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows)),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# ---------------------------------------------------------------- PHI: care
add("phi", "care", "Ambersley",
    '"Voss, Alanna" <avoss@%s>' % HTX, "intake@%s" % BPH,
    "SOC orders - Delroy Ambersley, LDKT 2/26",
    """Hi BrightPath team,

Delroy Ambersley is going home tomorrow (Sat) after his living donor kidney transplant on
2/26. Please plan start of care Sunday, Monday at the latest.

Orders:
- wound check, midline incision. Staples come out POD 14 here in clinic, NOT at home
- labs Mon + Thu: CBC, BMP, Mg, Phos, tacrolimus trough (draw BEFORE his am dose - he takes
  it at 8 and 8, so draw 7:30ish)
- JP drain was pulled this morning, dry dressing on the site
- BP and weight daily, he has a log sheet
- going home on tacrolimus 4 mg bid, mycophenolate 720 bid, prednisone taper (20 mg now),
  valganciclovir 450 daily, bactrim SS daily

His wife Marcia is the main caregiver. Please call me if creatinine goes above 2.0 - it was
1.6 this morning, down from 3.9 on day 1.

Thanks!
Alanna

Alanna Voss, BSN, RN, CCTC
Kidney Transplant Coordinator
Harrowgate Transplant Institute
p 614-555-0131 | f 614-555-0139
""" + HTX_DISCLAIMER)

add("phi", "care", "Okafor",
    '"Kim Threlkeld" <kthrelkeld@%s>' % RBD, '"Josh Ebersole" <jebersole@%s>' % HTX,
    "Blessing Okafor - missed tx / stress test",
    """Hey Josh,

FYI Blessing Okafor missed both runs last week (tue + thu). Came in sat with a K of 6.1 and
4.5 kg over her dry weight. We did an extended run and offered to send her over to the ED,
she refused, signed the AMA form. K was 5.2 post.

Her stress test is still booked 3/14 at Fenwick Cardiology, I reminded her twice. Also her
hep B surface antibody came back at 8 so we restarted the Heplisav series this week.

Not sure how this affects her listing but figured you'd want to know before committee.

Kim T, RN
Charge Nurse - Riverbend Dialysis East
(614) 555-0177
""")

add("phi", "care", "Pinsky",
    '"Dana Whitlock RN" <dwhitlock@%s>' % BPH, "liver.coordinators@%s" % HTX,
    "RE: visit note Gerald Pinsky",
    """Visit today 1030. Gerald is more tired than Monday and his eyes look more yellow to me,
wife says urine is dark "like tea". Abdomen softer than last week. Drain output 40 ml serous
(was 120 on Mon). Drew the hepatic panel and tac level, courier picked up at 1145 so should be
at your lab by 3. I wrote STAT bili on the req.

He is still taking the oxycodone 5 mg q6 most days, told him to try spacing it out.
T 98.9, BP 132/78, HR 88, O2 96% RA.

Can someone call him with results today? Home number is on the face sheet.

Dana Whitlock, RN
Field Nurse, BrightPath Home Health - Columbus East

-----Original Message-----
From: Priya Raman <praman@harrowgatetransplant.org>
Sent: Monday, March 4, 2024 4:12 PM
To: Dana Whitlock <dwhitlock@brightpathhomehealth.com>
Subject: RE: visit note Gerald Pinsky

Thanks Dana. Please draw a hepatic panel + tac level at Wed's visit and watch for jaundice,
his ALT has been creeping up (88, was 51). Dr. Lindqvist wants a doppler US if bili is over 2.

Priya Raman, RN
Liver Transplant Coordinator
""" + BPH_DISCLAIMER)

add("phi", "care", "Feeney",
    "Meridian MedRide Dispatch <dispatch@%s>" % MMR, "ir.scheduling@%s" % HTX,
    "Trip confirmed 3/12 - FEENEY, ROSALIND",
    """Trip ID 88-40217 has been CONFIRMED.

Passenger:        FEENEY, ROSALIND
Date:             Tue 03/12/2024
Pickup window:    05:00 - 05:30
Destination:      Harrowgate Transplant Institute, Interventional Radiology, 2nd fl
Level of service: Wheelchair, O2 2 L NC (passenger supplies portable tank)
Escort:           1 (daughter)

Facility notes: transjugular liver biopsy + pressures, NPO after midnight. Passenger may not
go home alone after sedation - daughter riding along. Return trip is will-call, facility to
phone dispatch when discharged (est 14:00).

Questions: 614-555-0150 opt 2. Please do not reply to this mailbox.
Meridian MedRide - Safe rides, every ride.
""")

add("phi", "care", "Reilly",
    '"Gwen Salcedo" <gsalcedo@%s>' % HTX, '"Dr. Farid Haddad" <fhaddad@%s>' % HTX,
    "Reilly - donor w/u update",
    """Farid,

quick update on Tamsin Reilly (donating to her brother):
- CTA back: 2 arteries on the L, single on the R. R kidney a bit smaller, 10.1 vs 11.0 cm
- 24 hr urine protein 90 mg
- nuclear GFR booked 3/19
- psych eval done w/ Dr Amankwah, no concerns
- A1c 5.4, BMI 27

She asked again about time off work so I gave her the living donor assistance info.
Can we present her at selection on 3/26? I think they'll want the R kidney given the anatomy
but that's your call.

Gwen

Gwen Salcedo, MSN, RN
Living Donor Coordinator | Harrowgate Transplant Institute
""")

_ishi_text = """Dear Dr. Bhattacharya,

I saw Mr. Haruto Ishikawa in the liver transplant clinic today, now six months after his
transplant in September. He feels well and has gone back to part-time work.

His liver tests today are normal (ALT 24, AST 27, alkaline phosphatase 96, bilirubin 0.7).
Tacrolimus trough was 6.4. We have stopped his mycophenolate and he will continue on
tacrolimus alone, target 5-7. Creatinine is stable at 1.3.

His blood pressure was 146/88 in clinic, so we increased amlodipine to 10 mg daily. I would
be grateful if you could keep an eye on this at his next visit with you.

We will see him again in three months with an ultrasound.

Kind regards,

Elin Lindqvist, MD
Medical Director, Liver Transplantation
Harrowgate Transplant Institute
"""
_ishi_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Dr. Bhattacharya,</p>
<p>I saw <b>Mr. Haruto Ishikawa</b> in the liver transplant clinic today, now six months after his
transplant in September. He feels well and has gone back to part-time work.</p>
<p>His liver tests today are normal (ALT 24, AST 27, alkaline phosphatase 96, bilirubin 0.7).
Tacrolimus trough was 6.4. We have stopped his mycophenolate and he will continue on
tacrolimus alone, target 5&ndash;7. Creatinine is stable at 1.3.</p>
<p>His blood pressure was 146/88 in clinic, so we increased amlodipine to 10&nbsp;mg daily.
I would be grateful if you could keep an eye on this at his next visit with you.</p>
<p>We will see him again in three months with an ultrasound.</p>
<p>Kind regards,<br><br>Elin Lindqvist, MD<br>Medical Director, Liver Transplantation<br>
Harrowgate Transplant Institute</p>
</body></html>"""
add("phi", "care", "Ishikawa",
    '"Lindqvist, Elin MD" <elindqvist@%s>' % HTX,
    '"Dr. Arjun Bhattacharya" <abhattacharya@%s>' % KCK,
    "Clinic letter - 6 month follow up", _ishi_text, html=_ishi_html,
    cc="hepatology.clinic@%s" % HTX)

add("phi", "care", "Kowalczyk",
    '"Rafaela Quintero, PharmD" <rquintero@%s>' % HTX, "ktx.team@%s" % HTX,
    "conversion Prograf → Envarsus – Kowalczyk",
    """Team –

Bernadette Kowalczyk converting today from Prograf 5 mg BID (trough 7.9 yesterday) to
Envarsus XR 8 mg once daily (≈80% of total daily dose). Trough in 5–7 days – I put in a lab
order for 3/15 at the Fenwick draw station.

She fills through Accredo, new Rx sent, old one cancelled. Counselled her and her husband:
take it in the morning on an empty stomach, same time every day, no grapefruit.
She still had ~10 days of Prograf at home, told her to bring it to clinic for disposal.

– Rafaela

Rafaela Quintero, PharmD, BCTXP
Solid Organ Transplant Pharmacist · ext 4482
""", cte="quoted-printable")

add("phi", "care", "Arredondo",
    "Beatriz Olin <bolin@%s>" % HTX, "Guest Services <guestservices@%s>" % HTX,
    "parking/lodging for a family",
    """hi - saw Luis Arredondo's wife in the family lounge this am. he went back to the OR
overnight for bleeding after the liver and is in SICU again, still on the vent. she's been
here 30+ hrs and they live 3 hours away. can we get her parking vouchers for the week and
a room at Hope House if one opens up? she's in the lounge now.

thx
-Bea

Beatriz Olin, LISW-S
Transplant Social Work, x4406
""")

# ---------------------------------------------------------------- PHI: names
add("phi", "names", "Nguyen",
    '"Tobias Renner MD" <trenner@%s>' % HTX, '"6W Charge" <6w.charge@%s>' % HTX,
    "Nguyen Thi Hoa - bx result",
    """path is back: acute cellular rejection, Banff 1A, C4d neg.

starting solumedrol 500 tonight, x3 days. please hold the discharge and let the day team
know. I'll talk to her and her son at 5 w/ the interpreter.

TR
""")

add("phi", "names", "Adeyemi-Cole",
    "HLA Lab Harrowgate <hla.lab@%s>" % HTX, '"Kessler Creek Charge RN" <charge@%s>' % KCK,
    "repeat serum needed before Thursday",
    """Hello,

Adeyemi-Cole, Oluwaseun - the most recent serum we have on file is >90 days old so we
can't run the virtual crossmatch for his offer review Thursday.

Could you please pull a fresh red top (10 ml, no gel) at his Wednesday run and courier it
to the HLA lab by 12:00? Please label with two identifiers and the draw time.

Many thanks,
Hyun-woo Park, MS, CHS
Histocompatibility Laboratory
Harrowgate Transplant Institute | 614-555-0160
""")

add("phi", "names", "van der Berg",
    "Noor Siddiqui <nsiddiqui@%s>" % HTX, "Tobias Renner <trenner@%s>" % HTX,
    "Re: doppler this am",
    """Looked at Mr. van der Berg's doppler from this morning. RIs 0.78-0.82 in the upper pole,
a bit higher than the post-op study, no hydro, no collection. Flow fine in the vein.

Not worried yet. Van der Berg's UOP has been fine overnight per nursing (~2.4 L).
I'd repeat Friday and recheck tac, he was 16 yesterday.

Noor

On Wed, Mar 6, 2024 at 9:02 AM Tobias Renner <trenner@harrowgatetransplant.org> wrote:
> can someone look at Pieter's US before rounds? radiology hasn't read it yet
> TR
""")

add("phi", "names", "Marisol",
    "Yesenia Luna <yluna@%s>" % BPH, "Carla Bright <cbright@%s>" % BPH,
    "the liver lady on dunmore",
    """hi carla just fyi

Marisol (the liver transplant lady on Dunmore St, tue/fri visits) told me today she stopped
taking the little white pill in the mornings because it makes her hands shaky and she
cant hold her coffee. I think thats the tacrolimus?? i told her she has to call the
transplant people but honestly I dont think she will. She also said her legs are more
swollen. Can you call her or the coordinator?

Yesenia, HHA
sent from my phone
""")

add("phi", "names", "Peñalver-Núñez",
    '"Josh Ebersole" <jebersole@%s>' % HTX, "preadmit@%s" % HTX,
    "Pre-admit: Inés Peñalver-Núñez Mon 3/18",
    """Hi pre-admit,

Inés Peñalver-Núñez is scheduled Mon 3/18 for ERCP with biliary stent exchange (anastomotic
stricture), 0730 in GI lab 3.

- needs IN PERSON Spanish interpreter please, not the video cart - she is hard of hearing
- INR on arrival, she was on warfarin until Wed
- she'll come with her husband Rogelio, they'll need the Meridian ride home

Thanks,
Josh

Joshua Ebersole, RN, CCTC
Liver Transplant Coordinator
Harrowgate Transplant Institute
""")

add("phi", "names", "Venkataraghavan",
    '"Dr. Maya Ostrowski" <mostrowski@%s>' % HTX, "waitlist.mgmt@%s" % HTX,
    "FW: cardiology clearance",
    """Please reactivate. Echo EF 55%, stress test negative, cardiology signed off.

Maya

---------- Forwarded message ---------
From: Fenwick Cardiology <referrals@fenwickcardiology.com>
Date: Thu, Mar 7, 2024 at 2:18 PM
Subject: cardiology clearance
To: Dr. Maya Ostrowski <mostrowski@harrowgatetransplant.org>

Dr Ostrowski,

Re: Venkataraghavan, S. (Srinivasan; goes by "Srini")

Mr. Venkataraghavan completed his regadenoson nuclear stress test on 3/5 with no
reversible defects. Echo shows EF 55%, mild LVH. From our standpoint he is an acceptable
candidate for kidney transplantation.

Regards,
Harold Mbatha, MD, FACC
""")

add("phi", "names", "Al-Qahtani",
    "Shirin Farrokh <sfarrokh@%s>" % MMR, "transplant.clinic@%s" % HTX,
    "standing order - Mr Al-Qahtani",
    """Good afternoon,

Confirming the standing Thursday rides for Mr. Abdulrahman Al-Qahtani to your
post-transplant clinic and lab draw (pickup 07:15, return after clinic). His son
Faisal will ride with him each week.

The family asked if we can send an Arabic-speaking driver, we will try but cannot promise.
Also note the patient now uses a walker since his hip, so we changed him from ambulatory to
wheelchair-assist on our side.

Shirin Farrokh
Scheduling Lead, Meridian MedRide
614-555-0152
""")

add("phi", "names", "Hryhorenko",
    "Kessler Creek Front Desk <frontdesk@%s>" % KCK, '"Vascular Access Clinic" <vac@%s>' % HTX,
    "fistula revision - pt's daughter called",
    """Hi,

Mrs. Hryhorenko's daughter Iryna called us this morning. Her mother (Olena) is due for
the fistula revision on 3/20 with Dr. Castellanos but she has dialysis that morning at our
unit. Can the surgery be moved to the afternoon or another day? Her left arm fistula has
had poor flows for 3 weeks now and we're using the catheter.

Daughter's cell 614-555-0124, she prefers text. Mrs H speaks Ukrainian, limited English.

Thanks,
Tammy
Kessler Creek Kidney Center
""")

# ---------------------------------------------------------------- PHI: self
add("phi", "self", "Pettigrew",
    "Wanda Pettigrew <wandap1963@gmail.com>", "avoss@%s" % HTX,
    "labs question",
    """Hi Alanna,

This is Wanda Pettigrew, I had my kidney transplant in January (Dr Renner). I got my lab
results on the portal from yesterday and my creatinine says 1.9?? Last time it was 1.4.
Is that bad? I feel fine, maybe a little tired. I have been drinking less water because I
was working doubles.

Also I am almost out of my valganciclovir, the pharmacy said they need a new script.

Thank you so much,
Wanda
""")

add("phi", "self", "Brathwaite",
    "Simone Brathwaite <simone.brathwaite@yahoo.com>", "peds.transplant@%s" % HTX,
    "Elijah fever",
    """Hello, my son Elijah Brathwaite (DOB 06/11/2016) had his liver transplant with you in
2019. He's had a fever since last night, 101.4 this morning, and he threw up his morning
tacrolimus about 20 min after taking it. Do I give the dose again? He also has a runny nose
and his brother had strep last week.

We are at 614-555-0185. I don't want to bring him to the ER if we don't have to but I will if
you say so.

Simone (mom)
""")

add("phi", "self", "Delacroix",
    "Corinne Delacroix <cdelacroix@outlook.com>", "livingdonor@%s" % HTX,
    "donor follow-up / BP",
    """Hi there,

I donated a kidney to my sister in 2021 at Harrowgate (I'm Corinne Delacroix). I was told
to let you know if anything changed. My blood pressure at home has been running around
148/95 for the past couple of weeks, my GP wants to start me on lisinopril. Is that OK
with only one kidney? Also I never did my 2 year donor labs, sorry, moved twice. Can I do
those at a Quest near me?

Thanks,
Corinne
""")

add("phi", "self", "Whitfield",
    "marcus whitfield <mwhitfield82@gmail.com>", "transplant.referrals@%s" % HTX,
    "why am i inactive",
    """hey its Marcus Whitfield, i dialyze at Riverbend tue thu sat. i got a letter saying im
inactive on the kidney list?? i did the dental clearance in december, the dentist faxed it
over twice. and i did the colonoscopy. nobody told me anything was missing. ive been on
dialysis 4 years now. please call me back or email, i cant answer during treatment.

Marcus W.
""")

add("phi", "self", "Sorensen",
    "Kirsten Sorensen-Blake <ksblake@icloud.com>", "intake@%s" % BPH,
    "Nurse did not come today - my mother",
    """To whom it may concern,

My mother, Hedwig Sorensen, came home from Harrowgate on Tuesday after her liver transplant
and is supposed to have a nurse visit today for her dressing and drain. Nobody came and nobody
called. The drain bulb is full and there is some leaking around the dressing onto her
shirt. I don't know how to empty it properly and I'm scared of pulling it out.

Please call me today at 614-555-0193. She is at my house for the next month,
22 Alder Ct, Worthington.

Kirsten Sorensen-Blake (daughter)
""", cte="quoted-printable")

add("phi", "self", "Mbeki-Holt",
    "Terrence Mbeki-Holt <tmbekiholt@gmail.com>", "customercare@%s" % MMR,
    "Complaint - driver left without me",
    """I am writing to complain. My name is Terrence Mbeki-Holt and I use your van to get to
dialysis Monday Wednesday Friday at 6am (Kessler Creek). On Tuesday, sorry Wednesday the
driver came early, honked once and left before I could get down the stairs with my walker. I
called dispatch and was told nobody could come for 3 hours so I missed my treatment.

Thursday I ended up in the ER at Mercy with fluid on my lungs and had to stay overnight
for emergency dialysis. This cannot happen again. I want someone to call me.

Terrence Mbeki-Holt
""")

add("phi", "self", "Osei",
    "Ferdinand Osei <f.osei@protonmail.com>", "Priya Raman <praman@%s>" % HTX,
    "Re: Your recent lab results",
    """Thank you Priya. Yes I can do the ultrasound on the 22nd, morning is best. For your
records my birthday is 2/9/1961 not 2/9/1967, the lab slip had it wrong and that might be why
the portal isn't showing my results.

The itching is better since you changed the cholestyramine timing.

Ferdinand

On Fri, Mar 8, 2024, Priya Raman <praman@harrowgatetransplant.org> wrote:
> Hi Mr. Osei,
> Your liver enzymes are a little higher than last month (ALT 61, alk phos 240). Dr.
> Lindqvist would like an ultrasound of your liver and bile ducts, and to repeat labs in
> 2 weeks. Can you come on 3/22?
> Priya Raman, RN, Liver Transplant Coordinator
""")

# ---------------------------------------------------------------- PHI: ids
add("phi", "ids", "",
    "Riverbend Dialysis West <west.lab@%s>" % RBD, "hla.lab@%s" % HTX,
    "monthly serum - courier today",
    """Monthly PRA serum going out on the 1400 courier.

pt MRN 00482917, DOB 3.4.88, drawn 3/6 0700 pre-treatment, 2 red tops.
Also adding the serum for the 3/1 run that got missed - same pt.

thx
Riverbend West lab
""")

add("phi", "ids", "Halvorsen",
    '"Denise Akintola" <dakintola@%s>' % HTX, "provider.appeals@buckeyemutualhealth.com",
    "Appeal - claim denied for missing auth, acct 7730021984",
    """Good morning,

We are requesting reconsideration of the denial below.

Patient:      HALVORSEN, ERIK J
Acct#:        7730021984
DOB:          19610922
DOS:          20240212
CPT:          50360 (renal allotransplantation, w/o recipient nephrectomy)
Claim#:       24043-118820-01
Denial code:  CO-197 precertification/authorization absent

Authorization for the transplant admission was obtained on 1/29/2024, auth #PA-2291837,
rep Tonya ref 4471920. Letter attached in our portal submission. Please reprocess.

Denise Akintola, CRCS
Patient Financial Services - Transplant
Harrowgate Transplant Institute | 614-555-0141
""" + HTX_DISCLAIMER, cte="quoted-printable")

add("phi", "ids", "Demir",
    "Call Center <callcenter@%s>" % MMR, "dispatch@%s" % MMR,
    "NEW RIDER SETUP",
    """New standing ride. Caller: patient's sister (Ayla)

Rider: Yusuf Demir
DOB: 4 Mar 1988
Pickup: 1142 Larkspur Ln Apt 3B, Fenwick OH 43210 (side door, ramp)
Callback: 614-555-0143
Dest: Riverbend Dialysis East, chair time 11:30 MWF, ~4 hr tx
Start: Mon 3/11
Medicaid ID 1048823771 - auth pending

rider is legally blind, needs door-to-door
""")

add("phi", "ids", "",
    "Carmen Ybarra <cybarra@%s>" % HTX, "Pre-Transplant Team <pretx@%s>" % HTX,
    "auth approved",
    """fyi prior auth approved for the kidney tx eval:

Member ID XJH448201937
Group 00712
Subscriber DOB 07/30/1975
Auth # PA-2301955, valid 3/1/24 - 8/31/24, covers eval + HLA + CT A/P + echo

ok to schedule the eval day.
-C
""")

add("phi", "ids", "",
    "Surgical Pathology <surgpath@%s>" % HTX, "consults@midwestliverpath.org",
    "outside consult - slides shipping",
    """Dr. Kaminski,

Shipping today via FedEx (tracking 7789 4410 2231) for your second opinion as discussed:

Accession S24-11873, liver core biopsy, 2 H&E + trichrome + CK7 + C4d
Chart #3318840, collected 3/4/2024
Clinical: 7 months post-transplant, rising alk phos, ?chronic rejection vs. recurrent PSC

Please fax the report to 614-555-0169.

Hollis Greer, HT(ASCP)
Surgical Pathology, Harrowgate Transplant Institute
""")

add("phi", "ids", "",
    "Organ Center <organcenter@%s>" % OPO, '"Kidney Tx On Call" <ktx.oncall@%s>' % HTX,
    "OFFER ACCEPTED - ADHG112 - recipient call-in",
    """Confirming primary acceptance:

Donor ID: ADHG112 (left kidney)
Recipient MRN: 5520193, DOB 11/27/1974, ABO O
Recipient phone on file: 614-555-0166 (cell)
Est cross-clamp 02:15, kidney ETA your center ~08:30

Please confirm recipient reached and admit time. Final XM pending.

TVORN Organ Center
24/7: 1-800-555-0102
""")

add("phi", "ids", "Batista",
    "Nurse Triage <triage@%s>" % HTX, "ktx.coordinators@%s" % HTX,
    "Phone msg - refill",
    """Pt called from 614-555-0172 at 1615.
Name: Teodoro Batista
Verified: DOB 12-Jan-1959, last 4 SSN 4471
Request: mycophenolate 500 bid refill. Specialty pharmacy says prior auth expired 2/29.
Has 2 days left. Pharmacy: Accredo, 1-800-555-0110.
Please call back.
- LM, RN triage
""")

add("phi", "ids", "Lavalle",
    "Transplant Discharge Planning <dcplanning@%s>" % HTX, "referrals@%s" % BPH,
    "Referral HH-240311-07 - IV ganciclovir",
    """BrightPath Referrals,

New referral for home infusion nursing:

Referral #: HH-240311-07
Patient: LAVALLE, KEISHA M
DOB: 1990-07-15
Address: 88 Quarry Hill Rd, Millbrook, OH 43302
Phone: (740) 555-0191
Insurance: OH Medicaid MCO, member # 200419387551
Reason: CMV viremia after kidney transplant, IV ganciclovir 5 mg/kg q12h via PICC x 14 days
Start of care: 3/12/24, first dose given inpatient 3/11 AM
Labs: CBC w/ diff + BMP twice weekly, CMV PCR weekly, results to Dr. Ostrowski

Thank you,
Lorraine Pak, RN, CCM
Discharge Planning
""" + HTX_DISCLAIMER)

# ---------------------------------------------------------------- PHI: lists
add("phi", "lists", "Castellano",
    "Renata Holloway <rholloway@%s>" % HTX, "6w.nursing@%s" % HTX,
    "night sign out 6W 3/7",
    "6W transplant - night signout 3/7 (pls don't print)\n\n"
    "Bed\tName\t\t\tPOD\tIssues / to do\n"
    "6W-02\tCastellano, Vito\t\tPOD 3 DDKT\tDGF, HD this am, K 5.8 recheck 0200\n"
    "6W-05\tOyelaran, Funmi\t\tPOD 6 OLT\tJP amylase sent, tac 18 -> held pm dose\n"
    "6W-07\tBrandt, Lucille\t\tPOD 1 LDKT\tUOP 300/hr, replace 1:1, Hgb 8.9 trend\n"
    "6W-11\tHuynh, Bao\t\tadm rejection\tsolumedrol #2 tonight, BG q6, FS > 300 call\n"
    "6W-14\tDimitriou, Kostas\tPOD 9 OLT\tdelirium, sitter ordered, CT head neg\n"
    "\nAlso: Brandt's husband wants a call from MD re: plan, told him rounds ~0800.\n\nRenata\n")

add("phi", "lists", "Whitfield",
    "Nadia Petrosyan <npetrosyan@%s>" % RBD, "Josh Ebersole <jebersole@%s>" % HTX,
    "Riverbend - waitlist pts status for QAPI",
    """Hi Josh, for our monthly QAPI here's where our waitlist patients stand from our side.
Can you check these against your list? Some of them say they don't know their status.

* Marcus Whitfield (TTS) - says he's inactive?? dental done in Dec per him
* Blessing Okafor (MWF) - missed 2 tx last wk, stress test 3/14
* Earl Dupree (MWF) - wants to add his nephew as living donor, who does he call
* Ana-Lucia Ferreira (TTS) - new PD start, still wants to be listed
* Tran Duc Minh (MWF) - colonoscopy done 2/20, report faxed 2/22
* Rosemary Kettleborough (TTS) - hospitalized at Mercy since 3/1, sepsis from cath

thanks!
Nadia Petrosyan, MSW, LSW
Social Worker, Riverbend Dialysis East & West
""")

add("phi", "lists", "Pruitt",
    "Dispatch Ops <ops@%s>" % MMR, "ops-drivers@%s" % MMR,
    "Manifest Route 7 - Fri 03/08",
    "Route 7 / Van 22 / Driver: D. Okonjo\n\n"
    "TIME  RIDER                 PICKUP ADDRESS                 DEST                    LOS   NOTE\n"
    "0515  PRUITT, Harlan        417 Mulberry St, Fenwick       Riverbend East HD       AMB   \n"
    "0530  SZABO, Erzsebet       90 Canal Rd #2, Fenwick        Riverbend East HD       WC    O2 2L\n"
    "0610  MENSAH, Kwabena       3380 Old Post Rd, Granville    Kessler Creek HD        AMB   \n"
    "0715  AL-QAHTANI, Abdul.    55 Hawthorne Ct, Fenwick       Harrowgate TX clinic    WC    son rides\n"
    "0800  LOPEZ GARZA, Reyna    1209 E 5th Ave Apt 11          Harrowgate IR           WC    NPO,bx\n"
    "1030  PRUITT, Harlan        Riverbend East HD              417 Mulberry St         AMB   return\n"
    "\nCall ops if any rider no-show. Szabo's daughter says use back door.\n")

add("phi", "lists", "Kaczmarek",
    "Carla Bright <cbright@%s>" % BPH, "liver.coordinators@%s" % HTX,
    "weekly census - Harrowgate transplant pts",
    """Attached is this week's census for your transplant patients on our service with visit
dates and last labs drawn. Let me know if anyone's missing.

Carla Bright, RN
Clinical Manager, BrightPath Home Health
""" + BPH_DISCLAIMER,
    atts=[(csv_text([
        ["Patient", "DOB", "Organ", "Tx date", "SOC", "Visits/wk", "Last labs", "Notes"],
        ["Kaczmarek, Jerzy", "05/14/1957", "Liver", "02/09/2024", "02/20/2024", "2", "03/05/2024", "drain out 3/1"],
        ["Pinsky, Gerald", "11/02/1964", "Liver", "02/14/2024", "02/24/2024", "3", "03/06/2024", "bili rising - see email"],
        ["Ambersley, Delroy", "08/21/1979", "Kidney (LD)", "02/26/2024", "03/03/2024", "2", "03/04/2024", ""],
        ["Sorensen, Hedwig", "01/30/1949", "Liver", "02/28/2024", "03/06/2024", "3", "", "missed visit 3/6 - rescheduled"],
        ["Marisol Quispe", "07/07/1970", "Liver", "12/12/2023", "01/02/2024", "2", "03/01/2024", "?nonadherent tac"],
        ["Lavalle, Keisha", "07/15/1990", "Kidney", "01/17/2024", "03/12/2024", "7", "", "IV ganciclovir via PICC"],
    ]), "text", "csv", "BrightPath_HTX_census_2024-03-08.csv")])

add("phi", "lists", "Ferreira",
    "Waitlist Management <waitlist.mgmt@%s>" % HTX, "socialwork@%s" % RBD,
    "Riverbend waitlist roster - March",
    """Hi Nadia,

Attached is the current roster for patients dialyzing at Riverbend who are on or being
evaluated for our kidney list, per your QAPI request. Status as of this morning.

Please keep this internal - it has MRNs.

Waitlist Management Office
Harrowgate Transplant Institute
""" + HTX_DISCLAIMER,
    atts=[(xlsx_bytes([
        ["MRN", "Last", "First", "DOB", "ABO", "cPRA", "Status", "Reason / pending"],
        ["4410928", "Ferreira", "Ana-Lucia", "1982-10-03", "A", 0, "Evaluation", "PD start, needs CT A/P"],
        ["3902177", "Whitfield", "Marcus", "1982-06-19", "B", 12, "Inactive (7)", "dental clearance not received"],
        ["4187320", "Okafor", "Blessing", "1976-02-11", "O", 88, "Active", "stress test 3/14"],
        ["3550481", "Dupree", "Earl", "1959-12-24", "O", 0, "Active", "LD candidate inquiry"],
        ["4620915", "Tran", "Duc Minh", "1968-04-30", "A", 35, "Evaluation", "colonoscopy received 2/22"],
        ["2998736", "Kettleborough", "Rosemary", "1951-09-08", "AB", 0, "Inactive (1)", "hospitalized"],
    ], "Riverbend"), XLSX[0], XLSX[1], "Riverbend_roster_2024-03.xlsx")])

add("phi", "lists", "Mensah",
    "Kessler Creek Lab <lab@%s>" % KCK, "hla.lab@%s" % HTX,
    "Feb monthly labs - waitlisted pts (zip)",
    """Hello HLA lab,

Monthly labs for our waitlisted patients for February are in the zip, same format as
always. Password is the usual one - sorry, IT says our system can't do encrypted zips
right now so it's a plain one this month.

Kessler Creek Kidney Center - Lab
""",
    atts=[(zip_bytes([("KCK_waitlist_labs_2024-02.csv", csv_text([
        ["last_name", "first_name", "dob", "kck_chart", "draw_date", "hgb", "k", "alb", "hbsag", "serum_sent"],
        ["Mensah", "Kwabena", "1971-03-22", "KC-10442", "2024-02-07", "10.8", "4.9", "3.8", "neg", "Y"],
        ["Adeyemi-Cole", "Oluwaseun", "1985-11-30", "KC-11810", "2024-02-07", "11.2", "5.3", "4.0", "neg", "N"],
        ["Mbeki-Holt", "Terrence", "1966-05-09", "KC-09917", "2024-02-09", "9.6", "5.8", "3.4", "neg", "Y"],
        ["Hryhorenko", "Olena", "1958-01-17", "KC-12033", "2024-02-09", "10.1", "4.4", "3.6", "neg", "Y"],
        ["Bui", "Thanh Huong", "1990-08-02", "KC-12291", "2024-02-12", "11.9", "4.1", "4.2", "neg", "Y"],
    ]))]), "application", "zip", "KCK_Feb2024.zip")])

add("phi", "lists", "Grabowski",
    "Gwen Salcedo <gsalcedo@%s>" % HTX, "livingdonor.team@%s" % HTX,
    "donor eval day 3/13 - schedule",
    """Team, here's Wed's donor eval day. Interpreter booked for Ms. Alvarado at 0800.

 Time | Donor                  | DOB        | Intended recipient     | Notes
------+------------------------+------------+------------------------+-------------------------
 0730 | Grabowski, Tomasz      | 09/12/1990 | Grabowski, Ewa (wife)  | 2nd visit, CTA today
 0800 | Alvarado, Josefina     | 03/03/1978 | Alvarado, Ruben (bro)  | Spanish interp
 0830 | Lindgren-Shaw, Peter   | 12/01/1965 | non-directed           | BMI 32, needs OGTT
 0930 | Oduya, Chinwe          | 06/25/1994 | Oduya, Emeka (father)  | ABO incompat -> paired exch?

Lunch for donors in conf rm B at noon.
Gwen
""")

# ---------------------------------------------------------------- PHI: struct
add("phi", "struct", "Lindgren",
    "Amir Tavakoli <atavakoli@%s>" % HTX, "Interface Team <interfaces@%s>" % HTX,
    "ORU didn't file to chart - tac level",
    """This one errored out of the Sunquest -> Epic interface last night and never filed.
Nurse noticed the tac level missing this am. Pasting raw msg from the error queue:

MSH|^~\\&|SUNQUEST|HTXLAB|EPIC|HTX|20240307061522||ORU^R01|SQ24030706152201|P|2.5.1
PID|1||3318840^^^HTX^MR~449-20-8813^^^SSA^SS||LINDGREN^ASTRID^MARIE||19580203|F|||1903 Whitlow Ave^^Fenwick^OH^43215||(614)555-0118
PV1|1|O|TXCLIN^^^HTX||||1184432^LINDQVIST^ELIN^^^MD
ORC|RE|ORD77120|SQ998812
OBR|1|ORD77120|SQ998812|TACRO^Tacrolimus level^L|||20240307054500|||||||||1184432^LINDQVIST^ELIN
OBX|1|NM|TACRO^Tacrolimus level^L||14.8|ng/mL|5.0-15.0|N|||F|||20240307061200
OBX|2|NM|CREAT^Creatinine^L||1.1|mg/dL|0.6-1.2|N|||F|||20240307061200
OBX|3|NM|ALT^ALT^L||142|U/L|7-56|H|||F|||20240307061200

Error was "PID-3 repetition not supported". Can you reprocess?

Amir Tavakoli
Clinical Applications Analyst - Lab/Beaker
""")

_adt = ("MSH|^~\\&|EPIC|HTX|TVORN|OPO|20240309021144||ADT^A01|HTX88120441|P|2.5.1\r"
        "EVN|A01|20240309021100\r"
        "PID|1||5520193^^^HTX^MR||MCALLISTER^DWAYNE^R||19741127|M||2106-3|771 Oberlin Dr^^Fenwick^OH^43219||(614)555-0166|||M\r"
        "PV1|1|I|6W^6W-09^A^HTX||||2230871^RENNER^TOBIAS^^^MD|||TX||||1|||2230871^RENNER^TOBIAS^^^MD|IN||||||||||||||||||||||||20240309021100\r"
        "DG1|1|I10|N18.6^End stage renal disease^I10|||A\r"
        "DG1|2|I10|Z99.2^Dependence on renal dialysis^I10|||A\r"
        "IN1|1|MCR|00|MEDICARE PART A AND B|||||||||||MCALLISTER^DWAYNE^R|01|19741127|||||||||||||||||||1EG4TE5MK73\r")
add("phi", "struct", "McAllister",
    "Interface Monitor <ifmon@%s>" % HTX, "Amir Tavakoli <atavakoli@%s>" % HTX,
    "[IFMON] NAK from TVORN outbound - 1 msg",
    """Outbound channel HTX_TVORN_ADT received NAK (AE) for the attached message.
Error text from receiver: "PV1-3 location not mapped".
Message retained in queue HTX_TVORN_ADT_ERR. Retry count 3/3.

-- automated message from Interface Monitor, do not reply --
""", atts=[(_adt.encode("ascii"), "application", "octet-stream", "HTX88120441.hl7")])

add("phi", "struct", "Mahfouz",
    "Denise Akintola <dakintola@%s>" % HTX, "edi.support@claimbridge.net",
    "837P rejected at clearinghouse - loop 2010BA?",
    """Hi ClaimBridge support,

This claim keeps rejecting with "2010BA NM109 invalid". The member ID matches the card.
Can you tell me what is wrong? Snippet from the file:

ISA*00*          *00*          *ZZ*HARROWGATETX   *ZZ*CLAIMBRIDGE    *240308*1422*^*00501*000004417*0*P*:~
GS*HC*HARROWGATETX*CLAIMBRIDGE*20240308*1422*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*HTX240308A*20240308*1422*CH~
NM1*85*2*HARROWGATE TRANSPLANT INSTITUTE*****XX*1679543210~
HL*2*1*22*0~
SBR*P*18*00712******CI~
NM1*IL*1*MAHFOUZ*SAMIR*K***MI*XJH 771204455~
N3*2207 CALDWELL AVE~
N4*FENWICK*OH*43215~
DMG*D8*19670419*M~
CLM*HTX88213*1250***11:B:1*Y*A*Y*Y~
HI*ABK:Z940*ABF:D849~
SV1*HC:99215*1250*UN*1***1~
DTP*472*D8*20240305~
SE*15*0001~

Thanks,
Denise Akintola
PFS - Transplant, Harrowgate
""")

add("phi", "struct", "Pham",
    "Carmen Ybarra <cybarra@%s>" % HTX, "Josh Ebersole <jebersole@%s>" % HTX,
    "271 back for Pham - coverage looks termed?",
    """Josh - the eligibility response for Mr. Pham came back and it looks like his
commercial plan termed 2/29. Raw 271 below. He needs to call his employer/HR before we
can go active again. Financial hold until fixed.

ST*271*0001*005010X279A1~
BHT*0022*11*HTX-ELIG-55102*20240308*0915~
HL*1**20*1~
NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*60211~
HL*2*1*21*1~
NM1*1P*2*HARROWGATE TRANSPLANT INSTITUTE*****XX*1679543210~
HL*3*2*22*0~
TRN*2*55102*9HTXELIG~
NM1*IL*1*PHAM*DUC*V***MI*BMH600481172~
N3*4410 SAWMILL PKWY APT 214~
N4*DUBLIN*OH*43017~
DMG*D8*19630812*M~
INS*Y*18*001*25~
DTP*346*D8*20190101~
DTP*347*D8*20240229~
EB*6**30~
MSG*COVERAGE TERMINATED~
SE*17*0001~

Carmen Ybarra
Transplant Financial Coordinator
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "htx-4187320",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.8821.1", "value": "4187320", "type": {"text": "MRN"}}
        ],
        "name": [{"family": "Okafor", "given": ["Blessing", "Adaeze"]}],
        "gender": "female",
        "birthDate": "1976-02-11",
        "telecom": [{"system": "phone", "value": "614-555-0108", "use": "mobile"}],
        "address": [{"line": ["2716 Ridgeview Ter"], "city": "Fenwick", "state": "OH", "postalCode": "43224"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "cpra-20240301",
        "status": "final",
        "code": {"text": "Calculated panel reactive antibody (cPRA)"},
        "subject": {"reference": "Patient/htx-4187320"},
        "effectiveDateTime": "2024-03-01",
        "valueQuantity": {"value": 88, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "id": "esrd-1",
        "subject": {"reference": "Patient/htx-4187320"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.6", "display": "End stage renal disease"}]},
        "onsetDateTime": "2019-06-01"
      }
    }
  ]
}
"""
add("phi", "struct", "Okafor",
    "Lukas Brennan <lbrennan@%s>" % HTX, "dev@renalsync.io",
    "FHIR export sample from prod - cPRA not mapping",
    """Hi RenalSync folks,

As requested, attached is one bundle straight from the prod export where the cPRA
observation doesn't show up on your side. Should be the same shape as the others.
Let me know what you find.

Lukas Brennan
Integration Engineer, Harrowgate Transplant Institute IS
""", atts=[(_fhir, "application", "json", "bundle_4187320.json")])

add("phi", "struct", "Kerr",
    "HIM Release of Information <roi@%s>" % HTX, "records@%s" % KCK,
    "CCD for continuity of care",
    """Per your request, CCD summary for your shared patient below (XML excerpt, full document
sent via Direct). Let us know if Direct delivery fails again.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240306143000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="4901377" root="2.16.840.1.113883.3.8821.1"/>
      <addr use="HP"><streetAddressLine>61 Tanager Way</streetAddressLine><city>Granville</city><state>OH</state><postalCode>43023</postalCode></addr>
      <telecom value="tel:+1-740-555-0137" use="HP"/>
      <patient>
        <name><given>Graham</given><given>T</given><family>Kerr</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19720814"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list><item>Kidney transplant status (Z94.0), deceased donor 2022-11-04</item>
      <item>BK viremia, improving</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>tacrolimus 2 mg PO BID</item><item>leflunomide 20 mg PO daily</item>
      <item>prednisone 5 mg PO daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>

Release of Information, Health Information Management
Harrowgate Transplant Institute
""")

add("phi", "struct", "Dimitriou",
    "Remit Processing <era@%s>" % HTX, "Denise Akintola <dakintola@%s>" % HTX,
    "835 partial pay - need review",
    """Denise, this ERA posted short for the liver case. Payer paid 31,200 of 148,750.
Relevant part of the 835:

CLP*HTX90177*2*148750*31200*0*12*24061A00993*21*1~
NM1*QC*1*DIMITRIOU*KOSTAS****MI*BMH700229104~
NM1*82*1*LINDQVIST*ELIN****XX*1093847561~
DTM*232*20240226~
DTM*233*20240309~
CAS*CO*45*102550~
CAS*PR*1*15000~
AMT*AU*148750~
SVC*NU:0810*148750*31200**1~

Secondary is Medicare, can you check whether we billed the acquisition cost correctly?
- Remit team
""")

# ---------------------------------------------------------------- PHI: lang
add("phi", "lang", "Ríos Zamarripa",
    "Marisela Ríos <marisela.rios77@hotmail.com>", "transplant.referrals@%s" % HTX,
    "Pregunta sobre mi mamá - lista de trasplante",
    """Hola, buenas tardes.

Le escribo por mi mamá, Guadalupe Ríos Zamarripa, ella hace diálisis en Riverbend los
lunes, miércoles y viernes. Le dijeron que le faltan unos estudios para entrar a la lista
de trasplante de riñón: la colonoscopía y el ecocardiograma. El eco ya se lo hicieron el
28 de febrero en el hospital de Fenwick. ¿Ustedes pueden pedir los resultados o tengo que
llevarlos yo?

La colonoscopía está programada para el 2 de abril. También quería preguntar si ella puede
seguir tomando el calcio que le dan en la diálisis antes de la cita.

Mi teléfono es 614-555-0127. Muchas gracias por su ayuda.

Marisela Ríos (hija)
""", cte="quoted-printable")

add("phi", "lang", "Teixeira",
    "Joaquim Teixeira <jteixeira.pt@gmail.com>", "Priya Raman <praman@%s>" % HTX,
    "exames de ontem",
    """Bom dia Priya,

Sou o Joaquim Teixeira, fiz o transplante de fígado em novembro com a Dra. Lindqvist.
Vi os exames de ontem no portal: a TGP subiu para 74 (antes era 30). A enfermeira disse
para repetir na sexta-feira. Estou tomando o tacrolimo 2 mg de manhã e 2 mg à noite e o
micofenolato. Devo mudar alguma coisa?

Também estou com diarreia há 3 dias, umas 5 vezes por dia. Não tenho febre.

Obrigado,
Joaquim
""")

add("phi", "lang", "Trần",
    "Minh Tran <minhtran.family@gmail.com>", "Alanna Voss <avoss@%s>" % HTX,
    "Bố em - Trần Văn Lộc - hỏi về xét nghiệm",
    """Chào chị Alanna,

Em là Minh, con trai của bệnh nhân Trần Văn Lộc (ngày sinh 02/05/1956). Bố em được ghép
thận tại bệnh viện ngày 15/01. Mấy hôm nay bố em bị phù chân và đi tiểu ít hơn trước, cân
nặng tăng 2 kg trong 3 ngày. Bố em vẫn uống thuốc chống thải ghép đúng giờ (tacrolimus
3 mg sáng và tối).

Lịch xét nghiệm máu thứ Năm này có cần đi sớm hơn không ạ? Bố em không nói được tiếng Anh
nên gia đình em xin thông dịch viên tiếng Việt khi tái khám.

Cảm ơn chị nhiều.
Minh
""", cte="base64")

add("phi", "lang", "Désir",
    "Jean-Robert Desir <jrdesir@yahoo.com>", "dispatch@%s" % MMR,
    "machin pa vini",
    """Bonjou,

Mwen rele Jean-Robert Désir. Mwen fè dyaliz nan Riverbend lendi, mèkredi ak vandredi a
6è. Machin Meridian lan pa t vin chèche m jodi a, mwen tann depi 5è edmi. Mwen pa t ka fè
dyaliz mwen. Kounye a mwen santi pye m anfle e mwen gen souf kout.

Tanpri rele m nan 614-555-0146 oswa voye yon lòt machin. Mwen rete 1830 Linden Ave.

Mèsi anpil,
Jean-Robert
""")

add("phi", "lang", "Кравченко",
    "Ольга Кравченко <olga.kravchenko@mail.ru>", "Elin Lindqvist <elindqvist@%s>" % HTX,
    "Кравченко Виктор Павлович - температура после пересадки",
    """Здравствуйте, доктор Линдквист!

Пишу Вам по поводу моего мужа, Кравченко Виктора Павловича (дата рождения 14.09.1962).
После пересадки печени в декабре у него снова поднялась температура до 38,2 и пожелтели
глаза. В пятницу ему делали биопсию — результаты уже есть?

Он принимает такролимус 3 мг два раза в день и преднизолон 10 мг. Можно ли приехать
раньше, чем назначено (25 марта)?

С уважением,
Ольга Кравченко
тел. 614-555-0175
""", cte="base64")

add("phi", "lang", "Dimaculangan",
    "Jhun Manalastas <jmanalastas@%s>" % BPH, "Priya Raman <praman@%s>" % HTX,
    "update kay Mrs. Dimaculangan",
    """Hi Ma'am Priya,

Update lang po kay Mrs. Leticia Dimaculangan. Nag-home visit ako kanina, medyo mataas BP
niya 168/96, tapos masakit daw yung tahi sa tiyan, may konting pamumula sa incision pero
walang nana. Kinuha ko na po yung labs (CBC, CMP, tacro level) at pinadala sa lab ninyo.

Hindi pa po niya nainom yung amlodipine kasi naubos na raw last Sunday. Pwede po bang
i-refill? Yung anak niya ang kukuha sa CVS sa Morse Rd.

Salamat po,
Jhun Manalastas, RN
BrightPath Home Health
""" + BPH_DISCLAIMER)

add("phi", "lang", "السيد",
    "Ahmed Elsayed <ahmed.elsayed90@gmail.com>", "ktx.coordinators@%s" % HTX,
    "استفسار عن والدي - زراعة كلية",
    """السلام عليكم،

أنا أحمد، ابن المريض محمود عبد الحميد السيد. والدي أجرى عملية زراعة كلية في مركزكم في
شهر فبراير. نتائج التحاليل اليوم: الكرياتينين 2.1 وكان 1.5 الأسبوع الماضي. الممرضة في
البيت قالت يجب الاتصال بكم.

هل يجب أن نأتي إلى المستشفى اليوم؟ والدي يأخذ التاكروليمس 4 ملغ مرتين يومياً، وعنده
حرارة خفيفة 37.9.

رقم هاتفي 614-555-0133

شكراً جزيلاً،
أحمد
""", cte="base64")

# ---------------------------------------------------------------- CLEAN: admin
add("clean", "admin", "",
    "HTX Service Desk <servicedesk@%s>" % HTX, "Renata Holloway <rholloway@%s>" % HTX,
    "[INC0048213] Hyperspace freezing - Transplant Clinic exam rms 4-6 - Assigned",
    """Incident INC0048213 has been assigned to Desktop Support Tier 2.

Caller:            Renata Holloway (x4417)
Location:          Transplant Clinic, 3rd floor, Exam 4 / 5 / 6
Configuration item: WOW-3F-022, WOW-3F-023, WOW-3F-024
Short description: Epic Hyperspace freezes when opening the Media tab
Priority:          3 - Moderate
Assigned to:       Marcus Feld

Work notes (Marcus Feld, 03/07 10:41):
User reports it started after Tuesday's Citrix patch. Cleared cache on 022, still
reproducible. Will remote in after 17:00 when clinic closes. Affects scanning of outside
records only, users can use the front-desk scanner as a workaround.

To view or update this incident, reply to this email keeping the ticket number in the
subject, or call 614-555-0199.
""")

add("clean", "admin", "",
    "Priya Raman <praman@%s>" % HTX, "txcoordinators-all@%s" % HTX,
    "March on-call - coordinators (final)",
    """Final March call schedule below. Swaps go through me AND get put in Amion, please.

Week of      Kidney primary        Liver primary          Backup
3/4          Alanna Voss           Josh Ebersole          Gwen Salcedo
3/11         Tess Halloran         Priya Raman            Alanna Voss
3/18         Alanna Voss           Josh Ebersole          Tess Halloran
3/25         Gwen Salcedo          Priya Raman            Josh Ebersole

Call phone: 614-555-0130 (pick up from the coordinator office Monday 0800 handoff).
Tess - you asked about 3/29, Gwen agreed to cover 1700-0700.

Priya Raman, RN
Lead Transplant Coordinator
""")

add("clean", "admin", "",
    "Accounts Receivable <ar@%s>" % MMR, "ap.invoices@%s" % HTX,
    "Invoice MMR-24-0387 - February 2024 contract services",
    """Dear Accounts Payable,

Please find below the summary for invoice MMR-24-0387 under agreement HTX-TR-2022-14.

Service period:      02/01/2024 - 02/29/2024
Completed trips:     212 (184 ambulatory, 22 wheelchair, 6 stretcher)
No-shows billed:     9 @ contract rate $38.00
Mileage surcharge:   1,412 mi over base @ $1.85
Total due:           $31,846.50
PO:                  4500129874
Terms:               Net 30
Remit to:            Meridian MedRide LLC, PO Box 8812, Fenwick OH 43216

Trip-level detail is available to authorized users on the client portal under account
10-2284 and is not included in email.

Thank you,
Gloria Tran-Whitaker
Accounts Receivable, Meridian MedRide | 614-555-0155
""")

add("clean", "admin", "",
    "Employee Health <employeehealth@%s>" % HTX, "all-staff@%s" % HTX,
    "Reminder: annual TB screening & flu attestation due 3/31",
    """All staff,

Annual TB screening (questionnaire or IGRA, as assigned) and the flu vaccine attestation are
due by March 31. Staff who are not compliant by 4/1 will be removed from the schedule until
complete, per policy EH-104.

Walk-in hours at Employee Health (Room G-112):
  Mon / Wed  0630-0900
  Tue / Thu  1400-1700
  Fri        0700-1100

Check your status in Workday > Benefits & Health > Compliance. Questions: Monique Dubois,
Employee Health RN, x4120.

Thank you for keeping our patients and each other safe.
""")

add("clean", "admin", "",
    "Kessler Creek Facilities <facilities@%s>" % KCK, "kck-staff@%s" % KCK,
    "Water room - RO maintenance Sat 3/9 0200-0600",
    """Team,

Mesa Water Systems will be on site Saturday 3/9 from 0200-0600 for the quarterly RO membrane
service and carbon tank exchange. Tech: Doug Partridge, cell 614-555-0119.

- First shift opens at 0630 as normal; the charge nurse must review the total chlorine log
  with Doug before the first patient goes on.
- Stations 1-12 unaffected, isolation room 13 will be down until 0700.
- Biomed (Ray Santangelo) will do the LAL/culture samples Monday.

Work order WO-2024-0311. Thanks - Phil Kowal, Facilities Manager
""")

add("clean", "admin", "",
    "Lena Marchetti <lmarchetti@%s>" % OPO, "Maya Ostrowski <mostrowski@%s>" % HTX,
    "Q1 TVORN / Harrowgate partnership meeting - agenda",
    """Hi Dr. Ostrowski,

Confirming Thursday 3/21, 12:00-13:30, TVORN board room (and Teams). Lunch provided.

Agenda
1. Welcome / introductions - new TVORN family services manager (Deshawn Pollard)
2. Q4 2023 offer acceptance metrics, kidney & liver (aggregate, no donor IDs)
3. Turndown reasons by category - discussion
4. New courier vendor (SwiftCold Logistics) go-live 4/1, contact changes
5. Donate Life Month events - Blue & Green Day 4/12
6. Open forum

Teams: meeting ID 284 991 507 336, passcode Tx2024
Dial-in 614-555-0198, conf ID 771 240 88#

Thanks,
Lena Marchetti
Hospital Services Manager, Tri-Valley Organ Recovery Network
""")

add("clean", "admin", "",
    "Payroll Timekeeping <timekeeping@%s>" % BPH, "branch.managers@%s" % BPH,
    "Missed punches - pay period ending 3/2",
    """Branch managers,

The following employees have missed punches or unapproved timecards for the pay period
ending 3/2. Please correct in Kronos by Tuesday 12:00 or paychecks will be delayed.

Emp ID   Name                 Branch            Issue
40211    Ortega, Luz          Columbus East     missing out-punch 2/28
40388    Baptiste, Remy       Columbus East     visit mileage not submitted
40502    Manalastas, Jhun     Columbus North    timecard not approved
40617    Whitlock, Dana       Columbus East     OT not pre-approved (2.5 h)

Payroll help line x2210.
Sandra Jessup, Payroll Specialist
""")

# ---------------------------------------------------------------- CLEAN: lookalike
add("clean", "lookalike", "",
    "Ironside Fitness <hello@ironsidefitness.com>", "dale.pruett@gmail.com",
    "Your recovery session moved + body scan results are ready",
    """Hi Dale,

Your InBody body composition scan from 3/2 is ready to view in the Ironside app under
Progress > Scans. Coach Kayla added notes for your next program block.

Your recovery session (stretch + compression boots) with Kayla has been moved to
Thursday 3/14 at 6:00 PM. Core & Cardio Saturday 9:00 AM - you're #2 on the waitlist.

Member #: 44821
Plan: Elite Monthly, next billing 3/20 ($64.99)

Questions? Call the front desk at 614-555-0181.
Stay strong,
Ironside Fitness - Fenwick
""")

add("clean", "lookalike", "",
    "Maple Hollow Animal Hospital <frontdesk@maplehollowvet.com>", "Sharon Mabry <smabry@gmail.com>",
    "Biscuit's bloodwork results",
    """Hi Sharon,

Dr. Okonkwo reviewed Biscuit's bloodwork from Tuesday.

Patient: Biscuit (canine, Beagle, 11 y, MN)   Client acct #20931
- Creatinine 2.8 mg/dL (ref 0.5-1.5)
- SDMA 18 ug/dL (ref 0-14)
- Urine specific gravity 1.014
- Blood pressure 170 systolic

These results are consistent with stage 2 chronic kidney disease. Dr. Okonkwo would like
to start a prescription renal diet (Hill's k/d or Royal Canin Renal), start benazepril for
the blood pressure, and recheck kidney values and BP in 4 weeks.

The food can be picked up at the front desk any time. Please call 614-555-0114 to schedule
the recheck.

Maple Hollow Animal Hospital
""")

add("clean", "lookalike", "",
    "Fenwick Community Credit Union <notices@fenwickccu.org>", "a.okonkwo@yahoo.com",
    "Your auto loan application - Member #0093312",
    """Dear Adaeze Okonkwo,

Good news - your application for an auto loan has been approved.

Member number:      0093312
Application ID:     AL-2024-118406
Approved amount:    $24,500.00
APR:                6.49%
Term:               60 months
Est. payment:       $479.18

Please bring proof of insurance and the purchase agreement to any branch, or sign
electronically in online banking within 30 days. Your account was verified with your date
of birth and the last four digits of your SSN on file.

Fenwick Community Credit Union | 614-555-0112 | NCUA insured
""")

add("clean", "lookalike", "",
    "SkyMeridian Airlines <no-reply@skymeridian.com>", "ingrid.holmquist@outlook.com",
    "Itinerary & special assistance confirmed - QX7TPL",
    """Thank you for flying SkyMeridian.

Confirmation: QX7TPL
Passenger:    HOLMQUIST/INGRID MS
SkyMiles #:   SM 4482 017 336

Fri 22 Mar  SM 1184  CMH 07:10 -> MSP 08:42   Seat 4C
Fri 22 Mar  SM 2207  MSP 10:05 -> SEA 11:58   Seat 7D

Special service request: WCHR (wheelchair to/from gate) - CONFIRMED
Medical devices: portable oxygen concentrator approved (Inogen G5, FAA compliant) - bring
enough battery for 150% of flight time.

Check in opens 24 hours before departure.
""")

add("clean", "lookalike", "",
    "Keystone Auto Insurance Claims <claims@keystoneauto.com>", "rmensah.home@gmail.com",
    "Claim #AU-55193-22 - estimate approved",
    """Hello Robert,

Your claim AU-55193-22 (policy PA-88120945, date of loss 02/19/2024) has been reviewed.

Vehicle: 2019 Honda CR-V, VIN ending 4471
Body shop: Precision Collision, Fenwick - estimate #PC-7710 approved for $3,418.22
Deductible: $500.00
Rental coverage: up to $40/day, 30 days max (Enterprise reservation 88214407)
Injuries reported: none

Your adjuster is Kelly Brandt, 1-800-555-0147 ext 3320.
Keystone Auto Insurance
""")

add("clean", "lookalike", "",
    "Greenlimb Tree Care <office@greenlimbtree.com>", "pat.donnelly@gmail.com",
    "Re: the big oak - diagnosis and quote",
    """Hi Pat,

Following up on Thursday's visit at 14 Birch Rd. Unfortunately the oak in the back has
advanced root rot (Ganoderma - the shelf fungus at the base) and about 30% of the crown is
dead. Prognosis is poor and it's leaning toward the garage, so our certified arborist
recommends removal rather than treatment.

Quote #GL-2291:
  Removal + stump grinding            $2,850
  Crown reduction on the maple          $650 (optional)
  Graft & brace the young apple         $180 (optional)

We can schedule the week of 3/25. Donor wood can be left cut in rounds if you want it for
firewood.

Brendan Koval, ISA Certified Arborist OH-1182A
Greenlimb Tree Care | 614-555-0191
""")

add("clean", "lookalike", "",
    "Jira <jira@fenwickdata.atlassian.net>", "platform-team@fenwickdata.io",
    "[PLAT-4410] kidney-scheduler pods orphaning child processes after transplant to new cluster",
    """Ravi Shenoy commented on PLAT-4410:

> After we transplanted kidney-scheduler (the batch service, not the medical thing lol) onto
> the new cluster, the "patient" retry worker keeps spawning children that get reparented to
> PID 1 when the parent dies. liveness probe fails after ~40 min, pod restarts, repeat.
>
> Donor node pool: pool-b-donor-3. Recipient: prod-east-2.
> Suspect missing tini / no init process in the new base image. Vitals from Grafana:
> CPU 92%, memory 3.1Gi of 4Gi, 214 zombie procs at the time of the restart.
>
> Proposed fix: add `--init` / tini as PID 1, bump the probe threshold from 3 to 5.

Status: In Progress | Priority: High | Assignee: Ravi Shenoy
""")

# ---------------------------------------------------------------- CLEAN: news
_nl_text = """HARROWGATE TRANSPLANT INSTITUTE - QUARTERLY UPDATE, Spring 2024

2023 BY THE NUMBERS
- 214 kidney transplants (61 from living donors)
- 96 liver transplants, including 7 living donor liver
- 1-year kidney graft survival: 96.8% (national 95.9%)
- 1-year liver patient survival: 93.5% (national 92.8%)
- Median time to listing after referral: 74 days (down from 103 in 2022)

STAFF SPOTLIGHT
Congratulations to Alanna Voss, RN, CCTC, who marks 10 years as a kidney coordinator, and to
Dr. Noor Siddiqui, who joins the faculty in transplant nephrology this July.

DONATE LIFE MONTH
April is National Donate Life Month. Wear blue and green on Friday 4/12 and stop by the
atrium table to register as a donor. Our Living Donor Champion workshop is Saturday 4/20,
10:00-12:00, open to the public.

You're receiving this because you are a referring provider or partner. Unsubscribe:
outreach@harrowgatetransplant.org
"""
_nl_html = """<html><body style="font-family:Georgia,serif">
<h2 style="color:#1b5e20">Harrowgate Transplant Institute &ndash; Quarterly Update, Spring 2024</h2>
<h3>2023 by the numbers</h3>
<ul><li>214 kidney transplants (61 from living donors)</li>
<li>96 liver transplants, including 7 living donor liver</li>
<li>1-year kidney graft survival: <b>96.8%</b> (national 95.9%)</li>
<li>1-year liver patient survival: <b>93.5%</b> (national 92.8%)</li>
<li>Median time to listing after referral: 74 days (down from 103 in 2022)</li></ul>
<h3>Staff spotlight</h3>
<p>Congratulations to Alanna Voss, RN, CCTC, who marks 10 years as a kidney coordinator, and to
Dr. Noor Siddiqui, who joins the faculty in transplant nephrology this July.</p>
<h3>Donate Life Month</h3>
<p>April is National Donate Life Month. Wear blue and green on Friday 4/12 and stop by the
atrium table to register as a donor. Our Living Donor Champion workshop is Saturday 4/20,
10:00&ndash;12:00, open to the public.</p>
<p style="font-size:9pt;color:#777">You're receiving this because you are a referring provider or partner.
<a href="mailto:outreach@harrowgatetransplant.org">Unsubscribe</a></p>
</body></html>"""
add("clean", "news", "",
    "Harrowgate Transplant Outreach <outreach@%s>" % HTX, "referring-providers@lists.%s" % HTX,
    "Transplant Quarterly - Spring 2024: our 2023 outcomes", _nl_text, html=_nl_html)

add("clean", "news", "",
    "Franklin Valley Public Health <alerts@fvph.oh.gov>", "providers@lists.fvph.oh.gov",
    "HEALTH ADVISORY: Hepatitis A cluster - vaccination recommendations",
    """FRANKLIN VALLEY PUBLIC HEALTH - HEALTH ADVISORY #2024-06
Date: March 5, 2024

SUMMARY
Franklin Valley Public Health is investigating a cluster of 14 confirmed hepatitis A cases
reported since January 22, 2024. Eleven cases required hospitalization; there have been no
deaths. Cases are concentrated among adults experiencing homelessness and people who use
drugs in the Fenwick and Granville areas.

RECOMMENDATIONS FOR CLINICIANS
1. Test patients presenting with acute jaundice, dark urine or elevated ALT for HAV IgM.
2. Report suspected cases within 24 hours to 614-555-0100 (after hours: 614-555-0101).
3. Offer hepatitis A vaccine to at-risk adults. Post-exposure prophylaxis within 14 days.
4. Solid organ transplant recipients and patients with chronic liver disease should be
   assessed for immunity; immunocompromised contacts should receive IG plus vaccine.

Free vaccination clinics: Tue/Thu 1-4 PM, 280 E. Broad St.

This advisory is for healthcare providers. Please do not reply to this message.
""")

add("clean", "news", "",
    "HTX Pharmacy <pharmacy.alerts@%s>" % HTX, "all-clinical@%s" % HTX,
    "FW: Class II recall - tacrolimus 1 mg capsules (Corvane) - check stock",
    """All - FYI, no action needed for inpatients (we do not stock these lots). Outpatient
coordinators: if a patient asks, lots are printed on the bottle label; they should NOT stop
taking tacrolimus and should call their pharmacy for a replacement.

Nadine Cho, PharmD, Medication Safety Officer

-----Original Message-----
From: Corvane Pharmaceuticals Quality <recalls@corvanepharma.com>
Sent: Monday, March 4, 2024 8:00 AM
Subject: Voluntary Recall Notice - Tacrolimus Capsules USP, 1 mg

Corvane Pharmaceuticals, Inc. is voluntarily recalling the following lots of Tacrolimus
Capsules USP, 1 mg, 100-count bottles (NDC 70555-0312-01) to the pharmacy level due to
failed dissolution testing at the 18-month stability time point:

  Lot TC1M2309A   Exp 09/2025
  Lot TC1M2309B   Exp 09/2025
  Lot TC1M2311C   Exp 11/2025

Classification: Class II. To date, Corvane has not received reports of adverse events
related to this recall. Pharmacies should quarantine affected stock and contact Inmar
at 1-800-555-0163 for return instructions.
""", cte="quoted-printable")

add("clean", "news", "",
    "TVORN Community Newsletter <news@%s>" % OPO, "supporters@lists.%s" % OPO,
    "The Gift - March 2024: Donor Dash 5K, registry milestone, volunteer training",
    """THE GIFT | Tri-Valley Organ Recovery Network | March 2024

REGISTRY MILESTONE
Our service area passed 1.2 million registered donors this month - 61% of adults.
Thank you to the BMV staff who ask the question every day.

2023 IN OUR REGION
- 188 organ donors made possible 571 organ transplants
- 1,940 tissue donors
- 42 donation after circulatory death (DCD) heart recoveries, a regional first

DONOR DASH 5K - SATURDAY, APRIL 27
Run, walk or roll at Scioto Park. Registration $30, donor families free.
Volunteer leads: Carla Boateng and Mike Sturgill, 614-555-0170.

VOLUNTEER AMBASSADOR TRAINING
New ambassador training on Tuesday, April 9, 6-8 PM. Ambassadors share the donation
message at schools, churches and health fairs. Sign up at tvorn.org/volunteer.

Register to be a donor: tvorn.org/register
""")

add("clean", "news", "",
    "Midwest Kidney Alliance <digest@midwestkidney.org>", "members@midwestkidney.org",
    "Kidney Health Digest: CKD by the numbers, 2024 edition",
    """KIDNEY HEALTH DIGEST - March 2024 (World Kidney Day issue)

BY THE NUMBERS
- An estimated 35.5 million US adults (about 1 in 7) have chronic kidney disease; as many
  as 9 in 10 don't know it.
- More than 550,000 Americans receive dialysis; about 90,000 are waiting for a kidney.
- Diabetes and high blood pressure cause roughly 3 in 4 new cases of kidney failure.
- Black Americans are about 3 times as likely as White Americans to develop kidney failure.

IN THE STATE
Our state's rate of new dialysis starts fell 4% from 2021 to 2023. Home dialysis use rose
to 14.2% of prevalent patients.

EVENTS
Free kidney screenings at the Fenwick Farmers Market, March 16, 9 AM - 1 PM: blood
pressure, urine albumin and A1c checks.

(Statistics compiled from national registry data; figures rounded.)
""")

add("clean", "news", "",
    "Policy Watch <policywatch@transplantpolicynews.org>", "subscribers@transplantpolicynews.org",
    "Policy Watch: kidney continuous distribution - what changes for programs",
    """POLICY WATCH | Week of March 4, 2024

Continuous distribution for kidney and pancreas: the committee's updated concept paper is
out for public comment through April 2. Highlights:

* Composite allocation score replaces the current classification-based sequence.
* Proposed attribute weights: medical urgency, post-transplant survival, candidate
  biology (cPRA, blood type), patient access (pediatric, prior living donor) and efficiency
  (travel distance).
* Programs will need updated waitlist data fields, expected in 2025.

Also this week: CMS released the final IOTA model participant list (103 kidney programs);
performance year 1 begins July 1.

Comment deadline: April 2, 11:59 PM ET.
""")

# ---------------------------------------------------------------- CLEAN: staff
add("clean", "staff", "",
    "Tess Halloran <thalloran@%s>" % HTX, "Rafaela Quintero <rquintero@%s>" % HTX,
    "MMF + leukopenia - our threshold?",
    """Rafaela - quick general q, not about a specific pt. What's our current protocol for
holding or reducing mycophenolate for leukopenia? I have it in my notes as WBC < 3.0 reduce
by half, < 2.0 hold, but the newer coordinators say valganciclovir dose should be checked
first. Is there an updated algorithm posted somewhere on the SharePoint?

thanks
Tess
""")

add("clean", "staff", "",
    "Maya Ostrowski <mostrowski@%s>" % HTX, "transplant-faculty@%s" % HTX,
    "M&M Thursday - case summary (de-identified)",
    """For Thursday's M&M, de-identified per policy. Please don't add identifiers in replies.

Case: a man in his 60s, DCD liver, donor warm ischemia ~24 min. Uneventful early course.
Presented at ~4 months with cholangitis; MRCP showed multifocal non-anastomotic strictures
(ischemic cholangiopathy). Managed with ERCP and serial stenting, now relisted.

Discussion points:
1. Our DCD liver acceptance criteria - donor age, fWIT cutoff
2. Role of normothermic machine perfusion - cost vs. outcomes
3. Should we change our consent language for DCD livers?

Reading: two papers in the Teams folder.

Maya Ostrowski, MD
Surgical Director, Quality
""")

add("clean", "staff", "",
    "6W Nurse Manager <klarsen@%s>" % HTX, "6w.nursing@%s" % HTX,
    "weekend staffing - still need 2 nights",
    """Hi all,

We're still short for the weekend:
 - Sat night: need 2 RNs (currently 5 of 7)
 - Sun night: need 1 RN + 1 PCA
Incentive pay is approved for these shifts (+$12/hr). Float pool has offered one RN for
Saturday but she isn't transplant-trained, so she'd take the lower acuity patients.

Reply to me or text 614-555-0121. Reminder that the new post-op kidney order set goes live
Monday - please finish the 15-min module by Sunday.

Kristin Larsen, MSN, RN, NE-BC
Nurse Manager, 6 West Transplant
""")

add("clean", "staff", "",
    "Nadia Petrosyan <npetrosyan@%s>" % RBD, "rbd-clinical@%s" % RBD,
    "Feb infection control audit results",
    """Team, February audit results (both units combined):

Hand hygiene compliance:            91% (goal 95%)
CVC exit site care per protocol:    88%  (down from 94% in Jan)
Station disinfection observed:      97%
BSI rate:                           0.42 per 100 pt-months (1 event, under review)

Biggest miss was glove changes between patients during cannulation on 2nd shift. We'll do
a huddle on it Tuesday at 1030. Thanks to the West team for a perfect month on station
cleaning!

Nadia (covering for Lynne as IC liaison this month)
""")

add("clean", "staff", "",
    "Carla Bright <cbright@%s>" % BPH, "field-nurses@%s" % BPH,
    "process change: tac levels for transplant pts",
    """Hi everyone,

After talking with the Harrowgate coordinators, starting Monday:

1. All tacrolimus/sirolimus levels for Harrowgate patients must be drawn 11.5-12.5 hrs
   after the evening dose. If the patient already took the morning dose, do NOT draw -
   document and call the coordinator line.
2. Use the Harrowgate requisition (orange), not ours.
3. Courier pickup cutoff moves to 11:30.

This came up because several levels were drawn post-dose last month and led to
unnecessary dose changes. No patient harm, but let's fix it.

Carla Bright, RN, Clinical Manager
""")

add("clean", "staff", "",
    "Noor Siddiqui <nsiddiqui@%s>" % HTX, "nephrology-fellows@%s" % HTX,
    "journal club 3/20 - belatacept conversion",
    """Fellows,

Journal club Wed 3/20, 7 AM, conf room 4B. Bagels from the usual place.

Paper: late conversion from calcineurin inhibitor to belatacept in kidney recipients with
declining eGFR - a multicentre randomised trial, 3-year results. PDF in the Teams folder.

Presenter: Dr. Okoro. Please come ready to discuss:
 - who in the trial actually benefited (baseline eGFR subgroup)
 - rejection signal in the first 6 months
 - what the monthly infusion means for patients who rely on transport to get here

Noor
""")

add("clean", "staff", "",
    "Safety Officer <safety@%s>" % MMR, "all-drivers@%s" % MMR,
    "Reminder: transporting riders with oxygen",
    """Drivers,

A reminder after last week's near-miss (no one hurt):

- Portable O2 cylinders must be secured in the cylinder rack, never loose on the floor or
  on the seat.
- Max 2 cylinders in the vehicle at a time, including the rider's spare.
- No smoking, no vaping within 25 ft of the vehicle when oxygen is aboard.
- Riders on concentrators: plug into the inverter only, not the cigarette lighter.
- If a rider seems short of breath or confused, pull over and call 911, then dispatch.

Refresher module is in the driver app under Training > O2 Safety, due 3/31.

Walt Hendricks
Fleet Safety Officer, Meridian MedRide
""")

# ---------------------------------------------------------------- CLEAN: training
add("clean", "training", "",
    "Epic Training Team <epictraining@%s>" % HTX, "new-hires-march@%s" % HTX,
    "Transplant module training - practice patients for Tuesday",
    """Welcome! For Tuesday's Phoenix (transplant) module class in the TRN environment, use
these practice patients. They exist ONLY in the training environment.

Practice patient         MRN            DOB         Scenario
TEST, PATIENT ONE        ZZ00000001     01/01/1950  new kidney referral, build episode
TEST, PATIENT TWO        ZZ00000002     02/02/1960  waitlist status change to inactive
ZZTRAIN, LIVER           ZZ00000017     03/03/1970  post-op day 1 order set
ZZTRAIN, DONOR           ZZ00000023     04/04/1980  living donor eval workflow

Login: your network ID + "trn" (e.g. jsmithtrn), password Train2024!
Room: Education Center 210, 8:00-12:00.

Epic Training Team
""")

add("clean", "training", "",
    "Nathan Greer <ngreer@cloverleafhealthit.com>", "Amir Tavakoli <atavakoli@%s>" % HTX,
    "Demo follow-up: sample HL7 messages for sandbox",
    """Hi Amir,

Thanks for your time at the demo. As promised, here are the sample messages we used. All
data is synthetic - load them into the sandbox channel, not prod.

MSH|^~\\&|DEMOLAB|DEMO|CLOVERLEAF|SANDBOX|20240101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||TEST00001^^^DEMO^MR||DOE^JOHN^Q||19800101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(555)555-0000
OBR|1|DEMO-ORD-1|DEMO-FIL-1|TACRO^Tacrolimus level^L|||20240101110000
OBX|1|NM|TACRO^Tacrolimus level^L||8.2|ng/mL|5.0-15.0|N|||F

MSH|^~\\&|DEMOEHR|DEMO|CLOVERLEAF|SANDBOX|20240101120500||ADT^A04|DEMO0002|T|2.5.1
PID|1||TEST00002^^^DEMO^MR||DOE^JANE||19850615|F|||123 MAIN ST^^ANYTOWN^ZZ^00000

Note processing ID "T" (test) in MSH-11. Ping me when you want the route-filter walkthrough.

Nathan Greer
Solutions Engineer, Cloverleaf Health IT
""")

add("clean", "training", "",
    "Lukas Brennan <lbrennan@%s>" % HTX, "is-integration@%s" % HTX,
    "FHIR workshop - sample resources (synthetic)",
    """For Friday's lunch & learn on FHIR R4, here's the synthetic Patient we'll walk through.
Generated with our test generator - not a real person, obviously.

{
  "resourceType": "Patient",
  "id": "example-synthetic-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8821.99", "value": "SAMPLE-0001"}],
  "name": [{"family": "Sample", "given": ["Jane"]}],
  "gender": "female",
  "birthDate": "1900-01-01",
  "address": [{"line": ["1 Example Way"], "city": "Testville", "state": "ZZ", "postalCode": "00000"}]
}

Bring a laptop with Postman installed. We'll use the HAPI public test server.
Lukas
""")

add("clean", "training", "",
    "Priya Raman <praman@%s>" % HTX, "Tess Halloran <thalloran@%s>" % HTX,
    "orientation week 2 - case study packet",
    """Hi Tess,

For your week 2 orientation, work through the case study below before Thursday. It's the
same made-up case we've used for years ("Kidney Kate") - fictional, so feel free to write
on it.

  Sample patient: Kate Kidney, 52, fictional
  Scenario: referred by her dialysis unit, PD for 2 years, diabetes, BMI 36,
  one prior pregnancy, cPRA 45%. Sister interested in donating.

Questions:
 1. What testing does she need before listing? Use the checklist in the binder.
 2. What would make her inactive vs. ineligible?
 3. How do you handle the sister's inquiry without sharing Kate's information?

We'll go over it with Gwen on Thursday at 2.
Priya
""")

add("clean", "training", "",
    "RenalNet EMR Go-Live <golive@renalnetemr.com>", "superusers@%s" % KCK,
    "Kessler Creek go-live: practice roster for superuser drills",
    """Superusers,

Attached is the practice roster for Saturday's dry run in the PLAY environment. These are
test patients with ZZ names - please do NOT enter real patient information in PLAY.

Drill schedule:
  0800  Pre-treatment assessment & machine integration
  0900  Flowsheet documentation, intradialytic BP alerts
  1000  Meds: ESA / IV iron / heparin documentation
  1100  Monthly labs & transplant referral workflow

Call the command centre at 614-555-0189 with issues.

RenalNet Implementation Team
""",
    atts=[(csv_text([
        ["test_patient", "play_mrn", "dob", "schedule", "chair", "scenario"],
        ["ZZTEST, DIALYSIS ONE", "PLAY-0001", "01/01/1940", "MWF 1st", "1", "routine run"],
        ["ZZTEST, DIALYSIS TWO", "PLAY-0002", "01/01/1941", "MWF 1st", "2", "hypotension alert"],
        ["ZZTEST, CATHETER", "PLAY-0003", "01/01/1942", "TTS 2nd", "5", "CVC dressing change"],
        ["ZZTEST, WAITLIST", "PLAY-0004", "01/01/1943", "TTS 2nd", "6", "transplant referral"],
    ]), "text", "csv", "PLAY_roster_KCK.csv")])

add("clean", "training", "",
    "Sim Center <simcenter@%s>" % HTX, "6w.nursing@%s" % HTX,
    "Sim day 3/22: post-op hemorrhage scenario",
    """6 West - your annual sim session is 3/22 at 0730 or 1300 in the Sim Center (B-020).

Scenario: "Mr. Stan Simms" (SimMan 3G mannequin), POD 1 after liver transplant. Drain output
increases to 400 ml/hr, BP falls to 78/40, HR 134. Learners must recognize hemorrhage,
call the rapid response team, activate massive transfusion and prep for return to OR.

Objectives:
 - SBAR handoff to the surgeon
 - MTP activation and cooler checks
 - family communication (played by our standardized actor)

All names, vitals and labs in the scenario are simulated. Dress in scrubs. 4 CE hours.
Sim Center | x4599
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        for fname, label, kind, patient, msg in MESSAGES:
            with open(os.path.join(OUT, fname), "wb") as f:
                f.write(msg.as_bytes(policy=email.policy.SMTP))
            w.writerow([fname, label, kind, patient if label == "phi" else ""])


if __name__ == "__main__":
    main()
