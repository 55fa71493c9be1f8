#!/usr/bin/env python3
"""Blind evaluation mail set: dialysis chain + transplant centre setting. SEED=3802."""
import sys, os, io, csv, random, zipfile
from email.message import EmailMessage
from email import policy

random.seed(3802)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]


def mkzip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def xlsx(rows, sheet='Sheet1'):
    def colname(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for i, row in enumerate(rows, 1):
        cells = []
        for j, v in enumerate(row):
            ref = '%s%d' % (colname(j), i)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (i, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return mkzip(files)


def add(label, kind, patient, frm, to, subject, date, body, html=None, cc=None,
        atts=(), cte=None, headers=None):
    SEQ[0] += 1
    i = SEQ[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%016x.%d@%s>' % (random.getrandbits(64), i, dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte is None:
        # what most mail clients do: plain 7bit/8bit unless told otherwise
        cte = '7bit' if body.isascii() else '8bit'
    msg.set_content(body, cte=cte)
    if html:
        msg.add_alternative(html, subtype='html')
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient))


DISC_RB = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

DISC_SA = """
--
This message is from St. Anselm Transplant Institute. It may contain information that is
privileged or confidential. If you received it in error please notify the sender and delete it."""

# ---------------------------------------------------------------- PHI: care
add('phi', 'care', 'Delgado',
    'Marisol Fuentes RN <mfuentes@riverbendkidney.com>',
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'K this am - Elm St 1st shift',
    'Tue, 04 Mar 2025 09:12:40 -0500',
    """Dr Greer,

FYI Mr. Delgado (Hector) came in with a pre K of 6.1 this morning. He admitted he ate a
lot of oranges over the long weekend. Switched him to the 1K bath per standing protocol,
ran full 3.5 hrs, UF 3.2L, post K 4.0. No ectopy on the monitor, BP stable throughout.

Left arm AVF flowing well, no issues cannulating today.

He's still not taking the binder with lunch, says it upsets his stomach. Could you look at
switching him off the sevelamer? Dietitian will see him Thursday.

Thanks,
Marisol Fuentes, RN
Charge Nurse, Elm Street Dialysis
Riverbend Kidney Centers
(614) 555-0147
""" + DISC_RB)

add('phi', 'care', 'Raman',
    'Julie Hartnett <jhartnett@stanselm-transplant.org>',
    'clientservices@keystonedx.com',
    'standing order update - Priya Raman',
    'Wed, 05 Mar 2025 14:03:11 -0500',
    """Hello,

Please update the standing order for Priya Raman going forward:

- tacrolimus trough, draw 12 hrs after evening dose (she takes it at 8pm so draw 7:30-8:30am)
- BMP, CBC w/ diff, Mg
- frequency changes from weekly to every 2 weeks starting 3/17

Her last trough was 13.2 so Dr. Oyelaran dropped the dose from 4 mg BID to 3 mg BID on
Monday. We'd like a repeat this Friday in addition to the standing draws.

Results should continue to go to Dr. Oyelaran and fax to our clinic at 555-0192.

Thank you!
Julie Hartnett, BSN, RN, CCTC
Post-Kidney Transplant Coordinator
St. Anselm Transplant Institute
""" + DISC_SA)

add('phi', 'care', 'Okafor',
    'Brandon Leigh <bleigh@stanselm-transplant.org>',
    'Transplant Pharmacy Team <txpharm@stanselm-transplant.org>',
    'FW: Shipment delay - OKAFOR, NGOZI',
    'Thu, 06 Mar 2025 11:47:02 -0500',
    """can someone call meridian back? she only has 2 days of valcyte left and they're
saying the PA is still pending. if it doesn't ship today we need to get her a bridge
supply from the outpatient pharmacy.

Brandon

-----Original Message-----
From: Intake Team <intake@meridianrxspecialty.com>
Sent: Thursday, March 6, 2025 10:21 AM
To: Brandon Leigh <bleigh@stanselm-transplant.org>
Subject: Shipment delay - OKAFOR, NGOZI

Good morning,

We are unable to ship the following for patient Ngozi Okafor at this time:

  valganciclovir 450 mg tab, take 2 tabs daily  #60
  Envarsus XR 1 mg tab, take 5 tabs daily  #150

The prior authorization for valganciclovir with the patient's plan has not been approved
yet. The Envarsus is ready and can ship separately if you'd like. Please advise or call
our intake line at 1-800-555-0161 opt 3.

Regards,
Tamika Shaw, CPhT
Intake Specialist, MeridianRx Specialty Pharmacy
""")

add('phi', 'care', 'Whitcombe',
    'Denise Albrecht RN CCM <dalbrecht@bluepeakhealth.com>',
    'Kevin Moy MSW <kmoy@riverbendkidney.com>',
    'Gerald Whitcombe - missed treatments / ED visit',
    'Mon, 10 Mar 2025 08:30:55 -0400',
    """Hi Kevin,

Following up on Gerald Whitcombe. Our claims show he was seen in the Mercy General ED
Saturday night for shortness of breath and got admitted; they did an emergent dialysis
session and took 4L off. Per your unit's report he missed Tues, Thurs and Sat last week.

Can we set up a call this week with you, the nurse manager and his daughter? I'd like to
talk about transportation - he told me the van didn't show twice. We may be able to get
him onto our contracted ride program.

He's being discharged tomorrow per the hospital UM nurse.

Denise Albrecht, RN, CCM
Complex Case Management | BluePeak Health Plan
Direct 555-0138
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Kevin,</p>
<p>Following up on <b>Gerald Whitcombe</b>. Our claims show he was seen in the Mercy General ED
Saturday night for shortness of breath and got admitted; they did an emergent dialysis
session and took 4L off. Per your unit's report he missed Tues, Thurs and Sat last week.</p>
<p>Can we set up a call this week with you, the nurse manager and his daughter? I'd like to
talk about transportation - he told me the van didn't show twice. We may be able to get
him onto our contracted ride program.</p>
<p>He's being discharged tomorrow per the hospital UM nurse.</p>
<p>Denise Albrecht, RN, CCM<br>Complex Case Management | BluePeak Health Plan<br>Direct 555-0138</p>
</body></html>""")

add('phi', 'care', 'Kowalczyk',
    'Tony Brandt <tbrandt@riverbendkidney.com>',
    'harborview-rn@riverbendkidney.com',
    'fistulogram',
    'Tue, 11 Mar 2025 16:55:18 -0400',
    """fyi mrs kowalczyk's fistulogram got moved to thurs 7am at IR, so she'll come to 2nd shift after. hold heparin w/ tx tomorrow pls

sent from my phone
""")

add('phi', 'care', 'Ortiz-Bell',
    'Renee Castillo <rcastillo@stanselm-transplant.org>',
    'Living Donor Team <livingdonor@stanselm-transplant.org>',
    'Donor workup status - Samuel Ortiz-Bell (intended recip: his sister)',
    'Wed, 12 Mar 2025 13:20:44 -0400',
    """Team,

Quick status on Samuel Ortiz-Bell before Friday's selection meeting:

CT angio done 3/7 - single renal artery bilaterally, no stones. Split function on the
renal scan is 52% L / 48% R so surgery would likely plan left.
24 hr urine: CrCl 112, protein 90 mg. Repeat BP readings in clinic 128/82, 131/84.
ABO compatible with his sister, crossmatch pending (sent to the HLA lab Monday).
Still outstanding: psych eval (scheduled 3/18 w/ Dr. Haddad) and dental clearance.

He asked again about time off work; I gave him the donor leave info sheet.

Renee Castillo, RN
Living Donor Coordinator
""" + DISC_SA)

add('phi', 'care', 'Wójcik',
    'Gail Summers RN <gsummers@riverbendkidney.com>',
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'Home visit note - Tomasz Wójcik (PD)',
    'Thu, 13 Mar 2025 17:02:09 -0400',
    """Dr. Greer,

Home visit today with Tomasz Wójcik and his wife. Summary:

• Watched him do a full manual exchange. Technique is good, hand hygiene good, he's
  masking now.
• Exit site: some crusting and redness ~1cm, small amount of yellow drainage. Swabbed and
  sent culture to Keystone. Started mupirocin to exit site daily per protocol until results.
• Effluent clear. No abdominal pain, no fever.
• Weight up 2.1 kg from last clinic visit, ankles 1+ edema. Asked him to use one 2.5%
  bag overnight instead of 1.5% until we see him Monday.
• Cycler storage fine, supply delivery came Tuesday.

Please let me know if you want anything different on the dextrose.

Gail Summers, RN, CNN
Home Therapies Nurse, Northgate Home Program
""",
    cte='quoted-printable')

add('phi', 'care', 'Fairbanks',
    'Kidney Tx Inpatient <ktx-inpatient@stanselm-transplant.org>',
    'Dr. Rachel Imbert <rimbert@tcnephro.net>',
    'Discharge summary for follow-up - L. Fairbanks',
    'Fri, 14 Mar 2025 10:15:37 -0400',
    """Dr. Imbert,

Your patient Latoya Fairbanks was discharged from our service today after deceased donor
kidney transplant. Summary attached for continuity. She'll do labs twice a week at your
office's draw station and see us in transplant clinic on 3/19.

Thank you,
Kidney Transplant Inpatient Team
St. Anselm Transplant Institute
""" + DISC_SA,
    atts=[("""ST. ANSELM TRANSPLANT INSTITUTE - DISCHARGE SUMMARY

Patient: FAIRBANKS, LATOYA D
Admit: 03/09/2025    Discharge: 03/14/2025
Attending: M. Oyelaran, MD
Referring nephrologist: R. Imbert, MD (Tri-County Nephrology)

Procedure: Deceased donor kidney transplant, right iliac fossa, 03/09/2025.
Induction: thymoglobulin x3 doses, methylprednisolone taper.

Hospital course: Immediate graft function. Creatinine 8.9 pre-op -> 2.4 on POD2 -> 1.5
at discharge. Foley removed POD4, voiding well. JP drain removed POD4. Stent in place,
removal planned at 4-6 weeks in urology clinic. Mild hyperglycemia on steroids, covered with
sliding scale, not discharged on insulin.

Discharge medications:
  tacrolimus 5 mg PO BID (goal trough 8-10)
  mycophenolate mofetil 1000 mg PO BID
  prednisone 20 mg daily, taper per clinic
  valganciclovir 450 mg daily
  sulfamethoxazole-trimethoprim 400-80 mg daily
  nystatin swish 5 mL QID
  amlodipine 5 mg daily
  pantoprazole 40 mg daily

Follow-up: labs Mon/Thu (CBC, BMP, Mg, Phos, tacrolimus trough). Transplant clinic 03/19/2025.
""", 'text', 'plain', 'Fairbanks_DC_summary_031425.txt')])

# ---------------------------------------------------------------- PHI: names
add('phi', 'names', 'Nguyễn Thị Hồng',
    'Kim Tran <ktran@riverbendkidney.com>',
    'Elm St Scheduling <elm-sched@riverbendkidney.com>',
    'RE: Nguyễn Thị Hồng - chair time change',
    'Mon, 03 Mar 2025 07:48:21 -0500',
    """ok w/ me. moving her to MWF 2nd shift starting next mon, chair 11. daughter will drive
her so the earlier time doesn't work anymore.

-K
""")

add('phi', 'names', 'Adeyemi-Johnson',
    'Paula Greenidge <pgreenidge@riverbendkidney.com>',
    'Infection Control <ic@riverbendkidney.com>',
    'hep B titer follow up',
    'Tue, 04 Mar 2025 12:31:09 -0500',
    """Hi,

From the monthly report:

Adeyemi-Johnson, Folasade - anti-HBs came back <10 again after the first series. Dr.
Greer ok'd a second series, 1st dose given 3/3 with tx. She's still in the regular
isolation-not-required group since HBsAg neg.

Should I flag her in the monthly log as a non-responder yet or wait until after series #2?

Paula
""")

add('phi', 'names', 'Al-Masri',
    'Joanne Petrakis <jpetrakis@riverbendkidney.com>',
    'Kevin Moy MSW <kmoy@riverbendkidney.com>',
    'chair 14',
    'Wed, 05 Mar 2025 15:10:44 -0500',
    """Kevin - just got off the phone with Abdulrahman's daughter. He's refusing the catheter
exchange again, says he's done with "being cut". She's upset and wants a family meeting
with you and Dr Greer. Mr. Al-Masri needs an interpreter (Arabic) - please book one for
the meeting, not the daughter.

Jo
""")

add('phi', 'names', 'de la Cruz Ibáñez',
    'Waitlist Office <waitlist@stanselm-transplant.org>',
    'Dr. Hugh Lindqvist <hlindqvist@lakeshorenephrology.com>',
    'Listing status notification',
    'Thu, 06 Mar 2025 09:05:00 -0500',
    """Dear Dr. Lindqvist,

This is to notify you that your patient Ms. María José de la Cruz Ibáñez has been placed
in INACTIVE status on the kidney waiting list effective 03/05/2025, pending cardiology
clearance following her abnormal stress test. She continues to accrue waiting time while
inactive. Once the cardiac cath results are received and reviewed by the selection
committee, she can be reactivated.

Please contact the waitlist office at 555-0110 with questions.

Waitlist Office
St. Anselm Transplant Institute
""" + DISC_SA,
    html="""<html><body><p>Dear Dr. Lindqvist,</p>
<p>This is to notify you that your patient <strong>Ms. Mar&iacute;a Jos&eacute; de la Cruz Ib&aacute;&ntilde;ez</strong>
has been placed in <strong>INACTIVE</strong> status on the kidney waiting list effective 03/05/2025, pending
cardiology clearance following her abnormal stress test. She continues to accrue waiting time while
inactive. Once the cardiac cath results are received and reviewed by the selection committee, she
can be reactivated.</p>
<p>Please contact the waitlist office at 555-0110 with questions.</p>
<p>Waitlist Office<br>St. Anselm Transplant Institute</p></body></html>""")

add('phi', 'names', 'Subramaniam',
    'HLA Lab <hla@stanselm-transplant.org>',
    'Kidney Tx Surgeons <ktx-surg@stanselm-transplant.org>',
    'Offer 3/7 - crossmatch result',
    'Fri, 07 Mar 2025 02:41:30 -0500',
    """On-call team,

Flow crossmatch for the 3/7 offer is POSITIVE for Mr. Subramaniam (B-cell 310 MCS, T-cell
negative). Virtual crossmatch had been read as acceptable, there's a DQ7 antibody at MFI
~2800 that was under our cutoff. Recommend decline for him. Backup candidate #2 crossmatch
negative, running now for #3.

Venkat's family was already called in by the coordinator - someone will need to talk to them.

D. Kaczmarek, PhD
HLA Laboratory
""")

add('phi', 'names', 'Oksana',
    'Lisa Harmon <lharmon@riverbendkidney.com>',
    'Cedar Falls Staff <cedarfalls-all@riverbendkidney.com>',
    'Sat schedule',
    'Fri, 07 Mar 2025 13:22:10 -0500',
    """Hi all,

Oksana in bay 3 (the patient, not Oksana P. from the water room lol) - her husband called,
she can't come Saturday because of her chemo infusion. She'll come Friday 2nd shift AND
Sunday at Harborview this week. Please make sure her orders are faxed over to Harborview
today, she needs the 2K bath and her EPO dose.

Thanks
Lisa
Clinic Manager, Cedar Falls
""")

add('phi', 'names', "O'Sullivan-Reyes",
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'Harborview Dialysis <harborview-rn@riverbendkidney.com>',
    "Re: ESA hold?",
    'Mon, 10 Mar 2025 18:04:51 -0400',
    """Yes hold it. Recheck in 2 wks.

On Mon, Mar 10, 2025 at 2:11 PM Harborview Dialysis <harborview-rn@riverbendkidney.com> wrote:
> Dr Greer - Ms O'Sullivan-Reyes Hgb 12.4 today (was 11.6). Hold Mircera per protocol or do
> you want to give a reduced dose?
> Thanks, Deb
""")

add('phi', 'names', 'Benali',
    'Intake Team <intake@meridianrxspecialty.com>',
    'Brandon Leigh <bleigh@stanselm-transplant.org>',
    'New referral received',
    'Tue, 11 Mar 2025 10:36:27 -0400',
    """Referral received - see HTML version.
""",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Good morning Brandon,</p>
<p>We received the new referral for <b>Benali, Fatima Zahra</b>. We have started the benefits
investigation for everolimus 0.75 mg BID. Estimated copay will be communicated to the
patient once we hear back from the plan. The patient prefers French for phone calls; we will
use our interpreter line.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Prescriber</td><td>M. Oyelaran, MD</td></tr>
<tr><td>Medication</td><td>Zortress 0.75 mg tab</td></tr>
<tr><td>Status</td><td>BI in progress</td></tr>
</table>
<p>Tamika Shaw, CPhT<br>MeridianRx Specialty Pharmacy</p>
</body></html>""")

# ---------------------------------------------------------------- PHI: self
add('phi', 'self', 'Tuttle',
    'Ray Tuttle <raytuttle57@gmail.com>',
    'Elm St Scheduling <elm-sched@riverbendkidney.com>',
    'travel treatments in Orlando',
    'Sat, 01 Mar 2025 20:14:33 -0500',
    """Hello,

This is Raymond Tuttle, I dialyze tues thurs sat first shift at the Elm St unit. My wife and
I are going to Orlando March 14 to 21 to see our grandkids. Can you set up my treatments down
there? Anywhere near Kissimmee is fine. My birthday is 06/11/1957 if they need it.

Also I have been cramping real bad the last hour of treatment, can I talk to somebody
about that before I go.

Thanks
Ray
""")

add('phi', 'self', 'Brantley',
    'Keisha Brantley <keisha.brantley@outlook.com>',
    'Renee Castillo <rcastillo@stanselm-transplant.org>',
    'question about my 24 hr urine',
    'Sun, 02 Mar 2025 21:40:12 -0500',
    """Hi Renee,

My name is Keisha Brantley, I'm being tested to donate a kidney to my brother Marcus. I got
the jug for the 24 hour urine but I just started my period, should I wait until next week
to do it?

Also I've been checking my blood pressure at home like you asked and tonight it was
142/90 and yesterday 138/88. Is that going to be a problem for donating? I'm kind of
nervous about it now.

Thank you,
Keisha
""")

add('phi', 'self', 'Ruiz-Herrera',
    'Ana Herrera <anaherrera.family@yahoo.com>',
    'Peds Transplant Clinic <pedstx@stanselm-transplant.org>',
    'Mateo tacro level??',
    'Wed, 05 Mar 2025 19:58:45 -0500',
    """Hello,

Our son Mateo Ruiz-Herrera (DOB 2/9/2016) had his tacro level drawn Tuesday morning and we
still haven't heard anything. Last time it was high and they changed his dose so I want to
make sure we're giving the right amount.

He's also had diarrhea since Sunday, like 4-5 times a day. No fever. He's drinking ok.
Should we bring him in? I know diarrhea can mess with the levels.

Thank you,
Ana (Mateo's mom)
cell 555-0174
""")

add('phi', 'self', 'Okonkwo',
    'dwayne okonkwo <dokonkwo88@icloud.com>',
    'txpharm@stanselm-transplant.org',
    'refill',
    'Thu, 06 Mar 2025 07:21:08 -0500',
    """hey its dwayne okonkwo, kidney tx oct 2023. the pharmacy says the prior auth for my
mycophenolate expired and they cant fill it. i have like 3 days left. can yall send a new
one?? i cant miss doses

Sent from my iPhone
""")

add('phi', 'self', 'Pennington',
    'Gloria Pennington <gpennington@comcast.net>',
    'Denise Albrecht <dalbrecht@bluepeakhealth.com>',
    'Re: Your transplant benefits',
    'Fri, 07 Mar 2025 11:02:19 -0500',
    """Thank you Denise. Yes I got the letter. My surgery is scheduled for April 2 at St.
Anselm and my son is the donor. Does his part get covered under my plan too? He has his
own insurance through his job but they told him to ask you.

Also the anti-rejection medicines - will those be covered at 100% or do I have a copay?
I'm on a fixed income.

Gloria Pennington
Member ID BPH-447120935

-----Original Message-----
From: Denise Albrecht <dalbrecht@bluepeakhealth.com>
Sent: Thursday, March 6, 2025 3:45 PM
To: gpennington@comcast.net
Subject: Your transplant benefits

Dear Ms. Pennington,

As your case manager I wanted to reach out ahead of your upcoming kidney transplant. I
mailed you a letter describing your transplant benefit and the Centers of Excellence
program. Please let me know if you have questions.

Denise Albrecht, RN, CCM
BluePeak Health Plan
""")

add('phi', 'self', 'Beaumont',
    'Harold Beaumont <hbeaumont1949@aol.com>',
    'patientrelations@riverbendkidney.com',
    'Complaint about Saturday',
    'Mon, 10 Mar 2025 09:33:50 -0400',
    """To whom it may concern,

I am writing to complain about my treatment on Saturday March 8 at the Northgate center.
The technician (I believe her name was Crystal) stuck me three times in my fistula before
getting it and my arm swelled up like a balloon. Then I was taken off 40 minutes early
because they said they were behind. I have been going to dialysis for 6 years and never
been treated like that.

My arm is still bruised and sore today. I would like a call from the manager.

Harold Beaumont
(330) 555-0129
""",
    html="""<html><body><div>To whom it may concern,</div><div><br></div>
<div>I am writing to complain about my treatment on Saturday March 8 at the Northgate center.
The technician (I believe her name was Crystal) stuck me three times in my fistula before
getting it and my arm swelled up like a balloon. Then I was taken off 40 minutes early
because they said they were behind. I have been going to dialysis for 6 years and never
been treated like that.</div><div><br></div>
<div>My arm is still bruised and sore today. I would like a call from the manager.</div>
<div><br></div><div>Harold Beaumont<br>(330) 555-0129</div></body></html>""")

add('phi', 'self', 'Lachance',
    'bernadette lachance <blachance@hotmail.com>',
    'frontdesk@lakeshorenephrology.com',
    'cancel appt',
    'Tue, 11 Mar 2025 22:05:14 -0400',
    """pls cancel my 3pm appt tomorrow w dr lindqvist, my labs from keystone were fine creatinine 1.4 same as before. can reschedule in may. thx - bernadette lachance
""")

# ---------------------------------------------------------------- PHI: ids
add('phi', 'ids', '',
    'Keystone Critical Results <critical@keystonedx.com>',
    'Northgate Dialysis <northgate-rn@riverbendkidney.com>',
    'CRITICAL VALUE NOTIFICATION',
    'Tue, 04 Mar 2025 07:02:55 -0500',
    """CRITICAL VALUE NOTIFICATION - Keystone Diagnostic Laboratories

Accession:   Q25-0418832
Patient MRN: 00472913
Collected:   03/04/25 06:10
Test:        Potassium, serum
Result:      7.2 mmol/L  (H, CRITICAL)   Ref 3.5-5.1
Comment:     Specimen not hemolyzed.

Called to: K. Dunn RN at 06:58, read back verified.

This notification is automatically generated. Do not reply.
""")

add('phi', 'ids', '',
    'Paula Greenidge <pgreenidge@riverbendkidney.com>',
    'Lab Coordinator <labcoord@riverbendkidney.com>',
    'redraw needed',
    'Wed, 05 Mar 2025 10:44:03 -0500',
    """hep C ab for pt DOB 3.4.88, chart# 5530981 came back hemolyzed, needs redraw next tx (TTS 1st
shift). pt's new cell is 614-555-0166 if you need to reach her, old one disconnected.
""")

add('phi', 'ids', 'Carvalho',
    'Utilization Management <um-noreply@cardinalchp.org>',
    'Financial Counseling <fincounsel@stanselm-transplant.org>',
    'Authorization determination AUTH-2025-0033817',
    'Thu, 06 Mar 2025 16:20:00 -0500',
    """Cardinal Community Health Plan - Authorization Determination

Authorization #:   AUTH-2025-0033817
Member:            CARVALHO, LINDA M
Member ID:         CCH884201937
Date of Birth:     19610722
Group:             00451-A
Service:           Kidney transplant evaluation (outpatient)
Provider:          St. Anselm Transplant Institute, NPI 1992837465
Decision:          APPROVED - 6 visits, 03/06/2025 through 06/30/2025

Diagnosis on request: N18.6

This determination is not a guarantee of payment. Benefits are subject to member
eligibility on the date of service.
""",
    cte='quoted-printable')

add('phi', 'ids', 'Pham',
    'Gail Summers RN <gsummers@riverbendkidney.com>',
    'orders@homedialysissupply.com',
    'address change + cycler delivery',
    'Fri, 07 Mar 2025 14:12:36 -0500',
    """Hi team,

Please update the delivery address for Mr. Pham (acct 20-118834) - he moved:

   Quang Pham
   4417 Larkspur Ct Apt 2B
   Sandusky OH 44870
   (419) 555-0183

Next month's supplies and the replacement cycler should go to the new address. Cycler
delivery requested 3/12, he's home all day. Same Rx (2.5% 5L x 3, 1.5% 5L x 2/wk, drain
bags).

Thanks,
Gail
""")

add('phi', 'ids', 'Mensah',
    'Front Desk <frontdesk@tcnephro.net>',
    'Transplant Referrals <referrals@stanselm-transplant.org>',
    'Referral - eval for kidney transplant',
    'Mon, 10 Mar 2025 11:11:11 -0400',
    """Please see referral info below. Records to follow via fax.

Pt: Akua Mensah
DOB: 4 Mar 1988
SSN: xxx-xx-4471
Acct: 77-201938-4
Phone: 513.555.0152
Ins: Cardinal Community Health Plan, ID CCH550183246
Referring: Rachel Imbert MD
Reason: CKD 5, eGFR 11, not yet on dialysis, wants preemptive listing. Has a possible
living donor (cousin).

Thank you
Shonda
Tri-County Nephrology
""")

add('phi', 'ids', 'Baptiste',
    'Dr. M. Oyelaran <moyelaran@stanselm-transplant.org>',
    'Julie Hartnett <jhartnett@stanselm-transplant.org>',
    're the 2pm',
    'Tue, 11 Mar 2025 12:48:20 -0400',
    """0049317 / 11-20-1949 / Baptiste - BK 12,400 copies, up from 3k. cut the MMF to 500 bid,
repeat BK pcr in 2 wk. tell him at the 2pm please
""")

add('phi', 'ids', 'Odom',
    'Admissions <admissions@riverbendkidney.com>',
    'ESRD Network Data <data@esrdnet9.org>',
    '2728 correction',
    'Wed, 12 Mar 2025 09:27:31 -0400',
    """Hello,

Submitting a correction for a CMS-2728 we entered last week. The first dialysis date was
keyed wrong.

Patient: Clarence Odom
MBI: 1EG4-TE5-MK72
Facility CCN: 36-2591
First regular chronic dialysis date: 02/17/2025 (was entered as 02/07/2025)
Modality: in-center HD

Please let me know if you need a new signature page.

Monica Reyes
Admissions Coordinator
Riverbend Kidney Centers
""")

add('phi', 'ids', '',
    'Billing Dept <billing@riverbendkidney.com>',
    'Provider Services <provsvcs@bluepeakhealth.com>',
    'Claim denial 2025031400877 - request reconsideration',
    'Fri, 14 Mar 2025 15:30:02 -0400',
    """Provider Services,

We are requesting reconsideration of the following denial:

Claim #: 2025031400877
Patient acct: 3318847
Member DOB: 1972-10-05
DOS: 02/01/2025 - 02/28/2025
Rev code 0821 / CPT 90999, 13 treatments
Denial reason: CO-16 missing information

The claim included the ESRD facility value codes and the Hgb/Kt/V values (Hgb 10.4,
URR 71). Please advise what is missing. Patient's member ID on file is BPH-661093348.

Thank you,
Renal Billing Department
Riverbend Kidney Centers
""")

# ---------------------------------------------------------------- PHI: lists
add('phi', 'lists', 'Huang;Salgado;Frimpong;Lindgren',
    'Deb Rourke RN <drourke@riverbendkidney.com>',
    'Harborview RNs <harborview-rn@riverbendkidney.com>',
    'huddle / sign-out Tues 2nd shift',
    'Tue, 04 Mar 2025 15:58:02 -0500',
    """sign-out for 3rd shift:

- Chair 3 Mr Huang - dropped to 78/40 at hr 3, gave 200 NS, UF goal reduced to 2L. recheck
  standing BP before he leaves, wife driving.
- Chair 7 Beatriz Salgado - NEW START today, R IJ tunneled cath, 2 hrs only, tolerated ok.
  needs hep B vaccine #1 thurs, labs drawn.
- Chair 9 K. Frimpong - tx cut short 30 min, came in late. didn't get iron, give thurs.
- Chair 12 Lindgren - c/o chest tightness, EKG done, no changes per Dr Greer, sent home.
  call him tomorrow am.

Deb
""")

add('phi', 'lists', 'Haddad;Mwangi;Sørensen;Castellanos;Trinh',
    'Waitlist Office <waitlist@stanselm-transplant.org>',
    'Dr. Hugh Lindqvist <hlindqvist@lakeshorenephrology.com>',
    'Your patients on the kidney waitlist - quarterly update',
    'Mon, 03 Mar 2025 10:00:00 -0500',
    """Dr. Lindqvist,

Quarterly status of your patients currently listed at St. Anselm:

Name\tDOB\tABO\tcPRA\tStatus\tNext due
Haddad, Rami\t05/14/1966\tO\t0%\tActive\tAnnual echo 04/2025
Mwangi, Grace W.\t11/02/1979\tB\t98%\tActive\tAntibody screen q3mo
Sørensen, Erik\t08/30/1958\tA\t12%\tInactive (7)\tWound clinic clearance
Castellanos, Luz\t01/19/1984\tO\t45%\tActive\tDental
Trinh, Bao\t07/07/1971\tAB\t0%\tActive\tColonoscopy overdue

Please have any outstanding items sent to our fax 555-0111.

Waitlist Office
""" + DISC_SA)

add('phi', 'lists', 'Abernathy;Kuznetsova;Díaz;Whitfield;Ibekwe;Chaudhry',
    'Quality Dept <quality@riverbendkidney.com>',
    'Northgate Leadership <northgate-mgmt@riverbendkidney.com>',
    'Feb QAPI outliers - Northgate',
    'Wed, 05 Mar 2025 08:12:49 -0500',
    """Northgate team,

Feb outliers for QAPI Thursday. Please come with a plan for each.

| Patient               | spKt/V | Alb  | Hgb  | PO4 | Access    | Note                         |
|-----------------------|--------|------|------|-----|-----------|------------------------------|
| Abernathy, Clyde      | 1.08   | 3.4  | 10.9 | 6.8 | CVC       | AVF referral sent 1/22       |
| Kuznetsova, Irina     | 1.41   | 3.1  | 9.2  | 5.0 | AVG       | GI bleed workup, hold ESA?   |
| Díaz, Rogelio         | 1.15   | 3.9  | 11.2 | 8.1 | AVF       | binder nonadherence          |
| Whitfield, Tamara     | 1.52   | 2.9  | 10.1 | 4.4 | AVF       | wt loss 4kg, RD consult      |
| Ibekwe, Chinedu       | 1.19   | 4.0  | 12.6 | 5.9 | CVC       | cath dysfunction x2, tPA     |
| Chaudhry, Imran       | 1.61   | 3.5  | 8.8  | 4.9 | AVF       | new: hold? r/o occult bleed  |

Thanks,
Amanda Lowell, RN, MSN
Director of Quality, Riverbend Kidney Centers
""" + DISC_RB)

add('phi', 'lists', 'Ferreira;Goldberg;Nwosu;Marchetti',
    'Hospital Services <hospsvc@riverbendkidney.com>',
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'Mercy General acute census 3/6',
    'Thu, 06 Mar 2025 06:35:10 -0500',
    """Acute HD census - Mercy General - 03/06/2025

RM    PATIENT              AGE  HOME UNIT     PLAN TODAY             ACCESS
412A  FERREIRA, JOAO       71   Elm St        HD 3.5h, 2K, UF 2.5L   L AVF
418   GOLDBERG, RUTH       84   Harborview    hold HD, palliative mtg R IJ CVC
506B  NWOSU, EMMANUEL      58   (new)         CRRT in ICU, K 6.8     L fem temp
621   MARCHETTI, PAOLO     66   Cedar Falls   HD after cath lab      R AVG

Nurse: S. Patel RN, pager 4471
""",
    cte='base64')

pharm_csv = """patient_name,dob,rx,qty,ship_date,tracking,status
"Okafor, Ngozi",1983-04-17,valganciclovir 450mg,60,2025-03-07,1Z999AA10123456784,HOLD-PA
"Reinholt, Gary",1955-12-02,tacrolimus 1mg,180,2025-03-07,1Z999AA10123456791,SHIPPED
"Suárez, Camila",1990-06-25,mycophenolic acid 360mg,120,2025-03-08,1Z999AA10123456805,SHIPPED
"Huynh, Minh Chau",1968-09-09,Envarsus XR 4mg,30,2025-03-08,1Z999AA10123456812,SHIPPED
"Bellamy, Otis",1949-02-14,belatacept (clinic admin),1,2025-03-10,,SCHEDULED
"""
add('phi', 'lists', 'Okafor;Reinholt;Suárez;Huynh;Bellamy',
    'Account Management <accounts@meridianrxspecialty.com>',
    'Transplant Pharmacy Team <txpharm@stanselm-transplant.org>',
    'Weekly shipment report - St Anselm',
    'Fri, 07 Mar 2025 17:00:00 -0500',
    """Hi team,

Attached is this week's shipment report for your transplant patients. One order on PA hold
(Okafor) - please see the earlier email from our intake team.

Have a good weekend,
Jordan Wexler
Account Manager, MeridianRx Specialty Pharmacy
""",
    atts=[(pharm_csv, 'text', 'csv', 'stanselm_shipments_wk10.csv')])

missed = [
    ['Unit', 'Patient', 'MRN', 'Sched', 'Missed (Feb)', 'Shortened (Feb)', 'SW follow-up'],
    ['Elm St', 'Whitcombe, Gerald', '00388121', 'TTS-1', 3, 2, 'transport issue'],
    ['Elm St', 'Pruitt, Dana', '00401877', 'MWF-2', 2, 5, 'work schedule'],
    ['Harborview', 'Ochieng, Peter', '00415530', 'MWF-1', 4, 0, 'hospitalized 2/11-2/15'],
    ['Northgate', 'Villanueva, Rosa', '00399214', 'TTS-3', 1, 6, 'cramping - RD/RN review'],
    ['Cedar Falls', 'Bakr, Youssef', '00420073', 'MWF-3', 5, 1, 'depression screen +, referred'],
]
add('phi', 'lists', 'Whitcombe;Pruitt;Ochieng;Villanueva;Bakr',
    'Kevin Moy MSW <kmoy@riverbendkidney.com>',
    'Social Work <sw-all@riverbendkidney.com>',
    'Feb missed/shortened tx report',
    'Mon, 10 Mar 2025 13:14:41 -0400',
    """Hi SW team - Feb missed & shortened treatments are attached. Pls update the follow-up
column by Friday. Gerald W is on the payer radar too, BluePeak called me this morning.

Kevin Moy, LMSW
Regional Social Worker
""",
    atts=[(xlsx(missed, 'Feb'), 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'missed_tx_feb2025.xlsx')])

lab_csv = """ACCESSION,MRN,LAST,FIRST,DOB,COLLECTED,TEST,RESULT,UNITS,FLAG
Q25-0422101,00472913,ROSARIO,ELENA,1962-03-30,2025-03-11 06:20,PTH INTACT,812,pg/mL,H
Q25-0422102,00472913,ROSARIO,ELENA,1962-03-30,2025-03-11 06:20,PHOSPHORUS,7.4,mg/dL,H
Q25-0422117,00388121,WHITCOMBE,GERALD,1956-08-12,2025-03-11 06:35,HEMOGLOBIN,8.7,g/dL,L
Q25-0422130,00415530,OCHIENG,PETER,1970-01-05,2025-03-11 06:40,ALBUMIN,3.0,g/dL,L
Q25-0422144,00420073,BAKR,YOUSSEF,1981-11-21,2025-03-11 07:02,HBSAG,NONREACTIVE,,
Q25-0422145,00420073,BAKR,YOUSSEF,1981-11-21,2025-03-11 07:02,FERRITIN,1450,ng/mL,H
"""
add('phi', 'lists', 'Rosario;Whitcombe;Ochieng;Bakr',
    'Keystone Client Services <clientservices@keystonedx.com>',
    'Lab Coordinator <labcoord@riverbendkidney.com>',
    'Re-send of 3/11 results batch (zip)',
    'Wed, 12 Mar 2025 09:50:18 -0400',
    """Hello,

As requested, attached is the 3/11 results batch for Elm St / Harborview / Cedar Falls that
failed to cross the interface. Password will be sent separately per our policy.

Keystone Diagnostic Laboratories | Client Services
""",
    atts=[(mkzip([('results_20250311.csv', lab_csv)]), 'application', 'zip',
           'keystone_results_20250311.zip')])

# ---------------------------------------------------------------- PHI: struct
add('phi', 'struct', 'Raman',
    'Ravi Menon <rmenon@stanselm-transplant.org>',
    'Interface Support <interfaces@keystonedx.com>',
    'tacro results not filing - sample msg',
    'Thu, 06 Mar 2025 10:05:47 -0500',
    """Hi,

Results for tacrolimus from you are landing in our error queue since yesterday's
upgrade. Looks like OBX-3 changed. Sample below (copied from the engine):

MSH|^~\\&|KDL|KEYSTONE|EPIC|STANSELM|20250306061422||ORU^R01|KDL0306061422887|P|2.5.1
PID|1||8845120^^^STA^MR||RAMAN^PRIYA^S||19850912|F|||22 Birchwood Ln^^Dublin^OH^43017||(614)555-0108
ORC|RE|ORD556172|Q25-0419905
OBR|1|ORD556172|Q25-0419905|TACRO^Tacrolimus level^L|||20250305074500
OBX|1|NM|TACROLMS^Tacrolimus^KDL||9.8|ng/mL|5.0-15.0||||F|||20250306060000

Before the upgrade OBX-3 was 11253-5^Tacrolimus^LN. Can you put the LOINC back or send
us a mapping?

Ravi Menon
Integration Analyst, IS&T
St. Anselm Transplant Institute
""")

adt = ("MSH|^~\\&|RKC_EHR|RIVERBEND|HIE|STATEHIE|20250307083015||ADT^A04|RKC884120|P|2.3\r"
       "EVN|A04|20250307083015\r"
       "PID|1||00472913^^^RKC^MR~1EG4TE5MK72^^^CMS^MB||ROSARIO^ELENA^M||19620330|F||H|"
       "918 Tamarack Ave^^Columbus^OH^43211||(614)555-0133|||M||3318847\r"
       "PV1|1|O|ELMST^CH05^^RKC||||1407793311^GREER^ALAN|||NEPH||||||||HD|3318847\r"
       "DG1|1||N18.6^End stage renal disease^I10\r"
       "IN1|1|MCR|CMS|MEDICARE||||||||||||ROSARIO^ELENA^M|01|19620330\r")
add('phi', 'struct', 'Rosario',
    'Ian Feld <ifeld@riverbendkidney.com>',
    'HIE Onboarding <onboarding@statehie.org>',
    'RE: ADT feed validation - failing A04',
    'Fri, 07 Mar 2025 08:44:00 -0500',
    """Attached is the A04 that got NAKed this morning (AE, "PID-3 repetition invalid"). We send
MRN plus the MBI as a second repetition - is that not allowed in your spec?

Ian Feld | Interface Engineer | Riverbend Kidney Centers

-----Original Message-----
From: HIE Onboarding <onboarding@statehie.org>
Sent: Thursday, March 6, 2025 4:12 PM
Subject: ADT feed validation - failing A04

Please send us a sample of the failing message so we can check against the validator.
""",
    atts=[(adt, 'text', 'plain', 'RKC884120_A04.hl7')])

add('phi', 'struct', 'Carvalho',
    'Sandra Polk <spolk@stanselm-transplant.org>',
    'EDI Support <edisupport@claimbridge.net>',
    '837P rejected - NM1 loop question',
    'Mon, 10 Mar 2025 14:22:31 -0400',
    """Hi EDI support,

Our 837P batch from Friday rejected at the clearinghouse on one claim with "2010BA NM109
invalid". Here's the piece of the file for that claim, I can't see what's wrong:

HL*2*1*22*0~
SBR*P*18*00451-A******CI~
NM1*IL*1*CARVALHO*LINDA*M***MI*CCH884201937~
N3*57 QUARRY RIDGE RD~
N4*WORTHINGTON*OH*43085~
DMG*D8*19610722*F~
NM1*PR*2*CARDINAL COMMUNITY HEALTH PLAN*****PI*CCHP1~
CLM*STA2503070041*450***11:B:1*Y*A*Y*Y~
HI*ABK:N186~
LX*1~
SV1*HC:99205*450*UN*1***1~
DTP*472*D8*20250307~

Thanks,
Sandra Polk
Patient Financial Services, St. Anselm Transplant Institute
""")

add('phi', 'struct', 'Beaumont',
    'Tracy Oduya <toduya@riverbendkidney.com>',
    'Billing Dept <billing@riverbendkidney.com>',
    'FW: 271 back for Beaumont - secondary?',
    'Tue, 11 Mar 2025 11:05:16 -0400',
    """Does this mean his secondary termed? Northgate needs to know before tomorrow.

ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*RIVERBEND      *250311*1058*^*00501*000004417*0*P*:~
GS*HB*CLAIMBRIDGE*RIVERBEND*20250311*1058*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RKC0311A*20250311*1058~
HL*1**20*1~
NM1*PR*2*OHIO SENIOR SUPPLEMENT*****PI*OSS01~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND KIDNEY CENTERS*****XX*1730241189~
HL*3*2*22*0~
NM1*IL*1*BEAUMONT*HAROLD*J***MI*OSS7712094~
N3*1400 W MARKET ST APT 6~
N4*AKRON*OH*44313~
DMG*D8*19490203*M~
EB*6**30~
DTP*356*D8*20250228~
SE*13*0001~

Tracy
Front Office, Northgate
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-5530981",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "5530981"}],
        "name": [{"family": "Nwachukwu", "given": ["Adaeze", "Chioma"]}],
        "gender": "female",
        "birthDate": "1988-03-04",
        "telecom": [{"system": "phone", "value": "614-555-0166"}],
        "address": [{"line": ["3302 Hollyhock Dr"], "city": "Reynoldsburg", "state": "OH", "postalCode": "43068"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "16128-1", "display": "Hepatitis C virus Ab"}]},
        "subject": {"reference": "Patient/pt-5530981"},
        "effectiveDateTime": "2025-03-07T06:25:00-05:00",
        "valueCodeableConcept": {"text": "Reactive"}
      }
    }
  ]
}"""
add('phi', 'struct', 'Nwachukwu',
    'Priya Varghese <pvarghese@riverbendkidney.com>',
    'dev-integrations@riverbendkidney.com',
    'fhir bundle from keystone - Observation not linking',
    'Wed, 12 Mar 2025 16:31:44 -0400',
    """hey team, the bundle below came through the keystone FHIR endpoint this aft but the
