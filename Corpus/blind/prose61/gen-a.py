#!/usr/bin/env python3
"""Blind evaluation mail set, SEED 6101.
Setting: rural critical-access hospital (swing beds), rural health clinic,
ambulance service, visiting cardiology/orthopaedics. All people, numbers and
organisations are invented."""
import sys, os, io, csv, random, zipfile, datetime
import email.policy, email.utils
from email.message import EmailMessage

SEED = 6101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]

def D(mo, d, h, mi, off=-6, y=2024):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))

def fixed_zip(files, when=(2024, 5, 2, 7, 30, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def xlsx(rows, sheet='Sheet1'):
    def cell(r, c, v):
        col = chr(ord('A') + c)
        v = (str(v).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
        return '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col, r, v)
    sheet_rows = ''.join('<row r="%d">%s</row>' % (i + 1, ''.join(cell(i + 1, j, v) for j, v in enumerate(row)))
                         for i, row in enumerate(rows))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sheet_rows),
    ]
    return fixed_zip(files)

def M(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
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
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('>').strip()
    msg['Message-ID'] = '<%08x.%04d.%d@%s>' % (random.getrandbits(32), i, SEED, dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        data, maintype, subtype, filename = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))

HOSP_DISC = """
--
CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies.
Sage Creek Community Hospital | 210 Cottonwood Ave | Sage Creek"""

NP_DISC = """
________________________________
This message is intended only for the addressee and may contain information that is
privileged, confidential or exempt from disclosure under applicable law. Northplains
Regional Medical Center - Billings Road Campus."""

# ======================================================================
# PHI - care
# ======================================================================
M('phi', 'care', 'Bjornstad',
  'Renee Lautenschlager RN <rlautenschlager@sagecreekhealth.org>',
  'Casey Whitford <cwhitford@northplainsregional.org>',
  'RE: swing bed accept - Bjornstad',
  """Casey,

We can take him. Bed 3 on the swing side opens up Thursday after lunch so if transport
can have him here by 2 that works best for our staffing.

What I have from your side so far for Harold Bjornstad:
 - R hip ORIF 4/22, WBAT per Dr. Mendel
 - on warfarin, last INR 2.4 on the 26th, you had him at 5 mg except 2.5 on Mon/Fri?
   please confirm, the med rec you faxed says 5 mg daily
 - foley out, voiding ok
 - staples in, out at day 14 -- we can do that here

Plan on our end: PT bid, OT daily, INR Mon/Thu drawn here and we'll manage with
Dr. Sandoval. His wife says the goal is home to the ranch, which is 22 miles of gravel
so we'll want him doing stairs (4 steps, no rail) before we send him.

Can you send the last 48 hrs of MAR and the op note?

Thanks much
Renee

Renee Lautenschlager, RN
Swing Bed / Utilization Review Coordinator
Sage Creek Community Hospital
(406) 555-0122 ext 214
""" + HOSP_DISC,
  D(4, 29, 15, 41))

M('phi', 'care', 'Kessler',
  'Mike Dombrowski <mdombrowski@sagecreekhealth.org>',
  'EMS QA <emsqa@sagecreekhealth.org>',
  'run 24-0318 for chart review',
  """Flagging this one for Thursday's QA review, mostly because of the scene time.

Paged 05:52 for tractor rollover, Kessler place off Rd 14 north of the river. Pt is Dale
Kessler, 67, found by his son pinned under the ROPS-less Farmall about 40 min before the
call. Fire had to crib and lift. We were on scene 06:19, pt extricated 06:58. GCS 14, c/o
L chest and pelvis pain, BP 92/58, HR 118. Binder placed, 2 large bore IVs, 500 NS,
fentanyl 50 mcg x2. Requested Life Flight from scene but they were weathered in at
Northplains, so ground to our ED, arrived 07:31. Dr. Pellegrino did CT and the FAST was
positive; fixed wing picked him up from our airstrip at 09:10.

Questions for review:
1. scene time 39 min after extrication -- could we have launched to the ED sooner
2. should we have called for the fixed wing to be on standby once rotor was out
3. the pelvic binder was placed over jeans, need a refresher?

Son says he's at Northplains ICU now.

Mike
Mike Dombrowski, AEMT
Ambulance Service Director, Sage Creek Ambulance
""",
  D(3, 19, 11, 3), cc='Dr. Luis Pellegrino <lpellegrino@sagecreekhealth.org>')

M('phi', 'care', 'Pruitt',
  'Adaeze Okafor MD <aokafor@northplainsregional.org>',
  'Sage Creek RHC Nursing <rhcnurse@sagecreekhealth.org>',
  'Wanda Pruitt - echo read + med change',
  """Hi team,

Read the echo we did on Wanda Pruitt during outreach day on the 14th. EF is down to
about 40% from 55% a year ago, moderate MR, LA enlarged. Holter showed runs of afib, longest
about 3 hours, rates up to 140s.

Please:
- increase metoprolol succinate from 25 to 50 mg daily
- start apixaban 5 mg bid (her creatinine was 0.9, weight 71 kg, so full dose)
- BMP and BNP in 2 weeks at the clinic
- put her on my June 11 outreach list, 30 min slot

I called her this afternoon and went over it, she was agreeable but worried about the
cost of the apixaban, can your 340B pharmacist see her?

Thanks,
Adaeze Okafor, MD, FACC
Northplains Heart & Vascular - Outreach Cardiology
""" + NP_DISC,
  D(5, 16, 16, 20))

M('phi', 'care', 'Stiegelmeier',
  'Jolene Vass <jvass@sagecreekhealth.org>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'K+ on Stiegelmeier',
  """Tom - lorna stiegelmeier's K came back 5.9 this am (not hemolyzed per lab). creat 1.6,
up from 1.3. she's on lisinopril 20 and spironolactone. I told her to hold both til you
say otherwise and come in tomorrow 8am for redraw + ekg. ok?

j
""",
  D(2, 7, 10, 12, off=-7))

M('phi', 'care', 'Marchetti',
  'Beth Ann Rasmussen LCSW <brasmussen@sagecreekhealth.org>',
  'Gina Marchetti-Hale <ginamhale@outlook.com>',
  'Your dad\'s discharge on Friday',
  """Hi Gina,

Following up on our phone call. Everything is set for your father Eugene to go home from
the swing bed on Friday the 10th around 10 am.

- Home oxygen: Prairie Medical Supply will deliver the concentrator and a portable tank to
  the house Thursday afternoon. He goes home on 2 liters, same as here.
- Home health: Tri-County Home Health will do the first nursing visit Monday. They will
  check his weight and the swelling in his legs.
- Meds: the furosemide went up to 40 mg twice a day while he was here. The nurse will go
  through the full list with you at discharge. Please bring his old pill bottles so we can
  take out the ones he's stopped.
- Follow-up: Dr. Sandoval at the clinic on the 20th at 1:40, and cardiology outreach day
  June 11.

He walked 150 feet with PT yesterday with the walker, which is a big change from when he
came to us. He's also asked me three times whether he can drive the pickup to the elevator.
I told him that's a question for Dr. Sandoval :)

Call me with anything.

Beth Ann Rasmussen, LCSW
Social Services / Discharge Planning
Sage Creek Community Hospital
406-555-0122 x231
""",
  D(5, 7, 14, 2),
  html="""<html><body><p>Hi Gina,</p>
<p>Following up on our phone call. Everything is set for your father Eugene to go home from
the swing bed on <b>Friday the 10th</b> around 10 am.</p>
<ul>
<li>Home oxygen: Prairie Medical Supply will deliver the concentrator and a portable tank to the house Thursday afternoon. He goes home on 2 liters, same as here.</li>
<li>Home health: Tri-County Home Health will do the first nursing visit Monday. They will check his weight and the swelling in his legs.</li>
<li>Meds: the furosemide went up to 40 mg twice a day while he was here. The nurse will go through the full list with you at discharge. Please bring his old pill bottles so we can take out the ones he's stopped.</li>
<li>Follow-up: Dr. Sandoval at the clinic on the 20th at 1:40, and cardiology outreach day June 11.</li>
</ul>
<p>He walked 150 feet with PT yesterday with the walker, which is a big change from when he came to us. He's also asked me three times whether he can drive the pickup to the elevator. I told him that's a question for Dr. Sandoval :)</p>
<p>Call me with anything.</p>
<p>Beth Ann Rasmussen, LCSW<br>Social Services / Discharge Planning<br>Sage Creek Community Hospital<br>406-555-0122 x231</p>
</body></html>""")

M('phi', 'care', 'Larrabee',
  'Shawna Pike <spike@sagecreekhealth.org>',
  'Prior Auth <priorauth@sagecreekhealth.org>',
  'FW: Larrabee knee MRI - need PA',
  """Can someone get this started, payer is Mountain States Health Plan. Clinic notes are
in the chart under ortho outreach 4/9.

-----Original Message-----
From: Kurt Albrecht PA-C <kalbrecht@highlineortho.com>
Sent: Tuesday, April 9, 2024 4:48 PM
To: Shawna Pike <spike@sagecreekhealth.org>
Subject: Larrabee knee MRI

Shawna - saw Pete Larrabee today at your place. Gave him a steroid injection R knee
(40 mg Kenalog + lido) which helped some in the room, but with the locking and the
effusion I want an MRI before we talk scope. He's had 8 weeks of PT already through your
therapy dept and tried meloxicam. Please schedule MRI R knee w/o contrast at Northplains,
and put him on the May outreach day after the results.

He asked if he can keep working cattle in the meantime. I told him to use the knee brace
and stay off the horse for now. Not sure he'll listen.

Kurt Albrecht, PA-C
High Line Orthopaedics
""",
  D(4, 10, 8, 15))

M('phi', 'care', 'Fenwick',
  'Infusion Center <infusion@sagecreekhealth.org>',
  'Coralie Fenwick <cfenwick52@ruraltel.net>',
  'Your next iron infusion',
  """Dear Ms. Fenwick,

This is a reminder that your 3rd of 5 iron sucrose (Venofer) infusions is scheduled for
Wednesday, March 20 at 9:00 am in the outpatient infusion room (use the east entrance by
the ambulance bay).

Your hemoglobin on the 6th was 9.4, up from 8.7, so the treatments are helping. We will
draw another blood count before the infusion, no need to fast. Plan on about 90 minutes.

If the roads are bad please call us at 406-555-0122 ext 240 and we'll move you.

Sage Creek Community Hospital
Outpatient Infusion
""",
  D(3, 15, 9, 31),
  html="""<html><body style="font-family:Calibri,sans-serif">
<p>Dear Ms. Fenwick,</p>
<p>This is a reminder that your <b>3rd of 5</b> iron sucrose (Venofer) infusions is scheduled for
<b>Wednesday, March 20 at 9:00 am</b> in the outpatient infusion room (use the east entrance by the ambulance bay).</p>
<p>Your hemoglobin on the 6th was 9.4, up from 8.7, so the treatments are helping. We will draw another blood count before the infusion, no need to fast. Plan on about 90 minutes.</p>
<p>If the roads are bad please call us at 406-555-0122 ext 240 and we'll move you.</p>
<p><i>Sage Creek Community Hospital<br>Outpatient Infusion</i></p></body></html>""")

M('phi', 'care', 'Two Bulls',
  'Transitions of Care <toc@northplainsregional.org>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'Discharge notification: TWO BULLS, THOMAS',
  """Dr. Sandoval,

Your patient was discharged from Northplains Regional Medical Center today.

Patient: Thomas Two Bulls
Admit: 02/28/2024 via transfer from Sage Creek Community Hospital ED
Discharge: 03/04/2024 to home
Unit: Cardiac ICU -> 4 West Telemetry
Attending: Raymond Feist, MD (Interventional Cardiology)

Hospital course in brief: presented with chest pain and troponin rise at your facility,
transferred by fixed wing. Cath 2/28 showed 95% proximal LAD, drug-eluting stent x1.
Post-procedure course complicated by small R groin hematoma, managed conservatively.
Echo EF 45%.

New medications: aspirin 81 mg daily, clopidogrel 75 mg daily x 12 months (do not stop
without talking to cardiology), atorvastatin 80 mg, metoprolol tartrate 25 mg bid,
nitroglycerin SL prn.
Stopped: naproxen.

Follow-up requested:
 - PCP within 7 days (BMP, groin check)
 - Cardiology outreach clinic at Sage Creek, May 14 (Dr. Okafor)
 - Cardiac rehab phase II - patient prefers Sage Creek PT if available

Patient lives ~40 mi from your clinic, has a niece who drives him.

Northplains Transitions of Care Team
(406) 555-0190
""" + NP_DISC,
  D(3, 4, 17, 55, off=-7))
# ======================================================================
# PHI - names
# ======================================================================
M('phi', 'names', 'Oyelaran-Adebayo',
  'Cathy Mortensen <cmortensen@sagecreekhealth.org>',
  'Front Desk RHC <rhcfront@sagecreekhealth.org>',
  'Funmilayo Oyelaran-Adebayo -- wound check moved to Thurs',
  """moved her to thurs 10:30 w/ me for the dressing change, she can't get a ride weds. please
take her off tomorrow's schedule. she'll need the bigger room, wound vac.
thx
C
""",
  D(6, 4, 13, 50))

M('phi', 'names', 'Nguyen',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'Kurt Albrecht PA-C <kalbrecht@highlineortho.com>',
  'June outreach - interpreter',
  """Kurt,

Heads up for June 4:

Nguyen, Thi Bich Ngoc -- L distal radius fx f/u (cast placed in our ED 5/15). She needs a
Vietnamese interpreter; I've booked the phone line but her son usually comes and he'd
rather interpret. I told him we still have to offer the service. New films will be done
at 8 before clinic.

Also have room for 2 more if you want to add your post-ops.

Tracy Holm, LPN
Specialty Clinic Coordinator
Sage Creek Rural Health Clinic
""",
  D(5, 28, 9, 5))

M('phi', 'names', 'Haugen',
  'Darla Fiske <dfiske@sagecreekhealth.org>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'nebulizer again',
  """Dr S,

Arne from the Haugen place called again (3rd time this week) - says the nebulizer "isn't
putting out" and he's short of breath when he's feeding. Mrs. Haugen got on the phone and
said he's been using the albuterol 5-6 times a day. I offered an appt today, he said
they're in the middle of calving and he'll come Monday.

I can have Prairie Medical swap out the machine, but I think he needs to be seen. Do you
want me to push harder? Haugen's O2 sat was 89% last visit.

Darla
""",
  D(3, 21, 11, 47, off=-6))

M('phi', 'names', 'Núñez-Ordóñez',
  'Lupe Carrasco <lcarrasco@sagecreekhealth.org>',
  'Lab <lab@sagecreekhealth.org>',
  'glucose tolerance - Sra. Núñez-Ordóñez',
  """Hola lab team,

María José Núñez-Ordóñez (prenatal, 26 wks) is coming at 7 for the 3-hour glucose
tolerance. Her 1-hr screen was 152. She works the early milking shift at Van Dyke Dairy so
she asked if she can bring a snack for after -- I said yes. She only speaks a little
English, I'll come down to interpret when she gets here.

Gracias,
Lupe Carrasco, MA
Medical Interpreter / MA, Sage Creek RHC
""",
  D(4, 16, 16, 30))

M('phi', 'names', 'van der Hoek',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'Adaeze Okafor MD <aokafor@northplainsregional.org>',
  'add-on for outreach day? Mr van der Hoek',
  """Adaeze -

Could you squeeze in Mr. Gerrit van der Hoek on the 14th? 71, dairy, known AS that was
"moderate" on the 2022 echo at your place. He's now getting dizzy walking up the silage
pile and had one near-syncope in the parlor last week. Murmur is louder, S2 soft.

I'd rather not make him drive 3 hours if you can see him here, but if you think he needs
to go straight to Northplains for a TAVR workup tell me and I'll send him.

His daughter Annelies is the contact, she does the books for the dairy and answers the
phone.

Tom

--
Tomás Sandoval, MD
Family Medicine / Medical Director
Sage Creek Rural Health Clinic
""",
  D(5, 6, 20, 12))

M('phi', 'names', 'Al-Khatib',
  'Pharmacy <pharmacy@sagecreekhealth.org>',
  'Jolene Vass <jvass@sagecreekhealth.org>',
  'Re: Abdelrahman Al-Khatib - INR',
  """Jolene,

For Mr. Al-Khatib: INR 3.8 today on warfarin 6 mg. He mentioned he's been fasting
(Ramadan) and eating much less during the day, and started a course of Bactrim from the
urgent care in town last week, which would explain it. Suggest hold tonight, 4 mg x2 days,
recheck Monday. He'd like calls after sunset if possible, his cell is in the chart.

Marguerite Olafsen, PharmD
Sage Creek Community Hospital Pharmacy

On Thu, Mar 21, 2024 at 10:02 AM Jolene Vass <jvass@sagecreekhealth.org> wrote:
> Marguerite can you look at Al-Khatib's INR when it crosses, he's a pharmacy-managed
> warfarin pt now. thanks
""",
  D(3, 21, 14, 20))

M('phi', 'names', 'Wojciechowski',
  'Kurt Albrecht PA-C <kalbrecht@highlineortho.com>',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'Wojciechowski, Stanisław -- post op',
  """tracy, stan (Wojciechowski) is 6 wks out from his TKA on the left. pls get standing AP/lat
and sunrise views before I see him at the May clinic. he's still at the swing bed? if so
therapy can bring him over in the chair. flexion was only 85 at the 2 wk check, want to
see where he is.

-K

Sent from my iPhone
""",
  D(5, 9, 21, 33))

M('phi', 'names', 'Dorothy',
  'Kelsey Brandt <kbrandt@sagecreekhealth.org>',
  'Rehab Dept <rehab@sagecreekhealth.org>',
  'call back request',
  """Hi PT,

Can one of you call back Dorothy's son (Dorothy in swing bed rm 2, the stroke pt)? He
wants to know how the eval went yesterday and whether she'll be able to do the stairs into
the farmhouse or if they need to build a ramp before she comes home. He's driving in from
Great Falls on Sat and would like to sit in on a therapy session if that's ok.

He left his number with the nurses station.

Kelsey - unit clerk
""",
  D(4, 4, 15, 18))
# ======================================================================
# PHI - self
# ======================================================================
M('phi', 'self', 'Brubaker',
  'Walt Brubaker <wbrubaker.ranch@ruraltel.net>',
  'Sage Creek Clinic <rhcfront@sagecreekhealth.org>',
  'blood pressure pill',
  """This is Walt Brubaker. I was in last tuesday for my blood pressure and Dr Sandoval
started me on a new pill, amlodipine 5. Since then my ankles are swole up so bad I cant
get my boots on in the morning. Is there something else I can take. We are calving so I
cant get to town till maybe the middle of April unless its an emergency. my pressure on
the machine at the drug store Saturday was 138/84 if that helps.

Walt
""",
  D(3, 11, 5, 48))

M('phi', 'self', 'Ochsner',
  'Brittany Ochsner <britt.ochsner@gmail.com>',
  'Sage Creek Clinic <rhcfront@sagecreekhealth.org>',
  'shot records for kindergarten',
  """Hi! I need Tyler's immunization record for kindergarten registration, due by May 1st.
Tyler Ochsner, DOB 02/11/2019. He had his 4 year shots with you guys last spring I think
but the school says he is missing the second chickenpox?? Can you check and if he needs it
can we do it on a Friday, I work at the elevator the other days.

Also can you fax the form to the school, Sage Creek Elementary, their fax is 406-555-0175.

Thanks so much
Brittany
(406) 555-0133
""",
  D(4, 18, 21, 7))

M('phi', 'self', 'Ekwueme-Price',
  'Rosalind Ekwueme-Price <rekwuemeprice@yahoo.com>',
  'Health Information Management <him@sagecreekhealth.org>',
  'Request for my cardiology records',
  """To whom it may concern,

My name is Rosalind Ekwueme-Price, date of birth 9 August 1961. I was seen in the visiting
cardiology clinic at your hospital in January and February and had an echocardiogram and a
treadmill stress test there. I am now establishing with a cardiologist in Spokane because
we are moving to be near our daughter.

Please send copies of the echo report, the stress test report, and Dr. Okafor's clinic
notes to:

Inland Heart Associates
Attn: Records
Fax (509) 555-0161

I have attached the signed release form. Please let me know if you need anything else.
My phone is (406) 555-0158.

Thank you,
Rosalind Ekwueme-Price
""",
  D(3, 26, 10, 40),
  atts=[(b'%PDF-1.4\n% release of information form (scan)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
         'application', 'pdf', 'ROI_signed_Ekwueme-Price.pdf')])

M('phi', 'self', 'Finstad',
  'Gerald Finstad <gfinstad@centurylink.net>',
  'Patient Accounts <billing@sagecreekhealth.org>',
  'ambulance bill',
  """I got a bill for $1,840 for the ambulance ride on March 3 when I had the chest pain and
they took me from the house to your ER. Account 44719-02. My Medicare and the AARP
supplement should have covered that. They also told me at the hospital it turned out to
be my gallbladder and not my heart so I dont know if that changes anything. Can somebody
call me, I dont do good with the phone trees.

Gerald Finstad
406 555 0149
""",
  D(4, 2, 8, 14))

M('phi', 'self', 'Aasgaard',
  'Jennifer Aasgaard <jen.aasgaard@gmail.com>',
  'Imaging <imaging@sagecreekhealth.org>',
  'callback letter??',
  """hi, I got a letter saying I need to come back for more pictures after my mammogram on
the 3rd. the letter doesn't say anything else. is it something bad? the soonest I can get
in is when the mobile unit comes back but thats not until the 24th, is there any way to
do it sooner or do I have to drive to Northplains. I'm kind of freaking out.

Jen
""",
  D(6, 6, 22, 41))

M('phi', 'self', 'Sorensen',
  'Marilyn Sorensen <msorensen.farm@ruraltel.net>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'Bud',
  """Dr. Sandoval,

I wanted to let you know how Bud has been since you changed his pills. The donepezil
made his stomach bad so he's been taking it at night like you said and that is better.
But he is getting up at night and last Tuesday I found him out at the shop at 2 in the
morning in his slippers trying to start the swather. It was 20 degrees.

Our son thinks it is time to look at the memory care at the Lutheran home but Bud
(Lloyd) gets so angry if anyone brings it up. Could we come in together, just you and me
first maybe, to talk about it? I also want to ask about the respite beds at the hospital,
Janet at church said her husband stayed there for a week.

His next appointment is the 19th but I don't want to talk about this in front of him.

Thank you,
Marilyn Sorensen
""",
  D(2, 12, 19, 36, off=-7))

M('phi', 'self', 'Threlkeld',
  'Marcy Threlkeld <marcyt1958@hotmail.com>',
  'Sage Creek Specialty Clinic <specialty@sagecreekhealth.org>',
  'Re: Appointment reminder - Cardiology Outreach June 11',
  """Yes I will be there. but I ran out of my Eliquis 2 days ago, the pharmacy said the
refill needs Dr Okafor and they couldnt reach her. Can somebody at your end send it? I
take the 5 mg twice a day. I am a little scared to be off it with the afib.

Marcy Threlkeld
DOB 11/30/1958

-----Original Message-----
From: Sage Creek Specialty Clinic <specialty@sagecreekhealth.org>
Sent: Monday, June 3, 2024 9:00 AM
To: marcyt1958@hotmail.com
Subject: Appointment reminder - Cardiology Outreach June 11

Dear Marcy,

You have an appointment with Adaeze Okafor, MD (Cardiology) on Tuesday, June 11, 2024
at 10:15 AM at Sage Creek Community Hospital, Specialty Clinic (2nd floor).

Please arrive 15 minutes early and bring your medication list.

Reply C to confirm or call 406-555-0122 ext 250 to reschedule.
""",
  D(6, 3, 18, 2), cte='quoted-printable')
# ======================================================================
# PHI - ids
# ======================================================================
M('phi', 'ids', '',
  'Health Information Management <him@sagecreekhealth.org>',
  'Release of Information <roi@northplainsregional.org>',
  'records request - your ref 24-RQ-3391',
  """Hello,

Received your request for records on the pt with DOB 3.4.88, our MRN SC0041877. We show
an ED visit 1/14 (laceration repair L hand, tetanus given) and an RHC follow-up 1/24 for
suture removal. Nothing else in the date range you asked for.

The request form lists a different middle initial than we have; can you confirm before we
release? Please call 406-555-0122 x205.

Pam Korhonen, RHIT
HIM Director
""" + HOSP_DISC,
  D(2, 20, 9, 22, off=-7))

M('phi', 'ids', '',
  'Lab Interface <labinterface@sagecreekhealth.org>',
  'Lab <lab@sagecreekhealth.org>; IT Help Desk <helpdesk@sagecreekhealth.org>',
  'UNMATCHED RESULT - manual review required',
  """*** AUTOMATED NOTICE ***
An inbound result from NORTHPLAINS REFERENCE LAB could not be matched to a patient.

Accession:     NPL-24-118832
Collected:     20240412 0745
Pt DOB:        19521117
Sex:           F
Ordering:      SANDOVAL, TOMAS
Test:          HGB A1C            11.8 %   (H)
               GLUCOSE, FASTING   412 mg/dL (HH)
Reason:        PID-3 identifier 7734019 not found; name field blank

Please resolve in the Result Queue within 24 hours. Critical values must be called to
the ordering provider.
""",
  D(4, 12, 13, 2))

M('phi', 'ids', 'Reinholt',
  'Prior Auth <priorauth@sagecreekhealth.org>',
  'UM Department <um@mtnstateshealthplan.com>',
  'PA request - MRI R knee - member XJQ883201457',
  """Please see attached clinicals for prior authorization.

Member: Peter J. Reinholt
Member ID: XJQ883201457   Group: 00917
DOB: 06-02-1966
CPT 73721 (MRI lower extremity joint w/o contrast), right
Ordering: Kurt Albrecht PA-C / supervising Dr. Ivan Mendel, High Line Orthopaedics
Rendering: Northplains Regional Medical Center Imaging, NPI 1457300000

Clinical summary: mechanical locking and recurrent effusion R knee x 4 months, failed
8 wks formal PT and NSAID, steroid injection 4/9 with partial relief. McMurray positive.

Please fax determination to 406-555-0179.

Sage Creek Community Hospital - Prior Authorization
""",
  D(4, 11, 11, 30))

M('phi', 'ids', 'Vold',
  'Tolliver County Dispatch <dispatch@tollivercounty.gov>',
  'Sage Creek Ambulance <ambulance@sagecreekhealth.org>',
  'CAD incident 24-004417 - page text',
  """CAD INCIDENT 24-004417   04/25/2024 16:41
NATURE: FALL / POSS HIP FX
LOC: 4471 COUNTY RD 22, SAGE CREEK   (VOLD RES - LONG DRIVE, 3RD GATE, DOGS)
X-ST: RD 22 / MILLER LN
CALLER: DAUGHTER  406-555-0187
PT: IRENE VOLD  82 YOF  FELL IN BARN, C/O L HIP PAIN, UNABLE TO BEAR WT, ALERT,
    ON BLOOD THINNER PER CALLER
UNITS: SCA-1 ENRT 16:44
NOTES: DAUGHTER WILL MEET AT GATE. ROAD MUDDY, 4WD ADVISED
""",
  D(4, 25, 16, 45))

M('phi', 'ids', 'Kowalski',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Patient Accounts <billing@sagecreekhealth.org>',
  'swing days - Kowalski acct 7700-23318',
  """Acct 7700-23318 (Kowalski, DOB 14 Jan 1949) -- the swing bed claim went out with 24
days but the qualifying acute stay at Northplains was 3/2-3/4, that's only 2 midnights per
their face sheet. If that's right Medicare will deny the whole SNF-level stay. Can you
hold the claim until I get their UB back? He'll owe days 21+ coinsurance too so someone
needs to call his wife before the statement drops.

Deb Harstad
Revenue Cycle
x226
""",
  D(4, 3, 14, 55))

M('phi', 'ids', 'Yellowhorse',
  'Registration <registration@sagecreekhealth.org>',
  'Patient Accounts <billing@sagecreekhealth.org>',
  'MBI correction',
  """Billing -

Corrected Medicare number for Raymond Yellowhorse, he brought his new card in today.
Old: 7TQ2-JK8-RX41 (was returning as invalid on eligibility)
New MBI: 1EG4-TE5-MK72
Also has IHS coverage, please check COB. Last 4 SSN 4821 confirmed.

Visits affected: RHC 2/27 (diabetes f/u), lab 3/5, PT x6 in March.

Nikki
""",
  D(4, 8, 10, 19))

M('phi', 'ids', '',
  'Sheryl Voss <svoss@sagecreekhealth.org>',
  'Scanning <scanning@sagecreekhealth.org>',
  'wrong chart!!',
  """re 118204 -- the outside echo report from Northplains (dated 05/02) got scanned into
118240 instead of 118204. Two digits flipped. 118240 is a 9 year old, definitely did not
have a transesophageal echo lol. Pls move it and add an error note. DOB on the report is
07/22/1955, matches 118204.

Sheryl
""",
  D(5, 13, 12, 4))

M('phi', 'ids', 'Brightwater',
  'Jess Lindahl RN <jlindahl@sagecreekhealth.org>',
  'OB Referrals <obreferrals@northplainsregional.org>',
  'new OB referral - Brightwater',
  """Referral for prenatal care (we don't do deliveries here since 2019).

Kaylee Brightwater
DOB: 10/03/2002
cell (406) 555-0143, email kbrightwater02@gmail.com
Address: 88 Antelope Spur, Box 12, Lodgegrass Flats
G2P1, LMP 3/18/24, EDD 12/23/24 by dates, dating US done here 5/6 agrees
Prior C-section 2021 (at your facility), desires TOLAC counseling
Medicaid ID 400912873
BP 142/90 today - rechecking in 1 wk

She has no car right now, please coordinate with the Tolliver County transport van
(406-555-0111) for the first visit.

Jess Lindahl, RN, Sage Creek RHC
""",
  D(5, 8, 15, 36))
# ======================================================================
# PHI - lists
# ======================================================================
M('phi', 'lists', 'Gunderson;Pruitt;Halvorsen;Begay;Ostrander',
  'Jess Lindahl RN <jlindahl@sagecreekhealth.org>',
  'RHC Staff <rhcstaff@sagecreekhealth.org>',
  'huddle tues',
  """morning all, huddle notes for today (Tues 5/21)

Dr S - 14 on the books, 2 open at 3:20/3:40
 * Arlene Gunderson 8:00 - post swing bed f/u, needs INR + BMP drawn first
 * Wanda Pruitt 8:40 - BMP/BNP per cardiology, she's nervous about the new blood thinner
 * Kyle Halvorsen 9:20 - DOT physical, bring UA cup, he failed the vision last yr
 * Bernadette Begay 10:00 - A1c, foot exam overdue, interpreter NOT needed
 * Ostrander baby 11:00 - 2 mo WCC, shots: Pentacel, PCV, rota, HepB

Jess/Darla - walk-ins, flu swabs are in the fridge not the cabinet
PA Marks out til Thurs

Ambulance took 2 overnight, both transferred to Northplains, no one admitted.

- J
""",
  D(5, 21, 7, 41))

M('phi', 'lists', 'Bjornstad;Sorensen;Wojciechowski;Marchetti',
  'Renee Lautenschlager RN <rlautenschlager@sagecreekhealth.org>',
  'Swing Bed Team <swingteam@sagecreekhealth.org>',
  'swing census for IDT 5/2',
  """Census for IDT at 1300. Updates welcome before then.

Rm\tName\t\t\tAdmit\tPayer\t\tDx/reason\t\t\tGoal\t\tEst DC
1\tBjornstad, Harold\t5/2\tMedicare A\tR hip ORIF, warfarin\t\thome w/ wife\t5/20
2\tSorensen, Lloyd\t\t4/29\tRespite (pvt)\tdementia, caregiver respite\thome\t\t5/6
3\tWojciechowski, S.\t4/15\tMedicare A\tL TKA, slow ROM\t\t\thome\t\t5/10
4\tMarchetti, Eugene\t4/22\tMedicare A\tCHF exacerbation, O2 2L\thome w/ HH\t5/10
5\t-- open --

Notes:
- Bjornstad INR 1.8 this am, Dr S to adjust
- Sorensen wandered to the nurses station 0300 x2, bed alarm on
- Wojo flexion 92 today (up from 85)
- Marchetti wt down 3.2 kg since admit

Renee
""",
  D(5, 2, 11, 5))

M('phi', 'lists', 'Lindqvist;Delgado-Ruiz;Tsosie;Abernathy',
  'Luis Pellegrino MD <lpellegrino@sagecreekhealth.org>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>; ED Nurses <ednurses@sagecreekhealth.org>',
  'ED / inpt signout Sat AM',
  """Tom, you're on at 0700. Here's what's in the house.

+------+------------------------+-----+--------------------------------+------------------------------+
| Bed  | Patient                | Age | Issue                          | To do                        |
+------+------------------------+-----+--------------------------------+------------------------------+
| ED 1 | LINDQVIST, Soren       | 58  | chest pain, trop x2 neg        | 3rd trop 0800, then home?    |
| ED 3 | DELGADO-RUIZ, Marisol  | 31  | pyelo, vomiting                | 2nd dose ceftriaxone 1400    |
| A-6  | TSOSIE, Harrison       | 77  | pneumonia, O2 3L               | repeat CXR, wean O2          |
| A-7  | ABERNATHY, June        | 90  | fall, pubic ramus fx (non-op)  | PT, swing bed candidate Mon  |
+------+------------------------+-----+--------------------------------+------------------------------+

Northplains has no ICU beds as of 0500, so if anybody tanks call Life Flight early and
plan on a long hold. Tsosie's family is from Rocky Ridge, his granddaughter Shay is the
contact and wants a call after rounds.

Luis
""",
  D(3, 16, 6, 44))

cardio_csv = """appt_time,patient_name,dob,mrn,reason,echo_needed,holter,notes
08:00,Threlkeld Marcy,11/30/1958,SC0032210,afib f/u,N,N,ran out of apixaban - refill sent
08:30,Two Bulls Thomas,04/17/1961,SC0029984,post LAD stent,Y,N,niece drives - confirm
09:00,van der Hoek Gerrit,08/08/1952,SC0011457,AS progression near syncope,Y,N,add-on
09:45,Pruitt Wanda,02/25/1949,SC0008813,new cardiomyopathy EF 40,N,N,BNP 5/21
10:15,Marchetti Eugene,12/01/1940,SC0003360,CHF post swing bed,N,N,on home O2
11:00,Kjelstad Duane,05/14/1957,SC0040021,new murmur,Y,N,
13:00,Ortega Lydia,09/09/1970,SC0041102,palpitations,N,Y,place 14 day monitor
13:30,Running Crane Vernon,01/03/1966,SC0027745,HTN resistant,N,N,on 4 agents
"""
M('phi', 'lists', 'Threlkeld;Two Bulls;van der Hoek;Pruitt;Marchetti;Kjelstad;Ortega;Running Crane',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'Adaeze Okafor MD <aokafor@northplainsregional.org>',
  'June 11 cardiology outreach list',
  """Dr. Okafor,

Attached is the schedule for June 11. Echo tech (Brenda) is coming with you? We have
4 echos on the list. The Holter/Zio is in the specialty clinic cabinet.

Tracy
""",
  D(6, 5, 14, 10),
  atts=[(cardio_csv, 'text', 'csv', 'cardio_outreach_2024-06-11.csv')])

ortho_rows = [
    ['Time', 'Patient', 'DOB', 'Chart', 'Visit', 'Imaging before', 'Comments'],
    ['08:00', 'Wojciechowski, Stanislaw', '1950-07-19', '118877', 'TKA 6 wk post-op', 'standing AP/lat + sunrise', 'from swing bed'],
    ['08:20', 'Larrabee, Peter', '1966-06-02', '104533', 'MRI review R knee', 'none', 'MRI done 4/30 NPRMC'],
    ['08:40', 'Hofer, Anna', '1944-11-02', '099120', 'L shoulder pain, poss RTC tear', 'shoulder series', 'colony van drop off'],
    ['09:00', 'Nguyen, Thi Bich Ngoc', '1963-03-12', '121006', 'L distal radius fx f/u', 'wrist 3 views out of cast', 'VN interpreter'],
    ['09:20', 'Stoltzfus, Levi', '1989-08-30', '117342', 'R ankle ORIF hardware pain', 'ankle series', 'wants hardware out after harvest'],
    ['09:40', 'Gallardo, Ramon', '1979-12-24', '110264', 'lumbar strain, work comp', 'none', 'WC claim 24-08813'],
    ['10:00', 'Pinkham, Ethel', '1938-02-14', '087711', 'knee OA inj q3mo', 'none', 'Kenalog 40 + lido'],
]
M('phi', 'lists', 'Wojciechowski;Larrabee;Hofer;Nguyen;Stoltzfus;Gallardo;Pinkham',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'Kurt Albrecht PA-C <kalbrecht@highlineortho.com>',
  'ortho clinic 6/4 - schedule',
  """Kurt - schedule for Tues attached (xlsx). Radiology has the orders in for all the
pre-visit films. Anna Hofer is coming in on the colony van so she can't stay past 11.

Tracy
""",
  D(5, 31, 16, 22),
  atts=[(xlsx(ortho_rows, 'Ortho 6-4'), 'application',
         'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Ortho_Outreach_0604.xlsx')])

runs_csv = """run_no,date,patient_last,patient_first,dob,pickup_address,destination,chief_complaint,disposition,payer
24-0301,2024-03-01,Hagel,Ruth,1937-05-09,"212 Second St, Sage Creek",SCCH ED,weakness,transported,Medicare
24-0302,2024-03-02,Delgado-Ruiz,Marisol,1993-01-21,"Van Dyke Dairy housing #4",SCCH ED,abd pain/vomiting,transported,Medicaid
24-0303,2024-03-03,Finstad,Gerald,1950-10-30,"1290 Rd 9 N",SCCH ED,chest pain,transported,Medicare
24-0304,2024-03-05,Begay,Bernadette,1959-04-04,"Tribal Housing Unit 17",SCCH ED,hypoglycemia,treated/refused transport,IHS
24-0305,2024-03-08,Olmstead,Cody,2006-07-15,"Sage Creek HS gym",SCCH ED,head injury (basketball),transported,BCBS
24-0306,2024-03-11,Tsosie,Harrison,1946-12-02,"Rocky Ridge Rd mile 3",SCCH ED,SOB/fever,transported,Medicare
24-0307,2024-03-14,Kessler,Dale,1956-09-19,"Kessler Ranch, Rd 14 N",SCCH ED -> NPRMC,tractor rollover/trauma,transported,Farm Bureau auto + Medicare
24-0308,2024-03-16,Unknown,Male,,"Hwy 87 MM 114",SCCH ED,MVC,transported,self pay
"""
M('phi', 'lists', 'Hagel;Delgado-Ruiz;Finstad;Begay;Olmstead;Tsosie;Kessler',
  'Mike Dombrowski <mdombrowski@sagecreekhealth.org>',
  'Carla Whitmire <cwhitmire@tollivercounty.gov>',
  'March run log for subsidy report',
  """Carla,

Here's the March run log for the county subsidy reconciliation, zipped since the county
mail server strips .csv files. Let me know if the payer column works for Dave.

Mike
""",
  D(4, 5, 9, 2),
  atts=[(fixed_zip([('SCA_runlog_2024-03.csv', runs_csv)]), 'application', 'zip',
         'SCA_runlog_2024-03.zip')])

M('phi', 'lists', 'Pedersen;Yazzie;Schmucker;Olsen;Haddad',
  'Jolene Vass <jvass@sagecreekhealth.org>',
  'Tolliver County Public Health <publichealth@tollivercounty.gov>',
  'Shingrix / Tdap given at senior center 4/17 for registry',
  """Hi Marcy,

The state registry was down yesterday so here are the doses from the senior center clinic.
Can you enter them on your side?

 Last        | First    | DOB        | Vaccine   | Lot       | Site | Given by
 ------------|----------|------------|-----------|-----------|------|---------
 Pedersen    | Hildur   | 03/15/1941 | Shingrix2 | 7K2M9     | L D  | JV
 Yazzie      | Calvin   | 10/02/1955 | Tdap      | U77130A   | R D  | JV
 Schmucker   | Ida Mae  | 06/30/1948 | Shingrix1 | 7K2M9     | L D  | DF
 Olsen       | Arvid    | 01/19/1939 | Shingrix2 | 7K2M9     | R D  | DF
 Haddad      | Nadia    | 08/08/1962 | Tdap      | U77130A   | L D  | JV

Mr. Olsen had a vasovagal after his, lay down 15 min, fine, daughter drove him home.

Jolene Vass, RN
""",
  D(4, 18, 10, 50))
# ======================================================================
# PHI - struct
# ======================================================================
M('phi', 'struct', 'Lindqvist',
  'Brandon Teague <bteague@sagecreekhealth.org>',
  'NPRMC Interface Team <interfaces@northplainsregional.org>',
  'ADT feed - A01s rejecting since Friday',
  """Hi all,

Our ADTs to your HIE engine have been NAK'ing since the upgrade on Friday. Here's one
of the messages that bounced (copied out of the error queue), and your ACK is below it.
I think it's the PV1-3 format -- we send the swing bed unit as SWG and your side expects
a 3-part location?

MSH|^~\\&|SCCH_ADT|SAGECREEK|NPHIE|NPRMC|20240316071422||ADT^A01|SC24031607142201|P|2.5.1
EVN|A01|20240316071400
PID|1||SC0040733^^^SCCH^MR~555021144^^^SSA^SS||LINDQVIST^SOREN^E||19651108|M|||77 BIRCH CT^^SAGE CREEK^MT^59000^^H||(406)555-0116|||M||7700-24101
PV1|1|E|ED^01^01||||1881000000^PELLEGRINO^LUIS^^^^MD|||EMR||||7|||1881000000^PELLEGRINO^LUIS^^^^MD|ER||MCR|||||||||||||||||||SCCH||ADM|||20240316064000
DG1|1||R07.9^Chest pain, unspecified^I10||20240316|W
IN1|1|MCR|00431|MEDICARE PART A/B||||||||||||LINDQVIST^SOREN^E|01|19651108

MSA|AE|SC24031607142201|PV1-3 location not found in table NP_LOC

We didn't change anything on our side. Can we get on a call Monday?

Brandon Teague
Systems Analyst / IT, Sage Creek Community Hospital
""",
  D(3, 16, 9, 12))

oru = ("MSH|^~\\&|NPLAB|NPRMC|SCCH_LIS|SAGECREEK|20240228054011||ORU^R01|NP0228054011|P|2.5.1\r"
       "PID|1||SC0029984^^^SCCH^MR||TWO BULLS^THOMAS^R||19610417|M|||RR 2 BOX 41^^LODGEGRASS FLATS^MT^59001||(406)555-0124\r"
       "PV1|1|E|ED^02^01|||||1881000000^PELLEGRINO^LUIS\r"
       "ORC|RE|SC88213|NP-L772014||CM\r"
       "OBR|1|SC88213|NP-L772014|TROPIHS^Troponin I, high sensitivity^L|||202402280420|||||||202402280455||1881000000^PELLEGRINO^LUIS\r"
       "OBX|1|NM|TROPIHS^Troponin I hs^L||1840|ng/L|<20|HH|||F|||202402280530\r"
       "NTE|1||CRITICAL VALUE CALLED TO R. SKOGEN RN SCCH ED 0538 BY J.WU, READ BACK\r"
       "OBX|2|NM|CK^Creatine kinase^L||412|U/L|39-308|H|||F\r")
M('phi', 'struct', 'Two Bulls',
  'Northplains Reference Lab <reflab@northplainsregional.org>',
  'Sage Creek Lab <lab@sagecreekhealth.org>',
  'Resend - ORU batch 0228 (1 msg)',
  """Per your call, resending the result that didn't file. Raw HL7 attached.

Jun Wu, MLS(ASCP)
Northplains Reference Laboratory - Outreach Client Services
""" + NP_DISC,
  D(2, 28, 8, 11, off=-7),
  atts=[(oru, 'text', 'plain', 'ORU_NP0228054011.hl7')])

M('phi', 'struct', 'Bjornstad',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Support <support@prairieclaimsclearing.com>',
  'Ticket 66120 - 837I rejected 2300 CLM',
  """Hi, your ticket system said to paste the segments. This is our swing bed claim that
came back with A7:400 on the 277CA. I can't see what's wrong with the CL1/CLM, we bill
these every month.

ST*837*0021*005010X223A2~
BHT*0019*00*SC240521*20240521*1410*CH~
NM1*85*2*SAGE CREEK COMMUNITY HOSPITAL*****XX*1790000000~
N3*210 COTTONWOOD AVE~
N4*SAGE CREEK*MT*59000~
REF*EI*810000000~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*BJORNSTAD*HAROLD*A***MI*4TW8CX2NH61~
N3*6120 SUNDANCE RD~
N4*SAGE CREEK*MT*59000~
DMG*D8*19440312*M~
NM1*PR*2*NORIDIAN JE PART A*****PI*03302~
CLM*7700-24188*18240.00***18:A:1**A*Y*Y~
DTP*434*RD8*20240502-20240520~
CL1*1*1*01~
HI*ABK:S72.141D*ABF:Z96.641~
HI*BE:80:::19~
NM1*71*1*SANDOVAL*TOMAS****XX*1920000000~
LX*1~
SV2*0022*HP:ZZZZZ*0*UN*19~
LX*2~
SV2*0120*HP*18240.00*DA*19~
SE*24*0021~

thanks,
Deb Harstad, CRCS
Revenue Cycle, Sage Creek Community Hospital
""",
  D(5, 22, 10, 3))

M('phi', 'struct', 'Halvorsen',
  'Nikki Rausch <nrausch@sagecreekhealth.org>',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'eligibility came back weird for Halvorsen',
  """Deb is this saying he has no coverage or just no DME? He's here for his DOT physical
+ wants his CPAP supplies ordered. Copied the 271 from the portal:

ISA*00*          *00*          *ZZ*MTNSTATES      *ZZ*SAGECREEK      *240521*0812*^*00501*000004471*0*P*:~
GS*HB*MTNSTATES*SAGECREEK*20240521*0812*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL2405210812*20240521*0812~
HL*1**20*1~
NM1*PR*2*MOUNTAIN STATES HEALTH PLAN*****PI*MSHP1~
HL*2*1*21*1~
NM1*1P*2*SAGE CREEK RURAL HEALTH CLINIC*****XX*1650000000~
HL*3*2*22*0~
TRN*2*EL2405210812*9SAGECREEK~
NM1*IL*1*HALVORSEN*KYLE*J***MI*XJQ552019980~
N3*3302 OLD MILL RD~
N4*SAGE CREEK*MT*59000~
DMG*D8*19850914*M~
DTP*346*D8*20240101~
EB*1*IND*30**GOLD PPO 1500~
EB*C*IND*30***23*1500*****Y~
EB*C*IND*30***29*612.40*****Y~
EB*I**DM***********Y~
MSG*DURABLE MEDICAL EQUIPMENT REQUIRES PRIOR AUTHORIZATION FOR CPAP SUPPLIES AFTER 90 DAYS NONCOMPLIANCE~
SE*19*0001~

Nikki
""",
  D(5, 21, 8, 19))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2024-04-30T16:02:11-06:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "np-8812034",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9001.1", "value": "NP8812034"},
          {"system": "urn:oid:2.16.840.1.113883.3.9002.7", "value": "SC0038890"}
        ],
        "name": [{"family": "Ostrander", "given": ["Rylee", "Jo"]}],
        "gender": "female",
        "birthDate": "2024-03-19",
        "address": [{"line": ["15 Coulee View Dr"], "city": "Sage Creek", "state": "MT", "postalCode": "59000"}],
        "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Tessa Ostrander"}, "telecom": [{"system": "phone", "value": "406-555-0168"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "54089-8", "display": "Newborn screening panel"}]},
        "subject": {"reference": "Patient/np-8812034"},
        "effectiveDateTime": "2024-03-21T06:00:00-06:00",
        "valueString": "Abnormal - elevated TSH, repeat specimen requested",
        "interpretation": [{"text": "A"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "29575-8", "display": "TSH newborn screen"}]},
        "subject": {"reference": "Patient/np-8812034"},
        "valueQuantity": {"value": 38.2, "unit": "mIU/L"}
      }
    }
  ]
}
"""
M('phi', 'struct', 'Ostrander',
  'HIE Notifications <hie-notify@northplainsregional.org>',
  'Sage Creek RHC Nursing <rhcnurse@sagecreekhealth.org>',
  '[HIE] Result for attributed patient - action may be required',
  """A result has been posted for a patient attributed to your practice. Structured
