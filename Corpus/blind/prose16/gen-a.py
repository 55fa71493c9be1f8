#!/usr/bin/env python3
"""Blind evaluation set: hand-written healthcare e-mail (regional cancer & specialty network).
Standard library only, deterministic. Run: python3 gen.py  -> *.eml + labels.csv in this directory."""
import csv, hashlib, io, os, sys, zipfile
from email.message import EmailMessage
from email import policy

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(label, kind, patient, frm, to, subj, date, body=None, html=None, charset='utf-8', cte=None,
      atts=(), cc=None, hdrs=None, mid=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, charset=charset, cte=cte, atts=list(atts), cc=cc,
                     hdrs=hdrs or {}, mid=mid))

def T(fn, text, subtype='plain', cte=None, charset='utf-8'):
    return ('text', fn, text, subtype, cte, charset)

def B(fn, data, maintype='application', subtype='octet-stream'):
    return ('bytes', fn, data, maintype, subtype)

def ZIP(fn, inner_name, inner_text):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 3, 7, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, inner_text.encode('utf-8'))
    return ('bytes', fn, bio.getvalue(), 'application', 'zip')

def FWD(inner):
    """inner: dict with frm,to,subj,date,body"""
    return ('msg', inner)

def _mid(n, d):
    dom = d['frm'].split('@')[-1].strip('> ').lower()
    h = hashlib.sha1((d['subj'] + d['date'] + str(n)).encode()).hexdigest().upper()
    if n % 3 == 0:
        return '<%s%s@%s>' % (h[:4] + 'PR0' + h[4:6] + 'MB' + h[6:10], h[10:26], 'namprd0%d.prod.outlook.com' % (n % 9 + 1))
    if n % 3 == 1:
        return '<%s.%s@%s>' % (h[:12].lower(), h[12:20].lower(), dom)
    return '<CA+%s=%s@mail.gmail.com>' % (h[:20], h[20:32].lower()) if 'gmail' in dom else '<%s@%s>' % (h[:24].lower(), dom)

def _simple(frm, to, subj, date, body, charset='utf-8', mid=None):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    if mid: m['Message-ID'] = mid
    m.set_content(body, charset=charset)
    return m

def build(n, d):
    m = EmailMessage(policy=policy.default)
    m['From'] = d['frm']; m['To'] = d['to']
    if d['cc']: m['Cc'] = d['cc']
    m['Subject'] = d['subj']; m['Date'] = d['date']
    m['Message-ID'] = d['mid'] or _mid(n, d)
    for k, v in d['hdrs'].items():
        m[k] = v
    kw = dict(charset=d['charset'])
    if d['cte']:
        kw['cte'] = d['cte']
    elif n % 4 == 0:
        kw['cte'] = '8bit'      # many MTAs/clients just send 8bit
    elif n % 7 == 3:
        kw['cte'] = 'base64'    # some clients base64 everything
    if d['body'] is not None:
        m.set_content(d['body'], **kw)
        if d['html'] is not None:
            m.add_alternative(d['html'], subtype='html', **kw)
    else:
        m.set_content(d['html'], subtype='html', **kw)
    for a in d['atts']:
        if a[0] == 'text':
            _, fn, text, sub, cte, cs = a
            k2 = dict(subtype=sub, filename=fn, charset=cs)
            if cte: k2['cte'] = cte
            m.add_attachment(text, **k2)
        elif a[0] == 'bytes':
            _, fn, data, mt, st = a
            m.add_attachment(data, mt, st, filename=fn)
        else:
            i = a[1]
            m.add_attachment(_simple(i['frm'], i['to'], i['subj'], i['date'], i['body'], i.get('charset', 'utf-8'), i.get('mid')))
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_NextPart_%03d_%02d_%s' % (n, i, hashlib.md5(d['subj'].encode()).hexdigest()[:12]))
            i += 1
    return m

# ====================================================================== phi-care
M('phi', 'phi-care', 'Okonkwo',
  'Tamsin Reilly <treilly@lakesiderad-onc.com>', 'Front Desk LRO <frontdesk@lakesiderad-onc.com>',
  'sim moved', 'Tue, 03 Nov 2026 07:52:10 -0500',
  """Morning - Mr. Okonkwo (Chidi) called, he can't do Wednesday. I moved his CT sim to Thursday 7:30 in Sim Room 1, mask is already made so it's a short one. Treatment start stays 11/16 unless physics says otherwise.

Can someone call him back on his cell to confirm, 412-867-3309. He asked for the parking validation again.

T
Sent from my iPhone""")

M('phi', 'phi-care', 'Brandt',
  '"Nowak, Patrice RN" <PNowak@cedarinfusion.org>', '"Infusion Pharmacy" <infusionrx@cedarinfusion.org>',
  'Chair 9 tomorrow - Brandt, C3D1', 'Wed, 04 Nov 2026 16:41:03 -0500',
  """Hi team,

Delia Brandt is C3D1 tomorrow 09:15, chair 9. CBC/CMP to be drawn on arrival, please don't mix until I release (ANC was borderline last cycle). Premeds same as before: ondansetron 16 mg IV, dexamethasone 12 mg IV, famotidine 20 mg IV, diphenhydramine 25 mg IV. Paclitaxel 175 mg/m2 + carboplatin AUC 5, dose based on today's weight 71.2 kg.

She asked for the recliner by the window again if possible. Daughter will drive.

Thanks,
Patrice Nowak, RN, OCN
Cedar Infusion Center | 2200 Orchard Pkwy, Suite 140
""",
  html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}</style></head><body>
<p>Hi team,</p><p>&nbsp;</p>
<p><b>Delia Brandt</b> is C3D1 tomorrow 09:15, chair 9. CBC/CMP to be drawn on arrival, please don't mix until I release (ANC was borderline last cycle). Premeds same as before: ondansetron 16 mg IV, dexamethasone 12 mg IV, famotidine 20 mg IV, diphenhydramine 25 mg IV. Paclitaxel 175 mg/m2 + carboplatin AUC 5, dose based on today's weight 71.2 kg.</p><p>&nbsp;</p>
<p>She asked for the recliner by the window again if possible. Daughter will drive.</p><p>&nbsp;</p>
<p>Thanks,<br>Patrice Nowak, RN, OCN<br><span style="color:#1F4E79">Cedar Infusion Center | 2200 Orchard Pkwy, Suite 140</span></p>
<p style="font-size:8pt;color:#808080">CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the named recipient(s).</p>
</body></html>""")

M('phi', 'phi-care', 'Fitch',
  'Quietwater Sleep Lab <no-reply@quietwatersleep.com>', 'gfitch1957@comcast.net',
  'Appointment reminder: Gerald Fitch - Overnight study Tue Nov 10', 'Fri, 06 Nov 2026 10:00:00 -0500',
  """Hello Gerald Fitch,

This is a reminder of your upcoming appointment:

  Overnight sleep study (in-lab polysomnography)
  Tuesday, November 10, 2026 - arrive 8:45 PM
  Quietwater Sleep Lab, 18 Ferncliff Road, Building C

Please shower before you come and do not use hair gel or lotion. Bring your usual bedtime medications and comfortable sleepwear. Avoid caffeine after noon.

To confirm reply C, to cancel call 724-339-1180.

Quietwater Sleep Lab""",
  html="""<html><body style="font-family:Arial;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#2b5d7c;color:#fff;padding:16px;font-size:20px">Quietwater Sleep Lab</td></tr>
<tr><td style="padding:20px">
<p>Hello Gerald Fitch,</p><p>This is a reminder of your upcoming appointment:</p>
<table style="background:#f4f8fb;padding:10px"><tr><td><b>Overnight sleep study (in-lab polysomnography)</b></td></tr>
<tr><td>Tuesday, November 10, 2026 &ndash; arrive 8:45 PM</td></tr><tr><td>Quietwater Sleep Lab, 18 Ferncliff Road, Building C</td></tr></table>
<p>Please shower before you come and do not use hair gel or lotion. Bring your usual bedtime medications and comfortable sleepwear. Avoid caffeine after noon.</p>
<p>To confirm reply <b>C</b>, to cancel call 724-339-1180.</p></td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px">You are receiving this message because you have an appointment with Quietwater Sleep Lab. Do not reply with personal health questions.</td></tr></table>
</body></html>""")

M('phi', 'phi-care', 'Castellanos',
  'Marco Villanueva <mvillanueva@keystonedialysis.com>', 'Brenda Huff <bhuff@keystonedialysis.com>',
  'RE: Sat chair - Castellanos', 'Mon, 02 Nov 2026 08:03:44 -0500',
  """Got him in Tues/Thu/Sat 2nd shift starting tomorrow, chair 14. Transport is arranged through Medicaid van, pickup 10:40. I told him if he misses again we have to notify Dr. Abara.

Marco

-----Original Message-----
From: Brenda Huff
Sent: Saturday, October 31, 2026 2:17 PM
To: Marco Villanueva
Subject: Sat chair - Castellanos

Ruben Castellanos no-showed 1st shift today, 2nd miss this month. Weight on Thursday was 3.9 kg over dry. I called the number on file and it's disconnected. Can you try his sister Monday? Her number is in Emergency Contacts.

Brenda
""")

M('phi', 'phi-care', 'Marsh',
  '"Delgado, Inez" <idelgado@northgateasc.com>', '"OR Scheduling" <orsched@northgateasc.com>',
  'Thursday swap', 'Tue, 10 Nov 2026 13:22:51 -0500',
  """Can we move Helen Marsh from OR 2 to Procedure Room B Thursday, 0900 instead of 0730? Dr. Patel is coming from the hospital and won't be here before 0845. She's already been told NPO after midnight so no change there, just need someone to call her about the later arrival time (0800).

Thx
Inez""")

M('phi', 'phi-care', 'Reyes',
  'Meridian Lab Client Services <clientservices@meridianlabpath.com>', 'Valley Heart & Vascular Nurses <nurses@valleyheartvasc.com>',
  'CRITICAL VALUE NOTIFICATION - documented callback', 'Thu, 05 Nov 2026 06:48:12 -0500',
  """CRITICAL VALUE NOTIFICATION

Patient:      REYES, ANTHONY J
Specimen:     M26-1105-00418  collected 11/05/2026 05:10
Test:         Potassium, serum
Result:       6.4 mmol/L (ref 3.5-5.1)   ** CRITICAL HIGH **
Comment:      Specimen not hemolyzed.

Called to:    Jordan Pike, RN at 06:41 by K. Osei (MLS). Read-back confirmed.

This e-mail is a courtesy copy of a telephone notification. Please contact Meridian Client Services at 800-441-2290 with questions.""")

M('phi', 'phi-care', 'Kowalczyk',
  'MyTriRivers Patient Portal <noreply@mytririvers.org>', 'lkowalczyk62@yahoo.com',
  'LINDA KOWALCZYK, you have a new test result', 'Sat, 07 Nov 2026 15:02:00 -0500',
  """Dear LINDA KOWALCZYK,

A new result is available in your MyTriRivers account:

   Mammogram, diagnostic, bilateral - Harbor Breast Imaging - resulted 11/07/2026

Your care team may not have reviewed this result yet. Log in at https://my.tririvers.org to view it.

Please do not reply to this e-mail. This mailbox is not monitored.""",
  cte='quoted-printable')

M('phi', 'phi-care', 'Oduya',
  '"Hartley, Simone" <shartley@valleyheartvasc.com>', 'referrals@eastsidefamilymed.com',
  'FW: echo + holter for Samuel Oduya', 'Mon, 09 Nov 2026 11:37:20 -0500',
  """Hi Karen,

Forwarding below per your request. Both studies are in our system now; the formal reports will fax over today. Dr. Mensah wants him back in 3 weeks, we have him for 12/1 at 2:40.

Simone Hartley
Clinical Coordinator | Valley Heart & Vascular

From: Mensah, Kwame MD
Sent: Friday, November 6, 2026 5:12 PM
To: Hartley, Simone
Subject: echo + holter for Samuel Oduya

Simone - pls send to his PCP (Eastside Family Med). Echo EF 40-45%, mild MR, no change from March. Holter 48h: frequent PVCs (~9% burden), 2 runs NSVT max 6 beats. Let's get him back in 3 wks and I'd like a cardiac MRI ordered before then.