Observation didn't attach to the chart, I think because subject ref uses pt- prefix and our
matcher wants the bare MRN. pasting raw so you can repro (yes I know, should be in the
secure channel, will delete after):

""" + fhir + """

also this one is a reactive HCV so IC is going to want it ASAP once it files.

-priya
""")

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250313101500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="8851277" root="2.16.840.1.113883.3.7712"/>
      <addr use="HP"><streetAddressLine>77 Chestnut Hill Rd</streetAddressLine>
        <city>Marion</city><state>OH</state><postalCode>43302</postalCode></addr>
      <telecom value="tel:+1-740-555-0119" use="HP"/>
      <patient>
        <name><given>Dmitri</given><family>Volkov</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19590611"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <text><list>
        <item>Kidney transplant recipient (2019) - chronic allograft nephropathy</item>
        <item>Type 2 diabetes mellitus</item>
        <item>Post-transplant lymphoproliferative disorder, in remission</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <text><list>
        <item>sirolimus 2 mg daily</item>
        <item>prednisone 5 mg daily</item>
        <item>insulin glargine 22 units nightly</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct', 'Volkov',
    'Health Information Mgmt <him@stanselm-transplant.org>',
    'Records Requests <records@marionnephrology.com>',
    'Requested CCD - Volkov',
    'Thu, 13 Mar 2025 10:20:05 -0400',
    """Attached please find the CCD you requested for the above patient in response to your