payload attached (FHIR R4 Bundle). Please log in to the Northplains Community Portal to
view the full report.

Note from newborn screening follow-up nurse: repeat heel stick needed within 7 days, can
be drawn at Sage Creek at the 2 month visit if not sooner. Family has been called.

This is an automated message. Do not reply.
""",
  D(4, 30, 16, 3),
  atts=[(fhir, 'application', 'json', 'bundle_np-8812034.json')])

M('phi', 'struct', 'Tsosie',
  'Renee Lautenschlager RN <rlautenschlager@sagecreekhealth.org>',
  'Brandon Teague <bteague@sagecreekhealth.org>',
  'CCD from Northplains not importing',
  """Brandon, the CCD for our new swing admit from Northplains won't import, the
reconcile screen just spins. I opened the xml in notepad and it looks like this at the
top, maybe something's off? Don't want to hand-type his meds again.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9001" extension="CCD-NP-24-0322-7781"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Northplains Regional Medical Center - Continuity of Care Document</title>
  <effectiveTime value="20240322143000-0600"/>
  <recordTarget>
    <patientRole>
      <id extension="NP7710452" root="2.16.840.1.113883.3.9001.1"/>
      <addr use="HP"><streetAddressLine>Rocky Ridge Rd mile 3</streetAddressLine><city>Rocky Ridge</city><state>MT</state></addr>
      <telecom value="tel:+1-406-555-0171" use="HP"/>
      <patient>
        <name><given>Harrison</given><family>Tsosie</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19461202"/>
        <languageCommunication><languageCode code="nv"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <code code="10160-0" displayName="History of medication use"/>
    <title>Medications</title>
    <text><list>
      <item>levofloxacin 750 mg PO daily x 3 more days</item>
      <item>tiotropium 18 mcg inh daily</item>
      <item>prednisone 40 mg daily, taper per sheet</item>
    </list></text>
  </section>