KM
""")

# ====================================================================== phi-names
M('phi', 'phi-names', 'Pruitt',
  'Rachel Okafor <rokafor@tririvers.org>', 'Pathology Desk <pathdesk@meridianlabpath.com>',
  'Pruitt, Wallace - path still pending?', 'Wed, 11 Nov 2026 09:14:05 -0500',
  """Any update? Family has called three times since Monday. Dr. Haas would like it before Friday tumor board if at all possible.

Rachel""")

M('phi', 'phi-names', 'Abernathy',
  'Colleen Sweeney <csweeney@cedarinfusion.org>', 'Dr. Vikram Mehta <vmehta@tririvers.org>',
  'Mrs. A', 'Thu, 12 Nov 2026 14:55:31 -0500',
  """Dr. Mehta,

Just a heads up before you see her Monday - Mrs. Abernathy's daughter (Pam) called again today upset that her mom's hair is "coming out in clumps" and wanted to know if the cold cap was an option for the next round. I told her I would ask you. Pam is also asking if her mother can get the Neulasta shot at home instead of coming back the next day.

Colleen""")

M('phi', 'phi-names', 'Dunleavy',
  'Kelly Shaw <kshaw@tririvers.org>', 'RadOnc Team <radonc-team@tririvers.org>',
  'huddle notes 11/13', 'Fri, 13 Nov 2026 08:31:19 -0500',
  """Huddle 11/13 - present: Dr. Liang, Dr. Farrow, Kelly Shaw, Jo Mbeki, Arturo (physics), Deb at front desk

- Linac 2 back up after the MLC fix, Arturo ran QA last night, all passed
- Jo out 11/20-11/24, Deb covering check-in
- Mr. Dunleavy (bay 4 yesterday) - skin breakdown at the neck is worse, Dr. Liang wants him seen in nursing before tx today; hold if moist desquamation has spread
- Reminder: holiday schedule posted by the copier
- Dr. Farrow needs the new consent forms, old ones are being shredded Monday

Kelly""")

M('phi', 'phi-names', 'Vance',
  'Angela Ruiz, RN CCM <aruiz@bluecrestma.com>', 'Keystone Dialysis - Social Work <socialwork@keystonedialysis.com>',
  "Ruthie Vance's transport", 'Mon, 16 Nov 2026 10:12:44 -0500',
  """Hello,

I'm the Bluecrest care manager working with Ruthie Vance. Her transportation benefit renewed on 11/1 and the new vendor (RideWell) needs the chair times from you directly - can someone send her MWF schedule and the center's address to dispatch@ridewell.net? Ruthie's granddaughter had been driving her but started a new job.

Also - Ruthie mentioned she's been "wiped out" after runs lately. Not sure if anyone on your side is aware. Happy to set up a call.

Angela Ruiz, RN, CCM
Care Manager, Bluecrest Medicare Advantage
Phone 888-302-5581 x4471""")

M('phi', 'phi-names', 'Beckworth',
  'Nadia Flores, LCSW <nflores@tririvers.org>', 'Lakeside Radiation Oncology <info@lakesiderad-onc.com>',
  'letter request - Harold B.', 'Tue, 17 Nov 2026 11:48:09 -0500',
  """Hi all,

