#!/usr/bin/env python3
"""Blind eval set prose23a: hospital employee health / infection prevention mail.
Every message below is hand-written literal text. Standard library only, deterministic."""
import os, io, csv, random, zipfile, datetime, sys
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import email

random.seed(2323)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def D(s, tz=-5):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)

def mid(frm):
    dom = frm.split('@')[-1].strip('> ')
    return '<%012x.%d@%s>' % (random.getrandbits(48), random.randint(1000, 99999), dom)

def new(frm, to, subj, date, cc=None, extra=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    m['Message-ID'] = mid(frm)
    for k, v in (extra or {}).items():
        m[k] = v
    return m

def add(label, kind, patient, m):
    MSGS.append((label, kind, patient, m))

def plain(label, kind, patient, frm, to, subj, date, body, charset='utf-8', cte=None, cc=None, extra=None, atts=()):
    m = new(frm, to, subj, date, cc, extra)
    if not cte:
        cte = '7bit' if body.isascii() else ('8bit' if charset == 'utf-8' else None)
    try:
        m.set_content(body, charset=charset, cte=cte)
    except ValueError:
        m.set_content(body, charset=charset)
    attach(m, atts)
    add(label, kind, patient, m)
    return m

def html(label, kind, patient, frm, to, subj, date, htmlbody, text=None, cc=None, extra=None, atts=(), charset='utf-8', cte=None):
    m = new(frm, to, subj, date, cc, extra)
    if text is not None:
        m.set_content(text, charset=charset)
        if cte:
            m.add_alternative(htmlbody, subtype='html', charset=charset, cte=cte)
        else:
            m.add_alternative(htmlbody, subtype='html', charset=charset)
    else:
        if cte:
            m.set_content(htmlbody, subtype='html', charset=charset, cte=cte)
        else:
            m.set_content(htmlbody, subtype='html', charset=charset)
    attach(m, atts)
    add(label, kind, patient, m)
    return m

def attach(m, atts):
    for a in atts:
        kind = a[0]
        if kind == 'text':
            _, fname, sub, content = a[:4]
            cte = a[4] if len(a) > 4 else None
            if cte:
                m.add_attachment(content, subtype=sub, filename=fname, cte=cte)
            else:
                m.add_attachment(content, subtype=sub, filename=fname)
        elif kind == 'bin':
            _, fname, mt, st, data = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        elif kind == 'msg':
            m.add_attachment(a[1])
        elif kind == 'zip':
            _, zname, inner = a
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                for n, c in inner:
                    zi = zipfile.ZipInfo(n, date_time=(2026, 3, 2, 9, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, c)
            m.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=zname)

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.")

EH = 'Employee Health Services <employeehealth@rbmc.org>'
CAROL = 'Vance, Carol RN <cvance@rbmc.org>'
DENISE = 'Denise Amari, NP <damari@rbmc.org>'
LIM = 'Howard Lim MD <hlim@rbmc.org>'
FARAH = 'Farah Qureshi <fqureshi@rbmc.org>'
TOM = 'Reilly, Thomas <treilly@rbmc.org>'
HR = 'Melissa Grant <mgrant@rbmc.org>'
IP = 'Infection Prevention <infectionprevention@rbmc.org>'

# ============================ PHI-CARE ============================
plain('phi', 'care', 'Okafor', CAROL, 'Lindqvist, Erik <elindqvist@rbmc.org>',
      'New hire clearance - Okafor', D('2026-03-04 10:12'),
"""Erik,

Tanya Okafor (your new PCT for 6 North) finished everything with us this morning.
QuantiFERON drawn 3/2 and resulted today, her MMR and varicella titers are back, and
she got dose 1 of the Heplisav today in the left arm. She is cleared to start orientation
Monday 3/9. Dose 2 is due 4/6, I put it on her calendar but please nudge her.

Carol

Carol Vance, RN, COHN-S
Employee Health Services | Riverbend Medical Center
Pavilion B, Ground Floor | ext. 4-2271
""")

html('phi', 'care', 'Holloway', DENISE, 'Holloway, Derek <dholloway@rbmc.org>',
     'Your follow-up schedule after the 2/27 exposure', D('2026-03-02 15:40'),
"""<html><head><style>body{font-family:Calibri,sans-serif;font-size:11pt} td{padding:3px 8px;border:1px solid #999}</style></head>
<body><p>Hi Derek,</p>
<p>Thanks for coming in so quickly on Friday. As we discussed, here is your follow-up plan. Your baseline
labs from 2/27 (HIV Ag/Ab, hepatitis C antibody, hepatitis B surface antibody) are all back and I went over them
with you by phone. The source patient's labs also came back and nothing further is needed on that side,
but we still follow you per policy IC-214.</p>
<table style="border-collapse:collapse">
<tr><td><b>Visit</b></td><td><b>Due around</b></td><td><b>What we do</b></td></tr>
<tr><td>6 weeks</td><td>Apr 10</td><td>HCV RNA, HIV Ag/Ab</td></tr>
<tr><td>3 months</td><td>May 28</td><td>HIV Ag/Ab, HCV antibody</td></tr>
<tr><td>6 months</td><td>Aug 27</td><td>Final draw, close case</td></tr>
</table>
<p>You do not need to be off work. Call us at ext. 4-2271 if anything changes.</p>
<p>Denise</p>
<p style="color:#555;font-size:9pt">Denise Amari, MSN, FNP-C<br>Employee Health Services<br>Riverbend Medical Center</p>
<p style="color:#888;font-size:8pt">""" + DISC + """</p></body></html>""",
     text="""Hi Derek,

Thanks for coming in so quickly on Friday. Baseline labs from 2/27 (HIV Ag/Ab, hep C antibody, hep B
surface antibody) are back and reviewed with you by phone. Source patient labs are back, nothing further
needed on that side, but we still follow you per policy IC-214.

6 weeks (Apr 10): HCV RNA, HIV Ag/Ab
3 months (May 28): HIV Ag/Ab, HCV antibody
6 months (Aug 27): final draw, close case

You do not need to be off work. Call ext. 4-2271 if anything changes.

Denise
""")

plain('phi', 'care', 'Abernathy', LIM, 'Pham, Kimberly <kpham@rbmc.org>',
      'RE: Can Ruth come back Monday?', D('2026-03-06 16:05'),
"""Kim - yes. I saw Ruth this afternoon for her fitness-for-duty visit and reviewed the note
from her surgeon. She is cleared to return Monday 3/9 with a 20 lb lifting limit and no
patient boosting for 4 weeks. Re-check with me on 4/3. I've sent the work status form to
Leave Management so HR has it too.

Howard

-----Original Message-----
From: Pham, Kimberly
Sent: Friday, March 6, 2026 11:18 AM
To: Lim, Howard
Subject: Can Ruth come back Monday?

Dr. Lim, Ruth Abernathy told me she has her return to work appointment with you today.
I'm building next week's schedule for 3 South and need to know if I can put her on days
Monday. Thanks, Kim
""")

plain('phi', 'care', 'Lee', CAROL, 'Respiratory Protection <resp-program@rbmc.org>',
      'fit test hold - M. Lee, RT', D('2026-03-11 08:47'),
"""Marcus Lee (Resp Therapy, nights) was scheduled for his annual fit test this morning.
His OSHA medical questionnaire came back flagged on questions 9 and 10 so Dr. Lim wants
spirometry before we test him. PFT lab can take him Thu 3/12 at 0730 before his shift ends.
Please leave him on the 'pending' list and do not issue a new N95 yet. He is using a PAPR
in the meantime, unit manager is aware.

CV
""", cte='quoted-printable')

plain('phi', 'care', 'Whitcomb', 'Carol Vance <carolv.rn@gmail.com>', 'Amari, Denise <damari@rbmc.org>',
      'titer', D('2026-03-12 19:22'),
"""jenna whitcomb's hep b titer came back low again after the 2nd series. can you call her tmrw and get her in for a lab draw for the surface antigen? she works 7a on L&D. sent from my phone sorry
""")

html('phi', 'care', 'Raman', 'Flu Team <flucrew@rbmc.org>', 'Raman, Priya MD <praman@rbmc.org>',
     'Vaccination receipt - 2026-27 influenza', D('2026-10-14 13:02'),
"""<html><body style="font-family:Arial;font-size:10pt">
<p>Dr. Raman,</p>
<p>This confirms your influenza vaccination for the 2026&ndash;2027 season. Please keep this for your records.
Your badge sticker is valid through 3/31/2027.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Employee</td><td>Priya Raman, MD (Hospitalist Group)</td></tr>
<tr><td>Employee ID</td><td>118204</td></tr>
<tr><td>Date given</td><td>10/14/2026 12:51</td></tr>
<tr><td>Product</td><td>Flucelvax, 0.5 mL IM</td></tr>
<tr><td>Site</td><td>Right deltoid</td></tr>
<tr><td>Lot</td><td>AU7741C</td></tr>
<tr><td>Given by</td><td>J. Morales, RN &ndash; Cafeteria pop-up station</td></tr>
</table>
<p>Questions? Reply to this mail or call Employee Health at ext. 4-2271.</p>
</body></html>""")

inner = new('Cheyenne Frost <cfrost@keystonemutual.com>', 'Employee Health <employeehealth@rbmc.org>',
            'Ortega, Luis - DOI 02/14/2026 - initial treatment', D('2026-02-18 09:30'))
inner.set_content("""Hello,

Attached is the first report and the initial treatment note from Concentra for your employee Luis
Ortega (Environmental Services). He was seen on 2/14 after the cart incident in the loading dock,
x-rays of the right wrist were taken and he was placed in a splint. Provider referred him to hand
therapy 2x/week for 3 weeks and follow up on 3/6. Please let me know what modified duty you can offer.

Cheyenne Frost
Claims Representative, Keystone Mutual
""")
inner.add_attachment("""CONCENTRA URGENT CARE - WORK STATUS REPORT
Patient: Luis A. Ortega     Employer: Riverbend Medical Center
Date of visit: 02/14/2026   Date of injury: 02/14/2026
Body part: R wrist
Tx today: XR R wrist 3 views, volar splint applied, ibuprofen 600 mg
Work status: Modified duty - no use of right hand, no lifting > 5 lb
Referral: Hand therapy 2x/wk x 3 wk
Next visit: 03/06/2026 10:15
Provider: S. Mbeki, PA-C
""", subtype='plain', filename='work_status_ortega.txt')
plain('phi', 'care', 'Ortega', 'Benitez, Rosa <rbenitez@rbmc.org>', 'Washington, Gerald <gwashington@rbmc.org>',
      'FW: Ortega, Luis - DOI 02/14/2026 - initial treatment', D('2026-02-18 11:02'),
"""Gerald - forwarding the carrier's mail for Luis. Can EVS find him something one-handed
through 3/6? Linen folding won't work. Let me know by tomorrow so I can answer Keystone.

Rosa Benitez
Workers' Compensation Coordinator
""", atts=[('msg', inner)])

plain('phi', 'care', 'Baptiste', EH, 'Nguyen, Tram <tnguyen2@rbmc.org>',
      'Return to work - Kendra Baptiste', D('2026-04-08 14:15'),
"""Tram,

Kendra Baptiste was seen in Employee Health today (4/8) for her return-to-work visit after
her absence from 3/23. We reviewed the note from her primary care office, her temperature
today was normal and she has no restrictions. She may return to 7 West starting with her
next scheduled shift.

Please do not ask Kendra for the details of her visit; if you have questions about her work
status call us directly.

Thank you,
Employee Health Services
Riverbend Medical Center - ext. 4-2271 - Fax 412-390-6617
""", cte='quoted-printable')

# ============================ PHI-NAMES ============================
plain('phi', 'names', 'Fenwick', FARAH, 'Amari, Denise <damari@rbmc.org>; Vance, Carol RN <cvance@rbmc.org>',
      'Fenwick, Gloria - BBF 3/11 5W', D('2026-03-11 23:48'),
"""Denise/Carol,

Heads up for the morning. She called the house sup around 2200, splash to the eyes while
suctioning a trach on 5W. Flushed at the eyewash station, went to the ED, they drew her
baseline and started the PEP starter pack pending the source labs. Source is in 5W-12, I
asked the charge RN to get consent for rapid HIV. She's off tomorrow and said she'd come
to you Friday.

Farah
""")

plain('phi', 'names', 'Szabo', 'Kowalczyk, Anna <akowalczyk@rbmc.org>', 'Benitez, Rosa <rbenitez@rbmc.org>',
      'Big Mike', D('2026-01-20 07:55'),
"""Rosa,

Just so you have it before the paperwork shows up: Big Mike from the dish room (Michael Szabo,
nights) slipped on the wet floor by the tray line around 3am. Latoya and I got him a chair. His
wife came and drove him to the urgent care on Route 8 where they did a CT of his head and kept
him a few hours. He texted me he's home and has a follow up with Dr. Feld on Thursday. Didn't
fill out the incident report yet, he will do it when he comes in.

Anna Kowalczyk
Food & Nutrition Services, night supervisor
""")

html('phi', 'names', 'Pruitt', TOM, 'Clinical Leadership 4W <4w-leaders@rbmc.org>',
     'Update: GI illness 4 West - staff', D('2026-02-09 12:30'),
"""<html><body style="font-family:Segoe UI;font-size:10.5pt">
<p>All,</p>
<p>Quick update after this morning's huddle with Sandra and Dr. Obi. We now have two <b>staff</b> who
fit the case definition. Janelle (Janelle Pruitt, RN, days) went home ill Saturday at 1300 and her
stool sample sent through Employee Health came back positive for norovirus this morning. The night
secretary Omar Haddad called out Sunday with the same symptoms; he has not been tested and we are
not going to chase that.</p>
<p>Both are excluded until 48 hours symptom free. Please have them check in with Employee Health by phone
before their next shift. Nikki and Paul from EVS will do the bleach clean of the break room at 1500.</p>
<p>Tom</p>
<p style="font-size:9pt;color:#666">Thomas Reilly, MPH, CIC<br>Manager, Infection Prevention</p>
</body></html>""")

plain('phi', 'names', 'Kessler', FARAH, 'Lim, Howard <hlim@rbmc.org>',
      'RE: annual TB', D('2026-05-14 10:02'),
"""Howard,

Understood. I'll start pulling the list for Dr. Kessler's contacts now - his clinic days were
Tues/Thurs in the Pulmonary clinic plus the ICU consults. Once you've seen his chest film and
confirmed there's nothing active, let me know and I'll decide whether we still need the expanded
testing. Until then I'm treating his converted QFT as a new latent result, nothing more, so we
don't scare the clinic staff.

Farah

> From: Lim, Howard
> Sent: Thursday, May 14, 2026 9:31 AM
> Subject: annual TB
>
> Farah - FYI Anand Kessler's annual QuantiFERON came back positive, last year negative.
> He's coming in at 1 for symptom review and I ordered a CXR. Please hold off on any
> announcements.
""")

plain('phi', 'names', 'Novak', HR, 'Jacobs, Terrence <tjacobs@rbmc.org>',
      "RE: Steph's leave", D('2026-06-02 09:44'),
"""Terrence,

Yes, Steph's FMLA is approved through 7/13. Her doctor's certification says she'll be out
after the hysterectomy for six weeks and then likely part time for two. Please don't put
her on the on-call rotation in July. I'll let you know when Employee Health clears her.

Melissa

Melissa Grant | HR Business Partner, Perioperative Services

From: Jacobs, Terrence
Sent: Monday, June 1, 2026 5:12 PM
To: Grant, Melissa
Subject: Steph's leave

Hi Melissa, Stephanie Novak in the OR said she put in her leave papers. Do you know how
long she'll be gone? I have to plan coverage for the ortho block.
""")

plain('phi', 'names', 'Oyelaran', 'Dana Whitfield <dwhitfield@hwu212.org>', HR,
      'Grievance 26-014 - Brother Oyelaran fitness for duty', D('2026-04-21 15:27'),
"""Ms. Grant,

I am writing on behalf of our member Raymond Oyelaran, Patient Care Technician on 2 East,
regarding the fitness-for-duty evaluation ordered by his manager on April 9.

Brother Oyelaran was sent to Employee Health after two late arrivals and was required to
give a urine drug screen and to see Dr. Lim. The screen was negative and Dr. Lim cleared him,
but he has been kept off the schedule for twelve days since and he has not been paid for that
time. Article 22.4 of the agreement says a referral for evaluation must be based on
observed behavior, not attendance.

We are asking for (1) back pay for the shifts missed since 4/9, (2) removal of the referral
from his file, (3) a Step 2 meeting within ten days.

In solidarity,
Dana Whitfield
Chief Steward, Healthcare Workers United Local 212
""")

plain('phi', 'names', 'Castellano', 'Shonda Greer <sgreer@rbmc.org>', 'House Supervisor <housesup@rbmc.org>',
      'is Deb ok??', D('2026-03-19 02:41'),
"""Deb Castellano left the floor after she got stuck with the insulin syringe in 8. Is she still down in the ED or did she go home?? I need to know if I'm getting someone for the rest of the night. I've got 6 pts by myself

Shonda
""")
# ============================ PHI-SELF ============================
plain('phi', 'self', 'Delacroix', 'Delacroix, Simone <sdelacroix@rbmc.org>', EH,
      'stuck tonight - what do I do next', D('2026-02-25 04:17'),
"""Hello,

I'm an RN on 6 North, employee ID 207733. Around 2:30 tonight I got stuck in the finger by the
lancet after a fingerstick glucose, it went through my glove. I washed it and told my charge
nurse (Amy) and went down to the ED like the poster says. They drew my blood and the patient's,
and the ED doctor said I didn't need any pills right now but to follow up with you. I'm off at
7:30 and can come in after that if you're open, or Friday.

Also do I need to fill out the Workers Comp form or is the online incident report enough?

Thank you,
Simone Delacroix
cell 412-806-3391
""")

plain('phi', 'self', 'Harrigan', 'Harrigan, Colleen <charrigan@rbmc.org>', EH,
      'Medical exemption request - flu vaccine', D('2026-09-29 12:10'),
"""To Employee Health,

I am requesting a medical exemption from this year's flu vaccine requirement. In 2019 I had a
reaction after the flu shot (hives and throat swelling, I was treated in the ED at St. Luke's
with epinephrine). My allergist, Dr. Renata Solis at Allegheny Allergy Associates, has filled
out your exemption form and I've attached a copy of her note.

I understand I'll need to wear a mask in patient areas during flu season. I work in Cardiac
Rehab, employee #140562.

Colleen Harrigan
""", atts=[('text', 'Solis_exemption_note.txt', 'plain',
"""ALLEGHENY ALLERGY ASSOCIATES
Renata Solis, MD

9/22/2026

Re: Colleen Harrigan   DOB 04/11/1981

Ms. Harrigan has been under my care since 2019 following an anaphylactic reaction within 30
minutes of inactivated influenza vaccine. Skin testing was not performed. In my opinion she
should not receive influenza vaccine at this time. Please grant a medical exemption for the
2026-2027 season.

Renata Solis, MD
""")])

plain('phi', 'self', 'Brennan', 'Kathleen Brennan <katbrennan77@yahoo.com>', EH,
      'Tom Brennan - radiology - sick', D('2026-01-08 06:05'),
"""Good morning,

I'm writing for my husband, Thomas Brennan, he is an x-ray tech in Radiology (day shift). He
has had a fever of 102 since last night and his home COVID test this morning was positive. He
can barely get out of bed so I'm sending this for him. His manager Gail already knows he's not
coming today. What do you need from us and when can he come back? Do we need a PCR test?

Kathleen Brennan
724-555-0148
""")

html('phi', 'self', 'Yusuf', 'MyRiverbend Portal <noreply@myriverbend.rbmc.org>', EH,
     'New portal message from: Yusuf, Amina (MRN 003318820)', D('2026-07-15 20:33'),
"""<html><body style="font-family:Arial;font-size:10pt;color:#222">
<div style="background:#0b4a6f;color:#fff;padding:8px"><b>MyRiverbend</b> &mdash; Patient Message</div>
<p><b>From:</b> Amina Yusuf<br><b>MRN:</b> 003318820<br><b>Regarding:</b> Records request</p>
<hr>
<p>Hi, I am leaving Riverbend at the end of August (I got a job at UPMC, sad to leave!) and the
new employer wants proof of my MMR, varicella and hepatitis B titers plus my last two TB tests.
I had all of those done in Employee Health when I was hired in 2022 and the TB every year. Can
you send them to me through the portal or can I pick up a printed copy? Thank you!!<br>
Amina, 3 East</p>
<hr>
<p style="font-size:8pt;color:#777">Reply in Epic In Basket. Do not reply to this e-mail.</p>
</body></html>""")

plain('phi', 'self', 'Moreau', 'Moreau, Jessica <jmoreau@rbmc.org>', IP,
      'measles exposure question - I am pregnant', D('2026-04-02 13:51'),
"""Hi,

I got the letter that I was in the ED when the measles patient was there on Monday night. I'm
22 weeks pregnant and I honestly can't remember if I had both MMR shots as a kid. My OB is
Dr. Vasquez at Magee. Do I need to stay home? Can you check if my titer from when I was hired
in 2020 is in the system? I was N95 fit tested but I don't think I was wearing one that night.

Please call me at 412-779-2034, I'm pretty scared.

Jessica Moreau, RN
Emergency Dept
""")

plain('phi', 'self', 'Pulaski', 'Donna Pulaski <dpulaski1964@gmail.com>', 'Benitez, Rosa <rbenitez@rbmc.org>',
      'WHY am I getting these bills', D('2026-05-06 21:18'),
"""Rosa,

I have now received THREE bills at my house from Three Rivers Physical Therapy for my shoulder
therapy, the latest one says $1,284.00 and is going to collections. This is a WORK injury. I
hurt my shoulder transferring a patient on 4 South in January and you told me Keystone accepted
the claim. Claim number is KM-26-0031177. I have been going twice a week like they told me.

I should not have to spend my evenings on the phone with billing offices after I got hurt
doing my job. Please fix this or tell me who I call. I'm cc'ing my union rep.

Donna Pulaski, CNA
""", cc='Dana Whitfield <dwhitfield@hwu212.org>', cte='quoted-printable')

plain('phi', 'self', 'Abara', 'Abara, Chinedu <cabara@rbmc.org>', EH,
      'Return to work paperwork', D('2026-03-27 08:20'),
"""Dear Employee Health team,

I am a pharmacist in inpatient pharmacy. I had my lumbar discectomy on 3/3 with Dr. Feinberg
and my post-op visit was yesterday. He has released me to return to work on 4/1 with no lifting
over 15 pounds for two more weeks. The note is attached. Can I bring the original to you on
Monday or is this copy OK? My manager Lisa Chu is waiting for your clearance.

Best regards,
Chinedu Abara, PharmD
""", atts=[('text', 'RTW_note_Abara.txt', 'plain',
"""TRI-STATE SPINE & ORTHOPEDICS
Date: 03/26/2026
Patient: Chinedu Abara
Procedure: L4-5 microdiscectomy 03/03/2026
May return to work: 04/01/2026
Restrictions: No lifting > 15 lb until 04/15/2026. May sit/stand as tolerated.
Follow up: 6 weeks
M. Feinberg, MD
""", 'base64')])
# ============================ PHI-LISTS ============================
plain('phi', 'lists', 'Gallagher', CAROL, 'Morrow, Beth <bmorrow@rbmc.org>',
      'Overdue annual TB - Surgical ICU', D('2026-03-16 09:05'),
"""Beth,

These SICU staff are past their annual TB screen. After 3/31 they get pulled from the schedule
per policy EH-07. Walk-ins are fine M-F 0700-1530.

Name                  EmpID   Role   Last screen   Method   Result
--------------------  ------  -----  ------------  -------  --------
Gallagher, Sean       203318  RN     02/11/2025    QFT      Neg
Tran, Mai             209074  RN     01/30/2025    TST      0 mm
Ibekwe, Chioma        211560  RT     02/02/2025    QFT      Neg
Rosario, Hector       198812  PCT    12/19/2024    TST      0 mm
Whelan, Margaret      180045  RN     02/27/2025    CXR      No change (hx +QFT)

Margaret just needs the symptom questionnaire, not a blood test.

Carol
""")

plain('phi', 'lists', 'Dunbar', 'Respiratory Protection <resp-program@rbmc.org>', 'Patel, Nikhil <npatel@rbmc.org>',
      'March fit test results - ED - needs follow up', D('2026-03-20 16:44'),
"""Nikhil,

Results from the ED fit test day (3/18). Everyone not listed passed on their current model.
These need action:

  * Kevin Dunbar, RN - failed 1860 and 1870+, passed Halyard 46727 small. Issued.
  * Grace Oduya, MD - could not complete, claustrophobia/anxiety with hood; Dr. Lim
    wants to see her before we try again. PAPR for now.
  * Luis Paredes, tech - beard. Told him shave or PAPR. He chose PAPR.
  * Hannah Liu, RN - medical questionnaire flagged (asthma meds), Dr. Lim reviewed 3/19,
    cleared, retest 3/25 at 1400.
  * Teresa Mulvaney, RN - on leave, reschedule when back.

Respiratory Protection Program
Employee Health Services
""")

tsv = ("Date\tName\tDept\tDevice\tBody site\tSource known\tSource status\tPEP\tFU due\n"
       "01/04/2026\tMarsh, Dylan\tOR\tSuture needle\tL index\tY\tHBV/HCV/HIV neg\tN\t--\n"
       "01/11/2026\tSantos, Leticia\tLab\tButterfly\tR thumb\tY\tHCV Ab pos\tN\t02/22 HCV RNA\n"
       "01/19/2026\tBryce, Owen\tEVS\tSharps box protruding\tR palm\tN\tunknown\tY (28d)\t02/16\n"
       "01/27/2026\tOkonkwo, Ifeoma\t5W\tSplash - eyes\tconj.\tY\tHIV pos (VL undet.)\tY (28d)\t02/24\n"
       "01/30/2026\tHale, Jordan\tCath lab\tScalpel\tL palm\tY\tall neg\tN\t--\n")
plain('phi', 'lists', 'Santos', DENISE, 'Reilly, Thomas <treilly@rbmc.org>',
      'Jan BBF log for the safety committee', D('2026-02-03 11:30'),
"""Tom, pasting January straight out of the log (sorry about the formatting). Names are in here so
please scrub before it goes on a slide.

""" + tsv + """
Two on PEP, both tolerating it. Leticia's follow up is the one to watch.
Denise
""")

html('phi', 'lists', 'Kaminski', FARAH, 'Sandoval, Rita <rsandoval@rbmc.org>',
     'Influenza cluster 5 East - staff line list (CONFIDENTIAL)', D('2026-01-14 17:20'),
"""<html><body style="font-family:Calibri;font-size:11pt">
<p>Rita,</p><p>Staff line list as of 1700. Patients are on the separate list in the IP share.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>#</th><th>Name</th><th>Role</th><th>Onset</th><th>Test</th><th>Result</th><th>Vaccinated</th><th>Off until</th></tr>
<tr><td>1</td><td>Kaminski, Joanna</td><td>RN</td><td>1/9</td><td>PCR (EH)</td><td>Flu A</td><td>Declined</td><td>1/15</td></tr>
<tr><td>2</td><td>Boateng, Kwame</td><td>PCT</td><td>1/10</td><td>PCR (UC)</td><td>Flu A</td><td>Yes 10/22</td><td>1/14</td></tr>
<tr><td>3</td><td>Fisher, Alyssa</td><td>RN</td><td>1/11</td><td>Rapid (home)</td><td>Neg</td><td>Yes 10/14</td><td>back</td></tr>
<tr><td>4</td><td>Ruiz, Marisol</td><td>Unit sec.</td><td>1/12</td><td>PCR (EH)</td><td>Flu A</td><td>Yes 11/02</td><td>1/17</td></tr>
</table>
<p>Joanna got oseltamivir from urgent care. The other two were offered it by Denise.</p>
<p>Farah Qureshi, RN, CIC<br>Infection Preventionist</p></body></html>""")

html('phi', 'lists', 'Vukovic', 'Flu Team <flucrew@rbmc.org>', 'Okoro, Adaeze <aokoro@rbmc.org>',
     'Med/Surg 3 - flu status, who is left', D('2026-11-20 10:15'),
"""<html><body style="font-family:Arial;font-size:10pt">
<p>Adaeze - your unit is at 91%. Remaining staff without a vaccine on file:</p>
<ul>
<li>Vukovic, Milan (RN) &ndash; medical exemption approved 10/30 (Guillain-Barr&eacute; history), masks thru March</li>
<li>Forde, Tamika (CNA) &ndash; religious exemption pending HR review</li>
<li>Sorensen, Erik (RN) &ndash; says he got it at CVS, needs to send the receipt</li>
<li>Achebe, Ngozi (RN) &ndash; on maternity leave, got Fluzone at OB office 10/8, record received today</li>
<li>Lindgren, Pat (Unit Sec) &ndash; no response</li>
</ul>
<p>Deadline is 12/1.</p></body></html>""")

plain('phi', 'lists', 'Mendel', FARAH, 'Lim, Howard <hlim@rbmc.org>; Amari, Denise <damari@rbmc.org>',
      'TB contact investigation - MICU - staff to test', D('2026-06-08 14:00'),
"""Index case is a MICU patient (room 14, admitted 5/30, airborne precautions not started until
6/3 when the AFB smear came back). Exposure window 5/30-6/3. These staff had >1 hr cumulative in
the room without an N95 per the badge data and charge nurse review. Baseline now, repeat 8-10 wks.

- Mendel, Aaron RN - baseline QFT drawn 6/8, pending
- Castillo, Ines RN - prior + QFT (2019), symptom screen only, done 6/8 negative
- Park, Jihoon MD (resident) - baseline 6/9
- Ferreira, Lucas RT - baseline 6/9
- Abdi, Hodan PCT - baseline drawn 6/8, pending
- Stroud, Ken (transport) - baseline 6/10

Repeat testing window: 7/29 - 8/12. I'll send the letters.
""")

csvdata = ("employee_id,last_name,first_name,dept,series_completed,anti_hbs_result,anti_hbs_date,plan\n"
           "204118,Whitcomb,Jenna,L&D,2,<10 mIU/mL,2026-03-10,HBsAg then counsel non-responder\n"
           "199342,Adeyemi,Tunde,Lab,2,<10 mIU/mL,2026-02-02,Heplisav x2\n"
           "210877,Marchetti,Gina,OR,1,6 mIU/mL,2026-02-19,complete 2nd series\n"
           "188210,Shore,Patricia,Dialysis,2,<10 mIU/mL,2025-12-01,non-responder; HBIG if exposed\n")
plain('phi', 'lists', 'Adeyemi', CAROL, 'Lim, Howard <hlim@rbmc.org>',
      'HBV non-responders for your review', D('2026-03-13 12:40'),
"""Dr. Lim - spreadsheet of the current hep B titer non-responders attached. Patricia is the one
I wanted to talk to you about, she is in Dialysis and is a confirmed non-responder.
Carol
""", atts=[('text', 'hbv_nonresponders_2026-03.csv', 'csv', csvdata)])
# ============================ PHI-STRUCT ============================
hl7a = ("MSH|^~\\&|SUNQUEST|RBMC_LAB|OCCUHEALTH|RBMC_EHS|202603041012||ORU^R01|LAB88213077|P|2.5.1\r"
        "PID|1||00412877^^^RBMC^MR~209951^^^RBMC_HR^EI||OKAFOR^TANYA^N||19960812|F|||1120 Carson St^^Pittsburgh^PA^15203||4125570921\r"
        "ORC|RE|EH260302-014|L2603020144||CM\r"
        "OBR|1|EH260302-014|L2603020144|QFTPL^QuantiFERON-TB Gold Plus^L|||202603020811|||||||||EH001^LIM^HOWARD^^^MD\r"
        "OBX|1|ST|QFTRES^QFT Interpretation^L||Negative||Negative||||F|||202603041005\r"
        "OBX|2|NM|QFTNIL^Nil^L||0.04|IU/mL|||||F\r"
        "OBX|3|NM|QFTTB1^TB1-Nil^L||0.01|IU/mL|<0.35||||F\r"
        "OBX|4|NM|QFTTB2^TB2-Nil^L||0.02|IU/mL|<0.35||||F\r"
        "OBX|5|NM|QFTMIT^Mitogen-Nil^L||>10.00|IU/mL|||||F\r")
plain('phi', 'struct', 'Okafor', 'Interface Monitor <cloverleaf-alerts@rbmc.org>', 'LIS Support <lis-support@rbmc.org>',
      '[ALERT] OCCUHEALTH outbound - NAK AE (3 retries) msg LAB88213077', D('2026-03-04 10:13'),
"""Cloverleaf site: rbmc_prod   Thread: ob_occuhealth_oru   Status: ERROR
Time: 2026-03-04 10:12:58
Reply from OCCUHEALTH: MSA|AE|LAB88213077|Employee ID 209951 not active in employee master

Message in error queue follows:
""" + hl7a.replace('\r', '\n') + """
Action: resend after HR feed updates, or correct PID-3 EI and resend.
""")

x12 = ("ISA*00*          *00*          *ZZ*RBMCOCCMED     *ZZ*KEYSTONEMUT    *260309*1422*^*00501*000000417*0*P*:~"
       "GS*HC*RBMCOCCMED*KEYSTONEMUT*20260309*1422*417*X*005010X222A1~"
       "ST*837*0001*005010X222A1~"
       "BHT*0019*00*WC260309A*20260309*1422*CH~"
       "NM1*41*2*RIVERBEND MEDICAL CENTER OCC MED*****46*251188430~"
       "NM1*40*2*KEYSTONE MUTUAL*****46*KM001~"
       "HL*1**20*1~NM1*85*2*RIVERBEND MEDICAL CENTER*****XX*1346627781~"
       "N3*400 RIVERBEND PKWY~N4*PITTSBURGH*PA*15222~REF*EI*251188430~"
       "HL*2*1*22*0~SBR*P*20*RIVERBEND MEDICAL CENTER******WC~"
       "NM1*IL*1*PULASKI*DONNA*M***MI*KM260031177~N3*88 ORCHARD LN~N4*MCKEES ROCKS*PA*15136~"
       "DMG*D8*19640703*F~REF*Y4*KM-26-0031177~"
       "NM1*PR*2*KEYSTONE MUTUAL*****PI*KM001~"
       "CLM*WC26030901*412.00***11:B:1*Y*A*Y*Y*EM~DTP*439*D8*20260114~"
       "HI*ABK:S43421A~"
       "LX*1~SV1*HC:97110:GP*186.00*UN*2***1~DTP*472*D8*20260305~"
       "LX*2~SV1*HC:97140:GP*124.00*UN*1***1~DTP*472*D8*20260305~"
       "LX*3~SV1*HC:97530:GP*102.00*UN*1***1~DTP*472*D8*20260305~"
       "SE*24*0001~GE*1*417~IEA*1*000000417~")
plain('phi', 'struct', 'Pulaski', 'Revenue Cycle - Occ Med <occmed-billing@rbmc.org>', 'Benitez, Rosa <rbenitez@rbmc.org>',
      'Rejected 837 for WC claim - need claim # confirmed', D('2026-03-10 09:02'),
"""Rosa,

Keystone rejected this batch with 999 error IK4*3 on the REF*Y4. Can you confirm the claim number
they have for Donna? File we sent is attached as it went out.

Thx
Arlene
Occ Med billing
""", atts=[('bin', 'WC260309A.x12', 'application', 'octet-stream', x12.encode('ascii'))])

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "emp-211904",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7741.1", "value": "211904"},
          {"system": "https://rbmc.org/fhir/mrn", "value": "00988412"}
        ],
        "name": [{"family": "Sokolova", "given": ["Irina", "V"]}],
        "birthDate": "1988-02-17",
        "gender": "female"
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "id": "imm-55102",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
        "patient": {"reference": "Patient/emp-211904"},
        "occurrenceDateTime": "2026-02-20T09:14:00-05:00",
        "lotNumber": "Y017822",
        "site": {"text": "left arm"},
        "performer": [{"actor": {"display": "Employee Health Services, RBMC"}}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-rubella-igg",
        "status": "final",
        "code": {"text": "Rubella IgG"},
        "subject": {"reference": "Patient/emp-211904"},
        "effectiveDateTime": "2026-01-28",
        "valueString": "Non-immune (<5 IU/mL)"
      }
    }
  ]
}
"""
plain('phi', 'struct', 'Sokolova', 'Jared Blum <jblum@rbmc.org>', 'Integration Team <integration@rbmc.org>',
      'PA-SIIS submission sample that failed validation', D('2026-02-23 14:50'),
"""Team - the state registry bounced this one (immunization.site needs a coded value, not text).
Attaching the bundle exactly as Employee Health's system produced it. Please don't forward outside
the team, it's a real employee.