-R
""",
  D(3, 22, 15, 20))

M('phi', 'struct', 'Begay',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Mike Dombrowski <mdombrowski@sagecreekhealth.org>',
  'FW: 835 - the treat-no-transport denial',
  """Mike, this is the one I was talking about. They denied the treat/no transport
because A0998 isn't payable under IHS for us. Look at the CAS. Can you get me the PCR
that shows the refusal form was signed and the D50 given? I'll appeal.

Raw from the 835:

CLP*24-0304*4*685.00*0**MC*240331SCA0304*41~
NM1*QC*1*BEGAY*BERNADETTE****MI*IHS0077319~
NM1*82*2*SAGE CREEK AMBULANCE*****XX*1330000000~
DTM*232*20240305~
SVC*HC:A0998*485.00*0**1~
CAS*CO*96*485.00~
SVC*HC:J1610*200.00*0**1~
CAS*CO*B7*200.00~
LQ*HE*N130~

Deb
""",
  D(4, 12, 15, 47), cte='base64')
# ======================================================================
# PHI - lang
# ======================================================================
M('phi', 'lang', 'Saucedo Elizondo',
  'Yesenia Saucedo <yesesaucedo94@gmail.com>',
  'Clínica Sage Creek <rhcfront@sagecreekhealth.org>',
  'cita de mi papá con el ortopedista',
  """Buenas tardes,