Jasmine, the daughter of Harold Beckworth (he's doing 28 fractions with you through mid-December), needs an FMLA certification letter stating that she drives him to daily treatment. Her employer's HR fax is 610-555-0148. Is that something Dr. Farrow's nurse can complete, or does it have to come from his primary oncologist?

She's pretty stressed about it - her leave starts being unpaid next week.

Thanks,
Nadia Flores, LCSW
Oncology Social Work, Tri-Rivers Cancer & Specialty Network""")

M('phi', 'phi-names', 'Zhou',
  'LinguaCare Dispatch <dispatch@linguacare-interp.com>', 'scheduling@cedarinfusion.org',
  'Confirmed: Mandarin interpreter - Zhou Weiming 11/19', 'Wed, 18 Nov 2026 17:20:00 -0500',
  """Confirmed for tomorrow:

Language: Mandarin
Client site: Cedar Infusion Center, 2200 Orchard Pkwy Ste 140
Patient: Mr. Zhou (Zhou Weiming - surname Zhou)
Time: 10:00 AM, est. 3 hrs (first infusion, teaching visit)
Interpreter: Lily Tan (ID 4412)

Please note Mr. Zhou's wife also prefers Mandarin and will be present. Lily will check in at the front desk 15 minutes early.

LinguaCare Dispatch | 24/7 line 877-618-2040""")

M('phi', 'phi-names', 'Castillo-Rivera',
  'Jo Mbeki <jmbeki@harborbreast.com>', 'Tina Grabowski <tgrabowski@harborbreast.com>',
  'RE: RE: Mrs. Castillo-Rivera', 'Thu, 19 Nov 2026 15:06:37 -0500',
  """ok I'll call her back. she is going to want a female tech again

> On Nov 19, 2026, at 2:58 PM, Tina Grabowski wrote:
>
> She says she'll only come in if it's Dr. Ansari doing the biopsy and not the fellow. Can you look at Dr. Ansari's Tuesday?
>
>> On Nov 19, 2026, at 11:15 AM, Jo Mbeki wrote:
>>
>> Mrs. Castillo-Rivera called back about the stereo biopsy, she cancelled the 11/24 slot. Wants to talk to someone before rescheduling.
""")
# ====================================================================== phi-self
M('phi', 'phi-self', 'Whitcombe',
  'VHV Billing <billing@valleyheartvasc.com>', 'Angela Ruiz <aruiz@bluecrestma.com>',
  'FW: bill i do not understand', 'Tue, 03 Nov 2026 10:02:11 -0500',
  """Angela - one of your Bluecrest members sent us the attached. The balance is her supplement's share that hasn't crossed over yet; we've put the account on hold for 60 days. Could you or someone from your team call her (she prefers mail, but she has a niece who helps her) so she isn't worried?

Thanks,
Lorraine Dunbar
Patient Accounts, Valley Heart & Vascular""",
  atts=[FWD(dict(frm='Eleanor Whitcombe <ewhitcombe@verizon.net>', to='billing@valleyheartvasc.com',
  subj='bill i do not understand', date='Mon, 02 Nov 2026 19:44:03 -0500', mid='<000801dc4c2e$1a2b3c40$4e5f6a70@verizon.net>',
  body="""Dear Sirs,

I am 91 years old and I received a bill from your office for $238.17 for the heart monitor I wore in September. I was told by the young lady at the desk that my Medicare and my AARP supplement would pay all of it. I have paid every bill in my life on time and I do not want this to go to collections.

My account number on the bill is 20-44817. My telephone is 814-272-3901. I do not hear well on the telephone so please write to me if you can.

Very truly yours,
Mrs. Eleanor M. Whitcombe
44 Linden Street
Altoona PA 16602"""))])

M('phi', 'phi-self', 'Polanski',
  'Karen Polanski-Hirsch <kphirsch@gmail.com>', 'Northgate ASC <info@northgateasc.com>',
  'My father Frank Polanski - port placement Friday', 'Tue, 03 Nov 2026 21:10:57 -0500',
  """Hi, I'm writing for my dad, Frank Polanski (DOB 2/9/1944). He is scheduled with you Friday morning to get his port put in before he starts chemo at Cedar.

A few questions because he won't ask them himself:
1. He takes Eliquis - the oncologist's office said to stop it 2 days before but nobody from your office has mentioned it. Is that right?
2. He's hard of hearing, can I come back with him in pre-op?
3. Does he need a driver? (yes I know, but he's going to argue, so I want it in writing lol)

My cell is 267-910-4452. Thank you so much.

Karen""")

M('phi', 'phi-self', 'Haddad',
  'MyTriRivers Patient Portal <noreply@mytririvers.org>', 'Quietwater Sleep Lab Clinical Inbox <clinical@quietwatersleep.com>',
  'New portal message from patient: Omar Haddad', 'Wed, 04 Nov 2026 06:12:30 -0500',
  """New message received via MyTriRivers

From patient: Omar Haddad (MRN 003318820)
Subject: CPAP mask leaking

Message:
Hi, since the titration study last month I have been using the machine every night but the full face mask leaks at the bottom, the app says my leak is "high" most nights and AHI is 9-11. I wake up with my mouth dry. Could I try the nasal pillow type? Also I think the pressure is too much when I first put it on. Thanks, Omar

--
Reply to this message in the MyTriRivers clinician inbox. Do not reply to this e-mail.""")

M('phi', 'phi-self', 'Tran-Baker',
  'Melissa Tran-Baker <mtranbaker@outlook.com>', 'appeals@clearauth-um.com',
  'DENIED AGAIN?? PET scan', 'Thu, 05 Nov 2026 12:03:18 -0500',
  """To whoever is reading this at ClearAuth,

This is the second time you have denied my PET/CT. Reference number CA-2611-048833. My oncologist Dr. Haas at Tri-Rivers has told you TWICE that my CEA has doubled and the CT was "indeterminate". You keep saying "does not meet criteria". What criteria?? Whose criteria? Nobody at your company has ever examined me.

I finished chemo in May. I have two kids. I am not going to sit around and wait three months for another CT while you decide if I'm sick enough.

I want the name of the doctor who reviewed this and I want a peer to peer scheduled this week. I have also filed a complaint with my plan.

Melissa Tran-Baker
DOB 08/30/1979
Member ID W8840217735""")

M('phi', 'phi-self', 'Jean-Baptiste',
  'Lorraine Jean-Baptiste <lorrainejb@aol.com>', 'Keystone Dialysis <frontdesk.northside@keystonedialysis.com>',
  'Reginald - arm', 'Fri, 06 Nov 2026 22:47:09 -0500',
  """Good evening,

This is Lorraine, Reginald Jean-Baptiste's wife. After his treatment today his arm (the fistula arm, left) has been bleeding off and on through the bandage since about 6 oclock. It stops when he holds it and then starts again. He says it's nothing. Do we go to the ER or can it wait for the morning? He runs again Saturday at 6am.

I called the number but got the answering service.

Lorraine
724-881-0236""")

M('phi', 'phi-self', 'Sandoval',
  'Bianca Sandoval <bianca.sandoval88@gmail.com>', 'Harbor Breast Imaging <patientcare@harborbreast.com>',
  'letter about coming back', 'Sat, 07 Nov 2026 09:33:40 -0500',
  """Hello,

I got a letter in the mail yesterday that says my screening mammogram from 10/29 needs "additional imaging" and to call to schedule. The office is closed on the weekend and I honestly cannot wait until Monday without knowing anything. Does this mean they found something? My mom had breast cancer at 52 and I'm 47.

Can someone please just call me? 215-404-7718. I can come any time Monday.

Thank you,
Bianca Sandoval""",
  html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>I got a letter in the mail yesterday that says my screening mammogram from 10/29 needs &quot;additional imaging&quot; and to call to schedule. The office is closed on the weekend and I honestly cannot wait until Monday without knowing anything. Does this mean they found something? My mom had breast cancer at 52 and I&#39;m 47.</div><div><br></div><div>Can someone please just call me? 215-404-7718. I can come any time Monday.</div><div><br></div><div>Thank you,</div><div>Bianca Sandoval</div></div>""")

M('phi', 'phi-self', 'Gallagher',
  'Maureen Gallagher <mo.gallagher@icloud.com>', 'Lakeside Radiation Oncology <info@lakesiderad-onc.com>',
  'Thank you + records for my new doctor', 'Mon, 09 Nov 2026 14:20:15 -0500',
  """Hi everyone at Lakeside,

It has been five years this month since I rang the bell! I moved to Asheville in the spring and my new oncologist (Dr. Priya Raman, Blue Ridge Oncology) wants my radiation records - the treatment summary, the dose info, whatever you have. I had 33 treatments to the left chest wall and nodes in 2021, Dr. Liang.

What do I need to sign? You can send the form to this email. My date of birth is 4/17/1966 in case you need it.

Please tell Jo and the morning crew I said hello. You all got me through it.

Warmly,
Maureen Gallagher
(828) 335-2904

Sent from my iPad""")

# ====================================================================== phi-lists
M('phi', 'phi-lists', 'Brandt',
  'Patrice Nowak <PNowak@cedarinfusion.org>', 'Cedar Infusion RNs <cedar-rns@cedarinfusion.org>',
  'Thurs 11/5 chair board', 'Wed, 04 Nov 2026 17:30:02 -0500',
  """Tomorrow's board. Pharmacy has the orders for everyone except Kaplan (pending labs).

CHAIR  TIME   PATIENT              TX                          RN
-----  -----  -------------------  --------------------------  -------
 2     07:30  Kaplan, Irving       FOLFOX C6 + pump hookup     Patrice
 4     08:00  Oyelaran, Bernadette Zoledronic acid             Sam
 5     08:00  Whitlock, Derek      Pembrolizumab               Sam
 7     08:45  Nguyen, Thi Lan      Iron sucrose #3/5           Ana
 9     09:15  Brandt, Delia        Carbo/Taxol C3D1            Patrice
 11    10:30  Escobar, Luis        Blood 1 unit PRBC           Ana
 12    13:00  Zhou, Weiming        R-CHOP C1 (interp 10a)      Sam
 3     14:00  Fairbanks, Joan      Port flush only             float

Float: Devon. Lunch coverage 11:30-1:30.
""")

M('phi', 'phi-lists', 'Sorensen',
  'ClearAuth Case Team <caseteam@clearauth-um.com>', '"Prior Auth - TriRivers" <priorauth@tririvers.org>',
  'Open cases > 5 business days - Tri-Rivers', 'Mon, 09 Nov 2026 07:05:00 -0500',
  """Good morning,

Below are cases open more than 5 business days awaiting clinicals from your office. Pasted from our portal export. Please upload to the case or fax to 866-410-2093.

Case #\tPatient\tDOB\tService\tCPT\tRequested\tStatus
CA-2610-039912\tSORENSEN, KARL\t05/11/1950\tPET/CT skull base-midthigh\t78815\t10/27/2026\tPend clinicals
CA-2610-040157\tMAHONEY, TERESA\t12/02/1961\tIMRT planning\t77301\t10/28/2026\tPend clinicals
CA-2610-041208\tBELLAMY, OTIS\t09/19/1948\tPolysomnography in-lab\t95810\t10/29/2026\tPend peer-to-peer
CA-2611-042003\tPHAM, HUONG\t03/07/1973\tBreast MRI bilat\t77049\t11/02/2026\tPend clinicals
CA-2611-042577\tDRUMMOND, ALICE\t07/25/1957\tPembrolizumab J9271\tJ9271\t11/02/2026\tPend clinicals

Thank you,
ClearAuth Utilization Management""")

M('phi', 'phi-lists', 'Ferreira',
  'Angela Ruiz <aruiz@bluecrestma.com>', 'Bluecrest CM Team East <cm-east@bluecrestma.com>',
  'my high-risk list this week (for Wed rounds)', 'Tue, 10 Nov 2026 16:18:44 -0500',
  """Team - here's where I am with my top members ahead of rounds. Please add yours underneath, same format.

* Manuel Ferreira (78) - readmitted 11/6 CHF exacerbation, 2nd in 30 days. Cardiology f/u with Valley Heart not scheduled yet. Needs scale at home.
* Ruthie Vance (84) - dialysis MWF, transport gap, fatigue. Call w/ Keystone SW pending.
* Dolores "Dee" Kim (71) - started oral chemo (capecitabine), specialty pharmacy copay $1,140 - applying for foundation grant.
* Walter Osgood (90) - lives alone, missed 2 infusion appts at Cedar, daughter in Ohio. APS? Discuss.
* Frances Lindgren (69) - post-op day 10 lumpectomy, drain removed, doing well, can step down next week.

Angela""")

M('phi', 'phi-lists', 'Ibarra',
  'Brenda Huff <bhuff@keystonedialysis.com>', 'Dr. Chinedu Abara <cabara@tririvers.org>',
  'Oct missed/shortened tx - Northside unit', 'Tue, 03 Nov 2026 12:40:20 -0500',
  """Dr. Abara, October report for your patients at Northside. Anything over 2 misses I've flagged for the QAPI meeting.

  - Castellanos, Ruben .......... 2 missed, 3 shortened (leaves early, cramping)   <-- flag
  - Ibarra, Yolanda ............. 3 missed (hospitalized 10/14-10/18, excused)      <-- flag
  - Jean-Baptiste, Reginald ..... 0 missed, 1 shortened
  - Moss, Terrence .............. 4 missed, no answer at home                       <-- flag
  - Quintero, Alma .............. 1 missed (funeral)

Kt/V and albumin for all are on the monthly sheet, will send separately.

Brenda Huff, RN
Nurse Manager, Keystone Dialysis - Northside""")

M('phi', 'phi-lists', 'Adeyemi',
  '"Mbeki, Jo" <jmbeki@lakesiderad-onc.com>', '"LRO Physicians" <physicians@lakesiderad-onc.com>',
  'New starts week of 11/16', 'Fri, 13 Nov 2026 15:44:10 -0500',
  """New starts week of 11/16 - see table (HTML). Plain text version below in case your phone mangles it.

Mon  Adeyemi, Folake   L breast + SCV    40.05 Gy/15   Dr. Liang   Linac 1
Mon  Okonkwo, Chidi    H&N               70 Gy/35      Dr. Farrow  Linac 2
Tue  Beckworth, Harold prostate/SV       70 Gy/28      Dr. Farrow  Linac 2
Wed  Lindqvist, Greta  brain SRS         21 Gy/1       Dr. Liang   Linac 1 (SRS block)
Thu  Marchetti, Paul   spine T8 palliat  8 Gy/1        Dr. Liang   Linac 1

Jo""",
  html="""<html><head><style>table{border-collapse:collapse;font-family:Segoe UI,sans-serif;font-size:10pt}td,th{border:1px solid #999;padding:3px 6px}th{background:#DCE6F1}</style></head><body>
<p style="font-family:Segoe UI;font-size:10pt">New starts week of 11/16:</p>
<table><tr><th>Day</th><th>Patient</th><th>Site</th><th>Dose/Fx</th><th>MD</th><th>Machine</th></tr>
<tr><td>Mon</td><td>Adeyemi, Folake</td><td>L breast + SCV</td><td>40.05 Gy/15</td><td>Dr. Liang</td><td>Linac 1</td></tr>
<tr><td>Mon</td><td>Okonkwo, Chidi</td><td>H&amp;N</td><td>70 Gy/35</td><td>Dr. Farrow</td><td>Linac 2</td></tr>
<tr><td>Tue</td><td>Beckworth, Harold</td><td>prostate/SV</td><td>70 Gy/28</td><td>Dr. Farrow</td><td>Linac 2</td></tr>
<tr><td>Wed</td><td>Lindqvist, Greta</td><td>brain SRS</td><td>21 Gy/1</td><td>Dr. Liang</td><td>Linac 1 (SRS block)</td></tr>
<tr><td>Thu</td><td>Marchetti, Paul</td><td>spine T8 palliat</td><td>8 Gy/1</td><td>Dr. Liang</td><td>Linac 1</td></tr></table>
<p style="font-family:Segoe UI;font-size:10pt">Jo Mbeki<br>Lead Radiation Therapist</p></body></html>""")

M('phi', 'phi-lists', 'Lindholm',
  'St. Anselm ROI Office <roi@stanselmhospital.org>', 'HIM Director <cpratt@stanselmhospital.org>',
  'ROI log - attorney/insurer requests rec\'d week of 11/2', 'Fri, 06 Nov 2026 16:02:55 -0500',
  """Carol,

Weekly log of third-party requests as you asked. Two are past the 15-day mark because we're waiting on valid authorizations.

Rec'd   Patient (MRN)                 Requestor                          Records                         Status
11/02   Lindholm, Eric (4471092)      Barrow & Kline LLP (plaintiff)     ED 7/4/26 + ortho f/u           Auth invalid - no expiration date
11/02   Petrakis, Sophia (2290314)    Liberty Mutual (claim 0418-77)     Imaging + PT notes 2026         Sent 11/5, invoiced $48.60
11/03   Washington, Derrick (5520087) Hollis Law Group                   All records 2019-present        Pending - need HIPAA-compliant auth
11/04   Fong, Mabel (0083321)         Prudential (life ins. underwriting) Oncology notes, path reports   In process
11/05   Ortiz, Ramon (6610248)        State Farm (auto PIP)              ED + CT head 9/30/26             Sent 11/6

- Theresa""")

M('phi', 'phi-lists', 'Bellamy',
  'Quietwater Sleep Lab <office@quietwatersleep.com>', 'Dr. Ana Lucero <alucero@quietwatersleep.com>',
  'October no-shows', 'Mon, 02 Nov 2026 09:20:41 -0500',
  """Dr. Lucero - the no-show list for October you asked for is attached (CSV). Three of them are second no-shows. Mr. Bellamy's ClearAuth approval expires 11/30 so we need to rebook him soon or redo the auth.

Wendy""",
  atts=[T('Oct2026_noshows.csv',
"""Study Date,Patient Name,DOB,MRN,Study Type,Referring,Prior No-Shows,Phone
10/03/2026,"Bellamy, Otis",09/19/1948,003301577,PSG diagnostic,Dr. R. Kaur,1,412-555-0193
10/08/2026,"Travers, Kylie",01/30/1990,003309214,HSAT pickup,Dr. A. Lucero,0,724-219-8830
10/14/2026,"Yusuf, Abdi",11/22/1982,003312005,CPAP titration,Dr. A. Lucero,1,412-330-6715
10/21/2026,"Merriweather, June",06/05/1955,003288740,Split night,Dr. P. Osei,0,814-442-1907
10/27/2026,"Novak, Stan",02/14/1963,003315561,MSLT,Dr. R. Kaur,1,724-883-0052
""", subtype='csv')])
# ====================================================================== phi-struct
M('phi', 'phi-struct', 'Hollister',
  'Devin Marsh <dmarsh@meridianlabpath.com>', 'Interfaces - TriRivers <interfaces@tririvers.org>',
  'ORU not filing - msg ctrl 20261104113205-7781', 'Wed, 04 Nov 2026 11:58:40 -0500',
  """Hi Priya,

This one keeps bouncing back with AE from your engine - I think it's the OBX-5 on the third segment (the comment with the tilde). Pasted raw below. Can you check on your side whether the ordering provider NPI is in your table?

MSH|^~\\&|MERIDIAN_LIS|MLP|TRIRIVERS_EHR|TRN|20261104113205||ORU^R01^ORU_R01|20261104113205-7781|P|2.5.1
PID|1||00517733^^^TRN^MR~M26-88120^^^MLP^PI||HOLLISTER^GRACE^E||19580223|F|||1190 RIVERVIEW DR^^BEAVER^PA^15009||7247741302
PV1|1|O|CEDAR^INF^09||||1184762239^MEHTA^VIKRAM^^^^MD
ORC|RE|TRN4471183|M26-1104-00233
OBR|1|TRN4471183|M26-1104-00233|CBCD^CBC W DIFF^L|||202611040742|||||||||1184762239^MEHTA^VIKRAM
OBX|1|NM|WBC^WBC^L||2.1|10*3/uL|4.0-11.0|L|||F
OBX|2|NM|ANC^Absolute Neutrophils^L||0.8|10*3/uL|1.8-7.7|LL|||F
OBX|3|TX|COMM^Comment^L||Called to P Nowak RN 0811~verified by repeat||||||F
OBX|4|NM|PLT^Platelets^L||96|10*3/uL|150-400|L|||F

Thanks,
Devin Marsh
Interface Analyst, Meridian Lab & Pathology""")

EDI837 = ("ISA*00*          *00*          *ZZ*NORTHGATEASC   *ZZ*BLUECREST      *261105*0930*^*00501*000004417*0*P*:~"
"GS*HC*NORTHGATEASC*BLUECREST*20261105*0930*4417*X*005010X222A1~"
"ST*837*0001*005010X222A1~"
"BHT*0019*00*NGA20261105A*20261105*0930*CH~"
"NM1*41*2*NORTHGATE AMBULATORY SURGERY CENTER*****46*NGA7731~"
"PER*IC*BILLING OFFICE*TE*4123309920~"
"NM1*40*2*BLUECREST MEDICARE ADVANTAGE*****46*BCMA01~"
"HL*1**20*1~"
"NM1*85*2*NORTHGATE AMBULATORY SURGERY CENTER*****XX*1730294455~"
"N3*500 NORTHGATE BLVD~N4*WEXFORD*PA*15090~REF*EI*251884730~"
"HL*2*1*22*0~SBR*P*18*******MA~"
"NM1*IL*1*POLANSKI*FRANK*J***MI*BCM448120937~"
"N3*2217 GREENTREE RD~N4*PITTSBURGH*PA*15220~DMG*D8*19440209*M~"
"NM1*PR*2*BLUECREST MEDICARE ADVANTAGE*****PI*BCMA01~"
"CLM*NGA26110501*2840.00***24:B:1*Y*A*Y*Y~"
"HI*ABK:C3490*ABF:Z5111~"
"NM1*82*1*PATEL*SANJAY****XX*1437720915~"
"LX*1~SV1*HC:36561*2840.00*UN*1***1~DTP*472*D8*20261106~"
"SE*21*0001~GE*1*4417~IEA*1*000004417~")

M('phi', 'phi-struct', 'Polanski',
  'Northgate ASC Billing <billing@northgateasc.com>', 'EDI Support <edisupport@bluecrestma.com>',
  'Resubmitting batch 4417 - 999 rejected', 'Thu, 05 Nov 2026 09:41:12 -0500',
  """Hello,

Our clearinghouse got a 999 reject on batch 4417 yesterday (IK3 loop 2300). We think it was the HI segment qualifier. Corrected file attached - can you confirm it will be accepted directly via SFTP or do we need to go back through Availity?

Regards,
Dana Whitfield
Billing Office, Northgate ASC
412-330-9920""",
  atts=[B('NGA_837P_4417_corrected.x12', EDI837.encode('ascii'))])

EDI278 = """ISA*00*          *00*          *ZZ*CLEARAUTH      *ZZ*TRIRIVERS      *261109*1422*^*00501*000118274*0*P*:~
GS*HI*CLEARAUTH*TRIRIVERS*20261109*1422*118274*X*005010X217~
ST*278*0001*005010X217~
BHT*0007*11*CA2611048833*20261109*1422~
HL*1**20*1~NM1*X3*2*CLEARAUTH UM SERVICES*****46*CAUM01~
HL*2*1*21*1~NM1*1P*1*HAAS*LEONARD****XX*1669420318~
HL*3*2*22*1~NM1*IL*1*TRAN-BAKER*MELISSA****MI*W8840217735~DMG*D8*19790830*F~
HL*4*3*EV*0~UM*HS*I*2~HCR*A3*CA2611048833*MN~
HI*ABF:R970~
DTP*472*RD8*20261109-20261209~
SV1*HC:78815*0*UN*1~
MSG*DOES NOT MEET INTERQUAL CRITERIA - ALTERNATIVE IMAGING SUGGESTED~
SE*15*0001~
GE*1*118274~
IEA*1*000118274~
"""
M('phi', 'phi-struct', 'Tran-Baker',
  'Felicia Crane <fcrane@tririvers.org>', 'Dr. Leonard Haas <lhaas@tririvers.org>',
  'FW: 278 response CA2611048833 (2nd denial)', 'Mon, 09 Nov 2026 15:10:33 -0500',
  """Dr. Haas - the 278 came back on the PET for your patient (see attached raw response, HCR A3 = not certified). Patient has already emailed ClearAuth directly. Do you want me to book the peer-to-peer? Their next slots are Wed 11/11 8:15 or Thu 11/12 12:30.

Felicia Crane
Prior Authorization Specialist""",
  atts=[T('278_resp_CA2611048833.edi', EDI278)])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "trn-00522419",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": "00522419"}],
        "name": [{"family": "Okafor-Lindsey", "given": ["Beatrice", "A"]}],
        "telecom": [{"system": "phone", "value": "412-608-2291", "use": "mobile"}],
        "gender": "female",
        "birthDate": "1964-10-02",
        "address": [{"line": ["88 Walnut Hill Ln"], "city": "Sewickley", "state": "PA", "postalCode": "15143"}]
      }
    },
    {
      "resource": {
        "resourceType": "Appointment",
        "id": "appt-7781204",
        "status": "booked",
        "serviceType": [{"text": "Breast MRI with and without contrast"}],
        "start": "2026-11-18T14:30:00-05:00",
        "end": "2026-11-18T15:15:00-05:00",
        "participant": [
          {"actor": {"reference": "Patient/trn-00522419"}, "status": "accepted"},
          {"actor": {"display": "Harbor Breast Imaging - MRI Suite 1"}, "status": "accepted"}
        ]
      }
    }
  ]
}
"""
M('phi', 'phi-struct', 'Okafor-Lindsey',
  'Sanjay Iyer <siyer@harborbreast.com>', 'FHIR Integration <fhir-support@schedulewise.io>',
  'Bundle failing validation on Appointment.participant', 'Tue, 10 Nov 2026 10:25:18 -0500',
  """Hi ScheduleWise team,