Jared
""", atts=[('bin', 'bundle_emp-211904.json', 'application', 'json', fhir.encode('utf-8'))])

csvx = ("Export: OccuTrak Case Summary  |  Run by: bkessel  |  2026-05-01 07:00\n"
        "CaseID,EmpID,Employee,DOB,Dept,CaseType,OpenDate,Status,LastVisit,NextVisit,WorkStatus\n"
        "WC-26-0112,213370,\"Greaves, Tonya\",1979-09-02,4S,Back strain lifting,2026-03-28,Open,2026-04-27,2026-05-11,Modified\n"
        "WC-26-0119,176654,\"Albright, Henry\",1968-12-15,Maint,Laceration L forearm,2026-04-02,Open,2026-04-16,2026-05-04,Full duty\n"
        "BBF-26-0041,220118,\"Nakamura, Ken\",1994-06-30,OR,Needlestick,2026-04-09,Open,2026-04-09,2026-05-21,Full duty\n"
        "FFD-26-0007,190332,\"Lindahl, Greta\",1985-01-19,Pharm,Fitness for duty,2026-04-20,Open,2026-04-24,2026-05-08,Off work\n")
plain('phi', 'struct', 'Greaves', 'Kessel, Barbara <bkessel@rbmc.org>', 'Grant, Melissa <mgrant@rbmc.org>',
      'open EH cases export', D('2026-05-01 07:12'),
"""Melissa, here's the open case export you asked for for the staffing meeting. Only the work status
column should go to the managers.
Barb
""", atts=[('bin', 'occutrak_open_cases_20260501.csv', 'application', 'octet-stream', csvx.encode('utf-8'))])

plain('phi', 'struct', 'Kilbride', 'RightFax <fax@rbmc.org>', EH,
      'Fax received from 4128837702 (3 pages)', D('2026-04-13 11:47'),
"""*** INBOUND FAX - RightFax Server RBMC-FAX02 ***
Received: 04/13/2026 11:46   Pages: 3   CSID: MEDEXPRESS SOUTHSIDE