records request #RR-25-01187 for continuity of care.

HIM Department
St. Anselm Transplant Institute
""" + DISC_SA,
    atts=[(ccd, 'application', 'xml', 'CCD_Volkov_20250313.xml')])

add('phi', 'struct', 'Lindgren',
    'Cash Posting <cashposting@lakeshorenephrology.com>',
    'Practice Manager <pm@lakeshorenephrology.com>',
    'underpaid 835 line?',
    'Fri, 14 Mar 2025 09:02:39 -0400',
    """Jen, BluePeak paid the Lindgren visit at $38 on a $210 charge with CO-45 + PR-3 only.
Shouldn't the 99214 allowed be higher on our contract? Raw 835 below:

CLP*LNA250221-088*1*210*38*25*12*BPH25060118842*11*1~
NM1*QC*1*LINDGREN*ARVID*P***MI*BPH-220948113~
NM1*82*1*LINDQVIST*HUGH****XX*1407793355~
DTM*232*20250221~
SVC*HC:99214*210*38**1~
DTM*472*20250221~
CAS*CO*45*147~
CAS*PR*3*25~
AMT*B6*63~

Chest pain f/u visit. Thx - Luis
""")

# ---------------------------------------------------------------- PHI: lang
add('phi', 'lang', 'Menjívar',
    'Yesenia Menjivar <yesemenjivar@gmail.com>',
    'Harborview Dialysis <harborview-rn@riverbendkidney.com>',
    'Mi papá - diálisis',
    'Sat, 08 Mar 2025 17:26:40 -0500',
    """Buenas tardes,