Your endpoint is returning 422 on the attached bundle. It's a real booking from this morning, so please handle accordingly and delete after testing. Error text was "participant.actor must be a reference". The second participant (the MRI suite) is a display only - is that not supported?

Sanjay Iyer
Applications Analyst, Harbor Breast Imaging""",
  atts=[B('bundle_appt-7781204.json', FHIR.encode('utf-8'), 'application', 'json')])

M('phi', 'phi-struct', 'Greenbaum',
  'Valley Heart & Vascular HIM <him@valleyheartvasc.com>', 'Records <records@eastsidefamilymed.com>',
  'CCD excerpt - problem list and meds', 'Wed, 11 Nov 2026 13:44:02 -0500',
  """Per your request, the relevant sections of the continuity of care document are pasted below since your system would not open the attachment. Full CCD to follow via Direct message.

<recordTarget>
  <patientRole>
    <id extension="VHV-228104" root="2.16.840.1.113883.3.9921"/>
    <addr use="HP"><streetAddressLine>3021 Parkview Ave</streetAddressLine><city>Aliquippa</city><state>PA</state><postalCode>15001</postalCode></addr>
    <patient>
      <name><given>Irwin</given><given>S</given><family>Greenbaum</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19470612"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <title>Problems</title>
  <text><list>
    <item>Peripheral arterial disease, bilateral lower extremities (I73.9) - onset 2023</item>
    <item>Status post right SFA stent, 08/2026</item>
    <item>Type 2 diabetes mellitus (E11.9)</item>
  </list></text>
</section>
<section>
  <title>Medications</title>
  <text><list>
    <item>clopidogrel 75 mg PO daily</item>
    <item>atorvastatin 80 mg PO nightly</item>
    <item>cilostazol 100 mg PO BID</item>
  </list></text>
</section>

Valley Heart & Vascular - Health Information Management""")

M('phi', 'phi-struct', 'Mahoney',
  'EHR Interface Engine <iface-alerts@tririvers.org>', 'Interface Team <interfaces@tririvers.org>',
  '[ALERT] ORM outbound to MERIDIAN rejected (3) - 11/12 02:00 batch', 'Thu, 12 Nov 2026 02:05:00 -0500',
  """Interface: TRN_ORM_OUT_MERIDIAN
Batch:     20261112-0200
Rejected:  3 of 41

----------------------------------------------------------------------
[1] MSG 20261112020014-0003   ERR: Unknown ordering provider (ORC-12)
PID|1||00488120^^^TRN^MR||MAHONEY^TERESA^L||19611202|F
ORC|NW|TRN4480017||||||||||1299999999^UNKNOWN^PROVIDER
OBR|1|TRN4480017||CEA^Carcinoembryonic Ag^L|||202611120700

[2] MSG 20261112020014-0017   ERR: Missing specimen source (OBR-15)
PID|1||00301577^^^TRN^MR||BELLAMY^OTIS^||19480919|M
OBR|1|TRN4480042||TSH^Thyroid Stim Hormone^L|||202611120715

[3] MSG 20261112020014-0031   ERR: Invalid DOB format (PID-7)
PID|1||00530982^^^TRN^MR||ESCOBAR^LUIS^M||1955-04-3|M
OBR|1|TRN4480061||TYSC^Type and Screen^L|||202611120800
----------------------------------------------------------------------
Auto-generated. Do not reply.""")

M('phi', 'phi-struct', 'Lam',
  'Fax Server <faxserver@tririvers.org>', 'Oncology Records <oncrecords@tririvers.org>',
  'Inbound fax from 4125550177 (7 pages)', 'Fri, 13 Nov 2026 11:02:47 -0500',
  """You have received a 7 page fax. The cover page text (OCR) is attached as a text file; the full image is stored in the fax queue under job 88120.""",
  atts=[T('fax_88120_cover_ocr.txt',
"""MERIDIAN LAB & PATHOLOGY
Anatomic Pathology Department
FAX COVER SHEET

DATE: 11/13/2026            PAGES (incl. cover): 7

TO:   Dr. Leonard Haas / Tri-Rivers Medical Oncology
FAX:  412-555-0180

FROM: Dr. Renata Voss, MD, Pathology
PHONE: 412-441-2290

RE:   LAM, HUBERT   DOB 01/28/1959
      Surgical Pathology M26-S-14022, liver biopsy (segment 6)
      FINAL REPORT + addendum (IHC panel)

COMMENTS: Addendum includes IHC consistent with metastatic
adenocarcinoma of colorectal origin (CK20+, CDX2+, CK7-).
MMR IHC to follow.

CONFIDENTIAL: This facsimile contains protected health information.
If you received it in error, call the sender and destroy all copies.
""", cte='quoted-printable')])

KEYSTONE_CSV = """facility,mrn,last_name,first_name,dob,draw_date,kt_v,urr_pct,albumin_g_dl,hgb_g_dl,phos_mg_dl,pth_pg_ml,esa_dose
Northside,KD10442,Castellanos,Ruben,1969-03-21,2026-10-27,1.08,62,3.3,9.4,7.1,812,epoetin 6000u TIW
Northside,KD10518,Ibarra,Yolanda,1952-07-09,2026-10-27,1.41,71,3.6,10.2,5.4,390,epoetin 4000u TIW
Northside,KD10561,Jean-Baptiste,Reginald,1960-12-14,2026-10-27,1.52,74,3.9,11.1,4.8,288,none
Northside,KD10602,Moss,Terrence,1975-05-30,2026-10-20,0.98,58,3.1,8.7,8.2,1104,epoetin 8000u TIW
Northside,KD10633,Quintero,Alma,1948-01-17,2026-10-27,1.63,76,3.8,10.9,4.2,210,darbepoetin 40mcg qwk
Northside,KD10650,Vance,Ruth,1942-08-03,2026-10-27,1.35,70,3.4,9.9,5.0,344,epoetin 4000u TIW
"""
M('phi', 'phi-struct', 'Moss',
  'Brenda Huff <bhuff@keystonedialysis.com>', 'Dr. Chinedu Abara <cabara@tririvers.org>',
  'Oct monthly labs - Northside (zipped)', 'Tue, 03 Nov 2026 12:52:09 -0500',
  """As promised, the monthly lab sheet. Zipped because our mail gateway strips csv files going outside. Password is not set - please don't forward outside the practice.

Moss and Castellanos both under target Kt/V again.

Brenda""",
  atts=[ZIP('Northside_Oct2026_labs.zip', 'Northside_Oct2026_monthly_labs.csv', KEYSTONE_CSV)])

# ====================================================================== phi-ids
M('phi', 'phi-ids', '',
  'Sam Whitaker <swhitaker@cedarinfusion.org>', 'Cedar Infusion Scheduling <scheduling@cedarinfusion.org>',
  'add-on', 'Mon, 16 Nov 2026 07:12:40 -0500',
  """MRN 00482193 - pls add to Tue add-on list for port flush + labs, any time after 1. Orders are in.""")

M('phi', 'phi-ids', '',
  'Provider Services <providerservices@bluecrestma.com>', 'billing@northgateasc.com',
  'Claim 2026110600187 - denial', 'Fri, 20 Nov 2026 10:30:00 -0500',
  """Provider: Northgate Ambulatory Surgery Center (NPI 1730294455)
Member ID: BCM448120937
Claim #: 2026110600187
DOS: 11/06/2026
Billed: $2,840.00   Allowed: $0.00   Paid: $0.00
CARC: CO-197 Precertification/authorization/notification absent.
RARC: N54

Procedure 36561 (insertion tunneled central venous access device with port) was not covered because no authorization was on file for the date of service. If an authorization exists, submit a corrected claim (frequency code 7) referencing the authorization number within 60 days.