=============== FAX COVER SHEET ===============
MedExpress Urgent Care - South Side
2203 E Carson St, Pittsburgh PA 15203
Phone 412-883-7700  Fax 412-883-7702

TO: Riverbend Medical Center - Employee Health
FAX: 412-390-6617
FROM: Front desk / Workers Comp
DATE: 4/13/26
RE: Patient: KILBRIDE, ROBERT   DOB 11/22/1971
    Employer: Riverbend Medical Center (Security)
    WC visit 4/12/26 - human bite R hand, wound irrigated, Tdap given,
    amoxicillin-clavulanate x 5 days, recheck 4/14

Pages: Visit note, work status (modified - no restraint duty), Rx copy

CONFIDENTIALITY: The documents accompanying this facsimile contain
health information that is legally privileged. If you received this
in error, notify us immediately at 412-883-7700.
================================================
[pages 2-3 attached as image: FAX_20260413_114611.tif - not converted]
""")

plain('phi', 'struct', 'Oduya', 'LIS Support <lis-support@rbmc.org>', 'Vance, Carol RN <cvance@rbmc.org>',
      'RE: EH results not crossing - ticket INC0488120', D('2026-03-24 15:33'),
"""Carol,

Found it. The order was placed under her HR ID instead of her MRN, so the result filed to the
unmatched queue. Here's what's sitting there; once you confirm it's the right person I'll re-file
it to MRN 00733190.

