#!/usr/bin/env python3
"""Blind evaluation mail set: women's and children's health network. SEED 3701."""
import sys, os, io, csv, random, zipfile
import email.policy
from email.message import EmailMessage
from xml.sax.saxutils import escape as xml_escape

SEED = 3701
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, frm, to, subj, date, body, pname='', cc=None, html=None,
        att=(), cte=None, hdrs=(), html_only=False):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subj=subj, date=date,
                     body=body, pname=pname, cc=cc, html=html, att=list(att),
                     cte=cte, hdrs=list(hdrs), html_only=html_only))


def mkzip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 11, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def mkxlsx(rows):
    def cell(r, c, v):
        ref = chr(65 + c) + str(r + 1)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_escape(v))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + ''.join('<row r="%d">' % (r + 1) + ''.join(cell(r, c, v) for c, v in enumerate(row)) + '</row>'
                       for r, row in enumerate(rows))
             + '</sheetData></worksheet>')
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
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                  ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def csvtext(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only
for the use of the individual or entity to which it is addressed and may contain
information that is privileged, confidential and exempt from disclosure under
applicable law. If you are not the intended recipient, please notify the sender
and delete this message. Larkspur Women's & Children's Health Network."""

# =====================================================================
# PHI / care
# =====================================================================
add('phi', 'care',
    'Corinne Babineaux <cbabineaux@larkspurhealth.org>',
    'Anjali Mehrotra MD <amehrotra@larkspurhealth.org>',
    'baby Okonkwo-Reyes - wt check today',
    'Mon, 11 Mar 2024 14:07:33 -0500',
    """Hi Dr M,

Saw Amara Okonkwo-Reyes this am with mom for her day 6 weight check. She's down
11.4% from BW (3420g -> 3030g). Latch is shallow on the R, mom reports 8-9 feeds
a day but only 3 wet diapers yesterday. Did a weighted feed: transferred 18 mL
L side, 10 mL R.

Plan I went over with mom:
- triple feeding x 48h (breast, then 15-20 mL EBM or formula by paced bottle, then pump)
- pump q3h w/ hospital grade, rental paperwork done
- recheck weight Thurs 3/14 at 10:30 in your clinic if ok with you

Mom's pretty teary, I gave her the postpartum support line #. She'd like a call
from you re: whether to supplement w/ formula overnight.

Thanks,
Corinne

Corinne Babineaux, RN, IBCLC
Lactation Services | Larkspur Women's & Children's Health
p. 614-555-0122 (internal x4122)
""", pname='Okonkwo-Reyes')

add('phi', 'care',
    'Lindgren, Harriet <hlindgren@larkspurhealth.org>',
    'Shauna Pettibone <spettibone@marlowcountyei.org>',
    'RE: referral - Declan Murtagh',
    'Tue, 12 Mar 2024 11:52:10 -0500',
    """Shauna - answers inline below (>>). his PT eval is now booked, mom has the time.

Harriet

Harriet Lindgren, BSN, RN
NICU Follow-Up Program Coordinator
Larkspur Women's & Children's Health
614-555-0147

-----Original Message-----
From: Shauna Pettibone <spettibone@marlowcountyei.org>
Sent: Tuesday, March 12, 2024 9:41 AM
To: Lindgren, Harriet <hlindgren@larkspurhealth.org>
Subject: referral - Declan Murtagh

Hi Harriet, we got the fax for Declan but page 3 came through blank. Can you tell me:

1. has he had his repeat head US
>> yes, 2/14. the small L-sided bleed (grade I) has resolved, no PVL
2. any upcoming eye appts
>> ROP exam with Dr. Haskins next Weds 3/20. last one was stage 1, zone III
3. PT/OT
>> PT eval 3/27 in our follow-up clinic. some tightness in the neck, mom says he always looks to the right
4. is he still on any meds
>> poly-vi-sol with iron 1 mL daily. caffeine was stopped a week before discharge

Thanks!
Shauna Pettibone, Service Coordinator
Marlow County Early Intervention | (740) 555-0102
""", pname='Murtagh')

add('phi', 'care',
    'Luis Ferreira-Haas <lferreirahaas@larkspurhealth.org>',
    'Felicity Oyelaran <foyelaran@larkspurhealth.org>',
    'triage 3 update',
    'Wed, 13 Mar 2024 15:58:41 -0500',
    """Dr O -

Mrs. Halvorsen (Ingrid, 36+2) in triage 3. BPs 148/96 and 152/98 fifteen min apart,
no HA, no visual sx, mild RUQ discomfort she thinks is the baby kicking.
NST reactive, cat I.
Sent CBC, CMP, LDH, uric acid, P/C ratio.
Gave labetalol 200 mg PO at 1540.

Plan admit to antepartum, BP q15 x1h then q1h, repeat labs in AM. BMZ not indicated at 36.
Will call w/ labs.

Luis
PGY-3 OB/GYN
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr O -</p>
<p><b>Mrs. Halvorsen</b> (Ingrid, 36+2) in triage 3. BPs 148/96 and 152/98 fifteen min apart,
no HA, no visual sx, mild RUQ discomfort she thinks is the baby kicking.<br>
NST reactive, cat I.<br>
Sent CBC, CMP, LDH, uric acid, P/C ratio.<br>
Gave labetalol 200 mg PO at 1540.</p>
<p>Plan admit to antepartum, BP q15 x1h then q1h, repeat labs in AM. BMZ not indicated at 36.<br>
Will call w/ labs.</p>
<p>Luis<br><span style="color:#777">PGY-3 OB/GYN</span></p>
</body></html>""", pname='Halvorsen')

add('phi', 'care',
    'Megan Strauss RN <mstrauss@willowbrookfertility.com>',
    'intake@harborviewobgyn.com',
    'transfer of care - Raghunathan',
    'Thu, 21 Mar 2024 13:20:05 -0400',
    """Good afternoon,

We are transferring care of our patient Priya Raghunathan to your practice as of
her 8 week visit. Quick summary for your intake nurse:

- FET 2/26/24, single euploid blastocyst
- beta hCG 3/6: 212, 3/8: 498 (appropriate rise)
- US 3/19: single IUP, FHR 118, CRL c/w 6w3d
- meds: progesterone in oil 1 mL IM daily + estradiol 2 mg PO TID. Please taper
  starting at 10 weeks per our protocol (attached to the fax).
- she is Rh negative, will need RhoGAM at 28 wks as usual

Full records to follow by fax. She has your first appt on 4/2. Please call
with any questions.

Megan Strauss, RN, BSN
Clinical Nurse Coordinator
Willowbrook Fertility, a Larkspur Health partner
(614) 555-0190 | fax (614) 555-0191
""" + DISCLAIMER, pname='Raghunathan')

add('phi', 'care',
    'Jonah Petrakis <jpetrakis@larkspurhealth.org>',
    'Helene Baptiste <hbaptiste@fairhavenschools.org>',
    'Jaylen B. - seen today',
    'Fri, 15 Mar 2024 10:31:47 -0400',
    """Hi Hélène,

Jaylen Brooks (7th, Ortiz homeroom) came over 2nd period wheezy, sats 93% RA.
gave albuterol neb x1, came up to 97, lungs much clearer. sent back to class at 10:15.

called mom, she's bringing a new inhaler + spacer tomorrow for your office. he
admitted he hasn't been taking the Flovent at home, went over it w/ him again.
can you let me know if he comes back to you this afternoon?

Jonah

--
Jonah Petrakis, PA-C
Fairhaven Middle School-Based Health Center | Larkspur Health
""", pname='Brooks')

add('phi', 'care',
    'Tiana Reeves <treeves@larkspurhealth.org>',
    'Little Acorns Early Learning <director@littleacornsela.com>',
    'medication form for Mateo V',
    'Fri, 08 Mar 2024 09:12:00 -0500',
    """Good morning Ms. Pruitt,

Per mom's request (release is on file with us), Mateo Villanueva was seen here
yesterday 3/7 and was started on an antibiotic for his ear. Dosing for your
med log is in the attached form. He can come back once he's been fever free for
24 hrs without Tylenol or Motrin per Dr. Mehrotra.

Please keep the bottle in the fridge.

Thank you,
Tiana Reeves, CCMA
Northgate Pediatrics - Larkspur Health
614-555-0133
""",
    att=[('daycare_med_auth_Villanueva.txt', """CHILD CARE MEDICATION AUTHORIZATION
Child: Mateo Villanueva        DOB: 10/02/2021
Medication: amoxicillin 400 mg/5 mL suspension
Dose: 6 mL by mouth twice daily (give 1 dose at 12:00 at center)
Start: 03/07/2024   Stop: 03/16/2024
Reason: left ear infection
Storage: refrigerate
Prescriber: A. Mehrotra, MD   Northgate Pediatrics 614-555-0133
Parent signature: on file (D. Villanueva)
""", 'text/plain')], pname='Villanueva')

add('phi', 'care',
    'Tomasz Wróbel <twrobel@larkspurhealth.org>',
    'Bernadette Kuhlmann <bkuhlmann@marlowvna.org>',
    'home visit Weds – Abernathy-Cole',
    'Mon, 18 Mar 2024 17:44:19 -0400',
    """Bernadette –

Kezia Abernathy-Cole went home today, POD 3 from a primary c/s for arrest of
dilation. Incision closed subcuticular + steri-strips, please have a look.

Hgb 8.9 at discharge (pre-op 11.2). She's on ferrous sulfate 325 every other day
and we've booked an iron sucrose infusion for 3/20 at the infusion center.
BPs normal throughout.

EPDS on day 2 was 14 – I've put in a referral to perinatal behavioral health
(Dr. Ngata's group) and she agreed to a phone call from them.

Baby boy breastfeeding + some formula top-ups, peds f/u Friday at Northgate.

She's on Juniper Ct (address in the referral), said to text first: 740-555-0168.

Thanks so much – T.

Tomasz Wróbel, CNM, MSN
Larkspur Birth Center Midwifery
""", cte='quoted-printable', pname='Abernathy-Cole')

add('phi', 'care',
    'Pediatric Radiology Scheduling <radsched@larkspurhealth.org>',
    'Ruben Castellanos <rcastellanos82@gmail.com>',
    "Sofia's appointments on April 2",
    'Tue, 19 Mar 2024 11:05:36 -0400',
    """Hi Mr. Castellanos,

This confirms Sofia's appointments on Tuesday, April 2 at the Larkspur Children's
Pavilion, 2nd floor Radiology:

  9:30 AM   VCUG (voiding cystourethrogram)
  10:45 AM  Renal / bladder ultrasound

For the VCUG a small catheter will be placed in her bladder, so one of our child
life specialists will be there to help her. No prep is needed. For the
ultrasound please have her drink a cup or two of water after the VCUG.

Dr. Ishikawa (pediatric urology) will go over the results with you at her visit
on April 9. Keep giving the nightly Bactrim until then.

If you need to reschedule call 614-555-0160.

Larkspur Pediatric Radiology Scheduling
""",
    html="""<html><body>
<p>Hi Mr. Castellanos,</p>
<p>This confirms <b>Sofia's</b> appointments on Tuesday, April 2 at the Larkspur Children's Pavilion, 2nd floor Radiology:</p>
<table border="0" cellpadding="3">
<tr><td>9:30 AM</td><td>VCUG (voiding cystourethrogram)</td></tr>
<tr><td>10:45 AM</td><td>Renal / bladder ultrasound</td></tr>
</table>
<p>For the VCUG a small catheter will be placed in her bladder, so one of our child life specialists will be there to help her. No prep is needed. For the ultrasound please have her drink a cup or two of water after the VCUG.</p>
<p>Dr. Ishikawa (pediatric urology) will go over the results with you at her visit on April 9. Keep giving the nightly Bactrim until then.</p>
<p>If you need to reschedule call 614-555-0160.</p>
<p><i>Larkspur Pediatric Radiology Scheduling</i></p>
</body></html>""", pname='Castellanos')

# =====================================================================
# PHI / names
# =====================================================================
add('phi', 'names',
    'Kim Ngo <kngo@larkspurhealth.org>',
    'OB Clinic Front Desk <obclinic-frontdesk@larkspurhealth.org>',
    'Nguyễn Thị Thu Hằng - 2wk PP BP check, add to Tue',
    'Wed, 13 Mar 2024 08:22:51 -0400',
    """pls add her to tues 3/19 am, Dr Oyelaran ok'd the overbook. she returned the loaner cuff at the window.
thx -kim
""", pname='Nguyễn Thị Thu Hằng')

add('phi', 'names',
    'Rosalind Ekwueme <rekwueme@larkspurhealth.org>',
    'Mother Baby Unit <mbu-charge@larkspurhealth.org>',
    'circ list tomorrow',
    'Thu, 14 Mar 2024 22:40:12 -0400',
    """Adeyemi, Oluwaseun (BB) - mom declined circ inpatient, wants it done at his 1 wk
at Northgate instead. consent NOT signed. pls take him off the circ list for
tomorrow, peds aware.

-Rosalind, nights
""", pname='Adeyemi')

add('phi', 'names',
    'Jess Albright <jalbright@larkspurhealth.org>',
    'Dr. Felicity Oyelaran <foyelaran@larkspurhealth.org>',
    'Re: GTT',
    'Tue, 12 Mar 2024 13:15:02 -0400',
    """yes - fasting 98, 1h 192, 2h 171, 3h 128. two abnormal so she meets criteria.
I'll call her and get her in with the diabetes educator this week + glucometer
teaching. Marieke asked to be called after 4 on her cell.

Jess

On Tue, Mar 12, 2024 at 11:02 AM, Felicity Oyelaran <foyelaran@larkspurhealth.org> wrote:
> Did Mrs. van der Berg's 3 hr come back? She was very anxious about it Friday.
>
> F.
""", pname='van der Berg')

add('phi', 'names',
    'NICU Night Charge <nicu-charge@larkspurhealth.org>',
    'NICU Day Charge <nicu-daycharge@larkspurhealth.org>',
    'rm 14 twins',
    'Sat, 16 Mar 2024 06:48:30 -0400',
    """fyi for rounds -
Bukola asked again about rooming in tonight with Ife and Tobi. Ife is fine, Tobi
still on 1/4 L NC and had 2 bradys overnight, both self resolved. told her
probably just Ife tonight, can days confirm w/ Dr Kaminski.
she drove in from Chillicothe again and is exhausted, social work said they could
look at a Ronald McDonald room.
-Perpetua
""", pname='Ife; Tobi')

add('phi', 'names',
    'Larkspur Transfer Center <transfercenter@larkspurhealth.org>',
    'L&D Charge <ld-charge@larkspurhealth.org>',
    'Incoming maternal transport - Wiśniewska-Nowak',
    'Sun, 17 Mar 2024 07:02:44 -0400',
    """ACCEPTED: Dr Oyelaran (MFM)

WIŚNIEWSKA-NOWAK, ZOFIA   G2P1  31w4d
PPROM approx 0300, clear fluid. from St. Anselm Regional.
BMZ #1 given 0620, ampicillin + azithro started, Mg for neuroprotection running.
ETA ~1130 by ground.

Husband Piotr following by car, limited English - Polish interpreter requested
for arrival.

Transfer Center RN: D. Holloway  x4000
""", pname='Wiśniewska-Nowak')

add('phi', 'names',
    'Dr. Meenakshi Subramanian <dr.subramanian@ridgelinewomenscare.com>',
    'MFM Referrals <mfm-referrals@larkspurhealth.org>',
    'referral - twins',
    'Mon, 04 Mar 2024 16:30:00 -0500',
    """Dear Dr Oyelaran and team,

I would like to refer Mrs. Venkataraghavan (Lakshmi, she goes by Lucky) for
co-management of a mono-di twin pregnancy, currently 17 weeks. Lucky's last scan
on 2/29 showed 18% EFW discordance and the deepest pocket was 7.9 cm in twin A,
2.1 cm in twin B. No signs of TTTS yet but I'd feel better with you following
with q2 week scans.

She is 34, G2P1, prior uncomplicated SVD. Mild anemia on iron. Records and
images are being sent over.

Many thanks,
Meenakshi Subramanian, MD, FACOG
Ridgeline Women's Care
(614) 555-0171
""", pname='Venkataraghavan')

add('phi', 'names',
    'Northgate Pediatrics Front Desk <northgate-frontdesk@larkspurhealth.org>',
    'Northgate Nurse Line <northgate-rn@larkspurhealth.org>',
    'call back - Al-Sayed',
    'Tue, 05 Mar 2024 10:17:25 -0500',
    """Mrs. Al-Sayed (Noor) called about her son Yusuf Abdul-Rahman Al-Sayed, 3 yo.
Vomiting since last night, 4 times, can't keep down pedialyte, last wet diaper
about 6 hrs ago. No fever she thinks.
She speaks English fine but prefers Arabic for medical stuff.
cb 614-555-0135. told her a nurse would call within the hour.

- Brianna
""", pname='Al-Sayed')

add('phi', 'names',
    'Rochelle Dumas <rdumas@larkspurhealth.org>',
    'Mother Baby Unit <mbu-charge@larkspurhealth.org>',
    "Ms. Jean-Baptiste's baby 22B",
    'Wed, 20 Mar 2024 19:05:48 -0400',
    """handoff -
Ms. Jean-Baptiste's baby in 22B, TSB 14.2 at 36h (high intermediate), DAT neg, mom O+.
Started phototherapy at 1830 per Dr Lowery, repeat TSB at 0030.
Feeding well at breast, mom's milk coming in. Creole interpreter for any
teaching please - she understood the lights but had lots of questions.
Rochelle
""", pname='Jean-Baptiste')
# =====================================================================
# PHI / self
# =====================================================================
add('phi', 'self',
    'Danielle Ferris <dani.ferris21@gmail.com>',
    'Northgate Pediatrics <northgate-frontdesk@larkspurhealth.org>',
    'sick visit today?',
    'Mon, 11 Mar 2024 07:41:09 -0400',
    """Hi this is Danielle Ferris, mom of Kaylee Ferris DOB 06/11/2021. She's had a fever
since Sunday, 102.4 last night even with motrin, and she keeps pulling at her
right ear. Is there any way to get her in today? I can come any time after 11.
My cell is 614-555-0128.

thank you!!
Dani

Sent from my iPhone
""", pname='Ferris')

add('phi', 'self',
    'Rachel Lindqvist <rlindqvist.home@outlook.com>',
    'Willowbrook Fertility Nurses <nurses@willowbrookfertility.com>',
    'missed menopur?? day 3',
    'Wed, 06 Mar 2024 07:03:54 -0500',
    """Hi, it's Rachel Lindqvist. I'm on day 3 of stims. I did my Gonal-F 225 last
night but I just realized the Menopur vial is still sitting in the box, so I
think I missed it. Do I take it now or double up tonight?? I have my monitoring
ultrasound and estradiol draw tomorrow at 7:15.

Sorry, I'm freaking out a little.

Rach
""", pname='Lindqvist')

add('phi', 'self',
    'Bree T <breetollefson@yahoo.com>',
    'Lactation Services <lactation@larkspurhealth.org>',
    'cracked nipple help',
    'Sat, 09 Mar 2024 21:37:16 -0500',
    """hi it's Bree (Breanna Tollefson), baby Otis was born 2/27 and you guys saw
us before discharge. my left nipple is cracked and bleeding now and every
latch is toe curling. I've been using the nipple shield Anne gave me but he
seems to fall asleep on it after like 5 min. I'm also getting chills tonight
but no fever yet (99.6).

Is there an appt Monday? I can't do another weekend like this lol

Bree
""", pname='Tollefson')

add('phi', 'self',
    'Marisol Gutierrez <mgutierrez27@students.fairhavenschools.org>',
    'Fairhaven SBHC <fairhaven-sbhc@larkspurhealth.org>',
    'appt',
    'Thu, 14 Mar 2024 12:48:03 -0400',
    """hi this is marisol from 10th grade. can i come in tmrw for my depo shot, my
last one was dec 4. i have lunch 5th period. also please dont call my mom
about it, the lady last time said you didnt have to.

thx
""", pname='Gutierrez')

add('phi', 'self',
    'Tamsin Okafor <tamsin.okafor@protonmail.com>',
    'Patient Financial Services <pfs@larkspurhealth.org>',
    'Double charged for ultrasound',
    'Fri, 15 Mar 2024 14:29:40 -0400',
    """To whom it may concern,

My name is Tamsin Okafor, date of birth 9/30/1990. I had my 20-week anatomy
ultrasound at the Larkspur MFM office on February 6 and I was charged for it
twice on my statement (two lines of $612 each, same date). My insurance only
processed one of them. I also had the cervical length check that day, which I
understand is separate, but that should be one charge, not two ultrasounds.

Could someone look into this? My phone is 380-555-0114.

Thank you,
Tamsin Okafor
""", pname='Okafor')

add('phi', 'self',
    'Gareth Pryce <gpryce@pryceandsons.co>',
    'NICU Follow-Up Clinic <nicu-followup@larkspurhealth.org>',
    'Elowen hearing re-test',
    'Tue, 19 Mar 2024 20:11:27 -0400',
    """Hello,

This is Gareth Pryce, father of Elowen Pryce (she was in your NICU from November
to the end of January, born at 27 weeks). She failed the hearing screen in her
right ear before discharge and we were told she'd have a re-test at the
follow-up clinic, but her appointment letter only mentions the eye exam and the
developmental check on April 10.

Can the ABR be done the same day? My wife and I both work and it's a 90 minute
drive. Also she's been on the Neosure for 2 months now, should we still be
mixing it at 24 cal?

Thanks,
Gareth
""", pname='Pryce')

add('phi', 'self',
    'Keisha Carter <keishac.4477@gmail.com>',
    'Northgate Pediatrics <northgate-frontdesk@larkspurhealth.org>',
    'pls send to WIC',
    'Thu, 07 Mar 2024 16:55:12 -0500',
    """Hello can you please fax my son's weight and iron blood test to the WIC
office on Parsons Ave. his name is Deshawn Carter Jr, born 4-17-2022. they said
his hemoglobin was 10.1 at his 2 yr checkup and he's on the iron drops now. WIC
fax is 614-555-0150. my appt with them is Tuesday so they need it by Monday

thank u
Keisha
""", pname='Carter')

# =====================================================================
# PHI / ids
# =====================================================================
add('phi', 'ids',
    'Larkspur Microbiology <micro-results@larkspurhealth.org>',
    'OB Clinic RN Pool <obclinic-rn@larkspurhealth.org>',
    'Notify: Accession H24-0318-00472',
    'Mon, 18 Mar 2024 09:02:00 -0400',
    """RESULT REQUIRING CLINICIAN REVIEW

Accession:   H24-0318-00472
MRN:         004817263
DOB:         19880304
Test:        Group B Streptococcus culture, vaginal/rectal
Result:      POSITIVE - Streptococcus agalactiae
Suscept.:    penicillin S, clindamycin R (inducible, D-test positive)
Ordering:    OYELARAN, F

Note from micro: chart lists penicillin allergy (rash). Please review
intrapartum prophylaxis plan.

-- automated message from the Larkspur LIS, do not reply --
""")

add('phi', 'ids',
    'Marlow County WIC <wic-clinic@marlowcountyhealth.gov>',
    'Northgate Pediatrics <northgate-frontdesk@larkspurhealth.org>',
    'Request for measurements',
    'Fri, 08 Mar 2024 10:44:19 -0500',
    """Hello,

We are re-certifying the participant below and need length/height, weight and
hemoglobin from the past 60 days.

  Child:   Amir Haddad
  DOB:     3.4.22
  WIC ID:  7734-221-09
  Parent:  Rania Haddad  (614) 555-0187

Mom says he had a fingerstick hemoglobin at the 2 year checkup and that he was
started on iron. Please fax to 614-555-0150 or reply to this email.

Thank you,
Dolores Whitcomb, CPA
Marlow County WIC Program
""", pname='Haddad')

add('phi', 'ids',
    'Prior Auth Team <priorauth@larkspurhealth.org>',
    'priorauth@buckeyecaremco.com',
    'PA request - vaginal progesterone - member XQJ884201377',
    'Wed, 13 Mar 2024 12:36:48 -0400',
    """Member ID: XQJ884201377
Medicaid ID: 40021877B
DOB: 4 Mar 1988
Prescriber NPI 1487723390 (F. Oyelaran MD)

Requesting: progesterone 200 mg vaginal insert nightly, #30 x 3 refills, from
22w0d through 36w6d.
Indication: short cervix, TVUS cervical length 19 mm at 21w5d on 3/11, no
prior preterm birth. US report attached to the portal submission, ref
PA-24-031388.

Please expedite - pt has already started samples.

Larkspur Health Prior Authorization Team
ph 614-555-0104  fax 614-555-0105
""")

add('phi', 'ids',
    'Postpartum Home Visit Scheduling <pphv@larkspurhealth.org>',
    'Marlow VNA Intake <intake@marlowvna.org>',
    'Add-on Fri 3/22',
    'Wed, 20 Mar 2024 15:12:33 -0400',
    """add-on for Friday if you have anyone -

newborn wt + bili check, chart #P-0092261, 5 days old, TcB 13.8 at discharge
418 Cardinal Ln Apt 3B, Marlow OH 43119
mom cell 740-555-0143, gate code 2291
mom's first language is Nepali - please use the interpreter line

thanks!
Ana
""")

add('phi', 'ids',
    'Patient Financial Services <pfs@larkspurhealth.org>',
    'Yesenia Delgado <ydelgado.home@yahoo.com>',
    'Your statement - account 10029384-01',
    'Mon, 04 Mar 2024 08:00:00 -0500',
    """Dear Ms. Delgado,

As requested, here is an itemized summary for account 10029384-01.

Date of service 01/22/2024 - 01/24/2024
  Vaginal delivery, global OB care ............ $4,860.00
  Epidural anesthesia ......................... $1,410.00
  Room & board, Mother Baby Unit (2 days) ..... $3,980.00
  Rh immune globulin .......................... $  188.40
Insurance paid (Anthem, member ID on file) .... -$9,198.24
Patient balance ............................... $1,240.16

Your newborn's charges are on a separate account (10029384-02).
Payment plans are available - call 614-555-0100 option 3.

Patient Financial Services
Larkspur Women's & Children's Health Network
""", pname='Delgado')

add('phi', 'ids',
    'Release of Information <roi@larkspurhealth.org>',
    'Records Dept <records@fenwickcasualty-law.com>',
    'RE: records request - chart 5521907',
    'Thu, 07 Mar 2024 11:28:15 -0500',
    """Good morning,

Before we release, confirming identifiers on chart 5521907. Your authorization
lists the minor's D.O.B. as 22/07/2019; our chart shows 2019-07-22, so I assume
day/month order - and SSN last 4 (4471) matches. Parent signature is present.

Records included:
 - ED visit 11/03/2023, right forearm fracture (both bones), reduction + cast
 - pediatric ortho follow-ups 11/10 and 12/15
 - PT notes x4

Excluded per the authorization: behavioral health / social work notes.

Invoice to follow ($6.50 base + $0.10/page).

Renee Castellano
Release of Information Specialist, HIM
""")

add('phi', 'ids',
    'Carla Benitez <cbenitez@larkspurhealth.org>',
    'Rx Dept Store 4412 <rx4412@greenleafpharmacy.com>',
    'Tdap already given - pls cancel Sat',
    'Tue, 12 Mar 2024 14:03:27 -0400',
    """Hi, re Ms. Odalys Fairweather
MRN#: 88-21-904 / pt ph (937) 555-0119

Tdap 0.5 mL IM L deltoid given in our office today at 28w1d, lot 7F3K9, so please
don't give it at her pharmacy appt Saturday. She will get the RSV vaccine with us
at 32 weeks too.

Thx
Carla Benitez, LPN
Larkspur OB/GYN - Westerville
""", pname='Fairweather')

add('phi', 'ids',
    'Embryology Lab <embryology@willowbrookfertility.com>',
    'Dr. Renata Szabo <rszabo@willowbrookfertility.com>',
    'Cycle WF-23-1187 day 5',
    'Sun, 10 Mar 2024 12:10:44 -0400',
    """Dr. Szabo,

Cycle WF-23-1187 (pt DOB 11/02/1985, partner DOB 5-15-83), ICSI day 5 report:

  MII at retrieval: 11   2PN: 8
  Day 5 blasts: 4  (4AA, 4AB, 3BB, 3BC)
  All 4 biopsied for PGT-A, vitrified, tubes 1187-E1 through 1187-E4
  2 more on watch for day 6

Shipping biopsies to Genova Diagnostics Monday. Pt has not signed the day 6
culture consent addendum yet - can your nurse follow up?

Yuki
Embryology Lab Supervisor
""")
# =====================================================================
# PHI / lists
# =====================================================================
add('phi', 'lists',
    'Maura Quinlan <mquinlan@larkspurhealth.org>',
    'L&D Charge <ld-charge@larkspurhealth.org>',
    'board for 0700 huddle',
    'Sat, 09 Mar 2024 06:45:10 -0500',
    "board at 0645, fyi for huddle. OR 2 is still down for cleaning.\n\n"
    "Rm\tPt\tG/P\tGA\tStatus\tNotes\n"
    "LDR1\tCastillo-Mendez, Ana\tG1P0\t39+4\t6/90/-1\tepidural, pit 8\n"
    "LDR2\tWhitfield, Jordyn\tG3P2\t40+1\t8/100/0\tTOLAC, cont monitoring\n"
    "LDR4\tOduya, Grace\tG2P1\t37+0\tIOL, cytotec #2\tGDMA2 insulin gtt, FSBS q1h\n"
    "LDR6\tFennimore, Kate\tG1P0\t41+0\t2/50/-2\tIOL post dates, cook cath in\n"
    "Triage\tMbeki, Thandiwe\tG4P3\t33+5\tr/o PTL\tFFN neg, ctx q5-7 irreg\n\n"
    "anesthesia aware of LDR2. Maura\n",
    pname='Castillo-Mendez; Whitfield; Oduya; Fennimore; Mbeki')

add('phi', 'lists',
    'Dr. Piotr Kaminski <pkaminski@larkspurhealth.org>',
    'NICU Attendings <nicu-attendings@larkspurhealth.org>',
    'weekend signout pod A',
    'Fri, 15 Mar 2024 18:30:22 -0400',
    """Signout pod A for Sat/Sun. Nothing crazy.

* A1 - Baby Girl Pham (Thuy's), 29+3 CGA, DOL 12. on CPAP 5, FiO2 25-30%. feeds
  advancing 10/kg/d, now 110. HUS day 14 due Mon.
* A3 - Rhys Callaghan, 34+1, DOL 6. hyperbili resolved, off lights. PO'ing 60%,
  NG the rest. Mom wants to room in Sunday.
* A4 - Baby Boy Osei, term, HIE, s/p cooling, rewarmed Thurs. MRI Mon AM. EEG
  no sz. Dad very engaged, grandma is the point of contact for updates per mom.
* A7 - Imani Whitlock-Boyd, ex-26 wkr now 36+5, BPD, on 1/8 L NC. Car seat test
  + hearing screen this weekend, aiming for d/c Tues. Synagis given 3/14.

Pager 4471 if anything.
PK
""", pname='Pham; Callaghan; Osei; Whitlock-Boyd')

add('phi', 'lists',
    'Lourdes Ybarra <lybarra@larkspurhealth.org>',
    'Northgate Care Coordination <northgate-cc@larkspurhealth.org>',
    'no shows last week - outreach',
    'Mon, 18 Mar 2024 08:14:56 -0400',
    """Please split these for outreach calls. Priority = overdue vaccines or missed f/u.

NAME                    DOB         VISIT MISSED          PHONE          NOTE
----------------------  ----------  --------------------  -------------  ---------------------
Boateng, Kwame          05/14/2023  9 mo WCC              614-555-0191   DTaP #3 overdue
Sandoval, Luz Maria     11/02/2019  ADHD med check        614-555-0102   needs Rx refill appt
Petrov, Aleksandr       02/28/2022  2 yr WCC + lead       740-555-0117   lead never drawn
Hussein, Amina          08/09/2015  asthma f/u            614-555-0153   ED visit 3/2
McAllister-Greene, Ty   01/19/2024  1 mo + bili recheck   614-555-0176   !! priority
Tran, Bao               07/30/2012  sports phys           614-555-0108   low priority

thanks
Lourdes
""", pname='Boateng; Sandoval; Petrov; Hussein; McAllister-Greene; Tran')

add('phi', 'lists',
    'Postpartum RN Follow-up <pp-followup@larkspurhealth.org>',
    'Kendra Voss <kvoss@larkspurhealth.org>',
    'FW: 72 hr post discharge calls - week of 3/11',
    'Fri, 15 Mar 2024 16:02:08 -0400',
    """Kendra - attached is this week's call log for the quality report. 2 still
unreached, I'll try again Monday.

---------- Forwarded message ---------
From: Postpartum RN Follow-up <pp-followup@larkspurhealth.org>
Date: Fri, Mar 15, 2024 at 3:40 PM
Subject: 72 hr post discharge calls - week of 3/11

see attached
""",
    att=[('pp_calls_wk0311.csv', csvtext([
        ['mrn', 'last', 'first', 'delivery_date', 'type', 'bp_home', 'epds', 'concerns', 'reached'],
        ['004902217', 'Lindahl', 'Sigrid', '2024-03-08', 'SVD', '128/82', '4', 'none', 'Y'],
        ['004877310', 'Mbatha', 'Nomvula', '2024-03-08', 'CS', '156/101', '6', 'HA since am - sent to triage', 'Y'],
        ['004913548', 'Reyes-Aguilar', 'Daniela', '2024-03-09', 'SVD', '', '', '', 'N'],
        ['004920071', "O'Driscoll", 'Niamh', '2024-03-10', 'VAVD', '118/76', '13', 'crying daily, referred PBH', 'Y'],
        ['004881962', 'Thapa', 'Sunita', '2024-03-10', 'CS', '122/80', '2', 'incision drainage - wound check 3/14', 'Y'],
        ['004925583', 'Kowalski', 'Brianne', '2024-03-11', 'SVD', '', '', '', 'N'],
    ]), 'text/csv')],
    pname="Lindahl; Mbatha; Reyes-Aguilar; O'Driscoll; Thapa; Kowalski")

add('phi', 'lists',
    'Jonah Petrakis <jpetrakis@larkspurhealth.org>',
    'Helene Baptiste <hbaptiste@fairhavenschools.org>',
    'immunization exclusion list - zipped',
    'Wed, 06 Mar 2024 13:25:50 -0500',
    """Hélène,

Here's the list of students still missing 7th grade Tdap/MenACWY as of today,
cross checked against our SBHC records and the state registry. Zipped it
because your mail kept stripping the csv. Please don't forward outside the office.

The ones marked SBHC_CONSENT=Y we can vaccinate at the clinic Friday.

Jonah
""",
    att=[('fairhaven_7th_imms_0306.zip', mkzip([('fairhaven_7th_imms_0306.csv', csvtext([
        ['student_id', 'last_name', 'first_name', 'dob', 'homeroom', 'missing', 'sbhc_consent', 'notes'],
        ['220418', 'Ogunleye', 'Damilola', '2011-09-14', 'Ortiz', 'Tdap;MenACWY', 'Y', ''],
        ['220533', 'Dubois', 'Léa', '2011-12-01', 'Ortiz', 'MenACWY', 'N', 'parent requested exemption form'],
        ['220547', 'Ferreira', 'Caio', '2012-02-20', 'Hamid', 'Tdap', 'Y', 'egg allergy n/a'],
        ['220610', 'Nakamura', 'Riku', '2011-10-07', 'Hamid', 'Tdap;MenACWY', 'Y', 'fainted w/ last shot - lie down'],
        ['220702', 'Stanek', 'Ava', '2012-05-11', 'Lindqvist', 'MenACWY', 'N', ''],
    ]))]), 'application/zip')],
    pname='Ogunleye; Dubois; Ferreira; Nakamura; Stanek')

add('phi', 'lists',
    'Anne Whitacre <awhitacre@larkspurhealth.org>',
    'Lactation Services <lactation@larkspurhealth.org>',
    'consults today + carryover',
    'Thu, 21 Mar 2024 07:30:00 -0400',
    """morning all - today's list. Corinne has 3rd floor, I have 4th + NICU.

 Rm  | Mom                  | Baby age | Issue                                   | Pri
-----+----------------------+----------+-----------------------------------------+-----
 312 | Gallagher, Siobhan   | 20 h     | flat nipples, shield trial              | 2
 318 | Nwosu, Chiamaka      | 40 h     | twins, supply concern, GDM              | 1
 407 | Haskell, Brooke      | 30 h     | baby 8.2% wt loss, tongue tie?          | 1
 415 | Medina-Torres, Paola | 52 h     | d/c today, pump rental + WIC referral   | 2
 NICU| Whitlock-Boyd (mom)  | ex-26wk  | volume dropping, domperidone question   | 1

Brooke in 407 is asking for frenotomy eval, peds ENT on call is Dr Nair.
- Anne
""", pname='Gallagher; Nwosu; Haskell; Medina-Torres; Whitlock-Boyd')

add('phi', 'lists',
    'Dr. Renata Szabo <rszabo@willowbrookfertility.com>',
    'Willowbrook OR Scheduling <orsched@willowbrookfertility.com>',
    'retrievals + transfers next week',
    'Fri, 22 Mar 2024 17:05:12 -0400',
    """Attached is next week's schedule. Please note Mon 0800 may move if her E2 is
over 4000 tomorrow (freeze-all, OHSS risk). Anesthesia needs to know about the
latex allergy on Wed.

Renata Szabo, MD
Reproductive Endocrinology & Infertility
Willowbrook Fertility
""",
    att=[('RE_schedule_wk0325.xlsx', mkxlsx([
        ['Date', 'Time', 'Patient', 'DOB', 'Procedure', 'Notes'],
        ['2024-03-25', '08:00', 'Bellweather, Aoife', '1989-06-03', 'Oocyte retrieval', 'PCOS, OHSS risk'],
        ['2024-03-25', '09:30', 'Ramanathan, Divya', '1986-01-21', 'FET', 'PGT-A euploid x1'],
        ['2024-03-26', '08:00', 'Kovacs-Lind, Eszter', '1983-11-30', 'Oocyte retrieval', 'AMH 0.6, low responder'],
        ['2024-03-27', '08:30', 'Whitmore, Jade', '1991-04-16', 'Oocyte retrieval', 'LATEX ALLERGY'],
        ['2024-03-27', '10:00', 'Osei-Bonsu, Abena', '1987-08-09', 'FET', 'hx recurrent loss, on Lovenox'],
        ['2024-03-28', '09:00', 'Delacroix, Margaux', '1985-02-25', 'Hysteroscopy', 'polyp on SIS'],
    ]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
    pname='Bellweather; Ramanathan; Kovacs-Lind; Whitmore; Osei-Bonsu; Delacroix')
# =====================================================================
# PHI / struct
# =====================================================================
add('phi', 'struct',
    'Devin Albrecht <dalbrecht@larkspurhealth.org>',
    'Lab Interfaces <lab-interfaces@larkspurhealth.org>',
    'prenatal panel routing to wrong inbox',
    'Mon, 11 Mar 2024 10:05:33 -0400',
    r"""Team - another prenatal panel landed in the general OB pool instead of
Dr Oyelaran's inbox. PV1-8 looks populated but the ID doesn't match her
provider record. Raw msg from the engine below:

MSH|^~\&|SUNQUEST|LARKSPUR_LAB|EPIC|LARKSPUR|20240311093015||ORU^R01|LAB0311093015442|P|2.5.1
PID|1||004829115^^^LARKSPUR^MR||RAMIREZ-OCHOA^LUCIA^M||19960817|F|||2219 W BROAD ST APT 4^^COLUMBUS^OH^43204||(614)555-0177
PV1|1|O|OBCLIN^^^LARKSPUR||||||1234567890^OYELARAN^FELICITY
ORC|RE|ORD88213|H24-0311-01186
OBR|1|ORD88213|H24-0311-01186|PRENATAL^Prenatal Panel|||20240310114500
OBX|1|NM|718-7^Hemoglobin^LN||10.4|g/dL|11.0-15.0|L|||F
OBX|2|ST|882-1^ABO and Rh group^LN||O NEG||||||F
OBX|3|ST|890-9^Antibody screen^LN||NEGATIVE||||||F
OBX|4|ST|5196-1^HBsAg^LN||NONREACTIVE||||||F
OBX|5|ST|7905-3^HIV 1+2 Ab+Ag^LN||NONREACTIVE||||||F
OBX|6|ST|20507-0^RPR^LN||NONREACTIVE||||||F

Can someone check the provider crosswalk table? NPI in there is a dummy.

Devin Albrecht
Clinical Applications Analyst - Beaker/Interfaces
x4820
""", pname='RAMIREZ-OCHOA')

ADT = ("MSH|^~\\&|EPIC|LARKSPUR|CAREAWARE|NICU_MON|20240316042211||ADT^A01|ADT77120455|P|2.3\r"
       "EVN|A01|20240316042200\r"
       "PID|1||004935710^^^LARKSPUR^MR~P0093318^^^LARKSPUR^PI||KEPHART^BABYBOY^^^^^L||20240316035100|M|||77 SYCAMORE HOLLOW DR^^GROVE CITY^OH^43123||(614)555-0139|||||100293881-01\r"
       "NK1|1|KEPHART^MELANIE|MTH|77 SYCAMORE HOLLOW DR^^GROVE CITY^OH^43123|(614)555-0139\r"
       "PV1|1|I|NICU^A5^01^LARKSPUR||||2233445566^KAMINSKI^PIOTR|||NIC||||1|||2233445566^KAMINSKI^PIOTR|IN||MCD\r"
       "DG1|1||P07.33^Preterm newborn, gestational age 30 completed weeks^I10\r"
       "OBX|1|NM|8339-4^Birth weight^LN||1420|g\r")

add('phi', 'struct',
    'Marcus Ebbesen <mebbesen@larkspurhealth.org>',
    'CareAware Support <support@careaware-monitoring.com>',
    'Case 00781234 - A01 not creating bed assignment on monitor',
    'Sat, 16 Mar 2024 08:40:02 -0400',
    """Hi support,

Per our call, attaching the A01 that did not create the bed assignment for
NICU A5-01 at 04:22 this morning. Nurses had to manually admit on the central
station. Same thing happened twice last week. Our engine shows AA ack.

Marcus Ebbesen
Integration Engineer, Larkspur Health IT
""",
    att=[('ADT_A01_20240316_0422.hl7', ADT.encode('ascii'), 'application/octet-stream')],
    pname='KEPHART')

add('phi', 'struct',
    'Yvette Ambrose <yambrose@larkspurhealth.org>',
    'Clearinghouse Support <edisupport@trizettaclear.com>',
    'rejected claim PEM0308A - 2010CA?',
    'Fri, 08 Mar 2024 15:10:45 -0500',
    """Hello,

Claim below rejected with "2010CA NM109 invalid" but the patient IS the
subscriber (Medicaid child), so there shouldn't be a 2010CA loop at all. Can you
tell me if your edit is wrong or our build? Pasted the relevant part.

ISA*00*          *00*          *ZZ*LARKSPURHLTH   *ZZ*CLEARHOUSE01   *240308*1422*^*00501*000004471*0*P*:~
GS*HC*LARKSPURHLTH*CLEARHOUSE01*20240308*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*PEM0308*20240308*1422*CH~
NM1*85*2*LARKSPUR PEDIATRICS NORTHGATE*****XX*1598807712~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*PEMBERTON*NOAH****MI*YH4420917301~
N3*77 ORCHARD HILL RD~
N4*DELAWARE*OH*43015~
DMG*D8*20200915*M~
CLM*PEM0308A*185***11:B:1*Y*A*Y*Y~
HI*ABK:J029*ABF:R509~
LX*1~
SV1*HC:99213*135*UN*1***1~
DTP*472*D8*20240306~
LX*2~
SV1*HC:87880:QW*50*UN*1***1~
DTP*472*D8*20240306~

Thanks,
Yvette Ambrose
Billing Specialist II, Patient Financial Services
614-555-0111
""", pname='PEMBERTON')

add('phi', 'struct',
    'Front Desk Lead <westerville-fd@larkspurhealth.org>',
    'Patient Financial Services <pfs@larkspurhealth.org>',
    'FW: 271 - does this cover IBCLC visits?',
    'Tue, 19 Mar 2024 09:58:30 -0400',
    """Can someone who reads these better than me look? Mom is booked with lactation
Thurs and we don't know if the plan covers it or if she self-pays.

EB*1**30**GOLD PPO 1500~ is all I can find

ISA*00*          *00*          *ZZ*UNITEDHLTHCR   *ZZ*LARKSPURHLTH   *240319*0951*^*00501*000118822*0*P*:~
GS*HB*UNITEDHLTHCR*LARKSPURHLTH*20240319*0951*118822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*LKS0319A*20240319*0951~
HL*1**20*1~
NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
HL*2*1*21*1~
NM1*1P*2*LARKSPUR OB GYN WESTERVILLE*****XX*1730044286~
HL*3*2*22*0~
NM1*IL*1*ASANTE*ADWOA*K***MI*994107235~
N3*5120 BRIARCLIFF WAY~
N4*WESTERVILLE*OH*43081~
DMG*D8*19930622*F~
EB*1**30**GOLD PPO 1500~
EB*C*IND*30***23*1500~
EB*C*IND*30***29*1210~
EB*B**98*HM*NON-PREFERRED*27*40~
MSG*LACTATION COUNSELING COVERED UNDER PREVENTIVE WITH IN-NETWORK PROVIDER~
SE*18*0001~

thx - Gina
""", pname='ASANTE')

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lk-004941207",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "004941207"}
        ],
        "name": [{"family": "Marchetti", "given": ["Giulia", "Rose"]}],
        "gender": "female",
        "birthDate": "2024-03-14",
        "address": [{"line": ["1880 Tamarack Pl"], "city": "Hilliard", "state": "OH", "postalCode": "43026"}],
        "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Chiara Marchetti"},
                     "telecom": [{"system": "phone", "value": "614-555-0182"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "tsb-88120",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "42719-5", "display": "Bilirubin.total [Mass/volume] in Blood"}]},
        "subject": {"reference": "Patient/lk-004941207"},
        "effectiveDateTime": "2024-03-16T06:10:00-04:00",
        "valueQuantity": {"value": 16.8, "unit": "mg/dL"},
        "note": [{"text": "49 hours of life, above phototherapy threshold (neurotoxicity risk factor: none)"}]
      }
    }
  ]
}
"""

add('phi', 'struct',
    'Priya Shanbhag <pshanbhag@larkspurhealth.org>',
    'BiliTrack Dev <dev@bilitrack.io>',
    'payload failing validation on your side',
    'Sat, 16 Mar 2024 11:14:09 -0400',
    """Hi BiliTrack team,

The pilot feed is failing on your endpoint with "effectiveDateTime out of
range" - attaching the exact bundle we POSTed at 06:12 today so you can
reproduce. It's a real one from the nursery since the test env is down, so
please delete after.

Priya Shanbhag
Nursing Informatics, Larkspur Health
""",
    att=[('bundle_tsb_88120.json', FHIR, 'application/json')],
    pname='Marchetti')

add('phi', 'struct',
    'SBHC Records <sbhc-records@larkspurhealth.org>',
    'Health Office <healthoffice@eastbrookacademy.org>',
    'Continuity of care doc - transfer student',
    'Thu, 14 Mar 2024 14:44:38 -0400',
    """Hello, per the signed release from the parent, here is the summary section
for the student transferring to Eastbrook Academy on 3/25. Full C-CDA is in
the HIE. Pasting the key parts since your portal didn't accept the file.

<recordTarget>
  <patientRole>
    <id extension="SB-0041172" root="2.16.840.1.113883.3.9912.7"/>
    <addr use="HP"><streetAddressLine>3307 Kenwick Rd</streetAddressLine>
      <city>Upper Arlington</city><state>OH</state><postalCode>43221</postalCode></addr>
    <telecom use="HP" value="tel:+1-614-555-0164"/>
    <patient>
      <name><given>Tobias</given><family>Lindqvist-Mora</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="20100519"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>Medications</title>
  <text><list>
    <item>Glucagon emergency kit 1 mg IM prn severe hypoglycemia</item>
    <item>Insulin lispro via pump, carb ratio 1:12, correction 1:45 &gt;150</item>
  </list></text>
</section>
<section>
  <title>Problems</title>
  <text>Type 1 diabetes (dx 2019). Celiac disease. Last A1c 7.9% (02/2024).</text>
</section>

Please make sure the school nurse has the updated diabetes care plan before his
first day.

Larkspur School-Based Health Centers - Records
""", pname='Lindqvist-Mora')

add('phi', 'struct',
    'Immunization Registry Team <imm-registry@larkspurhealth.org>',
    'ImpactSIIS Helpdesk <siis-help@impactsiis-odh.org>',
    'VXU rejects - RXA-5 code',
    'Wed, 20 Mar 2024 13:33:17 -0400',
    r"""Hello,

Since the 3/18 build we're getting AE acks on nirsevimab doses. Sample VXU and
the ACK below. Is CVX 306 not loaded on your side yet?

MSH|^~\&|EPIC|LARKSPUR^2.16.840.1.113883.3.9912^ISO|SIIS|OHDOH|20240319151022||VXU^V04^VXU_V04|VX0319151022887|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||004940188^^^LARKSPUR^MR||NDIAYE^AWA^^^^^L|DIOP^FATOU^^^^^M|20240317|F||2054-5^Black or African American^CDCREC|640 LOCKBOURNE RD^^COLUMBUS^OH^43207^^H||^PRN^PH^^^614^5550131
NK1|1|NDIAYE^FATOU|MTH^Mother^HL70063
ORC|RE||IZ-552190^LARKSPUR
RXA|0|1|20240319143000||306^Nirsevimab 50mg/0.5mL^CVX|0.5|mL^mL^UCUM||00^New Administration^NIP001|||||||||K3419A^^SANOFI|20250131|PMC^Sanofi Pasteur^MVX|||CP|A
RXR|C28161^Intramuscular^NCIT|RT^Right Thigh^HL70163

MSH|^~\&|SIIS|OHDOH|EPIC|LARKSPUR|20240319151025||ACK^V04^ACK|ACK887|P|2.5.1
MSA|AE|VX0319151022887
ERR||RXA^1^5|103^Table value not found^HL70357|E

Thanks,
Lena Morrissey, RN
Immunization Program Coordinator
""", pname='NDIAYE')
# =====================================================================
# PHI / lang
# =====================================================================
add('phi', 'lang',
    'Yadira Paredes <yadira.paredes88@hotmail.com>',
    'Northgate Pediatrics <northgate-frontdesk@larkspurhealth.org>',
    'cita para mi hija por favor',
    'Mon, 18 Mar 2024 07:12:40 -0400',
    """Hola buenos días,

Soy la mamá de Valentina Ríos Paredes, nació el 14/02/2023. Desde el sábado tiene
fiebre de 39.2 y no quiere comer, solo toma un poquito de leche. Le di Tylenol 4 ml
a las 5 de la mañana pero sigue caliente. También tiene unas manchitas rojas en
la panza.

¿Le pueden dar cita hoy con la Dra. Mehrotra? Mi número es 614-555-0109.

Gracias,
Yadira
""", pname='Ríos Paredes')

add('phi', 'lang',
    'Juliana Moraes <jmoraes@larkspurhealth.org>',
    'Fernanda Albuquerque <fe.albuquerque@uol.com.br>',
    'Resultado do seu ultrassom',
    'Wed, 13 Mar 2024 16:20:11 -0400',
    """Olá Sra. Fernanda Albuquerque,

Aqui é a Juliana, enfermeira do consultório de Medicina Materno-Fetal. A Dra.
Oyelaran pediu para eu explicar em português o resultado do seu ultrassom
morfológico de 22 semanas (feito em 11/03):

- O bebê está crescendo bem, peso estimado de 480 g, e a anatomia está normal.
- A placenta está baixa (placenta prévia marginal, a 1,2 cm do colo). Muitas
  vezes ela sobe sozinha. Vamos repetir o ultrassom com 32 semanas.
- Até lá, evite relações sexuais e exercícios pesados. Se tiver qualquer
  sangramento, vá direto para a triagem do Centro de Parto.

Sua próxima consulta é dia 27/03 às 14h.

Um abraço,
Juliana Moraes, RN
Larkspur Maternal-Fetal Medicine
""", cte='base64', pname='Albuquerque')

add('phi', 'lang',
    'Phạm Ngọc Ánh <ngocanh.pham92@gmail.com>',
    'OB Nurse Line <ob-rn@larkspurhealth.org>',
    'Hỏi về kết quả xét nghiệm đường',
    'Fri, 15 Mar 2024 20:05:33 -0400',
    """Chào bác sĩ,

Tôi là Phạm Thị Ngọc Ánh, sinh ngày 12/05/1992. Tôi đang mang thai 28 tuần.
Hôm thứ Ba tôi làm xét nghiệm đường huyết (uống nước đường 1 tiếng) và trên
app báo kết quả là 162, có chữ "H" màu đỏ. Tôi có phải làm lại xét nghiệm 3 tiếng
không? Tôi có cần nhịn ăn không?

Chồng tôi đọc tiếng Anh được, số điện thoại 614-555-0124.

Cảm ơn bác sĩ,
Ánh
""", pname='Phạm Thị Ngọc Ánh')

add('phi', 'lang',
    'Widlyne Pierre-Louis <wpierrelouis@larkspurhealth.org>',
    'Marie-Ange Dorvil <madorvil1979@gmail.com>',
    'Randevou Woodley',
    'Tue, 12 Mar 2024 12:40:27 -0400',
    """Bonjou Madam Dorvil,

Se Widlyne, entèprèt kreyòl nan klinik Northgate la. Doktè Mehrotra mande m
ekri w pou pitit ou a, Woodley.

- Rezilta san Woodley a montre li manke fè (anemi). Li dwe pran gout fè a
  1 mL chak jou ak ji zoranj, pa avèk lèt.
- Li gen randevou pou vaksen 12 mwa li ak yon lòt tès san nan 4 semèn, 9 avril
  a 10è nan maten.
- Si li gen lafyèv plis pase 102 oswa li pa vle manje, rele nou:
  614-555-0133.

Mèsi anpil,
Widlyne Pierre-Louis
Entèprèt Medikal, Larkspur Health
""", pname='Dorvil')

add('phi', 'lang',
    'Екатерина Соколова <e.sokolova87@mail.ru>',
    'Willowbrook Fertility Nurses <nurses@willowbrookfertility.com>',
    'День 2 цикла - запись на УЗИ',
    'Thu, 07 Mar 2024 06:58:02 -0500',
    """Здравствуйте,

Меня зовут Екатерина Соколова, дата рождения 03.09.1987. Сегодня у меня 2-й
день цикла, доктор Сабо сказала позвонить, чтобы начать протокол ЭКО. Мне нужно
записаться на УЗИ и анализ крови (ФСГ, ЛГ, эстрадиол). Можно завтра утром?

Ещё вопрос: у меня остались Цетротид и Овитрель с прошлого раза (срок годности
до июня) — можно их использовать?

Если удобнее, можно ответить на английском, я пойму.

Спасибо,
Катя
""", pname='Соколова')

add('phi', 'lang',
    'Maricel Dizon-Santos <maricel.dsantos@yahoo.com>',
    'Lactation Services <lactation@larkspurhealth.org>',
    'Tanong po tungkol sa pagpapasuso',
    'Sun, 10 Mar 2024 22:14:50 -0400',
    """Magandang gabi po,

Ako po si Maricel Dizon-Santos, nanganak po ako noong Marso 2 sa Larkspur (baby
girl, Althea). Simula kahapon po masakit na ang kaliwang suso ko, may pamumula at
matigas, at nilagnat po ako ng 38.5 kaninang hapon. Nagpapasuso pa rin po ako
at nag-pump.

Kailangan ko po bang pumunta sa ER o puwede po bang magpa-appointment bukas?
Allergic po ako sa penicillin.

Salamat po,
Maricel
614-555-0145
""", pname='Dizon-Santos')

add('phi', 'lang',
    'Khaled Al-Omari <k.alomari@gmail.com>',
    'NICU Follow-Up Clinic <nicu-followup@larkspurhealth.org>',
    'موعد ابنتي ليان',
    'Mon, 11 Mar 2024 19:30:15 -0400',
    """السلام عليكم،

أنا خالد العمري، والد الطفلة ليان العمري، تاريخ الميلاد ٢٠٢٣/١٢/٠٢. كانت في وحدة
العناية المركزة لحديثي الولادة لمدة ستة أسابيع. موعد فحص العيون وفحص السمع يوم
الخميس القادم، لكن ليان عندها زكام وحرارة ٣٨ منذ أمس.

هل نأتي إلى الموعد أم نؤجله؟ وهل تحتاج إلى حقنة Synagis هذا الشهر؟

رقم هاتفي 614-555-0156.

شكراً جزيلاً،
خالد
""", cte='base64', pname='ليان العمري')

add('phi', 'lang',
    'Chen Mei <cmei@larkspurhealth.org>',
    'Wang Lina <wanglina0512@163.com>',
    '关于陈子轩的新生儿筛查结果',
    'Thu, 21 Mar 2024 10:48:29 -0400',
    """王丽娜女士您好，

我是Northgate儿科诊所的护士陈梅。陈子轩（出生日期2024年3月8日）的新生儿足跟血筛查结果出来了，
其中促甲状腺激素（TSH）偏高，需要复查。

请您明天（3月22日）上午9点带宝宝来诊所抽血复查，Mehrotra医生会同时给宝宝做检查。
如果复查结果仍然偏高，我们会转诊到儿童内分泌科。

如有问题请致电 614-555-0133，可要求中文翻译。

陈梅 护士
Larkspur Health 北门儿科
""", pname='陈子轩')
# =====================================================================
# CLEAN / admin
# =====================================================================
add('clean', 'admin',
    'Gwen Thackeray <gthackeray@larkspurhealth.org>',
    'L&D RN Staff <ld-rn-all@larkspurhealth.org>',
    'April schedule posted + open shifts',
    'Fri, 15 Mar 2024 13:02:44 -0400',
    """Hi all,

April schedule is posted in the scheduling app. Still open:

  4/6   nights x2
  4/13  days x1
  4/20  nights x1 (charge-capable)
  4/27  days x1

Swap requests to Darnell Oakes by 3/22, after that it's me. Reminder that NRP
renewals are due by 4/30 for Hollis, Okoro-Banks, and Tremblay, and the fetal
monitoring (NCC EFM) class is 4/11 in Classroom C, 0800-1200 - 6 seats left.

If you picked up the 3/30 night, Darnell will call you this week to confirm.

Gwen Thackeray, MSN, RNC-OB
Nurse Manager, Labor & Delivery
614-555-0106 | cell 614-555-0199
""")

add('clean', 'admin',
    'Larkspur IT Service Desk <servicedesk@larkspurhealth.org>',
    'Rochelle Amankwah <ramankwah@larkspurhealth.org>',
    'INC0048812 resolved - armband printer NICU pod B',
    'Tue, 12 Mar 2024 16:45:00 -0400',
    """Incident INC0048812 has been RESOLVED.

Caller:       Rochelle Amankwah (x4410)
Location:     NICU Pod B, 4th floor, nurse station
Asset tag:    LH-PRN-02291 (Zebra HC100 wristband printer)
Description:  Armband printer printing blank labels after the 3/11 driver push.
Resolution:   Replaced printhead, re-applied driver 5.1.16, test print OK.
              Also re-mapped default tray for pod B workstations WS-N4B-01..06.
Technician:   Ravi Chandrasekar

If the issue comes back, reply to this email within 5 days to reopen, or call
the Service Desk at x4357 (HELP).

Larkspur Health IT Service Desk
""")

add('clean', 'admin',
    'Revenue Cycle Communications <rc-comms@larkspurhealth.org>',
    'PFS All <pfs-all@larkspurhealth.org>',
    'Resolute downtime 3/23 + Feb coding invoice',
    'Wed, 20 Mar 2024 10:10:10 -0400',
    """Team,

1) Billing system downtime: Saturday 3/23 from 01:00 to 05:00 for the quarterly
upgrade. Claims scrubber and statements will be paused. Downtime charge tickets
are in the blue binder at each front desk; enter them by Monday noon.

2) Cedar Lane Coding Partners invoice INV-2024-03318 for February outsourced
coding ($14,220.00, PO 4500118823) is approved - AP please release. Their
contact for questions is Mitch Landry, 312-555-0148.

3) Reminder: new denial codes crosswalk is on the SharePoint, v2.3.

Thanks,
Alana Prewitt
Director, Revenue Cycle Operations
""")

add('clean', 'admin',
    'Larkspur HR Benefits <benefits@larkspurhealth.org>',
    'All Staff <allstaff@larkspurhealth.org>',
    'New for 2024: fertility benefit + expanded parental leave',
    'Mon, 04 Mar 2024 09:00:00 -0500',
    """Dear colleagues,

Starting April 1, all benefits-eligible employees on the PPO or HDHP plans will
have access to an expanded family-building benefit:

  - IVF and IUI coverage up to a $25,000 lifetime maximum
  - fertility preservation (egg/sperm freezing) for medical and elective reasons
  - adoption and surrogacy reimbursement up to $10,000

Paid parental leave also increases from 6 to 10 weeks for birthing and
non-birthing parents.

Info sessions: 3/12 at noon (Auditorium B) and 3/14 at 7 pm (Teams). Questions
go to Nkechi Obi, Benefits Manager, at x4205 or benefits@larkspurhealth.org.
Please do not send medical details by email - the carrier handles all
clinical eligibility.

Larkspur Human Resources
""", html="""<html><body>
<h3>New for 2024: fertility benefit + expanded parental leave</h3>
<p>Starting <b>April 1</b>, all benefits-eligible employees on the PPO or HDHP plans will have access to an expanded family-building benefit:</p>
<ul><li>IVF and IUI coverage up to a $25,000 lifetime maximum</li>
<li>fertility preservation (egg/sperm freezing) for medical and elective reasons</li>
<li>adoption and surrogacy reimbursement up to $10,000</li></ul>
<p>Paid parental leave also increases from 6 to 10 weeks for birthing and non-birthing parents.</p>
<p>Info sessions: 3/12 at noon (Auditorium B) and 3/14 at 7 pm (Teams). Questions go to Nkechi Obi, Benefits Manager, at x4205.</p>
<p><i>Please do not send medical details by email - the carrier handles all clinical eligibility.</i></p>
</body></html>""")

add('clean', 'admin',
    'Facilities Work Orders <facilities@larkspurhealth.org>',
    'Colette Marsh <cmarsh@larkspurhealth.org>',
    'WO-33781 Mothers room 3W - freezer / badge reader',
    'Thu, 14 Mar 2024 11:20:54 -0400',
    """Work order WO-33781 has been updated.

Location: Employee lactation room 3W (room 3W-118)
Request:  Milk storage freezer not holding temp (reads 14F), badge reader on door
          intermittently denying access.
Status:   Parts ordered. Freezer replacement (Helmer iLF105) ETA 3/19.
          Badge reader reset by Security, please have staff report any further
          denials to Security at x4911.
Temp:     Staff can use the 4W room (4W-102) in the meantime; signage posted.

Assigned: Hector Villalba, Facilities Tech II, pager 3320
""")

add('clean', 'admin',
    'Brightside Medical Supply <ar@brightsidemedsupply.com>',
    'Accounts Payable <ap@larkspurhealth.org>',
    'Invoice 88214 - Larkspur NICU / Lactation',
    'Mon, 18 Mar 2024 08:33:21 -0500',
    """Please find our invoice details below. PDF copy is available on the supplier portal.

Invoice #:   88214
PO #:        4500119042
Ship to:     Larkspur Women's & Children's, Dock 2, attn: NICU Supply
Terms:       Net 30

Qty  Item                                        Unit      Ext
40   Symphony pump kit, double                  $9.80     $392.00
12   Breast milk bottles 2 oz, case/200         $61.25    $735.00
6    Neonatal pulse ox sensors, box/24          $188.00   $1,128.00
3    Infant scale calibration service           $95.00    $285.00
                                               Total:    $2,540.00

Questions: Toni Gallardo, AR, 800-555-0175 x12
""")

add('clean', 'admin',
    'Medical Staff Office <medstaff@larkspurhealth.org>',
    'OB/GYN Department <obgyn-dept@larkspurhealth.org>',
    'Perinatal M&M moved - Auditorium B, 3/28',
    'Fri, 22 Mar 2024 14:00:00 -0400',
    """All,

Perinatal Morbidity & Mortality conference on Thursday 3/28 has moved from the
Board Room to Auditorium B, 7:00-8:00 am, because of the expected turnout.
Breakfast provided by the Department.

CME: 1.0 AMA PRA Category 1 credit. Text code 48213 to 614-555-0190 during
the session to claim.

Parking validation for non-employed attendings at the Garage C booth.

Reminder that M&M materials are peer review protected - do not forward slides.

Medical Staff Office | x4150
""")

# =====================================================================
# CLEAN / lookalike
# =====================================================================
add('clean', 'lookalike',
    'Maple Grove Animal Hospital <reminders@maplegroveanimal.com>',
    'Laura Mendes <lmendes77@gmail.com>',
    "Biscuit is due for vaccines!",
    'Tue, 05 Mar 2024 08:00:00 -0500',
    """Hi Laura,

Our records show that Biscuit (canine, patient #20311) is due for the following:

  Rabies (3 yr) ........ due 03/21/2024
  DHPP booster ......... due 03/21/2024
  Heartworm test ....... due 04/01/2024

At his last exam Dr. Harriet Oyelowo, DVM noted his weight at 22.4 lb and
recommended a dental cleaning. Book online or call 614-555-0193.

Maple Grove Animal Hospital
"Where every patient has four paws"
""")

add('clean', 'lookalike',
    'Peak Motion Fitness <hello@peakmotionfit.com>',
    'Jasmine Whitford <jwhitford.runs@gmail.com>',
    'Membership #448120 - freeze confirmed + spring schedule',
    'Sat, 02 Mar 2024 10:15:00 -0500',
    """Hi Jasmine,

Your membership freeze for #448120 is confirmed from 3/1 through 5/31. Your
billing will resume on 6/1 at $49/month. No action needed.

Spring class schedule:
  Prenatal Yoga ........ Tues/Thurs 6:00 pm (Studio B)
  Postnatal Bootcamp ... Sat 9:00 am, strollers welcome
  Pelvic Floor Pilates . Mon 12:15 pm
  Body comp scans ...... by appointment, $25 non-members

Questions? Call the front desk at 614-555-0186.
Keep moving,
The Peak Motion Team
""")

add('clean', 'lookalike',
    'Scioto Valley Credit Union <alerts@sciotovalleycu.org>',
    'Marcus Delaney <mdelaney@outlook.com>',
    'Member # 0048812-S1: payment reminder',
    'Wed, 13 Mar 2024 06:00:00 -0400',
    """Dear MARCUS DELANEY,

This is a reminder that your auto loan payment is due.

  Member number:   0048812-S1
  Loan ID:         L-77 (share suffix 80)
  Amount due:      $412.66
  Due date:        03/20/2024
  Account ending:  ...3391

Pay in the app, by phone at 800-555-0162, or at any branch. If you've already
paid, thank you!

Scioto Valley Credit Union. Federally insured by NCUA.
Never share your PIN or online banking password - we will never ask for it.
""")

add('clean', 'lookalike',
    'Meridian Air <noreply@meridianair.com>',
    'Hollis Ashworth <hollis.ashworth@gmail.com>',
    'Your trip confirmation QX7RTD - Columbus to Tampa',
    'Thu, 07 Mar 2024 19:22:41 -0500',
    """Thank you for flying Meridian Air!

Confirmation code: QX7RTD

Passengers
  1. ASHWORTH/HOLLIS MR          Seat 14C   SkyMiles# MA209918774
  2. ASHWORTH/LILY (INFANT) DOB 14JAN2024   Lap infant with passenger 1
  3. ASHWORTH/PAIGE MRS          Seat 14D

Flights
  MA 1182  CMH 07:10 -> TPA 09:38  Sat 06 Apr 2024
  MA 1419  TPA 18:05 -> CMH 20:31  Sat 13 Apr 2024

Special requests: bassinet not available on this aircraft. Strollers and car
seats can be gate checked free of charge.

Lap infants must be under 2 years on the date of travel. Please bring proof of
age (birth certificate or passport).
""")

add('clean', 'lookalike',
    'Cardinal Mutual Auto Claims <claims@cardinalmutual.com>',
    'Brenda Kowalczyk <bkowalczyk@yahoo.com>',
    'Claim AC-2291-7781 - estimate approved',
    'Mon, 11 Mar 2024 14:40:03 -0400',
    """Dear Brenda,

We have reviewed the estimate from Tri-Village Collision for claim
AC-2291-7781 (policy CM-00419-88, 2019 Honda CR-V) and approved repairs in the
amount of $3,842.17, less your $500 deductible.

Per your report of the 3/4 incident in the Kroger lot, no injuries were
reported and no other vehicle was involved, so no medical payments coverage
is being opened on this claim.

Rental coverage: up to 10 days at $35/day with Enterprise, reservation #
88EQ1120.

Your adjuster: Tomas Hewitt, 614-555-0121 ext 4.
Cardinal Mutual Insurance
""")

add('clean', 'lookalike',
    'Oak & Elm Tree Surgeons <office@oakandelmtree.com>',
    'Priscilla Vance <pvance.home@gmail.com>',
    'Diagnosis & treatment plan - silver maple (back yard)',
    'Fri, 08 Mar 2024 12:55:18 -0500',
    """Hi Priscilla,

Thanks for having us out Tuesday. Summary of what our arborist found:

Patient: Silver maple, approx. 60 years old, 28" DBH, rear property line
Diagnosis: Verticillium wilt (vascular streaking confirmed in 3 branch samples),
plus a cavity at the 14 ft union with about 30% decay.
Prognosis: Fair for 3-5 years with treatment; poor long term.

Treatment plan:
  1. Remove dead and flagging limbs (crown cleaning), haul away   $1,150
  2. Deep-root fertilization, spring + fall                         $340
  3. Cable/brace the union                                          $480
  4. Re-assess in 12 months

Quote Q-24-1184 is valid for 30 days. Call Dale at 614-555-0140 to schedule.

Oak & Elm Tree Surgeons - ISA Certified Arborists OH-6621A
""")

add('clean', 'lookalike',
    'Rafael Quintero <rquintero@freightlane.io>',
    'Platform Team <platform@freightlane.io>',
    'postmortem: patient-retry worker OOM on prod-east',
    'Tue, 19 Mar 2024 17:02:56 -0700',
    """Quick postmortem before tomorrow's sync.

What happened: the `patient-retry` worker (the one that wraps our PatientBackoff
lib for carrier API calls) got OOM-killed on prod-east at 14:12 PT. PID 4471,
pod patient-retry-7d9c6f-2xq8k. Pager went to Dev, triaged by Amira.

Root cause: a carrier returned 429s for ~40 min and the retry queue held every
payload in memory instead of spilling to Redis. Heap dump shows 2.1 GB of
ShipmentEvent objects.

Symptoms: elevated latency on /v2/quotes, 3% error rate, no data loss.

Treatment (lol): cap in-memory queue at 5k, spill to Redis, add jitter.
PR #2291 is up, ticket FL-8812. Amira and I will pair on the chaos test Thurs.

Rafael
""")
# =====================================================================
# CLEAN / news
# =====================================================================
add('clean', 'news',
    'Larkspur Pulse <pulse@larkspurhealth.org>',
    'All Staff <allstaff@larkspurhealth.org>',
    'Larkspur Pulse - March 2024',
    'Fri, 01 Mar 2024 07:00:00 -0500',
    """LARKSPUR PULSE | March 2024

NEW NICU FAMILY SUITES OPEN
Eight new private family suites opened on 4 West this month, letting parents
stay overnight beside their babies. The project was funded in part by the
Larkspur Foundation's 2023 Starlight Gala.

BY THE NUMBERS - 2023
  Births at Larkspur Birth Center ........ 6,412
  NICU admissions ........................ 812
  Lactation consults ..................... 9,940
  School-based health center visits ...... 14,305
  Exclusive breastmilk at discharge ...... 61% (up from 54%)

STAFF SPOTLIGHT: CORA ABERNETHY, RN, IBCLC
Cora has spent 22 years supporting families on Mother Baby. "The best day is
when a mom who was ready to quit tells me she's still nursing at six months."

DAISY AWARD
Congratulations to Felipe Santangelo, RN (NICU), nominated by a family for the
care he gave during their 98-day stay.

Upcoming: Safe Sleep week 3/18-3/22, Nurses Week planning committee meets 3/27.
""", html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#6b2d7b">LARKSPUR PULSE</h1><p><i>March 2024</i></p>
<h2>New NICU family suites open</h2>
<p>Eight new private family suites opened on 4 West this month, letting parents stay overnight beside their babies. The project was funded in part by the Larkspur Foundation's 2023 Starlight Gala.</p>
<h2>By the numbers - 2023</h2>
<table><tr><td>Births at Larkspur Birth Center</td><td>6,412</td></tr>
<tr><td>NICU admissions</td><td>812</td></tr>
<tr><td>Lactation consults</td><td>9,940</td></tr>
<tr><td>School-based health center visits</td><td>14,305</td></tr>
<tr><td>Exclusive breastmilk at discharge</td><td>61% (up from 54%)</td></tr></table>
<h2>Staff spotlight: Cora Abernethy, RN, IBCLC</h2>
<p>Cora has spent 22 years supporting families on Mother Baby. &ldquo;The best day is when a mom who was ready to quit tells me she's still nursing at six months.&rdquo;</p>
<h2>DAISY Award</h2>
<p>Congratulations to Felipe Santangelo, RN (NICU), nominated by a family for the care he gave during their 98-day stay.</p>
<p>Upcoming: Safe Sleep week 3/18-3/22, Nurses Week planning committee meets 3/27.</p>
</body></html>""")

add('clean', 'news',
    'Marlow County Public Health <alerts@marlowcountyhealth.gov>',
    'Health Alert Network list <han-list@marlowcountyhealth.gov>',
    'HEALTH ADVISORY: Pertussis activity increasing - Marlow County',
    'Thu, 14 Mar 2024 15:30:00 -0400',
    """MARLOW COUNTY HEALTH ALERT NETWORK - HEALTH ADVISORY #2024-04
Date: March 14, 2024

Marlow County Public Health is reporting 23 confirmed and probable cases of
pertussis since January 1, compared with 6 in the same period of 2023.

Cases by age group:
  < 6 months ....... 4  (3 hospitalized)
  6 mo - 4 yrs ..... 5
  5 - 10 yrs ....... 8
  11 - 18 yrs ...... 5
  adults ........... 1

Recommendations for clinicians:
 - Test (PCR) and treat empirically any infant with apnea or paroxysmal cough.
 - Offer Tdap in every pregnancy at 27-36 weeks, ideally early in that window.
 - Check DTaP/Tdap status at every pediatric and adolescent visit.
 - Report suspect cases within 24 hours to 740-555-0100.

No school closures are recommended at this time.

Dr. Evangeline Marsh, MD, MPH
Health Commissioner
""")

add('clean', 'news',
    'Product Safety Alerts <recalls@larkspurhealth.org>',
    'Pharmacy, Nursing, Lactation <clinical-alerts@larkspurhealth.org>',
    'RECALL: NutriNest Gentle Infant Formula - select lots',
    'Tue, 19 Mar 2024 11:00:00 -0400',
    """PRODUCT RECALL NOTICE - ACTION REQUIRED

Manufacturer: NutriNest Nutrition Co.
Product:      NutriNest Gentle Infant Formula with Iron, 12.4 oz powder
Reason:       possible Cronobacter sakazakii contamination found in
              finished-product testing. No illnesses reported to date.

Affected lots (on can bottom):
  NN24015A   exp 01/2026
  NN24016A   exp 01/2026
  NN24022C   exp 02/2026

Actions:
 1. Pharmacy and nutrition room: quarantine any stock from these lots today.
 2. Clinics with formula samples for WIC bridging: check and pull.
 3. Families asking about home supply: advise to stop using, return to store
    for a refund, and call their pediatrician if the baby has fever, poor
    feeding or lethargy.

Larkspur Product Safety Committee
""")

add('clean', 'news',
    'Ohio Perinatal Quality Collaborative <news@opqc-example.org>',
    'OPQC Members <members@opqc-example.org>',
    'OPQC Quarterly: severe maternal hypertension data, Q4 2023',
    'Wed, 06 Mar 2024 12:00:00 -0500',
    """OPQC QUARTERLY UPDATE

Treatment within 60 minutes of severe-range BP (>=160/110), participating hospitals

               Q1 2023   Q2 2023   Q3 2023   Q4 2023
  All sites       58%       63%       67%       72%
  Level III/IV    61%       66%       71%       76%
  Level I/II      52%       57%       60%       64%

Postpartum readmissions for hypertension fell from 1.9 to 1.4 per 100 deliveries
statewide. Sites that sent patients home with a BP cuff and a call-back
protocol saw the largest drop.

Save the date: spring learning session May 9 in Columbus. Teams should bring one
run chart and one story of a process change.

Ohio Perinatal Quality Collaborative
""")

add('clean', 'news',
    'Larkspur Infection Prevention <ip@larkspurhealth.org>',
    'Pediatrics & OB Providers <peds-ob-providers@larkspurhealth.org>',
    'RSV season wrap-up and 2024-25 infant protection planning',
    'Mon, 25 Mar 2024 09:30:00 -0400',
    """Colleagues,

As RSV season winds down, a quick summary and look ahead:

- This season we gave 1,146 doses of nirsevimab across the birth center and
  pediatric clinics. Supply was limited from Nov 3 to Dec 15; the
  prioritization tiers worked as planned.
- 418 pregnant patients received RSVpreF vaccine at 32-36 weeks in our OB
  offices. Infants born 14+ days after maternal vaccination generally do not
  need nirsevimab.
- Network pediatric RSV admissions: 61, vs 139 in 2022-23.

For 2024-25 we plan to start nirsevimab in the nursery Oct 1 and maternal
vaccination Sept 1. Ordering forms will go out in July.

Questions: Dr. Hana Lindahl-Ruiz, Medical Director, Infection Prevention.
""")

add('clean', 'news',
    'Ohio WIC Program Updates <wic-updates@marlowcountyhealth.gov>',
    'WIC Partners <wic-partners@marlowcountyhealth.gov>',
    'WIC partner update: new infant formula contract begins Oct 1',
    'Thu, 21 Mar 2024 10:00:00 -0400',
    """WIC PARTNER UPDATE - March 2024

New contract formula: beginning October 1, 2024 the Ohio WIC standard contract
formulas will change. Participants will be transitioned at their next benefit
issuance; no new medical documentation form is needed for standard formulas.

Medical documentation (Form 216) is still required for exempt infant formulas
and WIC-eligible nutritionals. The updated form (rev 3/2024) is on the WIC
partner page - please discard older versions.

Fax line change: Marlow County WIC's fax number will change on April 15 to
614-555-0150. Secure email remains wic-clinic@marlowcountyhealth.gov.

Clinic hours: Parsons Ave site now open Saturdays 8-12.

Thank you for partnering with us!
""")

# =====================================================================
# CLEAN / staff
# =====================================================================
add('clean', 'staff',
    'Yolanda Pritchett <ypritchett@larkspurhealth.org>',
    'L&D RN Staff <ld-rn-all@larkspurhealth.org>',
    'PPH bundle changes starting 4/1',
    'Mon, 18 Mar 2024 12:12:12 -0400',
    """Hi everyone,

Reminders on the updated postpartum hemorrhage bundle that goes live 4/1:

1. Quantitative blood loss (QBL) on EVERY delivery, not just c/s. Weigh
   pads and drapes; the conversion chart is on the side of each cart.
2. Stage 1 (QBL >500 vag / >1000 c/s or VS changes): call charge + provider,
   2nd IV, fundal massage, TXA 1 g IV within 3 hrs of birth if ordered.
3. Hemorrhage cart checks now once per shift (was daily). Initial the log.
4. Blood bank now holds 2 units O neg in the L&D fridge at all times.

Drills: we'll run unannounced sims in April - no names, no grading, just practice.

Yolanda Pritchett, MSN, RN, C-EFM
Perinatal Quality & Safety Nurse
""")

add('clean', 'staff',
    'Dr. Piotr Kaminski <pkaminski@larkspurhealth.org>',
    'NICU Leadership <nicu-leadership@larkspurhealth.org>',
    'staffing this weekend',
    'Thu, 21 Mar 2024 21:03:40 -0400',
    """we're at 46 of 48 beds with 2 more moms on Mg upstairs (a 27 weeker and a
30 weeker per L&D) so could be full by Sat. Nights are short 3 RNs Fri and Sat
even after the float pool. can we approve incentive pay for this weekend and
ask the transport team to flex in?

also: the 2 isolettes in pod C that were out for repair are back, thanks Gil.

PK
""")

add('clean', 'staff',
    'Dr. Simone Achterberg <sachterberg@larkspurhealth.org>',
    'Felicity Oyelaran <foyelaran@larkspurhealth.org>',
    'curbside - cholestasis timing',
    'Tue, 12 Mar 2024 14:50:09 -0400',
    """Felicity - quick curbside, no need to see her unless you think so.

30s G2P1 at 34 weeks, itching palms/soles x 1 wk, bile acids came back 46,
LFTs mildly up. Prior SVD at term. On ursodiol since Monday. NSTs fine.

I was planning delivery at 37 wks per the SMFM table. Would you go earlier with
a level in the 40s, or repeat bile acids weekly and only move up if >100?

Thanks, Simone
""")

add('clean', 'staff',
    'Corinne Babineaux <cbabineaux@larkspurhealth.org>',
    'Lactation Services <lactation@larkspurhealth.org>',
    'donor milk criteria - draft for comment',
    'Fri, 22 Mar 2024 15:41:03 -0400',
    """Hi team,

Attached (well, pasted) is the draft language for the donor milk policy update
going to the Nutrition Committee on 4/4. Please comment by 4/1.

  Pasteurized donor human milk (PDHM) may be offered on Mother Baby for:
   - infants < 2500 g or < 37 weeks
   - hypoglycemia requiring supplementation when parent's own milk is
     insufficient
   - weight loss > 10% with parent's goal of exclusive breastmilk
  Consent (verbal, documented) required. Max 48 hrs on MBU, then reassess.

We ran ~180 L through the milk bank partnership last year; Mother Baby use
would add an estimated 25-30 L. Budget approved for a pilot.

Corinne
""")

add('clean', 'staff',
    'Dr. Anjali Mehrotra <amehrotra@larkspurhealth.org>',
    'Northgate Providers <northgate-providers@larkspurhealth.org>',
    'teaching point from this week - button batteries',
    'Fri, 08 Mar 2024 17:20:33 -0500',
    """Hi all,

Not going into specifics, but we had a toddler this week whose parent reported
possibly swallowing "something shiny" from a remote. Kid looked totally fine.
X-ray showed a button battery in the esophagus. Went to the ED, scoped within
2 hours, mucosal burns but should recover fully.

Reminders:
 - any suspected button battery ingestion = immediate X-ray, don't wait on sx
 - honey 10 mL q10 min en route for kids over 1 yr, if within 12 hrs of ingestion
 - "coin" on film with a halo/double ring = battery until proven otherwise

Poison Control 1-800-222-1222 has a good handout, I left copies at each station.

Anjali
""")

add('clean', 'staff',
    'Yuki Tanabe <ytanabe@willowbrookfertility.com>',
    'Embryology Staff <embryology@willowbrookfertility.com>',
    'QC log - incubator 3 drift',
    'Mon, 11 Mar 2024 07:55:48 -0400',
    """Morning all,

Weekend QC on the benchtop incubators:

  Inc 1  37.0 C  CO2 6.0%  O2 5.1%  pH 7.28   OK
  Inc 2  37.1 C  CO2 6.1%  O2 5.0%  pH 7.27   OK
  Inc 3  36.6 C  CO2 5.6%  O2 5.3%  pH 7.33   OUT OF RANGE
  Inc 4  37.0 C  CO2 6.0%  O2 5.0%  pH 7.29   OK

Inc 3 is taken out of service; nothing was in culture in it since Friday.
Service ticket with the vendor is #VS-20417. Please move any new cultures to
Inc 1/2/4 and log lot numbers of the media you use this week (G-TL lot 240211).

Yuki Tanabe, MS, ELD(ABB)
Embryology Lab Supervisor
""")

add('clean', 'staff',
    'Jonah Petrakis <jpetrakis@larkspurhealth.org>',
    'SBHC Clinicians <sbhc-clinicians@larkspurhealth.org>',
    'minor consent question for new staff',
    'Wed, 20 Mar 2024 16:06:27 -0400',
    """Hi all - our new PA (welcome Rania!) asked a good question, sharing the
answer so we're all consistent.

In Ohio, minors can consent on their own for:
  - STI testing and treatment
  - some outpatient mental health (limited sessions, 14+)
  - substance use treatment
Contraception is the gray area - our policy is to follow the Title X rules at
sites that have Title X funding (Fairhaven and Linden) and get parent consent
elsewhere.

Never send appointment reminders to the parent portal for confidential visits;
use the teen's own phone or school email. The EHR "confidential encounter"
flag has to be checked manually, it does NOT default.

Jonah
""")

# =====================================================================
# CLEAN / training
# =====================================================================
add('clean', 'training',
    'Epic Training Team <epictraining@larkspurhealth.org>',
    'New Hire RNs - March <newhire-rn-0324@larkspurhealth.org>',
    'Stork class exercise - training environment login',
    'Mon, 04 Mar 2024 08:10:00 -0500',
    """Welcome to Stork (L&D) training!

Log in to the TRAINING environment (PLY) only - the icon with the yellow
background. Your training user is TRN-RN## (your seat number).

Exercise 1: admit the training patient below to LDR 4 and start an induction.

  Patient:   ZZTEST, LABORMOM
  MRN:       T9990001
  DOB:       01/01/1990
  GA:        39w0d, G1P0, GBS neg (sample data)

Exercise 2: deliver and create the newborn chart:
  ZZTEST, BABYGIRL LABORMOM   MRN T9990002

Do NOT look up real patients in PLY - everything there is fake and refreshed
nightly. Class runs 0800-1600, lunch provided.

Epic Training Team | x4780
""")

add('clean', 'training',
    'Sandeep Varma <svarma@interlinkhealthtech.com>',
    'Marcus Ebbesen <mebbesen@larkspurhealth.org>',
    'demo files for Thursday - Interlink engine',
    'Tue, 12 Mar 2024 11:11:11 -0500',
    r"""Hi Marcus,

For Thursday's demo of the Interlink routing rules, here are the sample
messages we'll use. All synthetic - processing ID is T and the patient is the
standard John Doe record from our test kit.

MSH|^~\&|DEMO_EHR|DEMO_HOSP|INTERLINK|DEMO|20240101120000||ADT^A04|DEMO00001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(555)555-5555
PV1|1|O|DEMOCLINIC^^^DEMO_HOSP||||0000000000^PROVIDER^TEST

MSH|^~\&|DEMO_LAB|DEMO_HOSP|INTERLINK|DEMO|20240101121500||ORU^R01|DEMO00002|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JANE||19800101|F
OBX|1|NM|2345-7^Glucose^LN||99|mg/dL|70-99||||F

Bring a laptop with the sandbox VPN profile. See you at 10.

Sandeep Varma
Solutions Engineer, Interlink Health Technologies
""")

add('clean', 'training',
    'Priya Shanbhag <pshanbhag@larkspurhealth.org>',
    'Nursing Informatics <nursing-informatics@larkspurhealth.org>',
    'FHIR sandbox walkthrough notes',
    'Thu, 21 Mar 2024 13:37:00 -0400',
    """Notes from today's lunch-and-learn. The sandbox server is
https://fhir-sandbox.larkspurhealth.org/r4 (test data only, no PHI allowed).

Try:
  GET /Patient?family=Testpatient
returns the sample record:

  {
    "resourceType": "Patient",
    "id": "example-001",
    "meta": {"tag": [{"code": "SYNTHETIC"}]},
    "name": [{"family": "Testpatient", "given": ["Zelda"]}],
    "birthDate": "2000-01-01"
  }

  GET /Observation?patient=example-001&code=8302-2
returns a made-up body length series for the growth chart demo.

Homework: write the search that pulls all Observations with category
vital-signs for example-001 sorted by date. Answers Friday.

Priya
""", att=[('sandbox_cheatsheet.txt', """FHIR SANDBOX CHEAT SHEET (synthetic data only)
Base: https://fhir-sandbox.larkspurhealth.org/r4
Test patients: example-001 Testpatient, Zelda; example-002 Sample, Baby
GET /Patient/{id}
GET /Observation?patient={id}&category=vital-signs&_sort=date
GET /Immunization?patient={id}
POST /Bundle (type=transaction) - sandbox resets nightly at 02:00
""", 'text/plain')])

add('clean', 'training',
    'Simulation Center <simcenter@larkspurhealth.org>',
    'OB Sim Participants <ob-sim@larkspurhealth.org>',
    'Sim day 3/26 - shoulder dystocia + neonatal resus scenarios',
    'Fri, 15 Mar 2024 09:45:00 -0400',
    """Hello participants,

Scenario packets for the 3/26 interprofessional sim day:

Scenario A - "Noelle" (SimMom high-fidelity manikin)
  Fictional 31 y/o G3P2 at 40w2d, EFW 4200 g, precipitous second stage.
  Turtle sign on delivery of the head. Team must call for help, McRoberts,
  suprapubic pressure, rotational maneuvers. Timer runs on the wall.

Scenario B - "Baby Noelle" (SimNewB)
  Apneic at birth, HR 60. NRP algorithm through PPV and compressions.

These are fictional cases written by the sim faculty - there is no real patient
behind them. Please review the NRP 8th ed. algorithm beforehand.

Sim Center, Garage C level 2 | 614-555-0180
""")

add('clean', 'training',
    'Coding Education <coding-ed@larkspurhealth.org>',
    'PFS Coders <pfs-coders@larkspurhealth.org>',
    'Module 4 homework - 837P loop structure (sample file)',
    'Wed, 13 Mar 2024 15:00:00 -0400',
    """For Module 4, mark up the sample 837P below: label each loop (2000A, 2010AA,
2000B, 2010BA, 2300, 2400). This is the vendor's SAMPLE file - every name and
ID is fake.

ST*837*0001*005010X222A1~
BHT*0019*00*SAMPLE01*20240101*1200*CH~
NM1*85*2*SAMPLE PEDIATRIC CLINIC*****XX*9999999999~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*SAMPLE*PATIENT****MI*TEST00000001~
N3*123 TEST STREET~
N4*ANYTOWN*OH*00000~
DMG*D8*20200101*F~
CLM*SAMPLE001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00129~
LX*1~
SV1*HC:99392*100*UN*1***1~
DTP*472*D8*20240101~
SE*15*0001~

Bonus: what would change if the patient were not the subscriber?
Due next Wednesday.

Renata Oduya-Fisk, CPC, CPMA
Coding Educator
""")

add('clean', 'training',
    'Newborn Screening Program <nbs-ed@larkspurhealth.org>',
    'Mother Baby RNs <mbu-rn-all@larkspurhealth.org>',
    'NBS card competency - examples of unsatisfactory specimens',
    'Tue, 26 Mar 2024 10:20:00 -0400',
    """Annual newborn screening card competency is due 4/30.

In the learning module you'll see three SAMPLE cards filled out for a training
baby "ZZBABY, TEST" (mother "DOE, JANE", DOB 01/01/2024, MRN 000000000). They
show the most common reasons the state lab rejects specimens:

  1. Layered / clotted blood circles
  2. Specimen collected < 24 hrs of age without the "early" box checked
  3. Card dried in a plastic bag

Reminder: collect at 24-48 hrs, let the card air dry horizontally for 3 hours,
and send in the daily courier bag. Repeat screens for babies in the NICU follow
the NICU protocol.

Complete the module in the learning system by 4/30. Questions: x4620.
""")
# =====================================================================
# build
# =====================================================================
import html as _html

# a few messages are sent as HTML only (no plain part), as web-mail clients do
HTML_ONLY_SUBJECTS = {'referral - twins',
                      'OPQC Quarterly: severe maternal hypertension data, Q4 2023',
                      'cita para mi hija por favor'}

MAILERS = ['Microsoft Outlook 16.0', None, 'Apple Mail (2.3731.700.6)', None,
           'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8.1', None]


def text_to_html(body):
    paras = body.strip('\n').split('\n\n')
    out = ['<html><head><meta charset="utf-8"></head><body><div dir="auto" style="font-family:Arial,sans-serif">']
    for p in paras:
        out.append('<p>' + '<br>\n'.join(_html.escape(l) for l in p.split('\n')) + '</p>')
    out.append('</div></body></html>')
    return '\n'.join(out)


def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subj']
        msg['Date'] = m['date']
        dom = m['frm'].rsplit('@', 1)[-1].rstrip('>').strip()
        msg['Message-ID'] = '<%012x.%d@%s>' % (random.getrandbits(48), i, dom)
        mailer = random.choice(MAILERS)
        if mailer:
            msg['X-Mailer'] = mailer
        for k, v in m['hdrs']:
            msg[k] = v
        if m['subj'] in HTML_ONLY_SUBJECTS:
            msg.set_content(text_to_html(m['body']), subtype='html', cte=m['cte'])
        else:
            if m['cte']:
                msg.set_content(m['body'], cte=m['cte'])
            else:
                msg.set_content(m['body'])
            if m['html']:
                msg.add_alternative(m['html'], subtype='html')
        for fn, data, mime in m['att']:
            ma, sub = mime.split('/', 1)
            if isinstance(data, str) and ma == 'text':
                msg.add_attachment(data, subtype=sub, filename=fn)
            else:
                if isinstance(data, str):
                    data = data.encode('utf-8')
                msg.add_attachment(data, maintype=ma, subtype=sub, filename=fn)
        j = 0
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (i, j))
                j += 1
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['pname'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return rows


if __name__ == '__main__':
    rows = build()
    counts = {}
    for r in rows:
        counts[(r[1], r[2])] = counts.get((r[1], r[2]), 0) + 1
    for k in sorted(counts):
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total:', len(rows))