Les escribo por mi papá, Rigoberto Menjívar Paz, que se dializa en Harborview los lunes,
miércoles y viernes en el turno de la mañana. El viernes salió muy mareado y en la noche
le subió la presión a 190/100. Hoy amaneció con los pies bien hinchados y dice que le falta
el aire cuando se acuesta.

¿Lo llevamos a emergencias o puede esperar a su tratamiento del lunes?

También quería pedir que la enfermera le explique otra vez cuánto líquido puede tomar al
día, él no entiende bien el inglés y le da pena preguntar.

Gracias,
Yesenia Menjívar (hija)
555-0187
""",
    cte='quoted-printable')

add('phi', 'lang', 'Nogueira',
    'Wanderley Nogueira <wcnogueira@hotmail.com>',
    'Julie Hartnett <jhartnett@stanselm-transplant.org>',
    'dúvida sobre o tacrolimo',
    'Sun, 09 Mar 2025 10:12:03 -0400',
    """Olá Julie,

Sou o Wanderley Castro Nogueira, fiz o transplante de rim em novembro (data de nascimento
22/08/1975). A farmácia me mandou o tacrolimo de outro fabricante, genérico, e as cápsulas
são de outra cor. Posso tomar normal ou tenho que fazer exame antes?

O meu último nível deu 6,2 e o Dr. Oyelaran disse que estava um pouco baixo, aumentou para
3 mg de manhã e 3 mg à noite. Estou com um pouco de tremor nas mãos desde então.