MSH|^~\\&|SUNQUEST|RBMC_LAB|EPIC|RBMC|202603231802||ORU^R01|LAB88290412|P|2.3
PID|1||215509^^^RBMC_HR^EI||ODUYA^GRACE^A||19900405|F
OBR|1||L2603230551|HBSAB^Hep B Surface Ab Quant^L|||202603230640
OBX|1|NM|HBSAB^Hep B Surface Ab^L||>1000|mIU/mL|>=10|N|||F
OBR|2||L2603230552|VZVG^Varicella IgG^L|||202603230640
OBX|1|ST|VZVG^Varicella IgG^L||Positive|||N|||F
NTE|1||Employee Health pre-placement

Mark Tibbs
Lab Information Systems

-----Original Message-----
From: Vance, Carol RN
Sent: Tuesday, March 24, 2026 8:02 AM
To: LIS Support
Subject: EH results not crossing - ticket INC0488120

Dr. Oduya's titers from yesterday never showed up in Epic. Can someone look?
""")

ccd = """<html><head><meta charset="utf-8"><title>Continuity of Care Document</title></head><body>
<h2>Immunizations</h2>
<p><b>Patient:</b> Haruto Ishikawa &nbsp; <b>DOB:</b> 1992-08-09 &nbsp; <b>MRN:</b> 01122049</p>
<table border="1" cellpadding="3">
<thead><tr><th>Vaccine</th><th>Date</th><th>Status</th><th>Lot</th><th>Provider</th></tr></thead>
<tbody>
<tr><td>Tdap (Boostrix)</td><td>2021-06-14</td><td>Completed</td><td>3H92K</td><td>UPMC Occupational Health</td></tr>
<tr><td>Hepatitis B (Engerix-B) dose 1</td><td>2014-09-02</td><td>Completed</td><td>AHBVB774</td><td>Univ. Student Health</td></tr>
<tr><td>Hepatitis B (Engerix-B) dose 2</td><td>2014-10-06</td><td>Completed</td><td>AHBVB774</td><td>Univ. Student Health</td></tr>
<tr><td>Hepatitis B (Engerix-B) dose 3</td><td>2015-03-09</td><td>Completed</td><td>AHBVB801</td><td>Univ. Student Health</td></tr>
<tr><td>Influenza, quadrivalent</td><td>2025-10-03</td><td>Completed</td><td>UJ814AA</td><td>UPMC Occupational Health</td></tr>
</tbody></table>
<h2>Results</h2>
<table border="1" cellpadding="3"><tr><th>Test</th><th>Date</th><th>Value</th></tr>
<tr><td>QuantiFERON-TB Gold Plus</td><td>2025-10-03</td><td>Negative</td></tr></table>
<p style="font-size:8pt">Generated by Epic Care Everywhere 2026-01-05 10:22</p>
</body></html>"""
plain('phi', 'struct', 'Ishikawa', DENISE, 'Vance, Carol RN <cvance@rbmc.org>',
      'FW: outside records for new hire', D('2026-01-05 10:40'),
"""Carol - Care Everywhere pulled his outside immunizations so he doesn't need to repeat the hep B
series. Can you enter these into OccuTrak and mark him complete? Attached as it printed.
""", atts=[('text', 'CCD_Ishikawa_immunizations.html', 'html', ccd)])

x835 = ("ISA*00*          *00*          *ZZ*KEYSTONEMUT    *ZZ*RBMCOCCMED     *260418*0610*^*00501*000000981*0*P*:~\n"
        "GS*HP*KEYSTONEMUT*RBMCOCCMED*20260418*0610*981*X*005010X221A1~\n"
        "ST*835*0001~\n"
        "BPR*I*1048.36*C*ACH*CCP*01*043000096*DA*1029384756*1234567890**01*043318092*DA*7788990011*20260420~\n"
        "TRN*1*EFT88120377*1234567890~\n"
        "N1*PR*KEYSTONE MUTUAL~\n"
        "N1*PE*RIVERBEND MEDICAL CENTER*XX*1346627781~\n"
        "LX*1~\n"
        "CLP*WC26031602*1*1240.00*1048.36**WC*KM2604180044*11*1~\n"
        "NM1*QC*1*GREAVES*TONYA****MI*KM260011290~\n"
        "REF*Y4*KM-26-0011290~\n"
        "DTM*232*20260328~\n"
        "SVC*HC:72100*310.00*262.12**1~\n"
        "CAS*CO*45*47.88~\n"
        "SVC*HC:99204*930.00*786.24**1~\n"
        "CAS*CO*45*143.76~\n"
        "SE*16*0001~\nGE*1*981~\nIEA*1*000000981~\n")
plain('phi', 'struct', 'Greaves', 'Revenue Cycle - Occ Med <occmed-billing@rbmc.org>', 'Payment Posting <cashposting@rbmc.org>',
      'Keystone ERA 4/18 - manual post', D('2026-04-20 08:15'),
"""Auto-post choked on this ERA (fee schedule adjustment code). Zipped 835 attached, please post
manually to the WC account.
Arlene
""", atts=[('zip', 'KM_ERA_20260418.zip', [('KM_ERA_20260418.835', x835)])])
# ============================ PHI-IDS ============================
plain('phi', 'ids', '', DENISE, 'Vance, Carol RN <cvance@rbmc.org>',
      'EE# 204418', D('2026-04-17 15:58'),
"""EE# 204418 - BBF 3/9. Source neg x3, 6wk HCV RNA not detected today. OK to close per Lim.
""")

plain('phi', 'ids', '', 'Brian Hollis <bhollis@keystonemutual.com>', 'Benitez, Rosa <rbenitez@rbmc.org>',
      'KM-26-0011290 / DOB 09/02/1979', D('2026-05-07 10:21'),
"""Rosa,