Le escribo por mi papá, Rigoberto Saucedo Elizondo (fecha de nacimiento 14/03/1968). El
doctor de los huesos lo vio en marzo por la rodilla derecha y le pusieron una inyección,
pero ya otra vez no puede caminar bien y se le hincha mucho después de trabajar en la
lechería. El doctor dijo que tal vez necesita una resonancia.

¿Tienen cita para el próximo día que viene el ortopedista? Él solo puede los martes
porque es su día libre. Y por favor que haya intérprete, él no habla inglés.

Mi número es 406-555-0152.

Muchas gracias,
Yesenia
""",
  D(4, 22, 17, 5))

M('phi', 'lang', 'Pereira da Silva',
  'Rosângela Pereira <rosangela.pereira.mt@hotmail.com>',
  'Laboratório <lab@sagecreekhealth.org>',
  'resultado do exame do meu marido',
  """Olá,

Meu marido, Edvaldo Pereira da Silva, fez exame de sangue na clínica na segunda-feira
(dia 8) e a enfermeira disse que ia ligar com o resultado, mas ninguém ligou. Ele está
tomando o remédio da tireoide (levotiroxina 50) há dois meses e o Dr. Sandoval queria ver
se precisa aumentar a dose. Ele trabalha na fazenda de grãos do Sr. Kettleson e não tem
celular, por favor pode mandar a resposta por este e-mail.