Bluecrest Medicare Advantage - Provider Services""")

M('phi', 'phi-ids', '',
  'Dr. Renata Voss <rvoss@meridianlabpath.com>', 'Dr. Leonard Haas <lhaas@tririvers.org>',
  'pt J.R. 3/14/1951', 'Tue, 03 Nov 2026 17:48:22 -0500',
  """Leonard -

Your patient J.R., DOB 3/14/1951 - the 11/2 EBUS node biopsy (station 7) is signed out. Adequate for molecular, I sent it for the NGS panel and PD-L1 this afternoon without waiting for the order since you'll want it anyway. Expect 10-12 days.

Renata""")

M('phi', 'phi-ids', '',
  'Gwendolyn Hart, Paralegal <ghart@barrowkline.com>', 'roi@stanselmhospital.org',
  'Records request - M.T. (DOB 07/22/1968) - 2nd request', 'Wed, 18 Nov 2026 11:05:19 -0500',
  """Dear Release of Information,

This is our second request for the complete medical and billing records of our client, M.T., date of birth 07/22/1968, for dates of service 01/01/2025 to present, including but not limited to: emergency department records of 03/09/2026, operative report for the lumbar fusion of 04/14/2026, physical therapy notes, and all itemized billing statements. A signed HIPAA-compliant authorization was enclosed with our letter of September 28.

Please advise the status and any prepayment required. Our file number is BK-26-0991.

Sincerely,
Gwendolyn Hart
Paralegal to Martin Kline, Esq.
Barrow & Kline LLP | 600 Grant Street, Suite 2100 | Pittsburgh, PA 15219""")

M('phi', 'phi-ids', '',
  'Valley Heart & Vascular <statements@valleyheartvasc.com>', 'rgeller@zoominternet.net',
  'Your statement is ready - Acct 7700341-2', 'Sun, 15 Nov 2026 04:00:00 -0500',
  """Your statement is ready.

Account: 7700341-2
Statement date: 11/15/2026
Amount due: $312.40   Due by: 12/10/2026

Date of service   Description                                   Charges    Ins. paid   You owe
10/03/2026        Echocardiogram, transthoracic complete         1,480.00   1,167.60    312.40

Pay online at pay.valleyheartvasc.com or call 412-441-3800.""",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<h3 style="color:#8B0000">Valley Heart &amp; Vascular</h3><p>Your statement is ready.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:12px;border-collapse:collapse">
<tr><td>Account</td><td>7700341-2</td></tr><tr><td>Statement date</td><td>11/15/2026</td></tr><tr><td>Amount due</td><td><b>$312.40</b> by 12/10/2026</td></tr></table><br>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:12px;border-collapse:collapse">
<tr style="background:#eee"><th>Date of service</th><th>Description</th><th>Charges</th><th>Ins. paid</th><th>You owe</th></tr>
<tr><td>10/03/2026</td><td>Echocardiogram, transthoracic complete</td><td>1,480.00</td><td>1,167.60</td><td>312.40</td></tr></table>
<p>Pay online at <a href="https://pay.valleyheartvasc.com">pay.valleyheartvasc.com</a> or call 412-441-3800.</p></body></html>""")

M('phi', 'phi-ids', '',
  'Jordan Pike <jpike@valleyheartvasc.com>', 'Dr. Kwame Mensah <kmensah@valleyheartvasc.com>',
  'k', 'Thu, 05 Nov 2026 06:55:02 -0500',
  """mrn 5530921 K 6.4 this am, holding lisinopril + spironolactone, repeat BMP 1400 per your VO. ok?

Sent from my mobile""")

M('phi', 'phi-ids', '',
  'LinguaCare Billing <billing@linguacare-interp.com>', 'AP <accountspayable@tririvers.org>',
  'Invoice LC-26-11-0387 (October encounters)', 'Mon, 02 Nov 2026 08:00:00 -0500',
  """Please find our October invoice below. Per contract, patient initials and DOB are listed for encounter verification.

Job #     Date      Site                        Lang      Pt      DOB         Service              Min   Amount
J-88104   10/06/26  Cedar Infusion              Spanish   A.Q.    01/17/1948  Infusion teaching    120   $150.00
J-88133   10/09/26  Lakeside Rad Onc            Russian   V.S.    05/02/1940  Consult + consent     90   $112.50
J-88170   10/14/26  Keystone Dialysis Northside Haitian   R.J.    12/14/1960  Care plan mtg         60    $75.00
J-88212   10/20/26  Harbor Breast Imaging       Arabic    N.H.    03/11/1977  Biopsy                60    $75.00
J-88240   10/27/26  Quietwater Sleep Lab        Mandarin  W.Z.    08/08/1951  CPAP setup (video)    45    $56.25

Total due: $468.75   Net 30.  Remit to LinguaCare LLC, PO Box 7713, Pittsburgh PA 15222""")
# ====================================================================== phi-lang
M('phi', 'phi-lang', 'Quintero',
  'Rosa Quintero <rosaq.1975@hotmail.com>', 'Keystone Dialysis <frontdesk.northside@keystonedialysis.com>',
  'mi mamá Alma Quintero - cambio de horario', 'Mon, 02 Nov 2026 18:22:10 -0500',
  """Buenas tardes,

Les escribo por mi mamá, la señora Alma Quintero. Ella se dializa lunes, miércoles y viernes en el primer turno, pero la próxima semana tenemos que llevarla al cardiólogo el miércoles 11 a las 7:30 de la mañana. ¿Se puede cambiar su diálisis de ese día al jueves o a la tarde?

También quería preguntar si la enfermera puede revisarle el pie izquierdo, tiene una herida que no sana desde hace dos semanas y ella no quiere decir nada.

Mi mamá no habla inglés, por favor llámenme a mí: 412-781-3350.

Muchas gracias,
Rosa Quintero (hija)""",
  charset='iso-8859-1', cte='quoted-printable')

M('phi', 'phi-lang', 'Liu',
  '刘晓明 <xiaoming.liu88@163.com>', 'Lakeside Radiation Oncology <info@lakesiderad-onc.com>',
  '关于我父亲刘建国的放疗时间', 'Tue, 03 Nov 2026 20:15:33 -0500',
  """您好，

我是刘建国的儿子刘晓明。我父亲（出生日期1946年5月3日）正在贵中心接受放射治疗，每天上午9点。下周二和周三我要出差，没有人能送他过来。请问这两天能不能改到下午4点以后？我妻子下班后可以送他。

另外，他最近喉咙很痛，吃饭困难，体重下降了大概三公斤。医生上次说可以开止痛的漱口水，但是药房说没有收到处方。麻烦帮忙查一下。

他不会说英语，如果打电话请找我：412-608-7719。

谢谢！
刘晓明""",
  charset='utf-8', cte='base64')

M('phi', 'phi-lang', 'Jean-Baptiste',
  'Reginald Jean-Baptiste <rjeanbaptiste60@gmail.com>', 'Keystone Dialysis <frontdesk.northside@keystonedialysis.com>',
  'Samdi a', 'Fri, 13 Nov 2026 07:40:02 -0500',
  """Bonjou,

Se mwen menm Reginald Jean-Baptiste, mwen fè dyaliz lendi mèkredi vandredi 6è di maten. Samdi a mwen pa ka vini paske mwen gen antèman kouzen m nan Miami, m ap tounen dimanch swa. Èske mwen ka fè tretman an jedi olye de vandredi? Madanm mwen di bra m te senyen anpil semèn pase, kounye a li pi byen.

Mèsi anpil,
Reginald
724-881-0236""")

M('phi', 'phi-lang', 'Sokolova',
  'Валентина Соколова <v.sokolova40@mail.ru>', 'Valley Heart & Vascular <appointments@valleyheartvasc.com>',
  'Запись к доктору Менсе', 'Wed, 04 Nov 2026 11:09:47 -0500',
  """Здравствуйте!

Меня зовут Соколова Валентина Сергеевна, дата рождения 02.05.1940. У меня назначен приём у доктора Менсы 17 ноября в 10:20 по поводу кардиостимулятора (проверка). Я не смогу приехать в этот день, потому что внук работает и не может меня отвезти.

Можно перенести на любой день после 24 ноября, но только утром? И пожалуйста, нужен русский переводчик, я плохо понимаю по-английски. В прошлый раз переводчика не было.

Спасибо.
Соколова В.С.
тел. 412-521-0884""",
  charset='koi8-r', cte='8bit')

M('phi', 'phi-lang', 'Haddad',
  'Nabil Haddad <nabil.haddad@yahoo.com>', 'Quietwater Sleep Lab <office@quietwatersleep.com>',
  'بخصوص والدي يوسف حداد - دراسة النوم', 'Thu, 05 Nov 2026 16:30:21 -0500',
  """السلام عليكم،

أنا نبيل حداد، ابن المريض يوسف حداد (تاريخ الميلاد ١٢/٠٣/١٩٤٩). والدي لديه موعد لدراسة النوم في المختبر ليلة الجمعة ٢٠ نوفمبر. هو يشخر بصوت عالٍ جداً ويتوقف عن التنفس أثناء النوم، ووالدتي خائفة.

والدي لا يتكلم الإنجليزية جيداً. هل يمكن أن يكون معه مترجم عربي أو هل أستطيع أن أبقى معه في الليل؟ وهل يجب أن يتوقف عن دواء الضغط قبل الدراسة؟

شكراً جزيلاً
نبيل حداد
هاتف: 412-290-6674

-----
Hello, I am Nabil, son of Yousef Haddad. Please answer in English to me is fine. Thank you.""",
  charset='utf-8', cte='base64')

M('phi', 'phi-lang', 'Pineda',
  'Yesenia Morales <ymorales@harborbreast.com>', 'Tina Grabowski <tgrabowski@harborbreast.com>',
  'Sra. Pineda no show', 'Fri, 06 Nov 2026 14:48:19 -0500',
  """Tina, la Sra. Pineda (Marta Pineda) no vino a su cita de ultrasound de seno hoy a la 1:00, second time. Le dejé mensaje en español. The callback from her diagnostic mammo says BI-RADS 4 so Dr. Ansari wants her in next week sí o sí. Her son speaks English, his number is in the chart. ¿Puedes llamarlo tú el lunes? Yo estoy off.

gracias!!
Yesi""")

M('phi', 'phi-lang', 'Almeida',
  'LinguaCare - Relatórios <relatorios@linguacare-interp.com>', 'Coordenação <coordenacao@linguacare-interp.com>',
  'Relatório de encontro - J-88291 (português)', 'Mon, 09 Nov 2026 18:05:44 -0500',
  """Relatório de interpretação - J-88291

Intérprete: Lúcia Fernandes (ID 3307)
Local: Cedar Infusion Center
Data: 09/11/2026, 13h00-15h30
Paciente: Sr. Joaquim Almeida

Observações: Primeira sessão de imunoterapia. O paciente teve calafrios e falta de ar cerca de 40 minutos após o início da infusão; a enfermeira interrompeu, administrou medicação e reiniciou mais devagar depois de 30 minutos. Expliquei ao paciente e à esposa as instruções de alta (febre acima de 38°C, diarreia, falta de ar - ligar para o número de plantão). A esposa pediu cópia das instruções em português; a clínica não tinha. Recomendo enviar versão traduzida.

Duração faturável: 150 min.

Lúcia""",
  charset='iso-8859-1', cte='8bit')