PT authorization update on the above: visits 7-12 approved, 5/11 through 6/19. Lumbar MRI
still pending UR decision. IME is set for 5/28 0900 with Dr. Castellanos.

Brian Hollis | Senior Adjuster | Keystone Mutual
""")

plain('phi', 'ids', '', CAROL, 'Lab Outreach <lab-outreach@rbmc.org>',
      'add-on please', D('2026-03-13 07:31'),
"""Pls add HBsAg to accession L2603120118 (MRN 00871245, drawn 3/12 0702 in EH). Still in the fridge per Tina.
Thx Carol x4-2271
""")

plain('phi', 'ids', '', 'RiverCare Health Plan - Employee Benefits <benefits-claims@rivercarehp.com>',
      'Employee Health <employeehealth@rbmc.org>',
      'Coordination of benefits request - member RCH0047781902', D('2026-05-12 13:05'),
"""RiverCare Health Plan
Claims Coordination Unit

Member ID: RCH0047781902 (subscriber, group 7002 RBMC EMPLOYEES)
Date of service: 04/02/2026
Provider: Riverbend Medical Center Emergency Dept
Billed: $2,918.40   CPT 99284, 36415, 87389, 86803, 86706

Our records show this visit may be related to an occupational exposure. Please confirm whether
this claim should be submitted to the workers' compensation carrier. Reply with the WC claim
number or a signed statement that the service is not work-related within 30 days.

Reference: COB-26-118830
""")

plain('phi', 'ids', '', 'Hollis, Brian <bhollis@keystonemutual.com>', 'Lim, Howard <hlim@rbmc.org>',
      'RE: 88-31442-07', D('2026-02-03 16:40'),
"""Dr. Lim - thank you. Claimant DOB 3/3/1986. With your MMI date of 1/30 and the 5% impairment
rating we'll close medicals after the final ortho visit 2/12.
BH

> On Feb 3, 2026, at 2:11 PM, Howard Lim wrote:
> Re 88-31442-07: seen 1/30. Full ROM, strength 5/5, at MMI. Full duty without restriction.
> Final impairment rating letter attached to the portal.
""")

plain('phi', 'ids', '', 'Flu Team <flucrew@rbmc.org>', 'Occupational Health Data <ohdata@rbmc.org>',
      'late entries 10/14 pop-up', D('2026-10-15 08:00'),
"""Paper forms from the cafeteria station that didn't scan. Please key:

EID 33187  acct 7719023   10/14 1120  Flucelvax  LD  lot AU7741C  JM
EID 210455 acct 7720418   10/14 1131  Flucelvax  RD  lot AU7741C  JM
EID 118870 acct 7718642   10/14 1140  Flublok    LD  lot FB26-312 JM  (egg allergy per form)
EID 207733 acct 7721105   10/14 1152  DECLINED - form signed
""")

plain('phi', 'ids', '', 'Pruitt-Lowe, Andrea <apruittlowe@rbmc.org>', 'Respiratory Protection <resp-program@rbmc.org>',
      'med eval', D('2026-08-26 12:22'),
"""SSN xxx-xx-4471, DOB 12/08/1975, EVS - respirator med eval reviewed, approved for N95 w/o restrictions. ok to fit test.
""")

# ============================ PHI-LANG ============================
plain('phi', 'lang', 'Cardona', 'Cardona, Maribel <mcardona@rbmc.org>', EH,
      'Pinchazo con aguja en el 4 Sur', D('2026-03-03 06:48'),
"""Buenos días,

Me llamo Maribel Cardona, trabajo en limpieza (EVS) turno de noche, número de empleada 214460.
Anoche como a las 3 me pinché la mano con una aguja que estaba en la bolsa de basura en el cuarto
412 del 4 Sur. Le avisé a mi supervisora Anna y fui a Emergencias. Me sacaron sangre y me dieron
unas pastillas por 3 días hasta que salgan los resultados. La doctora dijo que tengo que venir a
ustedes hoy o mañana. ¿A qué hora puedo ir? Salgo a las 7:30.

Mi hija me ayudó a escribir esto. Gracias.
Maribel
""", charset='iso-8859-1')

plain('phi', 'lang', 'Trinh', 'Trinh Thi Lan <lan.trinh@rbmc.org>', 'Vance, Carol RN <cvance@rbmc.org>',
      'Về kết quả chụp X-quang phổi', D('2026-03-18 14:30'),
"""Chào chị Carol,

Em là Trịnh Thị Lan, làm ở phòng xét nghiệm (Lab), mã nhân viên 208813. Tuần trước chị nói xét
nghiệm QuantiFERON của em dương tính nên em phải chụp X-quang phổi. Em đã chụp hôm thứ Hai
16/3 rồi. Chị cho em biết kết quả được không ạ? Em có cần uống thuốc không? Em hơi lo vì hồi nhỏ
ở Việt Nam em có tiêm BCG.

Cảm ơn chị nhiều.
Lan
""", cte='base64')

plain('phi', 'lang', 'Joseph', 'Roselande Joseph <rjoseph@rbmc.org>', 'Lapointe, Gail <glapointe@rbmc.org>',
      'mwen pap ka vini jodi a', D('2026-02-11 05:12'),
"""Bonjou Gail,

Se Roselande Joseph, CNA 3 West. Mwen malad depi yè swa, mwen gen lafyèv ak vomisman, mwen
pa ka vini travay jodi a. Mwen te fè tès COVID lakay la e li negatif. M ap rele Employee Health
pou m konnen kilè m ka retounen. Tanpri di m si m bezwen nòt doktè.

Mèsi anpil,
Roselande
""")

plain('phi', 'lang', 'Dizon', 'Dizon, Maricel <mdizon@rbmc.org>', 'Respiratory Protection <resp-program@rbmc.org>',
      'fit test re-sched po', D('2026-05-19 10:05'),
"""Hi po,

Si Maricel Dizon po ito from PACU. Pwede po bang i-move yung fit test ko sa next month? I'm
currently 30 weeks pregnant na po and my OB (Dr. Agbayani) said medyo hirap na ako huminga
with the N95 for long periods. May note po siya, I can bring it. Pwede po ba muna ako sa PAPR
or sa non-COVID rooms muna habang wala pa?

Salamat po,
Maricel
""")

plain('phi', 'lang', 'Rocha', 'Rocha, Fernanda <frocha@rbmc.org>', EH,
      'Retorno ao trabalho após cirurgia', D('2026-06-22 09:40'),
"""Bom dia,

Sou a Fernanda Rocha, técnica de radiologia, matrícula 201387. Fiz a cirurgia da vesícula
(colecistectomia por laparoscopia) no dia 5 de junho no Allegheny General e o cirurgião, Dr.
Whitaker, me liberou para voltar ao trabalho no dia 29/06 sem restrições. Anexei a carta dele.
Preciso marcar uma consulta com vocês antes de voltar ou basta enviar a carta?

Obrigada,
Fernanda
""", charset='windows-1252', cte='quoted-printable')

plain('phi', 'lang', 'Belova', 'Белова Ольга <obelova@rbmc.org>', EH,
      'Справка о прививках', D('2026-08-04 11:15'),
"""Здравствуйте!

Меня зовут Ольга Белова, я медсестра в отделении диализа (табельный номер 195520).
Мне нужна копия моих прививок: корь/краснуха/паротит и гепатит B, а также результат
последнего теста на туберкулёз (QuantiFERON от февраля 2026). Я поступаю на курсы в
колледж, и они требуют эти документы до 15 августа.

Можно ли отправить их мне на почту или нужно прийти лично?

Спасибо,
Ольга Белова
""", charset='koi8-r')

plain('phi', 'lang', 'Nowak', 'Nowak, Tomasz <tnowak@rbmc.org>', 'Benitez, Rosa <rbenitez@rbmc.org>',
      'Wypadek przy pracy - kręgosłup / back injury', D('2026-02-26 16:02'),
"""Pani Roso,