Data de nascimento dele: 22/07/1984.

Obrigada,
Rosângela
""",
  D(4, 11, 20, 50))

M('phi', 'lang', 'Phạm Thị Lan',
  'Pham Lan <phamthilan70@yahoo.com>',
  'Phòng khám Sage Creek <rhcfront@sagecreekhealth.org>',
  'Hỏi về thuốc tiểu đường',
  """Chào bác sĩ,

Tôi tên là Phạm Thị Lan, sinh ngày 12/05/1970. Tuần trước tôi đến phòng khám để thử máu
đường (A1c), cô y tá nói kết quả là 9.2 và bác sĩ muốn thêm thuốc mới (Jardiance). Nhưng
bảo hiểm của tôi không trả và tiệm thuốc nói giá hơn 500 đô. Tôi không có tiền. Có thuốc
nào rẻ hơn không?

Tôi vẫn uống metformin 1000mg ngày hai lần. Đường buổi sáng khoảng 180-200.

Con gái tôi (Vy) có thể dịch nếu bác sĩ gọi: 406-555-0139.

Cảm ơn nhiều,
Lan
""",
  D(5, 15, 19, 22))

M('phi', 'lang', 'Jean-Baptiste',
  'Mirlande Dorvil <mdorvil@sagecreekhealth.org>',
  'Jess Lindahl RN <jlindahl@sagecreekhealth.org>',
  'tradiksyon pou Wilner - mesaj pou fanmi an',
  """Jess, here's the Creole version of the discharge instructions you asked for, I'll
read it to him too. Pls check the dose before I print.

---
Mesye Wilner Jean-Baptiste,

Ou te vin nan sal ijans lan 9 me paske ou te gen doulè nan lestomak ak vomisman. Doktè a
fè tès san ak yon eskanè. Ou gen yon enfeksyon nan pankreyas ou (pankreyatit).

- Pa bwè alkòl ditou.
- Manje ti kantite manje ki pa gen grès pou kounye a.
- Pran medikaman pou doulè a (acetaminophen 500 mg) 2 grenn chak 6 èdtan si w bezwen.
- Pran ondansetron 4 mg anba lang si w gen anvi vomi.
- Retounen nan klinik la madi 14 me a 9è pou yon lòt tès san.
- Si doulè a vin pi mal, si w gen lafyèv oswa si w pa ka kenbe dlo, rele 911 oswa vin
  nan ijans lan touswit.

Si w bezwen entèprèt, rele 406-555-0122 ekstansyon 260.
---

Mirlande Dorvil, CHW / Interpreter
""",
  D(5, 10, 11, 14))

M('phi', 'lang', 'Коваленко',
  'Oksana Kovalenko <oksana.kovalenko88@gmail.com>',
  'Sage Creek Specialty Clinic <specialty@sagecreekhealth.org>',
  'Запись к кардиологу - Коваленко В.П.',
  """Здравствуйте!

Пишу по поводу моей мамы, Коваленко Валентины Петровны, 1951 г.р. (дата рождения
03.10.1951). Ей назначили приём у кардиолога (доктор Окафор) 14 мая, но мы не сможем
приехать — у нас в этот день посевная, и некому её отвезти.

Можно ли перенести на июнь? У неё по-прежнему отёки на ногах и одышка, когда она
поднимается по лестнице. Фуросемид она принимает каждое утро, как сказал доктор Сандовал.

Мама плохо говорит по-английски, поэтому, пожалуйста, звоните мне: 406-555-0127.

Спасибо,
Оксана
""",
  D(5, 3, 21, 40))

M('phi', 'lang', 'Gunderson',
  'Maricel Dizon RN <mdizon@sagecreekhealth.org>',
  'Rowena Tolentino RN <rtolentino@sagecreekhealth.org>',
  'endorse kagabi',
  """Ate Weng,

Para sa shift mo mamaya: si Mrs. Arlene Gunderson sa swing bed rm 4, nag-desaturate
kagabi mga 0200, 86% sa RA. Nilagyan ko ng 2L NC, umakyat sa 93%. In-inform ko si Dr.
Pellegrino, nag-order ng CXR at BNP, pending pa. Medyo crackles sa bases. Binigyan ng
furosemide 40 IV x1 per order, 600 ml yung output hanggang 0600.

Yung anak niya (Karen) tumawag, sabi ko tatawagan siya ng doctor after rounds.

Ingat sa daan, may yelo sa Hwy 87.

- Maricel
""",
  D(1, 23, 6, 58, off=-7))

M('phi', 'lang', 'الحداد',
  'Samir Haddad <samir.haddad.mt@gmail.com>',
  'Sage Creek Clinic <rhcfront@sagecreekhealth.org>',
  'موعد والدتي - نادية الحداد',
  """السلام عليكم،

أكتب إليكم بخصوص والدتي السيدة نادية الحداد (تاريخ الميلاد 8/8/1962). أخذت لقاح
التيتانوس في مركز كبار السن يوم 17 أبريل، ومنذ ذلك الوقت ذراعها اليسرى متورمة وحمراء
وساخنة، وعندها حرارة خفيفة 37.9.

هل يجب أن نأتي إلى العيادة اليوم أم إلى الطوارئ؟ هي أيضاً تأخذ دواء السكري
(ميتفورمين) ودواء الضغط.

والدتي لا تتكلم الإنجليزية جيداً، أرجو الاتصال بي على الرقم 406-555-0193.

شكراً جزيلاً،
سمير
""",
  D(4, 19, 8, 25))
# ======================================================================
# CLEAN - admin
# ======================================================================
M('clean', 'admin', '',
  'Mike Dombrowski <mdombrowski@sagecreekhealth.org>',
  'Sage Creek Ambulance Crew <sca-crew@sagecreekhealth.org>',
  'June call schedule + calving/haying swaps',
  """Crew,

June schedule is posted on the board and below. I know haying starts mid-month so if you
need to swap, work it out with each other and text me, don't just no-show. We had two
uncovered nights in May and had to page mutual aid from Harlow, which the county noticed.

Week of     Days (0600-1800)          Nights (1800-0600)
6/3         Dombrowski / Keel         Pruett / Ames (EMT-S)
6/10        Lindgren / Sato           Dombrowski / Oyler
6/17        Keel / Ames               Lindgren / Bauer
6/24        Sato / Oyler              Pruett / Keel