M('phi', 'phi-lang', 'Escobar',
  'Cedar Infusion Center <recordatorios@cedarinfusion.org>', 'luis.escobar55@gmail.com',
  'Recordatorio de cita: Luis Escobar - jueves 19 de noviembre', 'Tue, 17 Nov 2026 09:00:00 -0500',
  """Estimado/a Luis Escobar:

Le recordamos su cita en Cedar Infusion Center:

   Jueves 19 de noviembre de 2026, 10:30 a. m.
   Transfusión de sangre (1 unidad) - llegue 30 minutos antes para análisis
   2200 Orchard Pkwy, Suite 140

Si necesita un intérprete, ya está solicitado. Para cancelar o cambiar su cita, llame al 412-330-7700.

Cedar Infusion Center""",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;border-top:4px solid #3a7d44;padding:12px">
<p>Estimado/a <b>Luis Escobar</b>:</p>
<p>Le recordamos su cita en Cedar Infusion Center:</p>
<ul><li>Jueves 19 de noviembre de 2026, 10:30 a.&nbsp;m.</li><li>Transfusión de sangre (1 unidad) &ndash; llegue 30 minutos antes para análisis</li><li>2200 Orchard Pkwy, Suite 140</li></ul>
<p>Si necesita un intérprete, ya está solicitado. Para cancelar o cambiar su cita, llame al <a href="tel:4123307700">412-330-7700</a>.</p>
<p style="color:#777;font-size:11px">Este mensaje es automático. No responda a este correo.</p></div></body></html>""",
  cte='quoted-printable')
# ====================================================================== clean-staff
M('clean', 'clean-staff', '',
  'Medical Staff Office <credentialing@tririvers.org>', 'Dr. Samantha Liang <sliang@lakesiderad-onc.com>',
  'ACTION REQUIRED: Reappointment packet due 12/15 - Liang, Samantha MD', 'Mon, 02 Nov 2026 09:00:00 -0500',
  """Dr. Liang,

Your two-year reappointment to the Tri-Rivers medical staff is due January 31, 2027. To avoid a lapse in privileges, please return the following by December 15:

  [ ] Signed reappointment application (attached link in Credentialing portal)
  [ ] Current PA license - on file expires 12/31/2026, please upload renewal
  [ ] DEA registration - on file, expires 06/30/2027 (no action)
  [ ] ABR Continuing Certification attestation (2026)
  [ ] TB screening attestation and influenza vaccination record
  [ ] Delineation of privileges - Radiation Oncology (SRS/SBRT privileges require case log)

Questions? Call Marisa Gorman at x5521.

Medical Staff Services, Tri-Rivers Cancer & Specialty Network""")

M('clean', 'clean-staff', '',
  'Deb Kaminski <dkaminski@lakesiderad-onc.com>', 'LRO All Staff <allstaff@lakesiderad-onc.com>',
  'Friendsgiving potluck 11/24!!', 'Tue, 10 Nov 2026 12:01:11 -0500',
  """Hi everyone!!

Friendsgiving potluck is Tuesday 11/24 in the conference room, 12-1:30 (staggered so the machines keep running - therapists, Jo will set the rotation).

Sign up sheet is on the fridge. So far we have:
- Dr. Farrow: his famous (?) chili
- Arturo: tamales
- Kelly: mac and cheese x2
- Me: turkey breast + gravy
- Nobody has signed up for dessert yet which is unacceptable

Please label anything with nuts. Patients are welcome to the leftover cookies at the front desk as usual.

Deb :)""")

M('clean', 'clean-staff', '',
  'Ana Petrescu <apetrescu@cedarinfusion.org>', 'Patrice Nowak <PNowak@cedarinfusion.org>',
  'RE: swap 12/2?', 'Wed, 11 Nov 2026 21:37:08 -0500',
  """Yes! I'll take your 12/2 if you can do my 12/9 early. I'll put it in Kronos tomorrow and copy Lorna so she approves.

> On Wed, Nov 11, 2026 at 8:50 PM Patrice Nowak wrote:
> Any chance you could swap 12/2 with me? My son's recital got moved. I can give you any day the week after.
""")

M('clean', 'clean-staff', '',
  'Arturo Benitez <abenitez@lakesiderad-onc.com>', 'LRO Therapists <therapists@lakesiderad-onc.com>',
  'Linac 1 down Sat 11/21 for PM + MLC calibration', 'Thu, 12 Nov 2026 16:20:55 -0500',
  """All,

Varian field service will be on Linac 1 Saturday 11/21 from 6 AM through roughly 4 PM for the semiannual PM and MLC leaf calibration. No Saturday patients are on Linac 1 that day except the 3 BID cases, which Jo has already moved to Linac 2 - please don't book anything else on Linac 1.

Monday morning I'll run full QA (output, flatness/symmetry, Winston-Lutz) before the first patient. First treatment Monday will be pushed to 7:30; front desk is calling the early slots.

Arturo Benitez, MS, DABR
Chief Physicist""")

M('clean', 'clean-staff', '',
  'Nadia Flores <nflores@tririvers.org>', 'Oncology Nursing Leads <onc-nurse-leads@tririvers.org>',
  'interpreter workflow - feedback before the 12/1 change', 'Fri, 13 Nov 2026 10:44:29 -0500',
  """Hi all,

Starting 12/1 we're moving from LinguaCare phone-only to the video iPads for Spanish, Mandarin, Russian, Arabic and Haitian Creole, with in-person still available for consents, first infusions and family meetings. A few things I'd like your input on before the huddle Thursday:

1. Should in-person requests go through the front desk or stay with the primary RN?
2. We had several complaints that the iPad carts were dead when needed. Who owns charging?
3. The translated discharge instruction packets exist for Spanish and Mandarin only. Portuguese and Arabic are in progress; the vendor quote is $1,900 per language.

Reply here or grab me. Thanks!

Nadia""")

M('clean', 'clean-staff', '',
  'Brenda Huff <bhuff@keystonedialysis.com>', 'Keystone Northside Team <northside-team@keystonedialysis.com>',
  "Gladys's retirement - card and cake Friday", 'Mon, 16 Nov 2026 13:15:00 -0500',
  """Team,

After 31 years (!!) as a patient care tech, Gladys Whitmore is retiring on Friday 11/20. She trained half of us and was here the day this unit opened in 1995.

Cake in the break room Friday at 11:15 between shifts. There's a card going around - it's in the top drawer at the nurses' station, please sign it and don't let her see. If you want to chip in for the gift (spa day + a new Kindle) Venmo Marco @marco-villanueva-7 by Wednesday.

Brenda""")

M('clean', 'clean-staff', '',
  'Valley Heart & Vascular Scheduling <schedule@valleyheartvasc.com>', 'VHV Providers <providers@valleyheartvasc.com>',
  'December call schedule (final)', 'Fri, 20 Nov 2026 15:30:00 -0500',
  """December call schedule is final. Swaps after today go through Lorna and must be reciprocal.

Week        General Cards    EP backup     Vascular       Cath lab (STEMI)
12/1-12/7   Mensah           Oduro         Kessler        Abernethy-Gray
12/8-12/14  Friedman         Oduro         Tobin          Mensah
12/15-12/21 Abernethy-Gray   Singh         Kessler        Friedman
12/22-12/28 Singh            Oduro         Tobin          Mensah
12/29-1/4   Mensah           Singh         Kessler        Abernethy-Gray

Holiday coverage (12/24, 12/25, 1/1) per the rotation agreed in October.""")

# ====================================================================== clean-admin
M('clean', 'clean-admin', '',
  'Tri-Rivers Patient Experience <survey@tririvers-feedback.com>', 'undisclosed-recipients:;',
  'How did we do? Tell us about your recent visit', 'Tue, 03 Nov 2026 11:00:00 -0500',
  """Dear Valued Patient,

Thank you for choosing the Tri-Rivers Cancer & Specialty Network. We would like to hear about your recent experience with us. The survey takes about 5 minutes and your answers are confidential.

    Start the survey: https://tririvers-feedback.com/s/8FJ2K

Your feedback helps us improve care for everyone. If you have already completed the survey, thank you, and please disregard this message.

To stop receiving surveys, click here.

Tri-Rivers Patient Experience Office
This survey is administered by Press Ganey on behalf of Tri-Rivers.""",
  html="""<html><body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#333"><tr><td style="padding:24px"><img src="https://tririvers-feedback.com/logo.png" alt="Tri-Rivers" width="180"></td></tr>
<tr><td style="padding:0 24px"><p>Dear Valued Patient,</p><p>Thank you for choosing the Tri-Rivers Cancer &amp; Specialty Network. We would like to hear about your recent experience with us. The survey takes about 5 minutes and your answers are confidential.</p>
<p style="text-align:center"><a href="https://tririvers-feedback.com/s/8FJ2K" style="background:#00529b;color:#fff;padding:12px 24px;text-decoration:none">Start the survey</a></p>
<p>Your feedback helps us improve care for everyone.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">To stop receiving surveys, <a href="https://tririvers-feedback.com/unsub">click here</a>. Administered by Press Ganey on behalf of Tri-Rivers.</td></tr></table></td></tr></table></body></html>""")

M('clean', 'clean-admin', '',
  'Bluecrest Provider Communications <provnews@bluecrestma.com>', 'Network Providers <providers-list@bluecrestma.com>',
  'Provider Bulletin 2026-27: Prior authorization changes effective 01/01/2027', 'Wed, 04 Nov 2026 08:00:00 -0500',
  """BLUECREST MEDICARE ADVANTAGE - PROVIDER BULLETIN 2026-27

Effective January 1, 2027, the following changes apply to all Bluecrest Medicare Advantage plans (HMO, PPO, D-SNP):

1. Advanced imaging: Prior authorization will no longer be required for diagnostic mammography (77065-77067) and breast ultrasound (76641-76642). Breast MRI (77046-77049) continues to require authorization through ClearAuth.

2. Radiation oncology: IMRT (77385, 77386) and SBRT (77373) continue to require authorization. Authorization for conventional 3D conformal treatment will be waived for palliative courses of 10 fractions or fewer.

3. Sleep studies: Home sleep apnea testing (G0399, 95800, 95806) is preferred. In-lab polysomnography (95810, 95811) requires documentation of a contraindication to HSAT.

4. Part B step therapy: Biosimilar preference list updated (trastuzumab, bevacizumab, pegfilgrastim). See attached policy MP-ONC-114.

Questions: Provider Services 888-302-5500, option 3.""")

M('clean', 'clean-admin', '',
  'Biomed Engineering <biomed@tririvers.org>', 'Infusion & Nursing Managers <nurse-managers@tririvers.org>',
  'URGENT: Class I recall - Alaris-type LVP module lot range / action by 11/13', 'Thu, 05 Nov 2026 14:12:00 -0500',
  """URGENT MEDICAL DEVICE CORRECTION - CLASS I

Manufacturer notice dated 11/02/2026 (ref FA-2026-118) concerns large volume pump (LVP) modules, model 8100, serial numbers 1600000 through 1684999, manufactured Jan-Jun 2025. A keypad membrane defect may cause key-bounce, registering a single keypress twice (e.g. an intended rate of 5 mL/h entered as 55 mL/h).

Tri-Rivers inventory: 46 affected modules (Cedar Infusion 22, St. Anselm 4 West 14, Northgate ASC 10).

Required actions:
  1. Identify affected modules using the attached serial list; tag "DO NOT USE" and return to Biomed by 11/13.
  2. Until replaced, require independent double-check of all programmed rates for high-alert infusions.
  3. Report any suspected event via the safety reporting system.

Loaner modules arrive 11/9. Questions: Biomed x4400.""")

M('clean', 'clean-admin', '',
  'TriRivers IT Service Desk <servicedesk@tririvers.org>', 'All Users <allusers@tririvers.org>',
  'Planned maintenance: MyTriRivers portal and EHR read-only Sun 11/15 01:00-05:00', 'Fri, 13 Nov 2026 12:00:00 -0500',
  """What: Quarterly EHR upgrade (version 26.4) and MyTriRivers portal patch
When: Sunday 11/15/2026, 01:00 - 05:00
Impact:
 - EHR in read-only mode; use downtime forms (blue binder at each unit) for orders and documentation
 - MyTriRivers patient portal unavailable; appointment reminder texts will be delayed until 06:00
 - Interfaces (lab, pharmacy, radiology) will queue and replay after 05:00

Downtime reports (BCA) will be printed at 00:45 on every unit.

Ticket: CHG0048812. Questions: Service Desk x7000.""")

M('clean', 'clean-admin', '',
  'Revenue Cycle <revcycle@tririvers.org>', 'Finance Committee <fincomm@tririvers.org>',
  'October AR and denials summary', 'Mon, 09 Nov 2026 17:05:44 -0500',
  """October results (all entities):

                      Oct 2026    Sep 2026    Target
Gross charges ($M)      48.2        46.9         -
Net collections ($M)    17.6        17.1        17.0
Days in AR              41.3        43.8        40.0
Initial denial rate     9.8%        11.2%       8.0%
 - auth-related         4.1%        5.0%
 - eligibility          2.2%        2.4%
 - coding/medical nec.  1.9%        2.1%
Clean claim rate        91.4%       89.7%       95%

Comments: Auth-related denials down after ClearAuth integration go-live (10/12). Bluecrest remains the largest source of auth denials (38% of total). Infusion drug denials for biosimilar step therapy increased; pharmacy working on pre-check worklist.""")