Desculpa escrever em português, meu inglês é fraco.

Obrigado,
Wanderley
""")

add('phi', 'lang', 'Lê Thị Mai',
    'Tran Minh Duc <tranminhduc.oh@gmail.com>',
    'Kim Tran <ktran@riverbendkidney.com>',
    'Mẹ tôi - bà Lê Thị Mai',
    'Mon, 10 Mar 2025 06:50:19 -0400',
    """Chào cô Kim,

Tôi là con trai của bà Lê Thị Mai, bệnh nhân chạy thận ở Elm St ca sáng thứ Ba, Năm, Bảy.
Tối qua mẹ tôi bị té trong nhà tắm, đầu gối trái sưng và đau. Bác sĩ ở phòng cấp cứu
Mercy đã chụp X-quang, không bị gãy xương. Mẹ tôi đang uống Tylenol.

Ngày mai mẹ tôi vẫn đi chạy thận được không? Mẹ tôi đi lại khó, có thể xin xe lăn khi tới
không ạ?

Cảm ơn cô nhiều,
Trần Minh Đức
""",
    cte='base64')

add('phi', 'lang', 'Étienne',
    'Jean-Robert Etienne <jretienne509@yahoo.com>',
    'Vascular Access Scheduling <access-sched@stanselm-transplant.org>',
    'chanje randevou operasyon',
    'Tue, 11 Mar 2025 08:03:44 -0400',
    """Bonjou,

Mwen se Jean-Robert Étienne. Mwen te gen randevou pou operasyon fistil nan bra goch mwen
jedi 20 mas la ak Dr. Kessler. Mwen pa ka vini jou sa a paske pa gen moun ki ka mennen m.
Èske nou ka chanje l pou semèn apre a?

Mwen toujou ap fè dyaliz ak katetè a nan kou m, epi li fè m mal lè m dòmi.

Mèsi anpil,
Jean-Robert
Telefòn: 555-0145
""")

add('phi', 'lang', 'Белова',
    'Olga Belova <o.belova79@mail.com>',
    'Renee Castillo <rcastillo@stanselm-transplant.org>',
    'Анализ мочи - повторно?',
    'Wed, 12 Mar 2025 19:44:30 -0400',
    """Здравствуйте, Рене!

Меня зовут Ольга Сергеевна Белова, я прохожу обследование как донор почки для моего мужа.
Вчера мне позвонили из лаборатории и сказали, что нужно пересдать анализ мочи, потому что
нашли белок. Это серьёзно? Смогу ли я всё равно быть донором?

Следующий приём у меня 24 марта. Дата рождения 14.02.1979, если нужно.

Спасибо,
Ольга
""")

add('phi', 'lang', 'Dimaculangan',
    'Rowena Bautista RN <rbautista@riverbendkidney.com>',
    'Marisol Fuentes RN <mfuentes@riverbendkidney.com>',
    'chair 6 kanina',
    'Thu, 13 Mar 2025 14:37:12 -0400',
    """Hi Mare,

Si Mrs. Corazon Dimaculangan sa chair 6, ang taas ng BP niya kanina 198/104 pre-tx. Hindi
raw niya nainom yung amlodipine kasi naubusan na siya. Tinawagan ko na si Dr. Greer,
binigyan ng clonidine 0.1 mg, bumaba naman sa 160s.

Pakisabihan yung anak niya pag sinundo na i-refill ngayong araw. Pakicheck din yung weight
niya sa Sabado, +4.2 kg siya today.

Salamat!
Rowena
""")

add('phi', 'lang', 'الحسيني',
    'Khaled Alhusseini <k.alhusseini@gmail.com>',
    'Kidney Transplant Clinic <ktx-clinic@stanselm-transplant.org>',
    'موعد والدي - محمود الحسيني',
    'Thu, 13 Mar 2025 21:15:58 -0400',
    """السلام عليكم،

أكتب بخصوص والدي، السيد محمود عبد الله الحسيني، المريض في برنامج زراعة الكلى. موعده للمتابعة
يوم الثلاثاء 18 مارس الساعة 10 صباحاً.

نتيجة تحليل الكرياتينين الأخيرة كانت 2.1 وكانت 1.6 قبل شهر، والطبيب قال إنه قد يحتاج إلى خزعة
من الكلية المزروعة. هل يجب أن يتوقف عن أخذ الأسبرين قبل الخزعة؟ وهل يمكن حجز مترجم للموعد؟
والدي لا يتكلم الإنجليزية جيداً.

شكراً جزيلاً،
خالد الحسيني
""",
    cte='base64')

add('phi', 'lang', '陈秀兰',
    'Lin Meiling <linmeiling2012@163.com>',
    'Northgate Home Program <northgate-home@riverbendkidney.com>',
    '我妈妈腹透液浑浊',
    'Fri, 14 Mar 2025 07:40:26 -0400',
    """您好，

我是陈秀兰的女儿。我妈妈在家做腹膜透析。昨天晚上她说肚子痛，今天早上放出来的透析液是浑浊的，
还有点发烧（37.9度）。我们按照护士教的把那袋液体保留了。

请问我们现在应该去急诊还是直接来你们诊所？她的病历号是 00433817。

谢谢！
林美玲
电话：555-0198
""",
    cte='base64')

# ---------------------------------------------------------------- CLEAN: admin
add('clean', 'admin', '',
    'Lisa Harmon <lharmon@riverbendkidney.com>',
    'Cedar Falls Staff <cedarfalls-all@riverbendkidney.com>',
    'Tech schedule wk of 3/17',
    'Wed, 12 Mar 2025 16:40:00 -0400',
    """Hi all, schedule for next week below. Swaps need to go through me by Friday noon.

        MON        TUE        WED        THU        FRI        SAT
Opening Carla B.   Oksana P.  Carla B.   Oksana P.  Devon W.   Marcus T.
1st     Devon W.   Marcus T.  Devon W.   Tiana R.   Carla B.   Oksana P.
2nd     Tiana R.   Jaylen S.  Tiana R.   Jaylen S.  Tiana R.   Jaylen S.
Close   Jaylen S.  Carla B.   Marcus T.  Carla B.   Jaylen S.  Devon W.

RN charge: Lisa H (M/W/F), Rowena B (T/Th/Sa)
Water room checks: Oksana P. daily before 5:00 am
Call-offs: call the on-call line 555-0104, not text.

Lisa Harmon
Clinic Manager, Cedar Falls
""")

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@riverbendkidney.com>',
    'Deb Rourke <drourke@riverbendkidney.com>',
    'INC0048812 has been updated - Label printer Harborview',
    'Thu, 06 Mar 2025 11:20:33 -0500',
    """Incident INC0048812 has been updated.

Short description: Zebra label printer at Harborview nurses station printing blank labels
Caller: Deb Rourke
Location: Harborview Dialysis - Nurses Station
Asset tag: RKC-PRN-02231
Priority: 3 - Moderate
Assigned to: Nathan Okoro (Desktop Support - East)

Work notes:
  Remote session - driver updated to 8.6.4, test print OK from admin account. Printing
  specimen labels from the EHR still blank. Suspect the label stock was loaded for thermal
  transfer instead of direct thermal. Tech onsite Friday between 9-11.

To view the incident, click here: https://riverbendkidney.service-now.example/inc/INC0048812

Riverbend IT Service Desk | ext 4357 | 1-888-555-0142
""")

add('clean', 'admin', '',
    'AR Department <ar@renalsupplyco.com>',
    'Accounts Payable <ap@riverbendkidney.com>',
    'Invoice INV-558210 / PO 4500118822',
    'Mon, 03 Mar 2025 09:00:12 -0500',
    """Please see invoice details below. PDF copy available in the customer portal.

Invoice: INV-558210     Date: 03/01/2025     Terms: Net 30
Customer acct: 100447   Ship-to: Riverbend Northgate, 2200 Commerce Pkwy, Akron OH
PO: 4500118822

Qty  Item       Description                                    Ext
40   DZ-160H    High-flux dialyzer 1.6 m2, cs/24              $8,640.00
40   BL-AV01    A/V bloodline set w/ transducer prot., cs/24  $3,120.00
30   FN-15G     Fistula needle 15G 1in w/ backeye, bx/250     $2,475.00
60   AC-2K25    Acid concentrate 2K/2.5Ca, 55 gal drum        $7,380.00
                                            Subtotal         $21,615.00
                                            Freight             $410.00
                                            TOTAL            $22,025.00

Remit to: Renal Supply Co., PO Box 77120, Indianapolis IN 46277
Questions: ar@renalsupplyco.com | 317-555-0190
""",
    html="""<html><body><p>Please see invoice details below. PDF copy available in the customer portal.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Arial;font-size:9pt">