Cell list (for swaps only, please don't share):
  Tanner Keel       406-555-0104
  Hope Lindgren     406-555-0108
  Dale Pruett       406-555-0112
  Kenji Sato        406-555-0119
  Rita Oyler        406-555-0131

Reminder: CPR recert is 6/15 at 1900 in the fire hall. Pizza provided. Bring your card.

Mike
""",
  D(5, 28, 20, 15))

M('clean', 'admin', '',
  'IT Help Desk <helpdesk@sagecreekhealth.org>',
  'Adaeze Okafor MD <aokafor@northplainsregional.org>',
  'INC0048213 - VPN token for outreach days [Resolved]',
  """Hello Dr. Okafor,

Your incident INC0048213 has been resolved.

Short description: Unable to log into Sage Creek EHR from outreach clinic workstation
(SPC-WS-02) - MFA token not syncing
Resolution: Re-enrolled soft token on your phone. Also mapped the echo reading station
printer (SPC-PRN-01). Your account will stay active between monthly visits; it no longer
auto-disables after 30 days of inactivity per the exception approved by Brandon Teague.

Please test on your next visit (6/11). If anything fails call 406-555-0122 x299 or
after hours the on-call tech at 406-555-0100.

Thank you,
Sage Creek IT
""",
  D(5, 17, 13, 33))

M('clean', 'admin', '',
  'AR <ar@plainsmedequip.com>',
  'Accounts Payable <ap@sagecreekhealth.org>',
  'Invoice 2024-11873 - cot preventive maintenance',
  """Please find our invoice below for the annual preventive maintenance on your ambulance
power cots and power load systems.

Invoice #:     2024-11873
Invoice date:  05/06/2024
PO #:          SC-PO-4471
Terms:         Net 30
Customer #:    C-20914

Qty  Description                                      Unit      Ext
 2   Power-PRO XT annual PM (S/N 21107734, 21107790)  $425.00   $850.00
 1   Power-LOAD annual PM (S/N PL-0088412)            $390.00   $390.00
 1   Battery pack replacement                         $312.00   $312.00
 1   Travel (round trip 184 mi)                       $140.00   $140.00
                                                      Total    $1,692.00

Remit to: Plains Medical Equipment Service, PO Box 2210, Billings Rd, MT
Questions: Kristi at 406-555-0184

Thank you for your business!
""",
  D(5, 6, 10, 0))

M('clean', 'admin', '',
  'Human Resources <hr@sagecreekhealth.org>',
  'Colton Reyes <creyes.cna@gmail.com>',
  'Welcome to Sage Creek - orientation 6/10',
  """Hi Colton,

Welcome aboard! We're excited to have you join the swing bed / med-surg team as a CNA.

Your first day is Monday, June 10. Please report to the HR office (lower level, next to
the cafeteria) at 7:30 am.

Please bring:
 - Photo ID and your Social Security card or passport for the I-9
 - Your CNA certificate (state registry #) and BLS card
 - Proof of a TB screening in the last 12 months, or we'll do a QuantiFERON here on day one
 - Immunization records (MMR, varicella, Hep B) if you have them; employee health can
   titer if not
 - Direct deposit form (attached in your offer packet)

Orientation is 3 days (computer training, fire/safety, HIPAA, lifting) and then you'll
be with your preceptor, Shelby Arneson, for two weeks of day shift.

Scrubs are ceil blue for nursing. Parking is on the north side.

See you soon,
Tamara Bechtold
HR Generalist, Sage Creek Community Hospital
406-555-0122 x202
""",
  D(5, 30, 11, 42))

M('clean', 'admin', '',
  'Facilities <facilities@sagecreekhealth.org>',
  'All Staff <allstaff@sagecreekhealth.org>',
  'Generator test Tues 0600 + helipad lights',
  """All,

Monthly generator load test is Tuesday 5/14 at 0600. Expect a flicker on red outlets.
ED, lab and the swing wing nurses station please make sure nothing critical is on white
outlets. The CT will be down 0550-0630.

Also, the helipad perimeter lights failed inspection last week. Replacement fixtures are
due Thursday. Until then the ED will notify Life Flight that the pad is lit by portable
units only; crews have been briefed.

And for the last time, do not park in the ambulance bay to run into the pharmacy. The
rig got blocked in on Saturday.

Rusty Hallgren
Facilities Manager
""",
  D(5, 10, 15, 12))

M('clean', 'admin', '',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'Brenda Yoo RDCS <byoo@northplainsregional.org>',
  'logistics for June 11 outreach day',
  """Hi Brenda,

For the June 11 cardiology day:
 - Room 212 is yours, 213 for Dr. Okafor. The portable echo cart goes in 212; the
   outlet by the window is the one that works.
 - Your rooms at the Sage Motel are booked for Mon 6/10 night under Northplains, conf
   #88127.
 - Lunch is from the Cattlemen's Cafe, tell me by Friday if you want the burger or the
   chef salad. Last time Dr. Okafor said no onions.
 - Plan on about 9 patients; I'll send the list separately through the secure portal.

Drive safe, there's construction on 87 between mile 96 and 101.

Tracy Holm, LPN
Specialty Clinic Coordinator
406-555-0122 x250
""",
  D(6, 4, 16, 47))

M('clean', 'admin', '',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Finance Committee <financecmte@sagecreekhealth.org>',
  'CDM update for July 1 + swing bed rate',
  """Committee,

Proposed chargemaster changes effective 7/1 for approval Thursday:

Rev code  CPT/HCPCS  Description                         Current    Proposed
0120      --         Swing bed room & board, SNF level   $925/day   $960/day
0122      --         Swing bed, ICF level                $610/day   $640/day
0450      99284      ED visit level 4                    $1,240     $1,290
0540      A0427      ALS1 emergency                      $1,450     $1,520
0540      A0425      Ground mileage (per mile)           $22        $24
0480      93306      Echo complete w/ Doppler            $1,880     $1,880 (no chg)

The ambulance rates match what the county commissioners approved in March. Cost report
impact summary attached separately. No patient detail included.

Deb Harstad, CRCS
""",
  D(6, 10, 8, 30))
# ======================================================================
# CLEAN - lookalike
# ======================================================================
M('clean', 'lookalike', '',
  'Sage Creek Veterinary Service <office@sagecreekvet.com>',
  'Jim Kettleson <kettleson.grain@ruraltel.net>',
  'Preg check results + Bang\'s vax - Kettleson herd',
  """Jim,

Results from Thursday's work on the replacement heifers:

Tag #   Status        Est. days bred   Notes
4471    Pregnant      ~95              
4473    Open          --               cull or rebreed?
4480    Pregnant      ~60              
4486    Pregnant      ~90              thin, BCS 4
4491    Pregnant      ~110             twins?

Brucellosis (Bang's) vaccinated: 12 heifer calves, tattoo and orange tags applied,
certificate #MT-24-11802 filed with the state vet.

Also, "Duke" (your border collie) is due for rabies and his heartworm test. Dr. Lehmann
can do it when she's out for the bull soundness exams on the 18th.

Invoice #V-30981 to follow. Patient history for each animal is in the herd portal.

Sage Creek Veterinary Service
Dr. Ingrid Lehmann, DVM
""",
  D(3, 9, 12, 20))

M('clean', 'lookalike', '',
  'Big Prairie Federal Credit Union <alerts@bigprairiefcu.org>',
  'Marla Voss <marla.voss@ruraltel.net>',
  'Your operating loan statement - Member #00448172',
  """Dear Member,

Your Agricultural Operating Line of Credit statement is available.

Member #:           00448172
Account:            ****-7731 (Ag Operating LOC)
Statement period:   04/01/2024 - 04/30/2024
Balance:            $86,412.19
Payment due:        $1,940.00 by 05/25/2024
Rate:               8.125% variable

Reminder: spring draw requests for seed and fertilizer must include an updated
crop plan. Your loan officer, Dwight Amundson, can be reached at 406-555-0150.

Big Prairie FCU will never ask for your PIN or full account number by email.
Federally insured by NCUA.
""",
  D(5, 2, 6, 0),
  html="""<html><body><table style="font-family:Arial" cellpadding="4">
<tr><td colspan="2"><b>Big Prairie Federal Credit Union</b></td></tr>
<tr><td>Member #:</td><td>00448172</td></tr>
<tr><td>Account:</td><td>****-7731 (Ag Operating LOC)</td></tr>
<tr><td>Statement period:</td><td>04/01/2024 - 04/30/2024</td></tr>
<tr><td>Balance:</td><td>$86,412.19</td></tr>
<tr><td>Payment due:</td><td>$1,940.00 by 05/25/2024</td></tr>
</table>
<p>Reminder: spring draw requests for seed and fertilizer must include an updated crop plan. Your loan officer, Dwight Amundson, can be reached at 406-555-0150.</p>
<p style="font-size:9px">Big Prairie FCU will never ask for your PIN or full account number by email. Federally insured by NCUA.</p>
</body></html>""")

M('clean', 'lookalike', '',
  'Claims - Plainsmen Mutual Insurance <claims@plainsmenmutual.com>',
  'Dwayne Schroeder <dschroeder.farms@gmail.com>',
  'Claim AU-2024-55817 - adjuster appointment',
  """Dear Dwayne Schroeder,

We have received your claim for hail damage to your 2019 Ford F-250 (VIN ending 4K8831)
from the storm on 06/02/2024.

Claim #:        AU-2024-55817
Policy #:       PMA-0091-227734
Date of loss:   06/02/2024
Deductible:     $1,000

Adjuster Carl Riedel will inspect the vehicle at your place on Thursday, 06/06 between
1 and 4 pm. Please also have the grain truck (claim AU-2024-55818) available if it was
damaged in the same storm.

Good news: no injuries were reported on the first notice of loss, so no medical
payments coverage review is needed.

Plainsmen Mutual Insurance - Claims
1-800-555-0166
""",
  D(6, 4, 9, 15))

M('clean', 'lookalike', '',
  'Sage Creek Fitness <hello@sagecreekfitness.com>',
  'Members <members@sagecreekfitness.com>',
  'June classes: Cardio Kickboxing, Heart Rate Zone Training & free body comp scans',
  """Hey Sage Creek Fitness members!

New in June:

 * CARDIO KICKBOXING - Mon/Wed 5:30 pm with Tasha
 * HEART RATE ZONE TRAINING - wear your chest strap, we'll calculate your zones
   (Zone 2 = 60-70% of max HR) - Tues 6 am
 * "FARM STRONG" - functional strength for folks who throw bales and buck calves.
   Sat 7 am, bring gloves
 * FREE body composition scans for all members the week of 6/10, sign up at the desk

Membership renewals: your member ID is on the back of your key fob (starts with SCF-).
Annual renewal is $360 or $35/mo. Seniors (65+) can use SilverSneakers.

Remember: if you have a heart condition or are new to exercise, check with your doctor
before starting high-intensity classes.

Stay strong,
Tasha & Ben
Sage Creek Fitness, 118 Main St
""",
  D(5, 31, 7, 0))

M('clean', 'lookalike', '',
  'Jared Pfeiffer <jpfeiffer@prairiesoftworks.io>',
  'Dev Team <dev@prairiesoftworks.io>',
  'postmortem: patient-zero node in the ingest cluster',
  """Team,

Short postmortem for Tuesday's outage of the grain-elevator telemetry ingest:

- Patient zero was ingest-03. A bad config push left its retry handler in an infinite
  loop; it kept "resurrecting" dead consumers and the contagion spread to 04 and 05 via
  the shared lease table.
- Symptoms: consumer lag 2.1M msgs, p99 latency 41s, heartbeat failures every 30s.
- Triage: we quarantined 03 (cordoned + drained), then performed surgery on the lease
  table (deleted 312 orphaned rows).
- Recovery: full health restored at 14:22. All vitals (lag, CPU, GC pauses) normal
  since.

Follow-ups (ticket PSW-2291):
 1. Make the retry process "patient" - exponential backoff with jitter, max 5 attempts.
 2. Add a health check that kills the pod on stuck leases.
 3. Post-op monitoring for a week, then we discharge the incident.

No customer data lost. Sorry for the pages.

Jared
""",
  D(4, 25, 10, 5))

M('clean', 'lookalike', '',
  'Big Sky Regional Air <noreply@bigskyregionalair.example>',
  'Luis Pellegrino <lpellegrino@sagecreekhealth.org>',
  'Your itinerary - Confirmation X7QK2M',
  """Thank you for flying Big Sky Regional Air.

Passenger:         PELLEGRINO/LUIS MR
Confirmation:      X7QK2M
Ticket #:          8890231774412
SkyMiles Member:   BSR 4471 0038 12

Flight BSR 2207   Fri 07 Jun 2024   Sage Creek (SCK) 06:10 -> Denver (DEN) 08:02
Flight BSR 1184   Mon 10 Jun 2024   Denver (DEN) 19:40 -> Sage Creek (SCK) 21:35
Seat: 3A / 3A      Fare class: Y      Bags: 1 checked

Special service request: none. Medical clearance (MEDIF): not required.
Traveling with portable oxygen or medical devices? Contact us 48 hours before
departure.

Trip purpose note (corporate booking): Rural Emergency Medicine Conference, Denver.
""",
  D(5, 20, 12, 30))

M('clean', 'lookalike', '',
  'Aspen & Oak Tree Care <office@aspenoaktree.com>',
  'Sage Creek Facilities <facilities@sagecreekhealth.org>',
  'Assessment: cottonwoods by the helipad',
  """Rusty,

Here's our assessment from Monday on the three cottonwoods along the helipad fence.

Tree #1 (north): DIAGNOSIS - advanced heart rot, fungal conks at the base, 40% of the
trunk cross-section hollow on resistograph. PROGNOSIS: poor. Recommend removal before
the next wind season; it's leaning toward the pad approach path.

Tree #2: Cytospora canker on two scaffold limbs. TREATMENT: prune 12" below the cankers,
disinfect tools between cuts. Re-examine in 12 months.

Tree #3: healthy, light deadwooding only.

Quote #Q-2406: removal #1 + prune #2 + deadwood #3 = $3,850. Stump grinding +$320.
We'll need the helipad closed for about 4 hours; we can coordinate with your ED.

Certified Arborist: Nate Gorski, ISA #MT-1187A
Aspen & Oak Tree Care, 406-555-0170
""",
  D(6, 5, 8, 44))
# ======================================================================
# CLEAN - news
# ======================================================================
M('clean', 'news', '',
  'Tolliver County Public Health <publichealth@tollivercounty.gov>',
  'County Health Partners <partners-list@tollivercounty.gov>',
  'Public Health Bulletin - May 2024: measles in the region, WIC hours, well testing',
  """TOLLIVER COUNTY PUBLIC HEALTH BULLETIN - MAY 2024

MEASLES: The state has confirmed 4 measles cases in two neighboring counties since
April 20. No cases in Tolliver County to date. All four were unvaccinated. Providers:
suspect measles in anyone with fever + rash + cough/coryza/conjunctivitis, mask and
isolate immediately, and call us at 406-555-0110 BEFORE sending specimens. MMR catch-up
clinics: Tuesdays 1-4 pm at the county building, no appointment needed.

WIC: New hours starting June 3 - Mon/Thu 8-5 in Sage Creek, 2nd Wednesday in Rocky Ridge.

PRIVATE WELL TESTING: Free nitrate and coliform test kits are available through June 30.
Last year 11% of wells tested in the county were above the nitrate limit, mostly shallow
wells near feedlots.

BY THE NUMBERS (Q1 2024, county residents)
 Births ..................... 38
 Deaths ..................... 41
 Influenza hospitalizations . 17
 Reported animal bites ...... 9
 TB skin tests placed ....... 122

Questions: Marcy Lund, RN, Public Health Nurse, 406-555-0110
""",
  D(5, 1, 8, 0))

M('clean', 'news', '',
  'Rx Safety Alerts <alerts@ruralpharmacynetwork.org>',
  'Network Pharmacists <pharmacists@ruralpharmacynetwork.org>',
  'RECALL: Metformin HCl ER 500 mg, 750 mg - Lakeshore Generics (NDMA)',
  """RURAL PHARMACY NETWORK - DRUG RECALL NOTICE
Issued: May 23, 2024     Classification: Class II     Level: Retail/Patient

Lakeshore Generics Inc. is voluntarily recalling the lots below of Metformin
Hydrochloride Extended-Release Tablets due to N-nitrosodimethylamine (NDMA) above the
acceptable daily intake limit.

Product                         NDC             Lot       Exp
Metformin ER 500 mg, 100 ct     70011-221-01    LG23114   10/2025
Metformin ER 500 mg, 1000 ct    70011-221-10    LG23117   11/2025
Metformin ER 750 mg, 100 ct     70011-222-01    LG23209   01/2026

ACTIONS:
1. Quarantine affected stock; return via the prepaid label in the recall packet.
2. Patients should NOT stop taking metformin without talking to their prescriber;
   the risk of uncontrolled diabetes outweighs the short-term exposure.
3. Offer a replacement from an unaffected lot or manufacturer.

Adverse events may be reported to FDA MedWatch.
""",
  D(5, 23, 14, 0))

M('clean', 'news', '',
  'State Office of Rural Health <news@mtruralhealth.example>',
  'CAH Administrators <cah-admins@mtruralhealth.example>',
  'Rural Health Pulse - Spring 2024',
  """RURAL HEALTH PULSE - Spring 2024
A newsletter for Critical Access Hospitals and Rural Health Clinics

IN THIS ISSUE
 - Swing bed quality: what the new data show
 - Flex grant: EMS sustainability funding now open
 - Spotlight: a 25-bed CAH cuts ED-to-transfer time by 22 minutes

SWING BED QUALITY
Across the state's 48 CAHs, the median swing bed length of stay in 2023 was 11.8 days.
30-day readmission to acute care was 9.4% (national CAH benchmark 10.1%). Discharge to
community rose to 78%. Facilities with a dedicated swing bed coordinator had 2.1 points
lower readmissions on average.

EMS SUSTAINABILITY
Two-thirds of rural ambulance services in the state rely mostly on volunteers; the median
age of a volunteer EMT is now 52. Flex grant awards of up to $40,000 are available for
recruitment, retention and regional billing partnerships. Apply by June 28.

UPCOMING
 - June 18 webinar: Visiting specialist clinics - credentialing by proxy and billing
   (CAH Method II vs. split billing)
 - Sept 10-12: Rural Health Conference, Helena

To unsubscribe, reply with REMOVE.
""",
  D(4, 15, 9, 0))

M('clean', 'news', '',
  'Sage Creek Hospital Foundation <foundation@sagecreekhealth.org>',
  'Friends of Sage Creek <friends@sagecreekhealth.org>',
  'Foundation News: the new ambulance is here!',
  """Dear Friends,

Thanks to you, Sage Creek Ambulance took delivery of its new Type I ambulance on April
30! The $312,000 rig was funded by the county, a USDA Community Facilities grant, and 214
local donors, including a $25,000 gift from the Kettleson family and the proceeds of the
Cowboy Ball.

Other highlights this spring:
 * The cardiology outreach clinic passed 1,000 visits since it opened in 2019. Neighbors
   no longer have to drive 190 miles round trip for a heart check-up.
 * A new portable echo machine for the visiting specialist clinic, purchased with
   Auxiliary bake sale and thrift store funds.
 * Staff spotlight: Renee Lautenschlager, RN, was named State Swing Bed Coordinator of
   the Year.

Save the date: Cowboy Ball, Saturday, September 21, at the fairgrounds.

With gratitude,
Lorraine Ekstrom
Foundation Director
""",
  D(5, 15, 12, 0),
  html="""<html><body>
<h2>Foundation News: the new ambulance is here!</h2>
<p>Dear Friends,</p>
<p>Thanks to you, Sage Creek Ambulance took delivery of its new Type I ambulance on April 30! The $312,000 rig was funded by the county, a USDA Community Facilities grant, and 214 local donors, including a $25,000 gift from the Kettleson family and the proceeds of the Cowboy Ball.</p>
<ul>
<li>The cardiology outreach clinic passed 1,000 visits since it opened in 2019. Neighbors no longer have to drive 190 miles round trip for a heart check-up.</li>
<li>A new portable echo machine for the visiting specialist clinic, purchased with Auxiliary bake sale and thrift store funds.</li>
<li>Staff spotlight: Renee Lautenschlager, RN, was named State Swing Bed Coordinator of the Year.</li>
</ul>
<p><b>Save the date:</b> Cowboy Ball, Saturday, September 21, at the fairgrounds.</p>
<p>With gratitude,<br>Lorraine Ekstrom<br>Foundation Director</p>
</body></html>""")

M('clean', 'news', '',
  'Farm Safety Extension <farmsafety@extension.example.edu>',
  'Extension Subscribers <subscribers@extension.example.edu>',
  'Harvest Safety Brief: grain bins, PTOs and heat',
  """HARVEST SAFETY BRIEF - Summer 2024

Grain entrapment: In 2023 there were 42 documented grain entrapment cases nationally,
with 15 fatalities. A person sinking in flowing grain can be buried in under 30 seconds.
Never enter a bin while unloading equipment is running; use lockout/tagout, a harness
and a spotter.

PTO entanglement: Keep shields in place. Most PTO injuries happen to adults over 50
working alone.

Heat illness: Heat index above 90F? Drink a quart of water an hour, take shade breaks,
and know the signs - confusion, stopped sweating, hot skin mean call 911.

Rural EMS response times can exceed 30 minutes. Consider a Stop the Bleed course; free
sessions are offered through many local hospitals and ambulance services this summer.

Farm Safety & Health Extension Program
""",
  D(6, 7, 6, 30))

M('clean', 'news', '',
  'State Health Dept Epidemiology <epi-alerts@dphhs.example.gov>',
  'Health Alert Network <han-list@dphhs.example.gov>',
  'HAN Advisory: Hantavirus and tick-borne illness season',
  """HEALTH ALERT NETWORK - ADVISORY
Date: June 3, 2024

SUMMARY: With spring cleaning of barns, cabins and outbuildings under way, clinicians
should consider hantavirus pulmonary syndrome (HPS) in patients with fever, myalgia and
rapid-onset respiratory distress and a history of rodent exposure. Tick season is also
here; Rocky Mountain spotted fever and Colorado tick fever are reported each year.

2023 state totals: HPS 3 cases (1 death); RMSF 7 cases; Colorado tick fever 12 cases;
tularemia 5 cases.

RECOMMENDATIONS:
 - Do not delay doxycycline in suspected RMSF pending labs, including in children.
 - Suspected HPS: early transfer to a facility with ICU/ECMO capability; contact the
   regional referral center early.
 - Report suspected cases to your local health department within 24 hours.

Public messaging: wet down rodent droppings with bleach solution before cleaning; do not
sweep or vacuum dry droppings.
""",
  D(6, 3, 10, 0))
# ======================================================================
# CLEAN - staff
# ======================================================================
M('clean', 'staff', '',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'Adaeze Okafor MD <aokafor@northplainsregional.org>',
  'general q - DOAC vs warfarin for our ranch folks',
  """Adaeze,

Not about anyone specific, more of a "how should we think about this" question for the
clinic.

We have a lot of 70s-80s men on warfarin who are still working cattle, getting kicked,
falling off stuff, and who live 45-60 minutes from us and 3 hours from you. INR monitoring
means driving in every 2-4 weeks, which they hate, and half of them skip. Would you
favor switching most of them to apixaban, given the lower intracranial bleed risk, as
long as the renal function is ok? The cost is the barrier -- our 340B program helps
some but not the Part D folks in the donut hole.

Also, what's your threshold for reversal agents out here? We don't stock andexanet
(too expensive for our volume); we have 4-factor PCC. Is that reasonable for a CAH?

Happy to put this on the agenda for your next outreach day lunch.

Tom
""",
  D(4, 24, 21, 3))

M('clean', 'staff', '',
  'Luis Pellegrino MD <lpellegrino@sagecreekhealth.org>',
  'ED Nurses <ednurses@sagecreekhealth.org>; Sage Creek Ambulance Crew <sca-crew@sagecreekhealth.org>',
  'Updated stroke transfer protocol w/ Northplains - effective 6/1',
  """All,

Northplains and we signed off on the updated acute stroke protocol. Key changes:

1. Ambulance: BE-FAST positive + last known well < 24 h -> pre-notify our ED AND call
   the Northplains stroke line (406-555-0199) from the field. Do not delay transport
   for a glucose if you've already got one on scene.
2. ED: CT/CTA head & neck within 20 min of arrival. Tele-stroke cart is in ED 2.
3. Thrombolytic: we're switching from alteplase to tenecteplase (single bolus, easier
   for transfer). Weight-based dosing card is taped inside the Pyxis door.
4. Transfer: if LVO on CTA, request fixed wing directly; the rotor goes to LVO only if
   the wheels-up time is under 30 min.

Our 2023 numbers: median door-to-needle 52 min (goal < 45), door-in-door-out 118 min
(goal < 120). Good work, we can do better on DTN.

Education sessions: 6/3 and 6/5 at 1400 and 0700 in the conference room.

Luis Pellegrino, MD
ED Medical Director
""",
  D(5, 24, 16, 0))

M('clean', 'staff', '',
  'Karla Meinhardt RN <kmeinhardt@sagecreekhealth.org>',
  'Nursing Leadership <nursingleads@sagecreekhealth.org>',
  'nights are thin again',
  """Hi all,

Heads up, nights next two weeks:
 - 5/18, 5/19, 5/25 we only have 1 RN + 1 CNA for the acute/swing side with the ED
   covered by the house RN. If the ED gets busy the floor is left with the CNA.
 - Travel RN contract (Maricel) is extended through August, thank goodness.
 - Can anyone pick up? Incentive is $12/hr for extra shifts approved through June.

If we go over 6 inpatients + swing I'm going to ask the on-call doc to consider holding
transfers from Northplains until the weekend is over. Not ideal, they're full too.

Also the ambulance is down to 3 volunteer EMTs who can take nights. Mike is working on
it with the county.

Karla Meinhardt, RN, BSN
Director of Nursing
""",
  D(5, 14, 18, 20))

M('clean', 'staff', '',
  'Renee Lautenschlager RN <rlautenschlager@sagecreekhealth.org>',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Re: 3 midnight rule question',
  """Deb,

General question for our policy, not tied to a specific admit: if someone was in
observation at the referral center for 2 nights and then flipped to inpatient for 1 more,
does that count as a qualifying 3-day stay for Medicare swing? My understanding is that
observation nights don't count, only inpatient days, and the day of discharge doesn't
count either. So that scenario = 1 day, not qualifying.

And for the Medicare Advantage plans, most of them waive the 3-day rule, but Mountain
States wants a prior auth. Can you confirm that's still true for 2024 so I can update the
cheat sheet?

Thanks
Renee

> On Mon, Apr 1, 2024 at 9:14 AM Deb Harstad wrote:
> Renee, can you look at the swing bed cheat sheet before the surveyor comes? A couple of
> the payer rules changed Jan 1.
""",
  D(4, 1, 13, 31))

M('clean', 'staff', '',
  'Kurt Albrecht PA-C <kalbrecht@highlineortho.com>',
  'Tracy Holm <tholm@sagecreekhealth.org>',
  'standing x-ray protocol for outreach days',
  """Tracy,

For all future ortho days, can we make this the standing protocol so I'm not sending
orders one by one:

- ALL knee patients: standing bilateral AP, lateral of the affected side, sunrise views
- ALL hip patients: standing AP pelvis + lateral of the affected hip
- Shoulders: Grashey, axillary, scapular Y
- Post-op TKA/THA: same as above, plus bring the op note if done outside High Line

Dr. Mendel has signed off on it. Please have the films done the morning of, no earlier
than 4 weeks before the visit.

And can we start the day at 7:45? The drive back is long in the winter.

Kurt Albrecht, PA-C
High Line Orthopaedics
""",
  D(4, 29, 17, 12))

M('clean', 'staff', '',
  'Marguerite Olafsen PharmD <molafsen@sagecreekhealth.org>',
  'Medical Staff <medstaff@sagecreekhealth.org>',
  'P&T summary - April',
  """P&T met 4/18. Summary:

1. Formulary: apixaban added as preferred DOAC; rivaroxaban removed (nonformulary,
   existing patients may continue). Warfarin stays for mechanical valves / severe renal.
2. Antibiotics: 2023 antibiogram shows E. coli resistance to ciprofloxacin at 24% in our
   urine isolates (n=91). Nitrofurantoin or cephalexin preferred for uncomplicated UTI.
3. Shortages: IV furosemide is allocated through June. Please use PO when feasible on the
   swing side.
4. Ambulance drug boxes: switching fentanyl 100 mcg/2 ml vials to 50 mcg/ml to reduce
   wastage. Ketamine added for the ALS crews per state protocol.
5. Medication errors Q1: 7 reported, 0 reached-patient-with-harm. Most common: look-alike
   insulin pens.

Next meeting 7/18.

Marguerite
""",
  D(4, 22, 9, 45))

M('clean', 'staff', '',
  'Jess Lindahl RN <jlindahl@sagecreekhealth.org>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'curbside - 60s male w/ tick bite?',
  """Tom, quick curbside for a phone triage call I'm about to call back (not in the
chart yet, just want to know how to triage):

60s male, cattle rancher, pulled an engorged tick off his scalp 4 days ago, now fever
101.8, headache, body aches. No rash he can see. Says he "feels like the flu".

My protocol says see within 24h. Would you want him in today and empiric doxy, or just
tell him to watch for a rash? With the HAN about RMSF I'm leaning today.

J
""",
  D(6, 4, 10, 38))
# ======================================================================
# CLEAN - training
# ======================================================================
M('clean', 'training', '',
  'Clinical Informatics <informatics@sagecreekhealth.org>',
  'New Hires June <newhires@sagecreekhealth.org>',
  'EHR training environment logins + practice patients',
  """Welcome to EHR training!

Log in to the TRAIN environment (icon "SCCH-TRAIN" on the training room desktops, NOT the
production icon). Your training username is your network ID with "_t" on the end; the
password is Train2024! and you'll be forced to change it.

Practice patients (fictitious - TRAIN only):

 Name                    MRN         DOB          Scenario
 ZZTEST, ALPHA           999000001   01/01/1950   swing bed admission, med rec
 ZZTEST, BRAVO           999000002   02/02/1985   ED visit, chest pain workup
 ZZTEST, CHARLIE (peds)  999000003   03/03/2020   clinic well-child, immunizations
 ZZTEST, DELTA           999000004   04/04/1944   ambulance run sheet import

Please do NOT look up real patients in TRAIN or anyone in PROD for practice. Access is
audited.

Clinical Informatics
Sage Creek Community Hospital
""",
  D(6, 7, 14, 0))

M('clean', 'training', '',
  'Andrea Blum <ablum@cardiolinkvirtual.example>',
  'Dr. Tom Sandoval <tsandoval@sagecreekhealth.org>',
  'CardioLink demo recap + sandbox access',
  """Dr. Sandoval,

Thanks for the time on Wednesday. As promised, recap of the CardioLink tele-cardiology
demo and your sandbox credentials.

What we showed:
 - Remote echo reading workflow: your tech uploads, Northplains reads within 24h
 - E-consult: the sample case "John Doe, 67M, new LBBB on ECG" with the cardiologist's
   response time stamps
 - Remote rhythm monitoring dashboard with demo patient "Jane Sample" (all synthetic)

Sandbox: https://sandbox.cardiolinkvirtual.example  user: sagecreek_demo
Sandbox data is synthetic; please don't upload real studies until the BAA is signed.

Pricing for a CAH (2 sites, up to 40 e-consults/mo): $1,450/mo, first 3 months 50% off.

Best,
Andrea Blum
Solutions Consultant, CardioLink Virtual
""",
  D(5, 17, 9, 5))

M('clean', 'training', '',
  'Brandon Teague <bteague@sagecreekhealth.org>',
  'NPRMC Interface Team <interfaces@northplainsregional.org>',
  'test msgs for the new ADT route (TEST env)',
  """Sending these to your TEST listener on port 6662 this afternoon. All synthetic, the
"TEST" patients from our test EHR domain.

MSH|^~\\&|SCCH_ADT|SAGECREEK_TST|NPHIE|NPRMC_TST|20240318140000||ADT^A01|TST0001|T|2.5.1
EVN|A01|20240318140000
PID|1||999000001^^^SCCH_TST^MR||ZZTEST^ALPHA||19500101|M|||123 TEST ST^^ANYTOWN^MT^00000
PV1|1|I|SWG^04^01||||9999999999^DOCTOR^TEST|||MED||||1
MSH|^~\\&|SCCH_ADT|SAGECREEK_TST|NPHIE|NPRMC_TST|20240318140500||ADT^A03|TST0002|T|2.5.1
EVN|A03|20240318140500
PID|1||999000002^^^SCCH_TST^MR||ZZTEST^BRAVO||19850202|F|||456 SAMPLE AVE^^ANYTOWN^MT^00000
PV1|1|E|ED^01^01||||9999999999^DOCTOR^TEST

Processing ID is T in MSH-11 so your engine should drop them into the test queue. Let me
know if the swing bed location (SWG^04^01) maps now.

Brandon
""",
  D(3, 18, 13, 45))

M('clean', 'training', '',
  'Mike Dombrowski <mdombrowski@sagecreekhealth.org>',
  'Sage Creek Ambulance Crew <sca-crew@sagecreekhealth.org>; Tolliver County Emergency Management <em@tollivercounty.gov>',
  'MCI drill Saturday - scenario + moulage victim cards',
  """Crew,

Saturday's full-scale drill with the county and the school: school bus vs. grain truck
on Hwy 87 at the Miller Lane turnoff. THIS IS AN EXERCISE. All victims are volunteers
from the 4-H club and the Auxiliary.

Victim cards (moulage team has these, don't peek before the drill):

 Card  Role name (fictional)  Age  Presentation                        Expected triage
 V-01  "Jane Doe"             16   open tib/fib, screaming            YELLOW
 V-02  "Sam Sample"           45   driver, no pulse, apneic           BLACK
 V-03  "Billy Exercise"       10   walking wounded, lac to forehead   GREEN
 V-04  "Pat Practice"         14   resp rate 36, cap refill 3 s       RED
 V-05  "Alex Mock"            58   grain truck driver, chest pain     YELLOW

Use START/JumpSTART. ePCR training mode only (the yellow "TRAINING" banner must be
showing) - no real run numbers.

Hot wash at the fire hall after.

Mike
""",
  D(5, 29, 19, 0))

M('clean', 'training', '',
  'Compliance <compliance@sagecreekhealth.org>',
  'All Staff <allstaff@sagecreekhealth.org>',
  'Annual HIPAA refresher due June 30 - examples inside',
  """Hi everyone,

Your annual HIPAA & privacy module is due June 30 in the learning system.

A few scenarios from this year's module (names made up):

 1. A nurse emails "Mary Sample's lab results" to her personal Gmail to finish charting at
    home. -> Breach. Never forward PHI to personal email.
 2. An EMT posts a picture of a wrecked pickup at a crash scene on Facebook; the license
    plate is visible. -> Could identify the patient. Don't post scene photos.
 3. A front desk clerk tells a neighbor at church that "someone from the Hansen place"
    was in the ER. -> Even in a small town, that's a disclosure.
 4. A family member calls the swing bed unit asking for an update. -> Check the patient's
    communication preferences before sharing.

Remember: in a community this size, everybody knows everybody. "Minimum necessary" and
"need to know" matter more here, not less.

Questions: Nora Fiedler, Compliance & Privacy Officer, x209
""",
  D(6, 3, 8, 0))

M('clean', 'training', '',
  'Prairie Claims Clearinghouse <onboarding@prairieclaimsclearing.com>',
  'Deb Harstad <dharstad@sagecreekhealth.org>',
  'Onboarding: sample 270 for your connectivity test',
  """Hi Deb,

For the eligibility connectivity test, please send the sample 270 below exactly as is to
our test gateway (ISA15 = T). It uses our published test subscriber; the response will
be a canned 271.

ISA*00*          *00*          *ZZ*SAGECREEK      *ZZ*PRAIRIECLR     *240410*1000*^*00501*000000001*0*T*:~
GS*HS*SAGECREEK*PRAIRIECLR*20240410*1000*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20240410*1000~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*99999~
HL*2*1*21*1~
NM1*1P*2*SAGE CREEK COMMUNITY HOSPITAL*****XX*1790000000~
HL*3*2*22*0~
NM1*IL*1*DOE*JOHN****MI*TEST123456789~
DMG*D8*19700101*M~
EQ*30~
SE*11*0001~
GE*1*1~
IEA*1*000000001~

Once this returns a 999 and 271 we'll move you to production.

Onboarding Team
Prairie Claims Clearinghouse
""",
  D(4, 10, 11, 5))

# ----------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