M('clean', 'clean-admin', '',
  'Carol Pratt <cpratt@stanselmhospital.org>', 'HIM Staff <him-staff@stanselmhospital.org>',
  'ROI fee schedule + attorney request reminders (2027)', 'Thu, 19 Nov 2026 09:30:00 -0500',
  """Team,

Reminders for third-party requests, effective 1/1/2027:

- PA statutory fee for copies to attorneys/insurers: search/retrieval $25.51, pages 1-20 $1.70/pg, 21-60 $1.26/pg, 61+ $0.43/pg, plus actual postage. Electronic copies capped per the 2027 schedule.
- Patient's own requests (right of access): flat $6.50 electronic. Never charge search fees to patients.
- An authorization is NOT valid without: expiration date/event, patient signature and date, description of the information, and the recipient. Subpoenas without a court order need satisfactory assurance per 164.512(e).
- Life insurance underwriting requests: psychotherapy notes and substance use records (Part 2) require separate specific consent.
- 15-day internal turnaround target; state law allows 30.

I'll walk through examples at Tuesday's staff meeting.

Carol Pratt, RHIA
Director, Health Information Management""")

M('clean', 'clean-admin', '',
  'Greg Holloway <gholloway@tririvers.org>', 'Supply Chain Contracts <contracts@tririvers.org>',
  'ClearAuth renewal - redlines', 'Tue, 17 Nov 2026 14:08:33 -0500',
  """Linda,

Attached are our redlines to the ClearAuth master services agreement renewal. Main points:

1. Turnaround SLA: we want 48h for standard and 24h for urgent, with credits if they miss more than 5% in a quarter. Their draft says 72h/36h.
2. BAA: they need to update for the 2026 Security Rule changes (MFA, asset inventory). Legal flagged section 4.3.
3. Price: $1.85 per case is above the market comps we got ($1.40-1.60). Counter at $1.55 with a volume tier above 40k cases/year.
4. Term: 3 years with a 90-day termination for convenience.

Can we get this on the Dec 2 call?

Greg Holloway
Director, Revenue Cycle Operations""")

# ====================================================================== clean-lookalike
M('clean', 'clean-lookalike', '',
  'Riverbend Animal Hospital <reminders@riverbendvet.com>', 'ktraynor@gmail.com',
  "Biscuit is due for vaccines!", 'Mon, 02 Nov 2026 10:15:00 -0500',
  """Hi Kelsey,

Our records show that Biscuit (Beagle, 7 yrs) is due for the following:

   Rabies (3 yr)          due 11/14/2026
   DHPP booster           due 11/14/2026
   Heartworm test (4Dx)   due 11/30/2026

Biscuit's last weight was 31.4 lb - Dr. Ostrowski recommended we recheck it at this visit. Book online at riverbendvet.com/appointments or call 412-366-2210.

Wags,
The Riverbend team""")

M('clean', 'clean-lookalike', '',
  'Allegheny Mutual Auto Claims <claims@alleghenymutual.com>', 'dpetrakis@verizon.net',
  'Claim 04-18877-AU: estimate approved for repair', 'Tue, 03 Nov 2026 13:40:00 -0500',
  """Dear Dimitri Petrakis,

Your claim 04-18877-AU for the 10/28/2026 loss (2021 Honda CR-V, VIN ending 4471) has been reviewed. The repair estimate from Bridgeville Collision for $3,812.55 has been approved, less your $500 collision deductible.

Rental coverage: up to 14 days at $40/day. Enterprise reservation #PIT-88203.

No injuries were reported on this claim. If that has changed, please call your adjuster, Tom Reese, at 800-772-4410 ext. 2215.

Allegheny Mutual Insurance""")

M('clean', 'clean-lookalike', '',
  'Steel City Fitness <members@steelcityfitness.com>', 'jmorrow.fit@gmail.com',
  'Janet, your InBody scan results are in', 'Wed, 04 Nov 2026 06:30:00 -0500',
  """Hi Janet,

Great work this month! Here's how your 90-day challenge is going:

   Check-in streak:       22 days
   Classes attended:      17 (Spin 9, Barre 5, HIIT 3)
   Reward points:         1,840 (redeem 2,000 for a free smoothie!)

Your next InBody scan is available any time after 11/20 at the front desk.

Book your free session with a trainer: steelcityfitness.com/pt

See you on the floor,
Steel City Fitness - Bloomfield""")

M('clean', 'clean-lookalike', '',
  'Team Lakeside Walk Captain <lakesidewalkers@gmail.com>', 'Team Lakeside <team-lakeside-walk@googlegroups.com>',
  'Survivors 5K Saturday - walkers, shirts, carpool', 'Thu, 05 Nov 2026 20:12:09 -0500',
  """Hi Team Lakeside!

We are 41 walkers strong for the Hope Rivers Survivors 5K this Saturday, Nov 7, at North Shore Riverwalk. Check-in opens at 7:30, walk starts at 8:30.

T-SHIRTS - pick up at my house Friday after 5 or at the tent Saturday:
  Janet Morrow (L), Dave Morrow (XL), Arturo Benitez (M), Deb Kaminski (M), Kelly Shaw (S),
  the Okafor family (2 M, 2 youth S), Pete & Linda Szymanski (L, L), Tasha Greene (XL)

CARPOOL from the Lakeside lot at 7:00: Deb is driving (4 seats), Arturo (3 seats).

We've raised $9,420 toward our $10,000 goal - one last push! Donation link: hoperiverswalk.org/team/lakeside

Wear purple, bring water, and let's have fun!

Tasha Greene
Team Captain""")

M('clean', 'clean-lookalike', '',
  'Three Rivers Water Testing <results@3riverswatertest.com>', 'hank.brodsky@windstream.net',
  'Lab Results - Sample ID WT-26-10442 (POSITIVE - action recommended)', 'Fri, 06 Nov 2026 11:25:00 -0500',
  """Dear Mr. Brodsky,

Laboratory results for your private well sample are below.

Sample ID:   WT-26-10442
Collected:   11/02/2026 08:10, kitchen tap, 118 Cobb Hollow Rd
Received:    11/02/2026 14:30 (temp 4.2 C - acceptable)

Analyte                Result        Limit (EPA MCL)    Flag
Total coliform         PRESENT       Absent             POSITIVE
E. coli                Absent        Absent
Nitrate (as N)         6.8 mg/L      10 mg/L
Lead                   <1 ug/L       15 ug/L (AL)
pH                     6.4           6.5-8.5 (SMCL)      LOW

Recommendation: shock chlorinate the well and retest in 7-10 days. Boil drinking water until a negative result is obtained.

Three Rivers Water Testing - PA DEP accredited lab #02-00417""")

M('clean', 'clean-lookalike', '',
  'HealthFirst Rewards <rewards@healthfirstpharmacy.com>', 'm.kowal@yahoo.com',
  'Mary, you have $10 in ExtraBucks waiting', 'Sat, 07 Nov 2026 08:00:00 -0500',
  """Hi Mary,

You've earned $10.00 in Rewards - it expires 11/30/2026.

This week's deals:
  * Flu shots - no appointment needed, get 500 bonus points
  * Buy 2 get 1 free on all vitamins & supplements
  * 30% off seasonal decor and candy

Card number ending in 9921. Scan your card or enter your phone number at checkout.

HealthFirst Pharmacy - Rewards
You're receiving this email because you joined HealthFirst Rewards. Unsubscribe.""",
  html="""<html><body style="font-family:Helvetica,Arial;background:#fff"><div style="background:#c00;color:#fff;padding:14px;font-size:22px">HealthFirst <b>Rewards</b></div>
<p style="font-size:18px">Hi Mary, you've earned <b>$10.00</b> in Rewards!</p><p>Expires 11/30/2026</p>
<ul><li>Flu shots &ndash; no appointment needed, get 500 bonus points</li><li>Buy 2 get 1 free on all vitamins &amp; supplements</li><li>30% off seasonal decor and candy</li></ul>
<p style="font-size:11px;color:#888">Card ending 9921. You're receiving this email because you joined HealthFirst Rewards. <a href="#">Unsubscribe</a>.</p></body></html>""")

M('clean', 'clean-lookalike', '',
  'Tri-County Federal Credit Union <alerts@tricountyfcu.org>', 'r.nakamura@gmail.com',
  'Your HSA contribution was received', 'Mon, 16 Nov 2026 07:02:00 -0500',
  """Hi Ryan,

We received a contribution to your Health Savings Account ending in 3307.

   Amount:          $250.00 (payroll deposit)
   Date:            11/13/2026
   YTD contributions: $3,000.00 of $4,400.00 (2026 self-only limit)
   Available balance: $6,118.42

Tip: Money in your HSA rolls over every year. Consider investing balances above $2,000.

Tri-County FCU - Member Alerts. Do not reply to this message.""")
# ====================================================================== clean-news
M('clean', 'clean-news', '',
  'Tri-Rivers Communications <news@tririvers.org>', 'All Staff <allusers@tririvers.org>',
  'Tri-Rivers Today - November 2026', 'Mon, 02 Nov 2026 07:00:00 -0500',
  """TRI-RIVERS TODAY | November 2026

NEW DIGITAL PET/CT OPENS AT HARBOR
Our second PET/CT scanner began clinical use on October 19 at Harbor Breast Imaging's Sewickley campus. Average wait for a PET/CT appointment has dropped from 11 days to 4. In its first two weeks the scanner performed 212 studies.

BY THE NUMBERS (Q3 2026)
- 18,404 infusion visits across three centers (up 6%)
- 2,117 new radiation oncology consults
- Dialysis partner Keystone reports 94% of network patients at target Kt/V
- Patient satisfaction "likelihood to recommend": 91st percentile

WELCOME
Please welcome Dr. Hana Ostrowski (medical oncology) and Dr. Felix Adebayo (vascular surgery), who joined in October.

DAISY AWARD
Congratulations to Patrice Nowak, RN, of Cedar Infusion, nominated by a grateful family for "always finding the window seat."
""",
  html="""<html><body style="font-family:Georgia,serif;max-width:640px"><h1 style="color:#00529b">Tri-Rivers Today</h1><p><i>November 2026</i></p>
<h2>New digital PET/CT opens at Harbor</h2><p>Our second PET/CT scanner began clinical use on October 19 at Harbor Breast Imaging's Sewickley campus. Average wait for a PET/CT appointment has dropped from 11 days to 4. In its first two weeks the scanner performed 212 studies.</p>
<h2>By the numbers (Q3 2026)</h2><ul><li>18,404 infusion visits across three centers (up 6%)</li><li>2,117 new radiation oncology consults</li><li>Dialysis partner Keystone reports 94% of network patients at target Kt/V</li><li>Patient satisfaction &ldquo;likelihood to recommend&rdquo;: 91st percentile</li></ul>
<h2>Welcome</h2><p>Please welcome Dr. Hana Ostrowski (medical oncology) and Dr. Felix Adebayo (vascular surgery), who joined in October.</p>
<h2>DAISY Award</h2><p>Congratulations to Patrice Nowak, RN, of Cedar Infusion, nominated by a grateful family for &ldquo;always finding the window seat.&rdquo;</p></body></html>""")

M('clean', 'clean-news', '',
  'Dr. Leonard Haas <lhaas@tririvers.org>', 'Med Onc Group <medonc@tririvers.org>',
  'FW: FDA approval - new ADC for HER2-low', 'Wed, 04 Nov 2026 19:22:41 -0500',
  """FYI - relevant for a lot of our breast clinic. Pharmacy will need to add to formulary; I've asked Sunita to start the P&T request. Forwarded message attached.

L.""",
  atts=[FWD(dict(frm='OncologyWire Daily <daily@oncologywire-news.com>', to='lhaas@tririvers.org',
                 subj='FDA approves second antibody-drug conjugate for HER2-low metastatic breast cancer',
                 date='Wed, 04 Nov 2026 16:00:00 -0500', mid='<odw.20261104.1600@oncologywire-news.com>',
                 body="""ONCOLOGYWIRE DAILY - November 4, 2026

The U.S. Food and Drug Administration today granted approval to a new antibody-drug conjugate for adults with unresectable or metastatic HER2-low breast cancer who have received at least one prior line of chemotherapy in the metastatic setting.

Approval was based on a phase 3 randomized trial of 612 patients in which median progression-free survival was 9.4 months versus 5.1 months with physician's choice chemotherapy (HR 0.52). Interstitial lung disease occurred in 8.9% of patients, including two fatal cases; the label carries a boxed warning.

The company expects the product to be commercially available within two weeks. Wholesale acquisition cost has not been disclosed.
"""))])