<tr><th>Qty</th><th>Item</th><th>Description</th><th>Ext</th></tr>
<tr><td>40</td><td>DZ-160H</td><td>High-flux dialyzer 1.6 m2, cs/24</td><td>$8,640.00</td></tr>
<tr><td>40</td><td>BL-AV01</td><td>A/V bloodline set w/ transducer prot., cs/24</td><td>$3,120.00</td></tr>
<tr><td>30</td><td>FN-15G</td><td>Fistula needle 15G 1in w/ backeye, bx/250</td><td>$2,475.00</td></tr>
<tr><td>60</td><td>AC-2K25</td><td>Acid concentrate 2K/2.5Ca, 55 gal drum</td><td>$7,380.00</td></tr>
<tr><td colspan="3" align="right"><b>TOTAL</b></td><td><b>$22,025.00</b></td></tr>
</table>
<p>Invoice INV-558210 &middot; PO 4500118822 &middot; Customer acct 100447</p>
<p>Remit to: Renal Supply Co., PO Box 77120, Indianapolis IN 46277</p></body></html>""")

add('clean', 'admin', '',
    'HR Benefits <benefits@stanselm-transplant.org>',
    'All Staff <allstaff@stanselm-transplant.org>',
    'New medical ID cards + EAP reminder',
    'Tue, 04 Mar 2025 12:00:00 -0500',
    """Dear colleagues,

As announced during open enrollment, our employee medical plan moves to BluePeak Health
Plan on April 1. New member ID cards will be mailed to your home address the week of
March 17. Your new member ID will begin with "SAT" followed by nine digits; until you
receive the card you can print a temporary one from the BluePeak member portal.

Pharmacy: if you currently fill a maintenance prescription, you do not need a new
prescription, but please confirm your pharmacy has your new card on file after April 1.

Reminder that the Employee Assistance Program (confidential counseling, legal and financial
consults) is available 24/7 at 1-800-555-0157.

Benefits questions: Yolanda Briggs, Benefits Specialist, ext. 2290.

Human Resources
St. Anselm Transplant Institute
""")

add('clean', 'admin', '',
    'Ron Stasko <rstasko@riverbendkidney.com>',
    'Biomed / Facilities <biomed@riverbendkidney.com>',
    'Northgate RO downtime Sunday + Feb water results',
    'Fri, 07 Mar 2025 15:45:21 -0500',
    """Team,

Northgate RO membrane replacement is scheduled for Sunday 3/16, 06:00-14:00. Unit is
closed Sundays so no treatment impact, but the water room must be disinfected and
cultured before Monday opening. I'll be onsite with Reggie from AquaPure.

Feb results, all units:
  total chlorine (pre-treatment, every shift): all < 0.1 ppm
  product water cultures: all < 50 CFU/mL (action level 50)
  endotoxin: all < 0.03 EU/mL except Harborview loop return 0.11 (action level 0.25)
  dialysate cultures: all machines within limits; machine #HV-14 retested after disinfect, OK

Harborview loop will be heat disinfected again Tuesday night and resampled.

Ron Stasko, CBET
Regional Biomed / Water Systems
cell 330-555-0121
""")

add('clean', 'admin', '',
    'Revenue Cycle Systems <rcs@stanselm-transplant.org>',
    'PFS Team <pfs@stanselm-transplant.org>',
    'Clearinghouse cutover - claims hold Mar 21-23',
    'Mon, 10 Mar 2025 08:05:00 -0400',
    """All,

Reminder that we cut over from ClaimBridge to the new clearinghouse on Monday 3/24.

- Last 837 batch to ClaimBridge: Thursday 3/20 at 17:00 (batch IDs STA0320xx)
- Claims hold Fri 3/21 - Sun 3/23; the scrubber queue will accumulate, do not release
- First batch to the new clearinghouse: Mon 3/24 07:00
- 835 ERA enrollment with all payers is complete except Cardinal CHP (expected 3/18);
  until then Cardinal remits will come on paper to the lockbox
- 270/271 real-time eligibility will be unavailable 3/22 00:00-06:00

Training sessions (Teams): Tue 3/18 10:00 and Wed 3/19 14:00. Job aid is on the PFS
SharePoint under Cutover > Job Aids.

Owen Castellano
Manager, Revenue Cycle Systems
""")

add('clean', 'admin', '',
    'Medical Staff Office <mso@stanselm-transplant.org>',
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'Reappointment packet due 4/15 - Dr. Alan Greer',
    'Tue, 11 Mar 2025 10:30:00 -0400',
    """Dear Dr. Greer,

Your courtesy staff appointment in the Department of Medicine (Nephrology) expires
05/31/2025. Please return the reappointment packet by 04/15/2025. Our records show:

  NPI: 1407793311
  State license: 35.088411 - exp 01/31/2026
  DEA: on file - exp 06/30/2025 (please send renewed copy when issued)
  Board certification: Nephrology, ABIM - current
  CME: 38 of 50 hours documented for this cycle
  TB attestation and flu vaccination attestation: due with packet

Case logs are not required for courtesy staff. If you have any questions please contact
Andrea Tolliver at 555-0116.

Medical Staff Office
St. Anselm Transplant Institute
""")

# ---------------------------------------------------------------- CLEAN: lookalike
add('clean', 'lookalike', '',
    'Paula Greenidge <pgreenidge@riverbendkidney.com>',
    'Marisol Fuentes RN <mfuentes@riverbendkidney.com>',
    'FW: Biscuit - bloodwork results',
    'Thu, 06 Mar 2025 18:22:47 -0500',
    """lol look at this, my CAT has CKD now. the vet wants her on a renal diet and sub-q fluids.
guess who's going to be doing home dialysis on a 12 lb tabby

---------- Forwarded message ---------
From: Maple Grove Animal Hospital <frontdesk@maplegrovevet.com>
Date: Thu, Mar 6, 2025 at 4:05 PM
Subject: Biscuit - bloodwork results

Hi Paula,

Dr. Shapiro reviewed Biscuit's senior panel from Tuesday:

  BUN 42 mg/dL (ref 16-36)
  Creatinine 2.4 mg/dL (ref 0.8-2.4)
  SDMA 19 ug/dL (ref 0-14)
  Urine specific gravity 1.018
  Phosphorus 5.1 mg/dL

This is consistent with IRIS stage 2 chronic kidney disease. Dr. Shapiro recommends
switching to a prescription renal diet, starting subcutaneous fluids 100 mL every other
day (we can show you how), and a recheck panel and blood pressure in 3 months.

Patient: Biscuit (feline, DSH, 13 y)   Client #: 20331   Invoice: 118842

Maple Grove Animal Hospital
(614) 555-0193
""")

add('clean', 'lookalike', '',
    'Ironwood Fitness <noreply@ironwoodfitness.com>',
    'j.hartnett.runs@gmail.com',
    'Your booking is confirmed - Member #44781',
    'Sat, 08 Mar 2025 07:15:00 -0500',
    """Hi Julie,

You're booked!

  Class:      Cycle 45 - Heart Rate Zone Training
  Date:       Tuesday, March 11, 2025 - 6:00 AM
  Studio:     B (Dublin location)
  Bike:       #17
  Member #:   44781

Don't forget: your free InBody body composition scan is available with your Premier
membership. Book it at the front desk or in the app.

Need to freeze your membership for medical reasons? Bring a note from your provider to the
front desk and we'll pause billing for up to 90 days.

Cancel at least 12 hours before class to avoid a $10 late cancel fee.

Ironwood Fitness | 6120 Sawmill Rd, Dublin OH | 614-555-0170
""",
    html="""<html><body style="font-family:Helvetica"><h2>You're booked!</h2>
<p>Hi Julie,</p><p><b>Cycle 45 - Heart Rate Zone Training</b><br>Tuesday, March 11, 2025 - 6:00 AM<br>
Studio B (Dublin location) &middot; Bike #17<br>Member #44781</p>
<p>Don't forget: your free InBody body composition scan is available with your Premier membership.</p>
<p>Need to freeze your membership for medical reasons? Bring a note from your provider to the front desk and we'll pause billing for up to 90 days.</p>
<p style="font-size:8pt;color:#888">Ironwood Fitness | 6120 Sawmill Rd, Dublin OH | 614-555-0170</p></body></html>""")

add('clean', 'lookalike', '',
    'Buckeye Educators Credit Union <alerts@buckeyeecu.org>',
    'kmoy.personal@yahoo.com',
    'Loan payment reminder - Member #0088314',
    'Mon, 10 Mar 2025 06:00:00 -0400',
    """Dear Kevin Moy,

This is a reminder that a payment on your auto loan is coming due.

  Member number:   0088314
  Loan ID:         L-07 (ending 2207)
  Payment due:     03/20/2025
  Amount due:      $312.44
  Autopay:         Not enrolled

Log in to Online Banking to make a payment or enroll in autopay. If you have already made
this payment, please disregard this notice.

Buckeye Educators Credit Union will never ask for your PIN or full account number by email.
Federally insured by NCUA. Routing 244-183-602.
""")

add('clean', 'lookalike', '',
    'Great Lakes Airways <reservations@greatlakesair.com>',
    'Dr. Hugh Lindqvist <hlindqvist@lakeshorenephrology.com>',
    'Your trip confirmation - KDNY7Q - Columbus to San Diego',
    'Tue, 11 Mar 2025 13:41:09 -0400',
    """Thank you for flying Great Lakes Airways.

Confirmation code: KDNY7Q

Passenger: HUGH LINDQVIST
SkyMiles Plus #: GL 4481 220 937
Ticket number: 0167 2839 4410 55

Flight GL 1142  Wed 30OCT  CMH 07:05 -> ORD 07:58   Seat 3C  (First)
Flight GL 2207  Wed 30OCT  ORD 09:20 -> SAN 11:47   Seat 14D (Main)
Flight GL 2210  Sun 03NOV  SAN 13:10 -> ORD 19:05   Seat 14C (Main)
Flight GL 1187  Sun 03NOV  ORD 20:15 -> CMH 22:42   Seat 2A  (First)

Trip name: Kidney Week 2025 (ASN)
Corporate travel account: LAKESHORE NEPHROLOGY ASSOC - CTA 559021

Baggage: 1 checked bag included. Secure Flight passenger data on file.
""")

add('clean', 'lookalike', '',
    'Claims <claims@heartlandmutualauto.com>',
    'gsummers.home@gmail.com',
    'Claim 0041-27783-AB acknowledgement',
    'Wed, 12 Mar 2025 10:08:14 -0400',
    """Dear Gail Summers,

We have received your first notice of loss. Here are your claim details:

  Claim number:     0041-27783-AB
  Policy number:    HMA-OH-22093317
  Date of loss:     03/11/2025
  Vehicle:          2019 Honda CR-V, VIN ending 8841
  Loss type:        Collision - parked vehicle, rear bumper
  Injuries:         None reported

Your adjuster is Mark Feeney, 1-800-555-0114 ext 3361. Please upload photos of the damage
and the other driver's insurance information through the Heartland app. Rental coverage on
your policy: $40/day, 30 days max.

Heartland Mutual Auto Insurance
""")

add('clean', 'lookalike', '',
    'Dale Whitaker <dale@whitakertreecare.com>',
    'Ron Stasko <rstasko.home@outlook.com>',
    'Re: the big oak - estimate',
    'Thu, 13 Mar 2025 19:02:55 -0400',
    """Ron,

Came by today and took a good look at the white oak in the back. Here's my assessment:

Diagnosis: looks like Armillaria root rot on the north side - mushrooms at the root flare
and the bark is sloughing. Resistograph shows about 30% decay in the lower trunk. Prognosis
is fair for 5-10 yrs if we take weight off it, poor if we leave it.