(sorry, my English not so good, my cousin translate below)

W poniedziałek 23.02 podnosiłem skrzynię z materiałami w magazynie centralnym i poczułem ból
w plecach. Byłem w pogotowiu (urgent care na McKnight Rd), zrobili rentgen i dali leki
przeciwbólowe i zwolnienie na 5 dni. Jutro mam wizytę kontrolną. Co muszę wypełnić dla
odszkodowania (workers comp)?

Monday 2/23 I lift the box in central supply and my back hurt. I go to urgent care McKnight,
they do x-ray, give pain medicine and 5 days off. Tomorrow is follow up visit. What I must
fill for workers comp?

Tomasz Nowak
Central Supply, ID 216034
""", charset='iso-8859-2')

plain('phi', 'lang', 'Chen', 'Chen Xiaoyu <xchen3@rbmc.org>', 'Flu Team <flucrew@rbmc.org>',
      '流感疫苗豁免申请 / flu vaccine exemption', D('2026-10-06 22:40'),
"""您好，

我是陈晓雨，6楼心脏科的护士（员工号 212299）。去年10月打完流感疫苗以后，我出现了格林-巴利
综合征，在匹兹堡大学医院住院了两周，现在还在做康复治疗。我的神经科医生 Dr. Hartman 建议我
今年不要再打流感疫苗。我已经填好了医学豁免表格，附上医生的证明。

Sorry for writing in Chinese, my English writing is slow. I am requesting medical exemption for
flu vaccine, my neurologist letter is attached to the form in the portal.

谢谢！
晓雨
""")
# ============================ CLEAN-STAFF ============================
plain('clean', 'staff', '', TOM, 'IP Team <ip-team@rbmc.org>',
      'hand hygiene audit assignments - April', D('2026-03-27 14:10'),
"""Team,

April secret-shopper assignments. 30 observations per unit, mix of shifts, at least 5 on
weekends. Enter them in the iPad app the same day please; last month we had 140 observations
entered a week late and the dashboard looked like a cliff.

Farah - 4W, 5W, 5E, MICU
Jun - 6N, 7W, L&D, Mother/Baby
Priscilla - ED, PACU, SICU, 3S
Me - clinics and the cath lab

Reminder: glove use without hand hygiene before = miss. No arguing with the managers about it.

Tom
""")

plain('clean', 'staff', '', 'Amari, Denise <damari@rbmc.org>', 'Vance, Carol RN <cvance@rbmc.org>',
      'swap?', D('2026-04-29 12:03'),
"""Can you take my Thursday walk-in clinic 5/7? I'll cover your Saturday flu makeup on 5/16 (ha, no flu in May, I mean the TB make-up day). Lmk
""")

plain('clean', 'staff', '', 'Greer, Shonda <sgreer@rbmc.org>', 'Morrow, Beth <bmorrow@rbmc.org>',
      'exposure process feedback', D('2026-03-22 10:40'),
"""Beth,

Not about anybody in particular, just feedback from nights. When one of our nurses had a
needlestick this week the process itself went OK but it took 40 minutes to find someone in the
ED who knew where the PEP starter kits are kept, and the house sup had to call pharmacy. The
poster on the unit still says to call the old Employee Health pager number too.

Could you bring it up at the managers meeting? Would be nice if the kit location was on the
poster.

Thanks,
Shonda
""")

plain('clean', 'staff', '', 'Ferreira, Lucas <lferreira@rbmc.org>', 'Respiratory Therapy Staff <rt-all@rbmc.org>',
      'N95 small sizes on nights', D('2026-01-22 03:15'),
"""Heads up night crew - the Halyard smalls are out in the MICU and 5W Pyxis again. Central
supply says the next delivery is Monday. There's a box in the RT office on the top shelf, take
what you need and write it on the sheet so we can show materials management how many we actually
use. Do NOT use the 1860s if you failed on them, go get a PAPR.
""")

html('clean', 'staff', '', 'Vance, Carol RN <cvance@rbmc.org>', 'Employee Health Staff <eh-staff@rbmc.org>',
     'Potluck Friday + who has the good stapler', D('2026-05-13 11:11'),
"""<html><body style="font-family:Comic Sans MS,Calibri;font-size:11pt">
<p>Hi all!!</p>
<p>Friday is Denise's last day before her leave so we're doing a potluck in the break room at noon. I'm bringing
the buffalo chicken dip. Please sign up on the sheet on the fridge so we don't get five bags of chips again.</p>
<p>Also whoever borrowed the good stapler from the front desk, it misses you.</p>
<p>&#127881; Carol</p>
</body></html>""")

plain('clean', 'staff', '', 'Lim, Howard <hlim@rbmc.org>', 'Qureshi, Farah <fqureshi@rbmc.org>',
      'RE: QFT indeterminates', D('2026-02-17 09:20'),
"""Farah,

I looked at it. We had 11 indeterminate QFTs out of about 380 draws in January, almost all low
mitogen, and 9 of the 11 were drawn on Fridays and sat in the courier bin over the weekend. I
don't think it's the employees, I think it's the tubes. Let's stop drawing QFTs after noon on
Fridays and I'll talk to the lab about incubation.

Howard

> Farah Qureshi wrote:
> Are we seeing more indeterminates than last year or is it just me? Feels like I'm repeating
> a lot of them.
""")

plain('clean', 'staff', '', 'Patel, Nikhil <npatel@rbmc.org>', 'ED Nursing <ed-nursing@rbmc.org>',
      'Measles exposure - ED staff', D('2026-04-01 18:30'),
"""ED team,

As most of you have heard, we had a patient with confirmed measles in the department Monday
night between roughly 1900 and 0130. Infection Prevention is going through the badge data and
will contact everyone who was in the department during that window. If you get a letter, please
do what it says, most of you will just need your MMR/titer confirmed and that's it. If you are
pregnant or immunocompromised, call Employee Health directly.

Please don't discuss the patient on social media or at the nurses' station.