M('clean', 'clean-news', '',
  'Tri-Rivers Clinical Research Office <research@tririvers.org>', 'Referring Physicians <referring-md@tririvers.org>',
  'Now enrolling: SHORT-RT trial (5 vs 15 fractions after lumpectomy)', 'Mon, 09 Nov 2026 10:00:00 -0500',
  """NOW ENROLLING at Lakeside Radiation Oncology

SHORT-RT: A randomized phase III trial of 26 Gy in 5 fractions vs. 40 Gy in 15 fractions whole-breast radiation after breast-conserving surgery

Key eligibility:
 - Age 50 or older
 - pT1-2 pN0, invasive ductal or lobular, margins negative
 - No prior radiation to the chest
 - ECOG 0-1

Target accrual at our site: 60 participants over 2 years. Study visits are coordinated with routine follow-up; no extra travel for participants.

To refer: send a referral to "SHORT-RT" in the EHR or contact the research nurse, Maya Dorsey, RN, at 412-441-5090.

IRB #2026-0417. ClinicalTrials.gov ID pending.""")

M('clean', 'clean-news', '',
  'Google Alerts <googlealerts-noreply@google.com>', 'keystone.marketing@keystonedialysis.com',
  'Google Alert - Keystone Dialysis', 'Thu, 12 Nov 2026 05:14:00 -0500',
  """Google Alert - Keystone Dialysis

NEWS

Keystone Dialysis to open 24-chair center in Moon Township
Pittsburgh Business Times - The company said the new center will add capacity for about 140 patients and create 35 jobs when it opens in spring 2027. Kidney failure rates in Allegheny County have risen 12% over a decade, county health data show...

Home dialysis grows as payers push for fewer center visits
Post-Gazette - Roughly one in seven dialysis patients in western Pennsylvania now treats at home, according to the regional ESRD network...

You have received this email because you have subscribed to Google Alerts. Unsubscribe""")

M('clean', 'clean-news', '',
  'Valley Heart & Vascular <community@valleyheartvasc.com>', 'Community Newsletter <newsletter-subscribers@valleyheartvasc.com>',
  'Holiday heart health: 5 tips from our cardiologists', 'Sun, 22 Nov 2026 09:00:00 -0500',
  """Holiday Heart Syndrome is real. Every year, ER visits for atrial fibrillation rise between Christmas and New Year's. Here's how to enjoy the season safely:

1. Go easy on alcohol - binge drinking is the most common trigger of "holiday heart."
2. Watch the salt. Ham, stuffing and gravy can push a day's sodium past 4,000 mg.
3. Keep taking your medications, even while traveling. Pack an extra week's supply.
4. Keep moving - a 20-minute walk after dinner helps blood sugar and blood pressure.
5. Don't ignore symptoms. Chest pain, a racing heartbeat or sudden shortness of breath are reasons to call 911, holiday or not.

Free blood pressure screenings: Saturdays in December, 9-noon, Ross Park Mall (lower level near Macy's).

Valley Heart & Vascular | Unsubscribe""",
  charset='windows-1252', cte='quoted-printable')

M('clean', 'clean-news', '',
  'Hope Rivers Foundation <hello@hoperiverswalk.org>', 'Hope Rivers Supporters <supporters@hoperiverswalk.org>',
  'THANK YOU - Survivors 5K raised $412,000!', 'Tue, 10 Nov 2026 12:00:00 -0500',
  """What a morning! More than 2,300 walkers, volunteers and cheerleaders filled the North Shore Riverwalk on Saturday for the 12th annual Hope Rivers Survivors 5K, and together you raised $412,318 for patient transportation, wigs and lodging at Tri-Rivers.

TOP TEAMS
  1. Team Lakeside ............... $10,885
  2. Cedar Chairs of Hope ........ $9,740
  3. The Keystone Kidney Crew .... $7,205

TOP INDIVIDUAL FUNDRAISERS
  Marcy Delgado ($4,210), Tom & Ellen Fitzpatrick ($3,875), Tasha Greene ($3,100)

Photos are up on our Facebook page. Race results (chip times) are posted at hoperiverswalk.org/results.

Save the date: Hope Rivers Gala, March 13, 2027.

With gratitude,
The Hope Rivers Foundation team""")

# ====================================================================== clean-training
M('clean', 'clean-training', '',
  'Tri-Rivers CME Office <cme@tririvers.org>', 'Oncology Staff <oncology-all@tririvers.org>',
  'CE Case of the Month (1.0 contact hr): Unexpected dyspnea during first infusion', 'Tue, 03 Nov 2026 08:00:00 -0500',
  """CASE OF THE MONTH - November 2026
Approved for 1.0 nursing contact hour / 1.0 AMA PRA Category 1 Credit

Case: A 64-year-old man with metastatic non-small cell lung cancer presents for cycle 1 of a checkpoint inhibitor combined with platinum doublet chemotherapy. Thirty-five minutes into the paclitaxel infusion he reports chest tightness, flushing and back pain. BP 88/50, HR 118, SpO2 90% on room air.

Questions:
1. What is the most likely cause, and how does it differ from an IgE-mediated reaction?
2. What are the immediate nursing actions?
3. Under what conditions can the infusion be resumed, and at what rate?
4. How should premedication be modified for cycle 2?

Details have been altered to protect patient privacy. Answers and the post-test are in the learning portal (course ONC-CE-2611). Deadline for credit: 12/31/2026.""")

M('clean', 'clean-training', '',
  'EHR Training Team <ehrtraining@tririvers.org>', 'New Hires - November <newhire-nov@tririvers.org>',
  'Practice exercise - infusion scheduling (TRAINING environment)', 'Wed, 04 Nov 2026 13:30:00 -0500',
  """Welcome to week 2! Before Thursday's session, complete this exercise in the TRAINING environment (TRN-PLAY, the orange banner). Do NOT use production.

1. Look up patient ZZTEST, INFUSION (MRN 999000123, DOB 01/01/1950).
2. Book a 3-hour chair appointment for "C1D1 TEST REGIMEN" next Monday at 09:00.
3. Add the lab pre-visit order set "PLAY - CBC/CMP."
4. Link an interpreter request (Spanish) - use the fake agency "TRAINING INTERP CO."
5. Cancel the appointment with reason "Patient request - TRAINING."

If ZZTEST, INFUSION is locked by another trainee, use ZZTEST, INFUSIONTWO (MRN 999000124).

EHR Training Team""")

M('clean', 'clean-training', '',
  'Meridian Interface Team <interfaces@meridianlabpath.com>', 'Interfaces - TriRivers <interfaces@tririvers.org>',
  'Updated ORU spec v3.2 - sample messages', 'Thu, 05 Nov 2026 15:00:00 -0500',
  """Attached is v3.2 of the outbound ORU^R01 specification. Changes from v3.1: OBX-5 comments now escaped per 2.5.1 (\\T\\ for tildes), NTE segments moved after each OBX, and SPM added for AP specimens.

Sample message from the spec (all values fictitious):

MSH|^~\\&|MERIDIAN_LIS|MLP|CLIENT_EHR|CLIENT|20260101120000||ORU^R01^ORU_R01|SAMPLE0001|T|2.5.1
PID|1||TEST0001^^^CLIENT^MR||TESTPATIENT^ALPHA^||19000101|U
OBR|1|ORD0001|ACC0001|CBCD^CBC W DIFF^L|||20260101080000
OBX|1|NM|WBC^WBC^L||5.5|10*3/uL|4.0-11.0|N|||F
NTE|1||Sample comment with tilde \\T\\ escaped

Please plan testing in your TEST environment only (processing ID T). Go-live target 12/8.""",
  atts=[T('Meridian_ORU_Spec_v3.2_excerpt.txt', """MERIDIAN LAB & PATHOLOGY - OUTBOUND ORU^R01 SPECIFICATION v3.2 (excerpt)

Segment  Field   Name                    Usage  Notes
MSH      MSH-11  Processing ID           R      P=production, T=test
PID      PID-3   Patient identifier list R      client MRN first repetition
PID      PID-7   Date of birth           R      YYYYMMDD
OBX      OBX-5   Observation value       R      escape ~ as \\T\\, & as \\E\\
OBX      OBX-8   Abnormal flags          RE     L, H, LL, HH, A, N
SPM      SPM-4   Specimen type           C      required for AP results
""")])

M('clean', 'clean-training', '',
  'Dr. Renata Voss <rvoss@meridianlabpath.com>', 'Pathology Residents <path-residents@meridianlabpath.com>',
  'Unknown slides for Friday conference', 'Mon, 09 Nov 2026 18:40:12 -0500',
  """Residents,

Friday's unknown conference - the glass is in the teaching cabinet, box 14. De-identified, case numbers replaced with U1-U6.

U1: 58F, breast core, 1.2 cm mass on imaging. H&E + ER/PR/HER2.
U2: 71M, colon, right hemicolectomy. Count the nodes yourself.
U3: 45F, thyroid FNA - Bethesda category?
U4: 66M, liver core. Get the IHC panel right (CK7/CK20/CDX2/TTF-1).
U5: 39M, lymph node excision. Think before you order flow.
U6: 80F, skin shave, forehead.

Be ready to give a diagnosis, differential and the one stain you would order if you could only order one. Coffee is on me.

RV""")

M('clean', 'clean-training', '',
  'LinguaCare Training <training@linguacare-interp.com>', 'LinguaCare Interpreters <interpreters@linguacare-interp.com>',
  'Quiz de terminología - oncología (Spanish) / respuestas antes del 20/11', 'Tue, 10 Nov 2026 11:11:00 -0500',
  """Hola a todos / Hi everyone,

Monthly terminology check - oncology and infusion. Please send your answers to training@ by 11/20. Native-language glossary attached in the shared drive.

Traduzca / Translate:
 1. port-a-cath flush  ->  ______________
 2. neutropenic precautions  ->  ______________
 3. "We are going to pause the infusion because of the reaction."  ->  ______________
 4. radiation simulation / mask fitting  ->  ______________
 5. "Your blood counts are too low for treatment today."  ->  ______________
 6. prior authorization  ->  ______________

Role-play for Thursday: a daughter (played by Carmen) interprets for her father and starts summarizing instead of interpreting. How do you intervene?

¡Gracias!
Beatriz Soto, CoreCHI
Training Coordinator, LinguaCare""",
  charset='windows-1252', cte='8bit')

M('clean', 'clean-training', '',
  'Privacy Office <privacy@tririvers.org>', 'All Users <allusers@tririvers.org>',
  'Annual HIPAA refresher due 12/31 + "what went wrong" examples', 'Mon, 16 Nov 2026 08:00:00 -0500',
  """Annual HIPAA & Information Security training is due by December 31. Course: COMP-2027-HIPAA in the learning portal (about 35 minutes).

This year we've added real-world scenarios based on incidents reported across the industry (all names are invented):

 - A scheduler texts a colleague "John Doe's PET got denied again, can you call him?" from a personal phone. What are the two problems?
 - A staff member looks up a neighbor's lab results "just to make sure she's okay." Is this a breach if nothing was disclosed?
 - A spreadsheet of dialysis chair assignments is emailed to a personal Gmail account to print at home. What should have happened instead?
 - A fax intended for a physician office goes to a bakery. Who do you notify, and how fast?

Report privacy concerns to the Privacy Office at x2400 or privacy@tririvers.org. Reports can be anonymous.""")

# ====================================================================== write
def main():
    import email
    rows = []
    for n, d in enumerate(MSGS, 1):
        fn = '%s-%03d.eml' % (d['kind'], n)
        m = build(n, d)
        data = m.as_bytes()
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        chk = email.message_from_bytes(data, policy=policy.default)
        for part in chk.walk():
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                part.get_content()
        assert chk['Subject'] and chk['From'] and chk['Message-ID']
        rows.append([fn, d['label'], d['kind'], d['patient'] if d['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')

if __name__ == '__main__':
    main()