Recommended surgery:
 1. Crown reduction ~20%, remove the dead limb over the garage
 2. Cable the codominant stems
 3. Root collar excavation, then re-evaluate in the fall

Estimate #2025-118: $2,850 (includes cleanup + chipping). Stump grinding on the old maple
add $275.

We can schedule for the week of 3/24 if the ground is dry.

Dale Whitaker
ISA Certified Arborist OH-1147A
Whitaker Tree Care - "the tree surgeons"  614-555-0186
""")

add('clean', 'lookalike', '',
    'GitLab <gitlab@git.internal-dev.io>',
    'ifeld@riverbendkidney.com',
    'Re: Issue #412 - orphaned child processes after OOM kill (patient-retry worker)',
    'Fri, 14 Mar 2025 11:55:30 -0400',
    """Marek Zieliński commented on issue #412:

> the patient-retry worker gets SIGKILLed by the OOM killer and its children keep running.

Confirmed. When the parent dies the children get reparented to PID 1 and nothing reaps them,
so we see zombie processes piling up. The /healthz probe keeps returning 503 critical
because the supervisor thinks the pool is still at capacity.

Proposed fix:
 - run tini as PID 1 in the container so orphans get reaped
 - raise memory limit from 512Mi to 1Gi for the worker
 - make the backoff "patient" (exponential, max 5 min) instead of hammering the queue
 - hot-transplant the config without restarting the pod (see !88)

Build #20250314.7 has the change, pipeline 88412 green. Assigning to @ifeld for review.

--
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on git.internal-dev.io.
""")

# ---------------------------------------------------------------- CLEAN: news
add('clean', 'news', '',
    'Ohio Dept. of Health - HAI Program <hai-bulletin@health.state.example.gov>',
    'Dialysis Facility Contacts <dialysis-list@health.state.example.gov>',
    'HAI Bulletin: Hepatitis B prevention in outpatient hemodialysis - March 2025',
    'Mon, 03 Mar 2025 13:00:00 -0500',
    """HEALTHCARE-ASSOCIATED INFECTIONS PROGRAM - PARTNER BULLETIN
March 2025

1. Hepatitis B in hemodialysis settings
In 2024 the program investigated two clusters of hepatitis B virus infection among
patients at outpatient hemodialysis facilities in the state (total 5 cases). Contributing
factors included lapses in monthly HBsAg screening of susceptible patients and shared
supply carts between isolation and non-isolation stations.

Reminders for facilities:
  - Test all susceptible patients for HBsAg monthly; review results promptly.
  - Vaccinate susceptible patients; test anti-HBs 1-2 months after the series.
  - Dedicate machines, supplies and staff to HBsAg-positive patients.

2. Statewide dialysis bloodstream infection data (NHSN, Q3 2024)
  Pooled BSI rate: 0.41 per 100 patient-months (CVC: 1.92; AVF: 0.14; AVG: 0.33)
  Facilities reporting: 287 of 291

3. Webinar: "Core Interventions for Dialysis BSI Prevention" - April 9, 12:00 ET.

Questions: HAI Program, 614-555-0102.
To unsubscribe from this list reply with UNSUBSCRIBE.
""")

add('clean', 'news', '',
    'Corvane Pharmaceuticals Quality <recalls@corvanepharma.com>',
    'Pharmacy Purchasing <pharmpurch@stanselm-transplant.org>',
    'URGENT: Voluntary recall - Heparin Sodium Injection 1,000 USP units/mL (lot-specific)',
    'Tue, 04 Mar 2025 09:30:00 -0500',
    """URGENT DRUG RECALL - HOSPITAL/USER LEVEL

Corvane Pharmaceuticals, Inc. is voluntarily recalling the following lots of Heparin Sodium
Injection, USP, 1,000 USP units/mL, 10 mL multiple-dose vials, due to the potential
presence of particulate matter identified during routine stability testing.

  NDC            Lot        Expiry
  71288-402-10   HP24091A   09/2026
  71288-402-10   HP24091B   09/2026
  71288-402-25   HP24102C   10/2026

To date Corvane has not received any reports of adverse events related to this recall.

Actions: Immediately quarantine affected lots and contact Inmar at 1-800-555-0109 to
arrange return. Complete and return the enclosed response form even if you have no stock.

Adverse reactions may be reported to Corvane Medical Information at 1-888-555-0131 or to the
FDA MedWatch program.
""",
    cte='quoted-printable')

add('clean', 'news', '',
    'ESRD Network 9 <newsletter@esrdnet9.org>',
    'Facility Administrators <fa-list@esrdnet9.org>',
    'Network News - Winter 2025',
    'Wed, 05 Mar 2025 10:00:00 -0500',
    """NETWORK NEWS - Winter 2025

Home dialysis is growing
Home modality use in our Network reached 15.8% of prevalent patients in Q4 2024, up from
14.1% a year ago. 62 facilities met the home referral goal.

Transplant waitlisting
The percentage of patients under 75 who are waitlisted or in evaluation rose to 21.3%.
Facilities with a dedicated transplant champion averaged 6 points higher.

Staff spotlight
Congratulations to Marisol Fuentes, RN (Riverbend Elm Street), who received the Network's
Patient Engagement Award for starting a peer mentor program on her unit, and to Devon
Walsh, CCHT, for 20 years as a patient care technician.

Upcoming
  - Mar 20: Vascular access learning collaborative (Zoom), 1 CE
  - Apr 15: Emergency preparedness tabletop drill
  - May: Patient Advisory Committee meeting - facility reps welcome

ESRD Network 9 | 1-800-555-0100 | This newsletter contains no patient-identifiable information.
""",
    html="""<html><body style="font-family:Georgia"><h1>Network News</h1><h3>Winter 2025</h3>
<h4>Home dialysis is growing</h4><p>Home modality use in our Network reached 15.8% of prevalent patients in Q4 2024, up from 14.1% a year ago.</p>
<h4>Transplant waitlisting</h4><p>The percentage of patients under 75 who are waitlisted or in evaluation rose to 21.3%.</p>
<h4>Staff spotlight</h4><p>Congratulations to <b>Marisol Fuentes, RN</b> (Riverbend Elm Street), who received the Network's Patient Engagement Award, and to <b>Devon Walsh, CCHT</b>, for 20 years as a patient care technician.</p>
<p style="font-size:8pt">ESRD Network 9 | 1-800-555-0100</p></body></html>""")

add('clean', 'news', '',
    'Community Relations <community@stanselm-transplant.org>',
    'All Staff <allstaff@stanselm-transplant.org>',
    'April is Donate Life Month - events + numbers',
    'Thu, 13 Mar 2025 12:00:00 -0400',
    """Hi everyone,

April is National Donate Life Month! Some numbers from our program's 2024 annual report:

  Kidney transplants performed: 214 (68 living donor, 146 deceased donor)
  Pancreas/kidney-pancreas: 19
  Patients on our kidney waitlist at year end: 1,406
  Median wait for deceased donor kidney, blood type O: 4.9 years

Events:
  - Apr 4, 7:30 am: Flag raising at the main entrance (Blue & Green Day - wear your colors)
  - Apr 12: Gift of Life 5K, Scioto Park. Team St. Anselm sign-up on the intranet
  - Apr 23, noon: Living donation info session for the public, Auditorium B
  - All month: registration table in the main lobby Tuesdays and Thursdays

Questions? Contact Tasha Greer in Community Relations, ext 4410.
""")

add('clean', 'news', '',
    'Renal Research Digest <digest@renalresearchdigest.org>',
    'Dr. M. Oyelaran <moyelaran@stanselm-transplant.org>',
    'This week in nephrology: SGLT2 after transplant, incremental HD, and more',
    'Fri, 07 Mar 2025 06:00:00 -0500',
    """RENAL RESEARCH DIGEST - Issue 318

1) SGLT2 inhibitors in kidney transplant recipients
A retrospective cohort (n=2,114) found no excess graft loss and lower all-cause mortality
(HR 0.71) among recipients started on SGLT2 inhibitors >6 months post-transplant. Authors
call for an RCT. Am J Nephrol Tx 2025;41:112-121.

2) Incremental hemodialysis
Twice-weekly start with residual kidney function (urine output >500 mL/day) was
non-inferior to thrice-weekly for 1-year mortality in a pragmatic trial across 41 units.

3) Belatacept conversion
Late conversion at a mean of 4.2 years post-transplant improved eGFR by 6 mL/min at
24 months; rejection occurred in 8% of converted patients.

4) Policy watch: CMS proposes changes to the ESRD PPS outlier policy for CY2026.

You are receiving this because you subscribed at renalresearchdigest.org. Unsubscribe.
""")

add('clean', 'news', '',
    'P&T Committee <pandt@stanselm-transplant.org>',
    'Medical Staff <medstaff@stanselm-transplant.org>',
    'P&T Update: formulary changes effective April 1',
    'Mon, 10 Mar 2025 15:00:00 -0400',
    """PHARMACY & THERAPEUTICS UPDATE - March 2025

Formulary additions
  - Epoetin alfa-epbx (biosimilar) replaces originator epoetin alfa for inpatient use.
    NDC 00069-1305-10 (10,000 units/mL). Automatic therapeutic interchange approved.
  - Envarsus XR added as restricted (transplant service only).

Formulary deletions
  - Sevelamer hydrochloride (use sevelamer carbonate)

Therapeutic interchange reminders
  - Tacrolimus IR: generic product from a new manufacturer starting 4/1. Transplant
    pharmacy recommends a trough check 1 week after any manufacturer switch.
  - Valganciclovir prophylaxis dosing in HD: 100 mg oral solution after each dialysis
    session (per package insert); tablets not recommended for CrCl <10.

Drug shortages
  - Sodium bicarbonate 8.4% 50 mL vials: allocation, conserve for codes/critical care.

Questions: Sonia Chatterjee, PharmD, BCTXP, Transplant Pharmacy, ext 5521.
""")

# ---------------------------------------------------------------- CLEAN: staff
add('clean', 'staff', '',
    'Deb Rourke RN <drourke@riverbendkidney.com>',
    'Clinical Services <clinicalservices@riverbendkidney.com>',
    'heparin for pts w/ HIT history?',
    'Tue, 04 Mar 2025 13:05:12 -0500',
    """Quick protocol question - do we have a written policy for heparin-free runs when a
patient has a documented HIT history? Harborview has been doing saline flushes q30min
but one of our new nurses came from a unit that used citrate dialysate. Which one does the
company want us doing? Want to make sure we're all consistent before the survey.

Thanks,
Deb Rourke, RN, CNN
Nurse Manager, Harborview
""")

add('clean', 'staff', '',
    'Dr. Alan Greer <agreer@lakeshorenephrology.com>',
    'Ohio Nephrology Forum <onf-list@lists.ohnephro.org>',
    'calciphylaxis - STS dosing experience?',
    'Wed, 05 Mar 2025 21:18:40 -0500',
    """Colleagues,

Looking for practical experience. I have a man in his 60s, about 3 years on in-center HD,
biopsy-proven calciphylaxis of the thighs, not on warfarin. We've started sodium thiosulfate
25 g IV during the last hour of each treatment. He's getting significant nausea and an anion
gap acidosis.

Has anyone had success dropping to 12.5 g or giving it over a longer infusion? Any
experience adding SNF472 through the trial or switching to daily short HD?