Nikhil Patel, MSN, RN
ED Nurse Manager
""")

# ============================ CLEAN-ADMIN ============================
html('clean', 'admin', '', IP, 'Nursing Leadership <nursing-leaders@rbmc.org>',
     'Q1 hand hygiene compliance by unit', D('2026-04-07 09:00'),
"""<html><head><style>td,th{border:1px solid #aaa;padding:3px 8px;font-family:Calibri;font-size:10pt}</style></head><body>
<p style="font-family:Calibri">Q1 2026 hand hygiene results (direct observation). Target 90%.</p>
<table style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Unit</th><th>Observations</th><th>Compliant</th><th>Rate</th></tr>
<tr><td>3 South</td><td>96</td><td>89</td><td>92.7%</td></tr>
<tr><td>4 West</td><td>102</td><td>84</td><td>82.4%</td></tr>
<tr><td>5 East</td><td>90</td><td>81</td><td>90.0%</td></tr>
<tr><td>6 North</td><td>94</td><td>91</td><td>96.8%</td></tr>
<tr><td>ED</td><td>140</td><td>113</td><td>80.7%</td></tr>
<tr><td>MICU</td><td>91</td><td>85</td><td>93.4%</td></tr>
<tr><td>SICU</td><td>88</td><td>80</td><td>90.9%</td></tr>
<tr><td><b>Hospital</b></td><td><b>701</b></td><td><b>623</b></td><td><b>88.9%</b></td></tr>
</table>
<p style="font-family:Calibri">4 West and ED will get a focused review in May. Questions to Tom Reilly, ext. 4-3390.</p>
<p style="font-family:Calibri;font-size:8pt;color:#777">""" + DISC + """</p>
</body></html>""")

html('clean', 'admin', '', 'Communications <news@rbmc.org>', 'All Staff <allstaff@rbmc.org>',
     'Flu Fighters 2026: get your shot, get your sticker', D('2026-09-28 07:00'),
"""<html><body style="font-family:Arial;font-size:11pt;max-width:640px">
<div style="background:#c8102e;color:white;padding:12px;font-size:18pt"><b>FLU FIGHTERS 2026</b></div>
<p>Our annual influenza vaccination campaign starts <b>Monday, October 5</b>. Vaccination is a condition of
employment for all staff, students, volunteers and contractors. Deadline: <b>December 1</b>.</p>
<ul><li>Cafeteria pop-up: Oct 5&ndash;16, 0630&ndash;1900</li>
<li>Night shift rounds by the Flu Crew cart: Oct 6, 8, 13, 15 (2300&ndash;0300)</li>
<li>Employee Health walk-in: M&ndash;F 0700&ndash;1530</li></ul>
<p>Got your shot elsewhere? Upload proof in the OccuTrak app. Requesting a medical or religious exemption? Forms are on
the intranet under Employee Health &gt; Forms. Exempt staff wear a mask in patient care areas through March 31.</p>
<p>Units that hit 100% by Nov 1 win a breakfast from the Executive team!</p>
</body></html>""", text="""FLU FIGHTERS 2026
Our annual influenza vaccination campaign starts Monday, October 5. Deadline December 1.
Cafeteria pop-up Oct 5-16; night rounds Oct 6, 8, 13, 15; Employee Health walk-in M-F 0700-1530.
Exemption forms on the intranet. Units at 100% by Nov 1 win breakfast.""")

plain('clean', 'admin', '', 'Policy Office <policy@rbmc.org>', 'All Managers <managers@rbmc.org>',
      'Policy update: EH-12 Influenza Vaccination and Declination (rev. 2026)', D('2026-08-31 12:00'),
"""Managers,

The revised policy EH-12 "Influenza Vaccination and Declination" was approved by the Medical
Executive Committee on August 24 and takes effect September 15, 2026. Changes:

1. Declinations are no longer accepted without a medical or religious exemption.
2. Medical exemptions require a signed form from a licensed provider; Employee Health reviews
   them within 10 business days. Managers will only be told "approved" or "denied".
3. Staff with an approved exemption must mask in patient care areas Oct 1 - Mar 31.
4. Non-compliance after December 1: removal from schedule, then progressive discipline per HR-40.

Full text: PolicyStat > Employee Health > EH-12. Please review with your staff at the next huddle.

Policy Office
""")

plain('clean', 'admin', '', 'Respiratory Protection <resp-program@rbmc.org>', 'Nursing Leadership <nursing-leaders@rbmc.org>',
      'Annual fit test schedule - Q2', D('2026-03-30 08:30'),
"""Q2 annual fit testing. Staff should come to the session for their unit; makeups are Wednesdays
1300-1500 in Pavilion B room 014. Bring your badge and wear your respirator model if you have one.
Please no eating, drinking, gum or smoking 30 minutes before (affects the Bitrex taste test).

Unit          Date        Time        Location
------------  ----------  ----------  ----------------------
ED            Apr 8       0700-1100   ED conference room
MICU/SICU     Apr 14      0630-1030   ICU family lounge
4W/5W/5E      Apr 21      0700-1200   5th floor classroom
6N/7W         Apr 28      0700-1100   7W conference room
Resp Therapy  May 5       0600-0900   RT office
L&D/PACU/OR   May 12      0630-1030   OR lounge
Night shift   May 13      2300-0200   Pavilion B 014

Questions: resp-program@rbmc.org
""")

plain('clean', 'admin', '', 'Benitez, Rosa <rbenitez@rbmc.org>', 'Safety Committee <safety-committee@rbmc.org>',
      'OSHA 300A summary 2025 - for posting Feb 1', D('2026-01-26 13:15'),
"""Committee,

Here is the 2025 OSHA 300A summary for posting in the usual places Feb 1 - Apr 30. The 300 log
itself stays with me; privacy-case entries are already marked.

Total recordable cases:          87
Cases with days away from work:  21  (total days away: 412)
Job transfer/restriction cases:  34  (total days: 608)
Other recordable cases:          32
Injury types: injuries 79, skin disorders 2, respiratory conditions 4, other illnesses 2
Sharps injuries (from sharps log): 46, down from 58 in 2024
Annual average employees: 3,912    Total hours worked: 7,481,220

Top causes: patient handling (29), slips/trips (17), sharps (counted separately), workplace violence (9).

Rosa Benitez
Workers' Compensation Coordinator
""")

plain('clean', 'admin', '', 'Whitfield, Dana <dwhitfield@hwu212.org>', 'Grant, Melissa <mgrant@rbmc.org>',
      'Labor-management meeting agenda 4/30', D('2026-04-23 17:02'),
"""Melissa,

Proposed agenda for the 4/30 labor-management meeting:

1. Flu policy EH-12 revision - union wants to bargain the discipline piece before September
2. Fit test makeups for night shift (members are coming in on days off, want pay)
3. Safe patient handling: lift equipment on 4 South, status of the ceiling lifts
4. Workplace violence reporting in the ED
5. Employee Health hours - request for one evening walk-in per week

No individual grievances on this one, we'll do those separately.

Dana Whitfield
Chief Steward, HWU Local 212
""")

html('clean', 'admin', '', 'Reilly, Thomas <treilly@rbmc.org>', 'Infection Control Committee <icc@rbmc.org>',
     'ICC minutes draft - March', D('2026-03-26 16:20'),
"""<html><body style="font-family:Calibri;font-size:11pt">
<p><b>Infection Control Committee &ndash; DRAFT minutes, 3/25/2026</b></p>
<p>Present: Reilly, Qureshi, Lim, Obi, Sandoval, Patel, Morrow, Kessel (EH data)</p>
<ol>
<li><b>Norovirus, 4 West (Feb):</b> 9 patients and 6 staff met case definition over 12 days; unit closed to admissions 2/10&ndash;2/14. Outbreak declared over 3/2. Lessons learned: delayed reporting of staff GI illness; break room shared food.</li>
<li><b>Employee TB screening:</b> 96.1% compliant at 3/1. Conversion rate 0.4% (3 of 742), all evaluated, none active.</li>
<li><b>BBF exposures:</b> 11 in Jan&ndash;Feb; 7 hollow bore. Two received PEP.</li>
<li><b>Influenza 2025&ndash;26:</b> final employee vaccination rate 97.8%; 41 medical and 19 religious exemptions.</li>
</ol>
<p>Next meeting 4/22.</p></body></html>""")
# ============================ CLEAN-LOOKALIKE ============================
html('clean', 'lookalike', '', 'Iron Valley Fitness <hello@ironvalleyfit.com>', 'carolv.rn@gmail.com',
     'Your FREE Fit Test is waiting, Carol 💪', D('2026-01-03 08:00'),
"""<html><body style="font-family:Helvetica;background:#111;color:#eee;padding:20px">
<h1 style="color:#f5c400">NEW YEAR. NEW YOU.</h1>
<p>Hi Carol,</p>
<p>As a member you get one <b>free Fit Test</b> with a certified coach this month: body composition scan,
grip strength, VO2 estimate and a 4-week plan. Healthcare workers get 20% off personal training all January
&mdash; just show your hospital badge at the front desk.</p>
<p><a href="https://ironvalleyfit.com/book" style="background:#f5c400;color:#111;padding:10px 18px;text-decoration:none">BOOK MY FIT TEST</a></p>
<p style="font-size:8pt;color:#888">Iron Valley Fitness, 1500 Washington Rd, Mt Lebanon PA. Unsubscribe | Preferences</p>
</body></html>""")

plain('clean', 'lookalike', '', 'South Hills Animal Hospital <reminders@southhillsvet.com>', 'Karen Hoyt <khoyt.pgh@gmail.com>',
      'Biscuit is due for vaccines!', D('2026-03-01 09:00'),
"""Hi Karen,

Our records show that Biscuit (Beagle, 6 yrs) is due for the following:

  - Rabies (3-year)          due 03/15/2026
  - DHPP booster             due 03/15/2026
  - Bordetella (kennel cough) OVERDUE since 01/10/2026
  - Heartworm test            due 04/01/2026

Call us at 412-341-2290 or book online. Ask about our Wellness Plan - annual exam, vaccines and
dental cleaning for one monthly price.

South Hills Animal Hospital
""")

plain('clean', 'lookalike', '', 'Allegiant Auto Insurance <claims@allegiantauto.com>', 'Rosa Benitez <rosab1982@gmail.com>',
      'Claim AU-2026-558120: appraisal scheduled', D('2026-02-20 14:33'),
"""Dear Rosa,

Thank you for reporting the loss on 02/18/2026 (parking lot, rear bumper). No injuries were
reported on the claim. An appraiser will inspect your 2021 Honda CR-V at Riverbend Medical
Center, Garage C, on 02/24 between 10 AM and 12 PM. Your collision deductible is $500.

Rental coverage: up to $40/day for 30 days at Enterprise on Liberty Ave.

Track your claim in the Allegiant app.
Claims Department, Allegiant Auto Insurance
""")

html('clean', 'lookalike', '', 'Halyard Health Customer Notice <notices@halyardsupply.com>', 'Materials Management <matmgmt@rbmc.org>',
     'Voluntary field notice: FLUIDSHIELD N95 46727 lot ranges', D('2026-02-05 10:00'),
"""<html><body style="font-family:Arial;font-size:10pt">
<p><b>URGENT: Voluntary Field Notice &ndash; Medical Device</b></p>
<p>Dear Valued Customer,</p>
<p>We are notifying customers of a packaging issue affecting FLUIDSHIELD* N95 Particulate Filter Respirator and Surgical Mask,
model 46727 (Small), lot numbers <b>AM2510-4410 through AM2510-4488</b>. Some boxes may contain respirators with a
detached lower strap. No adverse events have been reported. Respirators with intact straps may continue to be used.</p>
<p>Please inspect inventory, complete the attached response form, and return it within 10 business days.
Your account shows 46 cases shipped to Riverbend Medical Center in the affected range.</p>
<p>Customer Service 1-844-425-9273</p></body></html>""")

html('clean', 'lookalike', '', 'GiantEagle Pharmacy Rewards <rewards@gepharmacyrewards.com>', 'd.pulaski1964@gmail.com',
     'Flu shots are here + 500 bonus points', D('2026-09-10 07:15'),
"""<html><body style="font-family:Verdana;font-size:10pt">
<p>It's that time of year! Walk in for your flu shot at any of our pharmacies &mdash; no appointment needed &mdash;
and earn <b>500 bonus fuelperks points</b>. Most insurance accepted with $0 copay.</p>
<p>Also available: COVID-19, shingles, pneumonia and Tdap vaccines for eligible adults.</p>
<p style="font-size:8pt;color:#666">You are receiving this because you joined Rewards. Points have no cash value. Unsubscribe.</p>
</body></html>""")

plain('clean', 'lookalike', '', 'Three Rivers Credit Union <benefits@threeriverscu.org>', 'Members <members@threeriverscu.org>',
      'Open enrollment: pair your HSA with your hospital health plan', D('2026-10-20 08:30'),
"""Healthcare workers: open enrollment is here.

If your employer's health plan is a high-deductible plan, a Three Rivers Health Savings Account
lets you set aside pre-tax dollars for deductibles, copays, prescriptions and even vision and
dental. 2027 limits: $4,400 individual / $8,750 family. No monthly fees, debit card included.

Members at Riverbend, AHN and UPMC: join our lunch-and-learn webinar on October 28 at noon.

Three Rivers Credit Union - Federally insured by NCUA
""")

# ============================ CLEAN-NEWS ============================
plain('clean', 'news', '', IP, 'All Clinical Staff <clinical-all@rbmc.org>',
      'FW: CDC HAN - Increase in measles cases, guidance for healthcare facilities', D('2026-03-30 11:00'),
"""Forwarding the CDC Health Alert Network advisory below. Key points for us: confirm your own MMR
status in OccuTrak, use airborne isolation + N95 for any suspected case, and call IP immediately
(pager 4-7700) before sending specimens.

---------- Forwarded message ----------
From: CDC Health Alert Network
Date: Mar 27, 2026
Subject: HAN Health Advisory - Increase in Global and U.S. Measles Cases

Summary: As of March 26, 2026, CDC has been notified of 212 confirmed measles cases across 14
jurisdictions. Most cases are among children and adults who were unvaccinated or whose
vaccination status was unknown. Healthcare facilities should ensure all staff have presumptive
evidence of immunity, screen patients with fever and rash at entry, and implement airborne
precautions promptly.

Recommendations for healthcare providers:
1. Consider measles in patients presenting with febrile rash illness and clinically compatible symptoms.
2. Isolate patients with suspected measles immediately in an airborne infection isolation room.
3. Notify local and state health departments immediately about suspected cases.
""")

html('clean', 'news', '', 'Riverbend Weekly <news@rbmc.org>', 'All Staff <allstaff@rbmc.org>',
     'Riverbend Weekly: Employee Health team honored; new badge readers; cafeteria hours', D('2026-06-12 07:00'),
"""<html><body style="font-family:Georgia;font-size:11pt;max-width:680px">
<h2>Employee Health wins state award</h2>
<p>The Pennsylvania Association of Occupational Health Nurses has named Riverbend's Employee Health Services
team its 2026 Program of the Year. Judges cited the team's 97.8% staff flu vaccination rate, a 21% drop in sharps
injuries since 2023 and the new same-day exposure clinic. "This is about keeping our people safe so they can take
care of everyone else," said Dr. Howard Lim, medical director. Nurse Carol Vance accepted the award in Harrisburg.</p>
<h2>New badge readers in Garage C</h2><p>Starting June 22, use your badge at the pedestrian door.</p>
<h2>Cafeteria summer hours</h2><p>Grill closes at 1900 through Labor Day.</p>
</body></html>""")

plain('clean', 'news', '', 'PA DOH TB Program <ra-dhtbcontrol@pa.gov>', 'TB Coordinators List <tb-coordinators@lists.pa.gov>',
      '2025 Pennsylvania TB surveillance summary released', D('2026-03-24 09:00'),
"""Colleagues,

The 2025 Tuberculosis Surveillance Summary is now available on the Department's website.
Highlights:

- 198 cases of TB disease reported statewide (rate 1.5 per 100,000), up 6% from 2024
- 71% of cases among non-U.S.-born persons
- 4 cases of MDR-TB
- Allegheny County: 24 cases; Philadelphia: 71 cases
- Healthcare workers accounted for 3 cases; none were linked to workplace transmission

World TB Day materials and the updated healthcare personnel screening toolkit (aligned with the
2019 CDC/NTCA recommendations) are attached to the web page.

Division of TB Elimination, Pennsylvania Department of Health
""")

html('clean', 'news', '', 'OccHealth Journal Watch <digest@ohjournalwatch.org>', 'hlim@rbmc.org',
     'This week: sharps injuries in nursing students; QFT conversions; respirator fatigue', D('2026-05-05 06:00'),
"""<html><body style="font-family:Arial;font-size:10pt">
<h3>OccHealth Journal Watch &ndash; Week 19</h3>
<p><b>Sharps injuries among nursing students: a 10-year multicenter review.</b> Among 14,200 students at 22 programs,
the incidence of percutaneous injury was 2.1 per 1,000 clinical-hours; 63% involved insulin pens or subcutaneous
syringes. Only 41% of injuries were reported on the day they occurred. <i>Am J Infect Control</i> 2026;54:410-6.</p>
<p><b>Serial IGRA testing in low-risk healthcare personnel.</b> Of 5,880 annual QuantiFERON tests, 1.2% converted; on
repeat, 68% of conversions reverted. Authors argue against routine annual testing. <i>Chest</i> 2026;169:881-9.</p>
<p><b>Respirator tolerance over 12-hour shifts.</b> A survey of 1,102 ICU nurses found headaches in 37% and pressure injuries
on the nasal bridge in 19%. <i>J Occup Environ Med</i> 2026;68:e211.</p>
</body></html>""")

plain('clean', 'news', '', 'Pittsburgh Post-Courier Alerts <alerts@postcourier.com>', 'carolv.rn@gmail.com',
      'Flu hospitalizations climb in Allegheny County; hospitals restrict visitors', D('2026-01-16 17:45'),
"""BREAKING: Flu hospitalizations climb in Allegheny County

Flu hospitalizations in Allegheny County rose for the fourth straight week, with 412 people
admitted in the week ending Jan. 10, according to the county health department. Riverbend
Medical Center, AHN and UPMC announced Friday that visitors under 14 will not be allowed on
inpatient units until further notice.

"We're seeing a lot of staff out sick too, which is what happens every January," said Riverbend
spokesperson Alyssa Trent. The hospital reported that 97% of its employees are vaccinated.

Read more: postcourier.com/health
""")

html('clean', 'news', '', 'Riverbend Intranet <intranet@rbmc.org>', 'All Staff <allstaff@rbmc.org>',
     'Now live on 6N and 7W: electronic hand hygiene monitoring', D('2026-02-02 08:00'),
"""<html><body style="font-family:Segoe UI;font-size:10.5pt">
<h3>Electronic hand hygiene monitoring pilot begins</h3>
<p>This week 6 North and 7 West become the first units to use the HyGreen badge system. Sensors on the soap and
sanitizer dispensers talk to a small tag on your badge and count room entries and exits. Data is reported by unit,
not by person, during the 90-day pilot.</p>
<p>&ldquo;Direct observation only captures a tiny slice of what happens,&rdquo; said Tom Reilly, manager of Infection
Prevention. &ldquo;This gives us thousands of opportunities a day.&rdquo; Units will see weekly compliance on the huddle boards.</p>
<p>Questions? Infection Prevention, ext. 4-3390.</p></body></html>""")
# ============================ CLEAN-TRAINING ============================
plain('clean', 'training', '', 'Learning Center <learning@rbmc.org>', 'New Hires March <newhire-0309@rbmc.org>',
      'Bloodborne Pathogens module - case study for Thursday', D('2026-03-10 08:00'),
"""Welcome to orientation week! Please read this case before Thursday's BBP session.

CASE STUDY (fictional)
Jane Doe, RN, works nights on a medical unit. At 0300 she recaps a needle after drawing blood
from a patient (Patient A) and sticks her thumb.

Questions for discussion:
1. What should Jane do in the first 5 minutes?
2. Who does she notify, and where does she go at 0300 on a weekend?
3. What information is needed about Patient A, and who obtains consent for source testing?
4. What follow-up testing will Jane need and when?
5. What engineering control could have prevented this?

Answers will be covered in class. Bring your badge for the sharps-safety device demo.

Riverbend Learning Center
""")

plain('clean', 'training', '', 'Integration Team <integration@rbmc.org>', 'IS Analysts <is-analysts@rbmc.org>',
      'HL7 101 brown bag - sample messages (TEST DATA ONLY)', D('2026-02-12 11:30'),
"""For Friday's brown bag on the OccuTrak lab interface. All messages below use the test patient
in the TST environment; nothing here is real.

MSH|^~\\&|SUNQUEST|RBMC_LAB|OCCUHEALTH|RBMC_EHS|202602120900||ORU^R01|TST000001|T|2.5.1
PID|1||99999999^^^RBMC^MR~000000^^^RBMC_HR^EI||ZZTEST^EMPLOYEE^ONE||19000101|U
OBR|1|TST-EH-1|TST-L-1|QFTPL^QuantiFERON-TB Gold Plus^L|||202602120800
OBX|1|ST|QFTRES^QFT Interpretation^L||Negative||Negative||||F

Things to notice:
 - MSH-11 = T (training/test). Prod is P.
 - PID-3 is repeating: MR and EI. OccuTrak matches on EI, Epic on MR. This is the #1 cause of
   results landing in the unmatched queue.
 - OBX-11 = F (final) vs P (preliminary).

Bring a laptop with the HL7 viewer installed.
""")

html('clean', 'training', '', 'Compliance Office <compliance@rbmc.org>', 'All Staff <allstaff@rbmc.org>',
     'REMINDER: Annual mandatory training due April 30', D('2026-04-01 07:30'),
"""<html><body style="font-family:Calibri;font-size:11pt">
<p>Annual mandatory education is due <b>April 30, 2026</b>. Modules in the Learning Center (HealthStream):</p>
<ul><li>HIPAA Privacy &amp; Security 2026 (25 min)</li>
<li>Bloodborne Pathogens &amp; Exposure Control (20 min)</li>
<li>TB Awareness &amp; Respiratory Protection (15 min)</li>
<li>Workplace Violence Prevention (20 min)</li>
<li>Fire Safety / Hazardous Materials (15 min)</li></ul>
<p>Staff with incomplete modules on May 1 will be removed from the schedule until complete. Managers can view
compliance by unit in the HealthStream manager dashboard.</p>
<p style="font-size:8pt;color:#777">""" + DISC + """</p></body></html>""")

plain('clean', 'training', '', 'Respiratory Protection <resp-program@rbmc.org>', 'Unit Educators <educators@rbmc.org>',
      'Fit-test trainer certification - May session', D('2026-04-14 10:00'),
"""Educators,

We're certifying more unit-based fit testers so we can stop running everyone through Pavilion B.
Session: May 19, 0800-1200, Sim Lab 2.

Covers: OSHA 1910.134 Appendix A, qualitative (Bitrex / saccharin) protocol, sensitivity test,
the eight exercises, when to stop and refer to Employee Health, documenting in OccuTrak.
You will each fit test two classmates and be observed.

Max 12 seats. Reply with your name and unit. Please bring a clean-shaven face (sorry).
""")

plain('clean', 'training', '', 'Qureshi, Farah <fqureshi@rbmc.org>', 'Emergency Management <em-team@rbmc.org>',
      'Tabletop 6/18 - TB contact investigation scenario', D('2026-06-04 15:00'),
"""Scenario draft for the tabletop, everything is made up:

INJECT 1 (Day 0): A 58-year-old "Patient X" admitted to a medical unit with pneumonia has an AFB
smear reported positive on hospital day 4. Airborne precautions were not in place for days 1-3.

INJECT 2 (Day 1): Badge data shows 34 staff entered the room. Three were in the room during an
aerosol-generating procedure. One is a traveler whose contract ends next week.

INJECT 3 (Day 2): A local TV station calls Public Relations asking about "a TB outbreak".

Discussion: who leads, how we notify staff, baseline and 8-10 week testing, what the union
needs to hear, what we say (and don't say) to the media.

Please send edits by 6/11.
Farah
""")

html('clean', 'training', '', 'Learning Center <learning@rbmc.org>', 'Environmental Services <evs-all@rbmc.org>',
     'Sign up: PPE donning & doffing skills lab (N95, PAPR, gowns)', D('2026-01-27 09:00'),
"""<html><body style="font-family:Arial;font-size:10.5pt">
<p>Hands-on PPE skills lab for EVS and Transport. 45 minutes, paid time, all shifts offered.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Time</th><th>Room</th></tr>
<tr><td>Feb 3</td><td>0700 / 1500</td><td>Sim Lab 1</td></tr>
<tr><td>Feb 4</td><td>2300</td><td>Sim Lab 1</td></tr>
<tr><td>Feb 10</td><td>1000 / 1900</td><td>Sim Lab 1</td></tr>
</table>
<p>We'll practice the doffing sequence with fluorescent lotion (the "glo-germ" test) so you can see what you missed.
Sign up in HealthStream: course EVS-PPE-26.</p></body></html>""")

plain('clean', 'training', '', 'Benitez, Rosa <rbenitez@rbmc.org>', 'Nurse Managers <nurse-managers@rbmc.org>',
      'Answers to last week\'s workers comp reporting quiz', D('2026-05-20 12:30'),
"""Thanks to everyone who did the quiz at the managers' meeting. Answers (scenarios were invented):

Q1. A CNA (call her "Pat") strains her back on Saturday but doesn't report it until Tuesday.
    Do you still file? -> YES. File the same day you learn of it. Late is better than never.
Q2. An employee gets a flu shot at work and has a sore arm. Is this a WC claim? -> Only if they
    seek treatment or lose time. Document in the incident system either way.
Q3. Can you ask the employee what the urgent care doctor diagnosed? -> No. You need work status
    and restrictions only; Employee Health handles the medical details.
Q4. Who calls the carrier? -> Me, not you. Send me the incident number.

Average score 71%. Q3 was the one most people missed.

Rosa
""")

# ============================ WRITE ============================
def main():
    counters = {}
    rows = []
    for label, kind, patient, m in MSGS:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (label, kind, counters[key])
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # self-check: every file parses
    for fname, *_ in rows:
        with open(os.path.join(OUT, fname), 'rb') as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None, fname
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