Thanks,
Alan Greer, MD
Lakeshore Nephrology Associates
""")

add('clean', 'staff', '',
    'Lisa Harmon <lharmon@riverbendkidney.com>',
    'Regional RN Pool <rn-pool@riverbendkidney.com>',
    'NEED COVERAGE Sat 3/15 - Cedar Falls',
    'Thu, 13 Mar 2025 09:02:00 -0400',
    """Hi all,

We're short 2 RNs this Saturday (3/15) at Cedar Falls, 05:00-17:30. We have 24 chairs
running, three shifts, and only Rowena as charge. Incentive pay approved ($12/hr extra
per Sheila in the regional office).

If you can cover a full or half shift please reply or call/text me 330-555-0176. Travel
mileage will be reimbursed from your home unit.

Thanks!!
Lisa Harmon, RN
Clinic Manager, Cedar Falls
""")

add('clean', 'staff', '',
    'Selection Committee Coordinator <txselect@stanselm-transplant.org>',
    'Kidney Selection Committee <ktx-selection@stanselm-transplant.org>',
    'Agenda - Kidney Selection Committee Fri 3/14',
    'Wed, 12 Mar 2025 15:30:00 -0400',
    """Committee members,

Friday 3/14, 07:00-08:30, Conference Room 4B / Teams

1. Approval of minutes from 2/28
2. Candidate reviews (6) - patient summaries are in the secure committee folder in the
   EHR. Please do not print or email them.
3. Living donor candidates (3) - independent living donor advocate report (L. Moreau)
4. Policy: updated BMI criteria for listing - draft v3 (attached in SharePoint)
5. SRTR report released - 1-yr graft survival observed vs expected (Dr. Oyelaran)
6. Waitlist management: annual re-evaluation backlog, 41 overdue

Quorum requires at least 1 surgeon, 1 nephrologist, SW, RD and financial counselor.

Thanks,
Maria Okoye
""")

add('clean', 'staff', '',
    'Employee Health <empl.health@riverbendkidney.com>',
    'All Clinical Staff <clinical-all@riverbendkidney.com>',
    'Reminder: bloodborne pathogen exposure - what to do',
    'Mon, 03 Mar 2025 08:00:00 -0500',
    """Team,

We've had three needlestick reports company-wide since January. Reminder of the steps:

1. Wash the site with soap and water immediately. Mucous membrane splash: flush 15 min.
2. Tell the charge nurse right away. Do not finish the shift before reporting.
3. Call the Exposure Hotline 1-877-555-0148 (24/7) - PEP decisions are time-sensitive,
   ideally within 2 hours.
4. Charge nurse obtains source-patient consent and orders the source panel (HBsAg, HCV Ab,
   HIV Ag/Ab) per policy IC-114. Source results are never written in the staff member's
   incident report.
5. Complete the online incident report before end of shift.

Please use the safety-engineered fistula needles and activate the device before disposal.

Employee Health & Safety
""")

add('clean', 'staff', '',
    'Sonia Chatterjee PharmD <schatterjee@stanselm-transplant.org>',
    'Nephrology Fellows <neph-fellows@stanselm-transplant.org>',
    'Journal club Thursday - tacrolimus intrapatient variability',
    'Mon, 10 Mar 2025 16:20:00 -0400',
    """Hi fellows,

For Thursday's journal club (12:00, 5th floor conf room, lunch provided) we'll do the paper
on tacrolimus intrapatient variability (IPV) and de novo DSA. Dr. Patel is presenting.

Questions to think about:
  - How is IPV calculated (CV vs MAD) and what cutoff did they use?
  - Is IPV a marker of nonadherence, or of drug interactions / GI issues?
  - Would you switch a patient with high IPV to an extended-release formulation?

No patient data in the slides please - use de-identified examples only.

Sonia Chatterjee, PharmD, BCTXP
Clinical Pharmacist, Kidney & Pancreas Transplant
""")

add('clean', 'staff', '',
    'Julie Hartnett <jhartnett@stanselm-transplant.org>',
    'Sonia Chatterjee PharmD <schatterjee@stanselm-transplant.org>',
    'RE: general q - valgan in HD',
    'Tue, 11 Mar 2025 11:12:00 -0400',
    """Perfect, thank you! I'll add it to the coordinator cheat sheet.

Julie

-----Original Message-----
From: Sonia Chatterjee PharmD
Sent: Tuesday, March 11, 2025 10:58 AM
To: Julie Hartnett
Subject: RE: general q - valgan in HD

Hi Julie - for a recipient back on HD (CrCl <10) the labeled dose is 100 mg of the oral
solution after each dialysis session. Tablets aren't recommended below CrCl 10 because you
can't get the dose small enough. For PD there's no labeled dose - call me case by case.

-----Original Message-----
From: Julie Hartnett
Sent: Tuesday, March 11, 2025 9:40 AM
Subject: general q - valgan in HD

Not about anyone specific - what's the valganciclovir prophylaxis dose for a recipient
whose graft failed and is back on HD? I keep getting asked and want to give the right answer.
""")

# ---------------------------------------------------------------- CLEAN: training
add('clean', 'training', '',
    'Clinical Informatics <informatics@riverbendkidney.com>',
    'New Hires - March <newhire-mar@riverbendkidney.com>',
    'EHR training homework - use TRAIN environment only',
    'Mon, 03 Mar 2025 14:00:00 -0500',
    """Welcome to week 2!

Before Thursday's session, please complete the exercise below in the TRAIN environment
(https://train.rkc-ehr.example, the orange banner login). Do NOT use production.

Log in with your training ID (RKCTRN##) and open:

  Patient: ZZTEST, DIALYSIS ONE        MRN: TEST000123    DOB: 01/01/1950
  Patient: ZZTEST, DIALYSIS TWO        MRN: TEST000124    DOB: 02/02/1960

Tasks:
  1. Document a pre-treatment assessment for ZZTEST, DIALYSIS ONE (use any values).
  2. Enter a flowsheet row with BP 150/90 at 0800 and UF goal 3.0 L.
  3. Acknowledge the sample order "Hepatitis B surface antigen - monthly".
  4. For ZZTEST, DIALYSIS TWO, practice a missed-treatment note.

The TRAIN environment resets every Sunday night.

Clinical Informatics Team
""")

add('clean', 'training', '',
    'Kyle Brennan <kbrennan@nephrocloud-demo.com>',
    'Ravi Menon <rmenon@stanselm-transplant.org>',
    'Demo recap + sandbox login',
    'Tue, 04 Mar 2025 17:45:00 -0500',
    """Hi Ravi,

Thanks for the time today. As promised, sandbox credentials are below. The sandbox is
loaded with sample records only, e.g. the one we walked through:

  John Doe (sample record) - DOB 01/01/1970 - MRN DEMO-0001
  "Kidney transplant 2020, on tacrolimus" - all fictitious

  URL: https://sandbox.nephrocloud-demo.com
  User: stanselm_eval / temp password sent by separate email

The waitlist-management module and the living donor tracking workflow are enabled. The
trial expires 04/04. Pricing proposal to follow from our account exec.

Kyle Brennan
Solutions Engineer, NephroCloud
""")

add('clean', 'training', '',
    'Ian Feld <ifeld@riverbendkidney.com>',
    'HIE Onboarding <onboarding@statehie.org>',
    'test ADT for validation - TEST PATIENT ONLY',
    'Wed, 05 Mar 2025 10:30:00 -0500',
    """Here's the test A08 from our TEST system for your validator. Synthetic patient only.

MSH|^~\\&|RKC_EHR_TST|RIVERBEND|HIE|STATEHIE|20250305102000||ADT^A08|TST000187|T|2.3
EVN|A08|20250305102000
PID|1||TST0001^^^RKC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||(000)000-0000
PV1|1|O|TESTUNIT^CH01^^RKC||||9999999999^TESTDOC^DOCTOR|||NEPH
DG1|1||Z00.00^Test diagnosis^I10

Note MSH-11 = T (test). Please confirm it passes.

Ian
""")

add('clean', 'training', '',
    'Education Dept <education@riverbendkidney.com>',
    'PCT Class 2025-02 <pct-class@riverbendkidney.com>',
    'Module 6 quiz - practice cases',
    'Thu, 06 Mar 2025 08:30:00 -0500',
    """Practice cases for Module 6 (Complications During Treatment). These are made up for
training - any resemblance to real patients is coincidental.

CASE A: Jane Doe, 54, is on HD via left forearm AVF. 2 hours into treatment she reports
cramping in both calves. BP 92/58 (pre 138/80). UF rate is 13 mL/kg/hr.
  1) What are your first two actions?
  2) Which machine settings might you adjust after notifying the nurse?

CASE B: "Patient X", a 70-year-old man with a tunneled catheter, develops chills and a
temperature of 38.6 C 30 minutes into treatment.
  1) What do you suspect?
  2) What specimens might the RN order?

CASE C: Sample record "Test, Patient A" shows a pre-weight 4.5 kg above dry weight.
  1) What is the maximum UF you would expect the nurse to set for a 4-hour treatment?

Answers will be reviewed in class Monday.

Brianna Cole, RN, CNN
Clinical Educator
""")

add('clean', 'training', '',
    'Education Dept <education@riverbendkidney.com>',
    'Admissions Coordinators <admissions-all@riverbendkidney.com>',
    'CMS-2728 walkthrough - sample form',
    'Mon, 10 Mar 2025 09:15:00 -0400',
    """Hi all,

For Wednesday's CMS-2728 refresher, here is the filled-in SAMPLE we will walk through.
Everything is fake - it's the example from the training binder.

  Name:                 SAMPLE, PATIENT A
  Medicare number:      0AA0-AA0-AA00 (sample)
  DOB:                  01/01/1901
  SSN:                  000-00-0000
  First dialysis date:  01/01/2025
  Primary cause:        "Diabetes with renal manifestations" (sample)
  Informed of transplant options: Yes

Common errors we see in audits: wrong first-dialysis date (use first REGULAR chronic
treatment, not an acute session), missing physician signature date, and comorbidity boxes
left blank.

Brianna Cole, RN, CNN
Clinical Educator
""")

synth_csv = """Id,BIRTHDATE,FIRST,LAST,GENDER,CITY,STATE,CONDITION
f0a1c2e3-0001,1958-04-12,Abe604,Kunze215,M,Springfield,OH,Chronic kidney disease stage 4 (synthetic)
f0a1c2e3-0002,1971-09-30,Jacinta41,Bergnaum523,F,Dayton,OH,Kidney transplant status (synthetic)
f0a1c2e3-0003,1949-01-05,Hollis819,Rath779,M,Toledo,OH,End-stage renal disease (synthetic)
f0a1c2e3-0004,1985-11-22,Mirna73,Okuneva707,F,Columbus,OH,Hypertensive CKD (synthetic)
"""
add('clean', 'training', '',
    'Priya Varghese <pvarghese@riverbendkidney.com>',
    'dev-integrations@riverbendkidney.com',
    'synthetic test data for the FHIR matcher',
    'Thu, 13 Mar 2025 15:10:00 -0400',
    """hi all - for the patient-matching regression tests please use the attached SYNTHETIC
set (generated with the open-source synthetic patient generator, seed 3802 - the numeric
suffixes on the names are how you can tell). do NOT pull anything from prod for the test
fixtures anymore.

-priya
""",
    atts=[(synth_csv, 'text', 'csv', 'synthetic_patients_seed3802.csv')])

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    counts = {}
    for _, lab, kind, _ in ROWS:
        counts[(lab, kind)] = counts.get((lab, kind), 0) + 1
    for k in sorted(counts):
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total', len(ROWS))
