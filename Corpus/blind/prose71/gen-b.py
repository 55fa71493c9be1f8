#!/usr/bin/env python3
"""Blind evaluation mail set: PACE programme setting. SEED=7102.
Run: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile
from email.message import EmailMessage
import email.policy

SEED = 7102
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []
COUNT = {}

PACE = 'riverbendpace.org'


def mk(label, kind, frm, to, subj, body, date, cc=None, html=None, atts=(),
       cte=None, patient='', headers=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subj=subj, body=body,
                     date=date, cc=cc, html=html, atts=list(atts), cte=cte,
                     patient=patient, headers=headers or {}))


def zbytes(files):
    """deterministic zip: files = [(name, str_or_bytes)]"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def xlsx(rows, sheet='Sheet1'):
    """minimal real xlsx with inline strings"""
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        srows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(srows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                   ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


XLSX_TYPE = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
              "intended recipient(s) and may contain confidential and privileged information. Any\n"
              "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
              "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

# =====================================================================
# PHI: care
# =====================================================================
mk('phi', 'care',
   'Tamsin Oduya <toduya@riverbendpace.org>',
   'Dr. Felix Arrandale <farrandale@riverbendpace.org>',
   'Dolores Whitcombe - fall in day center bathroom',
   """Dr A,

FYI Dolores Whitcombe slid off the toilet in the east bathroom around 10:40 this morning. Landed on her left side, caught herself with the left hand. No head strike per the aide who was right outside the door. She was able to stand with 1 assist.

Left wrist a bit swollen and tender over the thumb side. We got her over to the clinic and Lena did a 2-view xray of the wrist - radiology read came back no fracture. Ice + ace wrap for now. Vitals stable, BP 128/74, HR 80.

Called her son Mark at work, he's ok with her staying for the afternoon program and going home on the 3:15 van.

I'd like to put her on the list for a PT falls eval and maybe look at whether the new gabapentin dose is making her wobbly (went up to 300 tid last week). Can you take a look when you're in tomorrow?

Tamsin

Tamsin Oduya, RN
Day Center Charge Nurse | Riverbend PACE
p. 555-0142 x221
""", 'Mon, 07 Oct 2024 11:52:04 -0400', patient='Whitcombe')

mk('phi', 'care',
   'Riverbend Pharmacy - Priya Mansoor <pmansoor@riverbendpace.org>',
   'Dr. Grace Ellingsen <gellingsen@riverbendpace.org>',
   'RE: INR 3.8 - Brisbane',
   """Dr. Ellingsen - done. Marked the 5mg Thursday dose as HOLD in the blister pack and the aide who does his evening med pass has a note. Hal knows too, I talked to him on the phone, he repeated it back correctly.

New schedule starting Friday: 2.5mg Mon/Wed/Fri, 5mg all other days. Recheck INR at clinic Tues 10/15.

Priya

-----Original Message-----
From: Grace Ellingsen
Sent: Wednesday, October 09, 2024 4:12 PM
To: Priya Mansoor
Subject: INR 3.8 - Brisbane

Priya, Harold Brisbane's INR came back 3.8 this afternoon (was 2.6 two weeks ago). He just finished the cipro course from the hospital, probably the interaction. No bleeding, gums fine, no dark stools.

Please hold tonight's warfarin and drop the weekly dose ~15%. I'll put the order in. Recheck next Tues.

Thanks
GE
""", 'Wed, 09 Oct 2024 16:48:30 -0400', patient='Brisbane')

mk('phi', 'care',
   'Nadine Forsythe RN CCM <nforsythe@stanselm-health.org>',
   'PACE Intake <intake@riverbendpace.org>',
   'Discharge today: Mr. Eugene Tallis',
   """Good morning Riverbend team,

Your participant Mr. Eugene Tallis is being discharged from 6 West today after a 3-day stay. He came in Sunday through the ED with fever and confusion; blood and urine cultures grew E. coli. He got IV ceftriaxone x3 days and is switching to oral cefpodoxime 200 mg twice daily for 7 more days.

Medication changes:
 - STOP: lisinopril 20 mg (kidney function dipped, creatinine 1.9 on admission, 1.4 today)
 - HOLD: metformin until repeat BMP
 - NEW: cefpodoxime as above
 - CONTINUE everything else on the attached list

He'll need a BMP drawn in 3-4 days and a visit with his PACE physician within a week. Family (wife Loretta) is aware. He's cleared for your wheelchair van, pickup requested for 1:30 pm at the main lobby.

Please call me with any questions.

Nadine Forsythe, RN, CCM
Transitions of Care Nurse
St. Anselm Medical Center | 555-0163

""" + DISCLAIMER + "\n", 'Wed, 16 Oct 2024 08:05:11 -0400',
   html="""<html><body><p>Good morning Riverbend team,</p>
<p>Your participant <b>Mr. Eugene Tallis</b> is being discharged from 6 West today after a 3-day stay. He came in Sunday through the ED with fever and confusion; blood and urine cultures grew E. coli. He got IV ceftriaxone x3 days and is switching to oral cefpodoxime 200 mg twice daily for 7 more days.</p>
<p><u>Medication changes:</u></p>
<ul><li>STOP: lisinopril 20 mg (kidney function dipped, creatinine 1.9 on admission, 1.4 today)</li>
<li>HOLD: metformin until repeat BMP</li>
<li>NEW: cefpodoxime as above</li>
<li>CONTINUE everything else on the attached list</li></ul>
<p>He'll need a BMP drawn in 3-4 days and a visit with his PACE physician within a week. Family (wife Loretta) is aware. He's cleared for your wheelchair van, pickup requested for 1:30 pm at the main lobby.</p>
<p>Please call me with any questions.</p>
<p>Nadine Forsythe, RN, CCM<br>Transitions of Care Nurse<br>St. Anselm Medical Center | 555-0163</p>
<p style="font-size:8pt;color:#777">""" + esc(DISCLAIMER) + """</p></body></html>""",
   patient='Tallis')

mk('phi', 'care',
   'kenya brathwaite <kbrathwaite@riverbendpace.org>',
   'homecare nurses <hc-nurses@riverbendpace.org>',
   'ms pruitt low sugar this am',
   """hi went to ms pruitt on Gilford st this morning 8am, she didnt eat breakfast said she wasnt hungry. she was kinda sweaty and shakey so i checked her meter like yall showed me it said 52. gave her the orange juice and crackers, rechecked 15 min later 110. shes ok now, sitting up watching tv

she did take her insulin last night the 20 units, i saw the pen was marked. somebody should call her

kenya
sent from my phone""", 'Thu, 10 Oct 2024 08:41:55 -0400', patient='Pruitt')

mk('phi', 'care',
   'Dr. Imogen Sato <isato@riverbendpace.org>',
   'Memory Clinic Team <memoryclinic@riverbendpace.org>',
   'Bernice Abernathy f/u',
   """Team,

Saw Bernice Abernathy today for her 6-month memory follow-up with her daughter Carol. MoCA 14/30 today vs 19/30 in April. Lost points mostly on delayed recall (0/5) and clock draw. Daughter reports she left the stove on twice and is now getting lost on the walk back from the mailbox.

Plan:
- increase donepezil 5 -> 10 mg at bedtime, watch for GI upset / slow heart rate
- refer to SW (Ramon) re: home safety eval + stove knob covers, discuss more day center days (currently M/W)
- OT home visit
- repeat MoCA in 6 mo, sooner if decline

Carol asked about driving - Bernice hasn't driven since last year so that's moot.

Imogen Sato, MD
Geriatrics / Memory Clinic
Riverbend PACE
""", 'Tue, 15 Oct 2024 17:20:02 -0400', patient='Abernathy')

mk('phi', 'care',
   'Luis Carrasquillo <lcarrasquillo@riverbendpace.org>',
   'Transport Dispatch <dispatch@riverbendpace.org>',
   'van 4 - diverted to ER',
   """Dispatch

Picked up Mr Szabo 6:15 for his dialysis run. When he got on the lift he was breathing real hard and couldnt finish a sentence, ankles way bigger than usual. Called Nurse Kim on the radio and she said skip dialysis center and take him straight to St Anselm ER. Dropped him at ambulance bay 6:40, handed off to triage nurse with his face sheet + med list.

Running about 25 min behind now, Mrs. Orloff and Mr Teague notified I'm late.

Luis - Van 4""", 'Fri, 11 Oct 2024 06:58:13 -0400', patient='Szabo')

mk('phi', 'care',
   'Harriet Kwan, MS, RDN <hkwan@riverbendpace.org>',
   'IDT <idt@riverbendpace.org>',
   'Weight loss - Lorraine Fetterman (for Thursday IDT)',
   """Hi all - putting this on Thursday's IDT agenda.

Lorraine Fetterman is down 4.1 kg in 5 weeks (61.3 -> 57.2 kg). She's leaving most of her lunch at the center and the aide says breakfast at home is coffee only. She coughed through two meals this week when she was eating the chicken salad.

What I've done so far:
 * Started Ensure Plus BID (one at center, one sent home)
 * Changed her lunch tray to minced & moist until speech sees her
 * Asked SLP for a bedside swallow eval - Jenn has her Tuesday at 10

Would like Dr. Arrandale to look at whether the mirtazapine could be bumped, and whether we should check a TSH / albumin.

Thanks,
Harriet

Harriet Kwan, MS, RDN, LD
Clinical Dietitian | Riverbend PACE
""", 'Mon, 14 Oct 2024 13:02:47 -0400', patient='Fetterman')

mk('phi', 'care',
   'Maplecrest Rehab - Admissions <admissions@maplecrestcare.com>',
   'Ramon Quintero <rquintero@riverbendpace.org>',
   'Respite stay - Clarence Dubois - wound orders attached',
   """Ramon,

Confirming Clarence Dubois arrived at Maplecrest yesterday at 2:10 pm for his 14-day respite stay while his wife has her surgery. On admission skin check our nurse found a stage 2 area on the sacrum, about 2 x 1.5 cm, that wasn't on the referral. Photos are in our chart. Please have Dr. Ellingsen review the attached wound care orders and sign/return.

He is getting PT twice daily and we have him on a low air loss mattress.

Thank you,
Beatrix Holm
Admissions Coordinator
Maplecrest Rehabilitation & Nursing
(555) 0178 ext 4
""", 'Tue, 08 Oct 2024 09:33:40 -0400',
   atts=[('Dubois_C_wound_orders.txt', """MAPLECREST REHABILITATION & NURSING - WOUND CARE ORDERS
Resident: DUBOIS, CLARENCE A.     Room 214-B     Adm: 10/07/2024
Attending (PACE): G. Ellingsen MD

Site: Sacrum, stage 2 pressure injury, 2.0 x 1.5 x 0.1 cm, pink base, no drainage
1. Cleanse with normal saline each change
2. Apply hydrocolloid dressing, change q3 days and PRN if soiled
3. Turn/reposition q2h while in bed; low air loss mattress
4. Offload in chair - limit sitting to 1 hr at a time
5. Dietary consult - protein supplement BID
6. Weekly measurement + photo

Nurse: ______________  Date: ________
Physician signature: ______________  Date: ________
""", 'text', 'plain')],
   patient='Dubois')

# =====================================================================
# PHI: names
# =====================================================================
mk('phi', 'names',
   'Bích Lê <ble@riverbendpace.org>',
   'Day Center Front Desk <adc-desk@riverbendpace.org>',
   'Re: Nguyễn Thị Hoa - back for 2pm van?',
   """yes she's back from podiatry, toenails done and the left big toe looks much better than last month, no more redness. dr said keep the cream going. ok for the 2:00 van home.

B.

On Mon, Oct 14, 2024 at 1:22 PM Day Center Front Desk wrote:
> is she back yet? van 2 leaves at 2
""", 'Mon, 14 Oct 2024 13:31:09 -0400', patient='Nguyễn Thị Hoa')

mk('phi', 'names',
   'Odile Fraser <ofraser@riverbendpace.org>',
   'Clinic Scheduling <scheduling@riverbendpace.org>',
   'Adeyemi-Balogun, Folasade -- audiology move',
   """Adeyemi-Balogun, Folasade
can we move her audiology appt from 10/22 to the following week? her new hearing aids won't be in from the vendor until the 25th and there's no point doing the fitting without them. she's fine with any morning, she comes to center Tu/Th so those days are easiest for transport.

also pls note she goes by "Sade" (shah-DAY) - she doesn't like being called Folasade at the desk.

thx
Odile
""", 'Wed, 16 Oct 2024 10:14:28 -0400', patient='Adeyemi-Balogun')

mk('phi', 'names',
   'Gwen Tolliver <gtolliver@riverbendpace.org>',
   'Dr. Felix Arrandale <farrandale@riverbendpace.org>, Home Care Nurses <hc-nurses@riverbendpace.org>',
   'call from daughter',
   """Dr. Arrandale,

Mr. van der Berg's daughter Anneke called at 3:45. She says her father's catheter bag has had almost nothing in it since lunch, maybe 100 cc, and the urine that is there is dark and cloudy. He's had some lower belly discomfort. No fever that she knows of, she doesn't have a thermometer.

I told her someone would call back within the hour. Could one of the home care RNs go out to flush/change the Foley? Her number is in the chart (home line, not cell).

Gwen Tolliver
Clinic Receptionist
""", 'Thu, 17 Oct 2024 15:52:00 -0400', patient='van der Berg')

mk('phi', 'names',
   'Aurelio Benedetti <abenedetti@riverbendpace.org>',
   'Rehab <rehab@riverbendpace.org>',
   'Tomasz - 2nd fall this month',
   """Heads up rehab - Tomasz (Tue/Thu group, the gentleman on 2L oxygen who sits by the window and does the crossword) went down again this morning, second time since the 1st. Got tangled in his tubing getting up from the card table. No injury this time, RN checked him over, sats 91% after, back to 94 resting.

Can someone do a gait/balance reassess and maybe look at a longer lighter tubing or a portable concentrator? His wife says he tripped on it at home too last weekend.

Aurelio Benedetti, CTRS
Recreation Therapist
""", 'Tue, 15 Oct 2024 11:08:45 -0400', patient='Tomasz')

mk('phi', 'names',
   'Dr. Naveed Qureshi <nqureshi@riverbendpace.org>',
   'Lakeview Eye Associates <referrals@lakevieweye.com>',
   'post-op question - Mrs. Al-Haddad',
   """Dear Dr. Petrosyan,

I'm the PACE physician for Mrs. Samira Al-Haddad, whose right cataract extraction you did on 10/3. Her family brought her in today - the eye is still red and she says the vision is "foggy like steam". We were not able to check the eye pressure here. She's using the prednisolone drops four times daily and the moxifloxacin drops, though her son admits some doses were missed over the weekend.

Could your office see her this week? Our van can bring her any day except Friday. Her son Karim (Arabic interpreter not needed when he's present) prefers mornings.

Thank you,
Naveed Qureshi, MD
Riverbend PACE | 555-0131
""", 'Mon, 14 Oct 2024 14:40:19 -0400', patient='Al-Haddad')

mk('phi', 'names',
   'Sheela Ramaswamy RN <sramaswamy@riverbendpace.org>',
   'Dr. Grace Ellingsen <gellingsen@riverbendpace.org>',
   'SBAR - Venkataraman, Lakshmi',
   """S: Venkataraman, Lakshmi - BP 182/96 at center this AM, repeat 176/94 after 10 min rest.
B: on amlodipine 10 and losartan 50. Family had been giving her morning pills with breakfast but she has been skipping breakfast during a religious fast (until Deepavali). Daughter-in-law confirms pills not taken Sat-Mon.
A: no headache, no vision change, no chest pain. Spoke with her in Tamil (I'm fluent) - she didn't realize she could take them without food.
R: gave AM doses here at 10:05. Recheck at 1pm. Suggest we move meds to the evening med pass until the fast ends? Please advise.

Sheela
""", 'Tue, 22 Oct 2024 10:31:51 -0400', patient='Venkataraman')

mk('phi', 'names',
   'Ramon Quintero, LCSW <rquintero@riverbendpace.org>',
   'Dr. Imogen Sato <isato@riverbendpace.org>',
   'Fwd: José Ángel Muñoz Peña - guardianship letter',
   """Dr. Sato - forwarding from Sr. Muñoz Peña's nephew. The court needs a physician's letter describing his cognitive status (your last two memory clinic notes would support it - the CT showing the old left frontal stroke and MoCA 11). Can you draft something by the 30th? I can send you the court's template.

Ramon

---------- Forwarded message ---------
From: Rodrigo Peña <rodrigo.pena77@gmail.com>
Date: Fri, Oct 18, 2024 at 7:02 PM
Subject: José Ángel Muñoz Peña - guardianship letter
To: <rquintero@riverbendpace.org>

Mr. Quintero, the lawyer says we need the doctor's letter for tío José Ángel for the hearing on Nov 6. He is still giving money to the phone people. Please help.
Rodrigo
""", 'Mon, 21 Oct 2024 09:12:33 -0400', patient='Muñoz Peña')

mk('phi', 'names',
   'Yelena Markovic <ymarkovic@riverbendpace.org>',
   'Podiatry Clinic <podiatry@riverbendpace.org>',
   "Petrović's toe",
   """Dragana Petrović's right 2nd toe - the ulcer on top where her shoe rubs is bigger today, about the size of a pea, edges white. She's diabetic and I think she's been wearing her church shoes to center instead of the extra-depth ones. Can Dr. Oyelaran see her Thursday when she's here? I put foam padding on it.

- Yelena (day center LPN)
""", 'Tue, 22 Oct 2024 12:05:10 -0400', patient='Petrović')

# =====================================================================
# PHI: self
# =====================================================================
mk('phi', 'self',
   'Marjorie Klingensmith <mklingensmith41@aol.com>',
   'Riverbend PACE Pharmacy <pharmacy@riverbendpace.org>',
   'refill please',
   """Hello,

This is Marjorie Klingensmith, date of birth 2/11/1941. I need a refill of my eye drops (the latanoprost, green cap) and my water pill (furosemide 40). The drugstore on Main said they don't do my pills anymore since I joined PACE so I guess that is you now?

I have 3 days of the water pill left. Can it come on the van with me Wednesday?

Thank you kindly,
Marjorie
""", 'Sat, 12 Oct 2024 19:44:02 -0400', patient='Klingensmith')

mk('phi', 'self',
   'Teresa Castellano-Greer <tcgreer@comcast.net>',
   'Day Center <daycenter@riverbendpace.org>',
   'bruise on my mom\'s arm',
   """Hi,

My mom, Rose Castellano, came home from the day center yesterday with a big purple bruise on her right forearm, about the size of my palm. She can't tell me what happened (her memory is pretty bad now as you know). She's on Eliquis so I know she bruises easy but I'd like to know if she fell or bumped something or if someone grabbed her arm helping her.

Can somebody call me? I'm at work until 5 but you can text 555-0119.

Teresa Castellano-Greer
(daughter / health care proxy)
""", 'Fri, 18 Oct 2024 07:15:36 -0400', patient='Castellano')

mk('phi', 'self',
   'Gerald Hatfield <gerryhat@yahoo.com>',
   'Dr. Naveed Qureshi <nqureshi@riverbendpace.org>',
   'colonoscopy prep question',
   """Dr Q,

My colonoscopy at Lakeshore GI is on the 29th. The prep paper says no solid food the day before and to check with my doctor about diabetes meds. Do I still take my metformin and the glipizide that day? Last time I did this (2019) my sugar went down to 60-something and I felt awful.

Also should I stop the fish oil.

Thanks
Gerry

Gerald Hatfield
(cell 555-0126)
""", 'Sun, 20 Oct 2024 21:03:48 -0400', patient='Hatfield')

mk('phi', 'self',
   'Anthony Russo Jr. <arusso.jr@gmail.com>',
   'Ramon Quintero <rquintero@riverbendpace.org>',
   'Dad refusing meds again',
   """Ramon,

Sorry to bug you again. Dad (Anthony Russo Sr.) has refused his night pills 4 out of the last 7 nights. He says we are trying to poison him and threw the cup at my wife on Tuesday. He also got up at 3am and tried to leave the house to "go to work" (he retired in 1992). We've put the chain lock up high.

The quetiapine Dr. Sato started doesn't seem to be doing anything yet. Is there something else we can try? Liquid form? Could the aide come at night instead of morning?

We're exhausted honestly. Is there any way he could go to the center 5 days instead of 3?

Anthony
""", 'Thu, 17 Oct 2024 22:40:17 -0400', patient='Russo')

mk('phi', 'self',
   'Wilhelmina Osei <w.osei1946@gmail.com>',
   'Enrollment <enrollment@riverbendpace.org>',
   'Re: your enrollment appointment',
   """Dear Ms. Harlan,

Yes this is me, Wilhelmina Osei, born April 3 1946. I can do the home visit on the 24th at 11. My grandson Kwabena will be there to help with the papers.

About your question on the phone - yes I take insulin twice a day (Lantus at night and the short one with meals) and the pills for my heart, so I will have all the bottles out for the nurse to look at. I also have the Medicaid letter that came in September.

Will I have to change from Dr. Amankwah? I have seen her for 20 years.

God bless,
Wilhelmina Osei

> On Oct 15, 2024, at 2:10 PM, Enrollment <enrollment@riverbendpace.org> wrote:
> Dear Ms. Osei, thank you for your interest in Riverbend PACE. We would like to schedule
> your in-home assessment. Please reply with a date that works for you.
> Corinne Harlan, Enrollment Specialist
""", 'Wed, 16 Oct 2024 09:27:55 -0400', patient='Osei')

mk('phi', 'self',
   'Ruth Ann Delacroix <ruthie.delacroix@bellsouth.net>',
   'Riverbend PACE Clinic <clinic@riverbendpace.org>',
   'my knee shot',
   """I had the cortisone shot in my right knee Wednesday from the bone doctor and today the knee is hot and more swollen than before, and it hurts to put weight on it. Walker helps a little. Is that normal? He said it might be sore a day or two but this is day 3. I don't want to go to the emergency room on a Saturday if I don't have to.

Ruthie
(Ruth Ann Delacroix, I come to the center Mon Wed Fri)
""", 'Sat, 19 Oct 2024 08:12:00 -0400', patient='Delacroix')

mk('phi', 'self',
   'Bernard Kowalczyk <bkowalczyk@frontiernet.net>',
   'Riverbend PACE <info@riverbendpace.org>',
   'Complaint / dizzy',
   """To whom it may concern,

My name is Bernard J. Kowalczyk and I have been in your program since March. Since the doctor put me on the new blood pressure pill (chlorthalidone) three weeks ago I get dizzy every time I stand up and I nearly went down in the kitchen Sunday. I told the nurse at the center last Thursday and nothing happened.

Also my left hearing aid has been broken since September and I was told it was "ordered". I can't hear the television or my phone.

I would like a call back from someone in charge. 555-0184.

Bernard J. Kowalczyk
""", 'Tue, 22 Oct 2024 14:55:31 -0400', cte='base64', patient='Kowalczyk')

# =====================================================================
# PHI: ids
# =====================================================================
mk('phi', 'ids',
   'Quest Point Labs Client Services <clientservices@questpointlabs.com>',
   'Riverbend PACE Clinic <clinic@riverbendpace.org>',
   'Specimen rejected - Acc 24-HM-0038817',
   """Client: RIVERBEND PACE (acct 40117)

The following specimen was rejected and must be recollected:

Accession: 24-HM-0038817
Patient: ESPINOZA, RAUL
DOB: 3.4.38
Collected: 10/10/2024 07:50
Test(s): Hemoglobin A1c, Lipid panel, CMP
Reason: Lavender top tube hemolyzed / received unlabeled SST

Please recollect at your earliest convenience. Contact Client Services at 555-0190 option 2.

Quest Point Laboratories
""", 'Fri, 11 Oct 2024 06:30:00 -0400', patient='Espinoza')

mk('phi', 'ids',
   'Leticia Vance <lvance@riverbendpace.org>',
   'Clinic Nurses <clinic-rn@riverbendpace.org>',
   'MRN 00482913 / 19380304 - missing flu consent',
   """whoever has him on Thursday - we gave the high-dose flu shot on 10/8 but there's no signed consent scanned for MRN 00482913 (dob 19380304). the lot # is in the MAR but the consent tab is empty. he's hard of hearing so go slow when you have him sign, and his PPSV23 is also due per the immunization tab.

Leticia""", 'Mon, 14 Oct 2024 15:20:41 -0400', patient='')

mk('phi', 'ids',
   'Corinne Harlan <charlan@riverbendpace.org>',
   'Medicaid Eligibility Unit <pace.elig@dhs.state.example.gov>',
   'Pending PACE enrollment - Osei, Wilhelmina - NFLOC determination',
   """Good afternoon,

We are requesting expedited nursing facility level-of-care determination for the applicant below. Our in-home assessment was completed 10/24.

Name: Wilhelmina A. Osei
DOB: 3 Apr 1946
Medicaid ID: NY7731552K
Address: 1147 Orchard Hill Rd, Apt 3B, Greenvale
Phone: 555-0152

Summary: insulin-dependent diabetes with two hypoglycemic ED visits this year, CHF with recent hospitalization, needs hands-on help with bathing and medication management, lives alone. Assessment packet (MDS-HC) faxed to 555-0100 today, 14 pages.

Requested enrollment effective date: 12/1/2024.

Thank you,
Corinne Harlan
Enrollment Specialist | Riverbend PACE
555-0147
""", 'Fri, 25 Oct 2024 14:02:19 -0400', patient='Osei')

mk('phi', 'ids',
   'Dispatch <dispatch@riverbendpace.org>',
   'Van Drivers <drivers@riverbendpace.org>',
   'ADD-ON tomorrow 10/23 - new pickup',
   """Add-on for tomorrow, Marcus's route (Van 2):

Hollis Greenleaf
2208 Tamarack Ct (blue house, ramp in back, gate code 4471)
home 555-0138 / daughter Pam 555-0157
Pickup 7:45 -> Lakeshore Dialysis, chair time 8:30
Wheelchair + O2 2L portable tank, bring extra tank
Will need return trip from dialysis ~12:15 - he gets lightheaded after, let him sit in the lobby 10 min first

Thx - Dee""", 'Tue, 22 Oct 2024 16:44:05 -0400', patient='Greenleaf')

mk('phi', 'ids',
   'Sandeep Kohli <skohli@riverbendpace.org>',
   'Revenue Cycle <revcycle@stanselm-health.org>',
   'Acct 770012384 - duplicate bill sent to our participant',
   """Hi,

Our participant received a patient statement from St. Anselm for $3,412.80 on account 770012384 (dates of service 9/14-9/18/2024, the hip fracture admission). As a PACE participant she has no cost share - the claim should go to Riverbend PACE as the payer, not to her.

Participant: Mildred Okonkwo-Hale
DOB 07/19/1935
Medicare MBI 4QW7-HN2-RT81
Riverbend PACE member no. RB-0032118

Please recall the statement and rebill to us. Our payer ID and remit address are on the attached W-9 cover letter we sent in July. She's been quite upset by the collection language on the bill.

Sandeep Kohli
Claims & Billing Analyst
Riverbend PACE | 555-0133
""", 'Wed, 23 Oct 2024 11:11:11 -0400', patient='Okonkwo-Hale')

mk('phi', 'ids',
   'Ina Moravec <imoravec@riverbendpace.org>',
   'Day Center Nurses <adc-rn@riverbendpace.org>',
   'TB test before start',
   """pt 2210-448 (dob 1936-11-02) starts day center Monday - still needs the 2-step PPD or a quantiferon before first attendance. last one on file is from the nursing home in 2021. lives w/ son in the Bayview apts, hx of TB exposure (husband treated 1990s) so I'd go straight to quantiferon.
-ina""", 'Thu, 17 Oct 2024 12:48:22 -0400', patient='')

mk('phi', 'ids',
   'Riverbend Pharmacy <pharmacy@riverbendpace.org>',
   'Eleonora Marchetti <elemarchetti@gmail.com>',
   'Your prescription is ready - Rx 6051123',
   """Dear E. Marchetti,

DOB on file: 12-Jan-1940
Rx #6051123  SACUBITRIL/VALSARTAN 24-26 MG TAB  #60  Refill 2 of 5
Rx #6051187  FUROSEMIDE 20 MG TAB  #30

Both prescriptions have been filled and will be delivered with your Tuesday day center van. If you will not be attending Tuesday, please call us at (555) 0111 to arrange home delivery to 48 Larkspur Lane.

Riverbend PACE Pharmacy
This is an automated message. Replies to this address are not monitored.
""", 'Mon, 21 Oct 2024 05:00:00 -0400', patient='Marchetti')

mk('phi', 'ids',
   'HIM Release of Information <roi@lakeshoreregional.org>',
   'Medical Records <records@riverbendpace.org>',
   'Records request #ROI-2024-118733 - fulfilled',
   """Riverbend PACE Medical Records,

Your request for records has been processed.

Request #: ROI-2024-118733
Patient: Thaddeus R. Oyelowo-Brandt
Date of Birth: March 4th, 1939
SSN (last 4): xxx-xx-6620
Lakeshore MRN: LR7719204
Encounters: ED visit 08/30/2024; inpatient 08/30-09/04/2024 (cardiology)
Contents: H&P, discharge summary, echo report, cath report, med rec (41 pages)

The encrypted PDF will arrive in a separate message. The password will be phoned to the requestor at 555-0102.

Lakeshore Regional Health - HIM Department
Fax 555-0199
""", 'Thu, 24 Oct 2024 10:20:30 -0400', patient='Oyelowo-Brandt')

# =====================================================================
# PHI: lists
# =====================================================================
mk('phi', 'lists',
   'Tamsin Oduya <toduya@riverbendpace.org>',
   'Day Center Staff <adc-staff@riverbendpace.org>',
   'huddle 10/23',
   """Morning huddle - Wed 10/23

- Whitcombe: L wrist still in ace wrap, PT falls eval today 11:00. assist x1 in bathroom
- Gus Pereira - new this week, insulin at lunch (sliding scale card in med room), likes to wander toward the exit after 2pm
- Mrs. Ibekwe - BP high yesterday 168/92, recheck on arrival and before lunch
- Hollis Greenleaf - post-dialysis, arrives late ~12:30, save a lunch tray (renal diet, no OJ)
- Fetterman: minced & moist, Ensure at 10 and 2, weigh before lunch
- Mr. Dao - hospice consult Friday, family meeting in conf B at 1. keep him comfortable, he's sleeping a lot

Staffing: Yelena out, Kenya floating from home care till noon.
""", 'Wed, 23 Oct 2024 07:35:00 -0400',
   patient='Whitcombe;Pereira;Ibekwe;Greenleaf;Fetterman;Dao')

mk('phi', 'lists',
   'Dee Rasmussen <drasmussen@riverbendpace.org>',
   'Van Drivers <drivers@riverbendpace.org>',
   'Van 3 manifest Thurs',
   "Van 3 - Thursday 10/24 - driver: Patrice\n\n"
   "Time\tParticipant\tAddress\tNotes\n"
   "7:20\tOlive Stanhope\t19 Wren St\tWALKER. diabetic - has snack in bag\n"
   "7:35\tFarouk Haddad\t3301 River Rd #12\tWHEELCHAIR. Arabic only, son meets van\n"
   "7:55\tEdna Vukovich\t88 Pellham Ave\tmemory care - do NOT leave at curb, hand to staff\n"
   "8:10\tLeroy Banks\t412 Garnet St\tO2 2L. to clinic first, cardiology f/u 8:30\n"
   "8:25\tMae Ostrowski\t7 Linden Ct\tdropped from list Friday (hospital)\n"
   "\nReturn run 3:15. Edna's daughter will not be home until 4, drop her LAST.\n\n- Dee\n",
   'Wed, 23 Oct 2024 15:02:10 -0400',
   patient='Stanhope;Haddad;Vukovich;Banks;Ostrowski')

mk('phi', 'lists',
   'Dr. Imogen Sato <isato@riverbendpace.org>',
   'Memory Clinic Team <memoryclinic@riverbendpace.org>',
   'Memory clinic - next week + scores',
   """Schedule + last scores for next week. Please pull the caregiver burden forms for anyone marked *.

DAY  TIME   NAME                    LAST MoCA  DATE      MED                NOTE
---  -----  ----------------------  ---------  --------  -----------------  ------------------------
Mon  09:00  Abernathy, Bernice      14/30      10/15/24  donepezil 10       dtr Carol *
Mon  10:00  Russo, Anthony Sr.       9/30      08/02/24  quetiapine 25 hs   agitation/refusals *
Tue  09:00  Kaur, Harjit            21/30      04/19/24  none               Punjabi interp
Tue  10:30  Muñoz Peña, José Ángel  11/30      09/09/24  memantine 10 bid   guardianship letter
Wed  09:00  Lindqvist, Astrid       24/30      05/03/24  none               baseline after TIA

Thx, IS
""", 'Fri, 25 Oct 2024 16:10:00 -0400',
   patient='Abernathy;Russo;Kaur;Muñoz Peña;Lindqvist')

flu_csv = """participant_id,last_name,first_name,dob,site,flu_2024,covid_2024,notes
RB-0030412,Stanhope,Olive,1941-06-22,ADC,2024-10-08,2024-10-08,
RB-0031107,Haddad,Farouk,1937-01-30,ADC,2024-10-08,,declined covid
RB-0029955,Vukovich,Edna,1939-11-14,ADC,,,needs dtr consent (POA)
RB-0032118,Okonkwo-Hale,Mildred,1935-07-19,HOME,2024-10-15,2024-10-15,hc RN gave at home
RB-0030877,Banks,Leroy,1944-02-03,ADC,2024-10-10,,egg allergy hx - observed 30m
RB-0031560,Tran,Minh Chau,1946-09-09,ADC,2024-10-10,2024-10-10,
RB-0028834,Lindqvist,Astrid,1943-12-01,CLINIC,,,appt 10/30
"""
mk('phi', 'lists',
   'Leticia Vance <lvance@riverbendpace.org>',
   'Quality Committee <quality@riverbendpace.org>',
   'flu/covid vaccine tracker - partial',
   """Attached is where we are on flu + covid as of Friday. Still 3 outstanding on this sheet; Edna V needs her daughter to sign since she has POA. Full census export next week.

Leticia Vance, BSN, RN
Infection Prevention / Employee Health
""", 'Fri, 18 Oct 2024 16:25:44 -0400',
   atts=[('vaccine_tracker_1018.csv', flu_csv, 'text', 'csv')],
   patient='Stanhope;Haddad;Vukovich;Okonkwo-Hale;Banks;Tran;Lindqvist')

census_rows = [
    ['Participant', 'PACE ID', 'DOB', 'Facility', 'Admit', 'Reason', 'PACE contact', 'Exp. d/c'],
    ['Szabo, Istvan', 'RB-0027710', '05/02/1940', 'St. Anselm 4N', '10/11/2024', 'CHF exacerbation, missed dialysis', 'Kim', '10/18'],
    ['Ostrowski, Mae', 'RB-0031902', '08/30/1938', 'Lakeshore Regional', '10/18/2024', 'pneumonia, on BiPAP 1st night', 'Sheela', 'TBD'],
    ['Dubois, Clarence', 'RB-0026541', '12/12/1936', 'Maplecrest (respite)', '10/07/2024', 'respite; sacral stage 2', 'Ramon', '10/21'],
    ['Tallis, Eugene', 'RB-0030199', '02/17/1942', 'St. Anselm 6W', '10/13/2024', 'E. coli urosepsis', 'Nadine (SAMC)', 'discharged 10/16'],
]
mk('phi', 'lists',
   'Kimberly Achterberg RN <kachterberg@riverbendpace.org>',
   'Dr. Felix Arrandale <farrandale@riverbendpace.org>, Dr. Grace Ellingsen <gellingsen@riverbendpace.org>, Ramon Quintero <rquintero@riverbendpace.org>',
   'inpatient / SNF census 10/21',
   """Updated census attached. Tallis left on there so you can see him drop off, will delete next week.

Kim
""", 'Mon, 21 Oct 2024 08:02:00 -0400',
   atts=[('IP_SNF_census_2024-10-21.xlsx', xlsx(census_rows, 'Census'), XLSX_TYPE[0], XLSX_TYPE[1])],
   patient='Szabo;Ostrowski;Dubois;Tallis')

refill_csv = """Rx,Participant,DOB,Drug,Qty,Deliver_via,Due
6051123,"Marchetti, Eleonora",01/12/1940,SACUBITRIL/VALSARTAN 24-26MG,60,VAN-TUE,10/22
6051187,"Marchetti, Eleonora",01/12/1940,FUROSEMIDE 20MG,30,VAN-TUE,10/22
6049902,"Klingensmith, Marjorie",02/11/1941,LATANOPROST 0.005% OPH,2.5ML,VAN-WED,10/16
6049903,"Klingensmith, Marjorie",02/11/1941,FUROSEMIDE 40MG,30,VAN-WED,10/16
6052260,"Hatfield, Gerald",08/08/1947,GLIPIZIDE 5MG,60,MAIL,10/25
6052261,"Nguyen, Thi Hoa",10/10/1939,CLOTRIMAZOLE 1% CREAM,30G,VAN-MON,10/21
6050418,"Pruitt, Ardella",05/27/1944,INSULIN GLARGINE PEN,5 PENS,HOME RN,10/23
"""
mk('phi', 'lists',
   'Priya Mansoor, PharmD <pmansoor@riverbendpace.org>',
   'Pharmacy Techs <pharm-techs@riverbendpace.org>',
   'refill batch wk 43',
   """techs - this week's batch is in the zip (IT wont let csv thru to the shared drive from outside, long story). Pruitt's pens go with the home RN not the van, they need the fridge.

P.
""", 'Mon, 21 Oct 2024 07:10:00 -0400',
   atts=[('refills_wk43.zip', zbytes([('refills_wk43.csv', refill_csv)]), 'application', 'zip')],
   patient='Marchetti;Klingensmith;Hatfield;Nguyen;Pruitt')

mk('phi', 'lists',
   'Dr. Felix Arrandale <farrandale@riverbendpace.org>',
   'Dr. Naveed Qureshi <nqureshi@riverbendpace.org>',
   'weekend signout',
   """Naveed - weekend signout, thanks for covering. Pager fwd set to you from 5pm.

NAME              | WHERE          | ISSUE                                  | IF/THEN
------------------|----------------|----------------------------------------|-----------------------------------
Ostrowski, Mae    | Lakeshore 3E   | PNA, off BiPAP, on 2L                  | hospitalist calling re d/c Mon?
Szabo, Istvan     | St Anselm 4N   | CHF, HD catching up, 3L off so far     | ok to d/c Sun if cardiology agrees
Russo, Anthony    | home           | agitation, quetiapine 25 started 10/14 | if fam calls, can go to 25 bid
van der Berg, P.  | home           | Foley changed Thu, UA/UCx pending      | if cx +, cipro NOT ok (on tizanidine)
Brisbane, Harold  | home           | INR 3.8 -> held, recheck Tue           | any bleeding -> ED
Kowalczyk, Bernard| home           | orthostatic on chlorthalidone          | stopped it Wed, BP log from aide

Felix
""", 'Fri, 25 Oct 2024 16:58:12 -0400',
   patient='Ostrowski;Szabo;Russo;van der Berg;Brisbane;Kowalczyk')

# =====================================================================
# PHI: struct
# =====================================================================
mk('phi', 'struct',
   'Brendan Yost <byost@riverbendpace.org>',
   'SAMC Interface Team <interfaces@stanselm-health.org>',
   'ADT feed - A01 not creating encounter on our side',
   """Hi all,

We got the A01 below at 02:14 but our EHR didn't create the inpatient encounter - it's rejecting on PV1-3 I think (we don't have "4N" mapped). Can you confirm whether 4N is a new unit code? Pasting the raw message:

MSH|^~\\&|SAMC_ADT|STANSELM|RB_EHR|RIVERBEND|20241011021402||ADT^A01|MSG00448812|P|2.5.1
EVN|A01|20241011021300
PID|1||SA5521907^^^SAMC^MR~RB-0027710^^^RBPACE^PI||SZABO^ISTVAN^L||19400502|M|||615 Kettle Creek Dr^^Greenvale^NY^14502||555-0171|||M|||
PV1|1|I|4N^412^A^STANSELM||||1447^OKAFOR^CHIDI^^^MD|||CAR||||7|||1447^OKAFOR^CHIDI^^^MD|IN||PACE|||||||||||||||||||||||||20241011014500
DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A
IN1|1|PACE01|RBP|RIVERBEND PACE|||||||||||||||||||||||||||||||||||RB-0027710

Thanks,
Brendan Yost
Integration Analyst, Riverbend PACE IT
""", 'Fri, 11 Oct 2024 09:15:27 -0400', patient='Szabo')

oru = ("MSH|^~\\&|QPL|QUESTPOINT|RB_EHR|RIVERBEND|20241015143000||ORU^R01|QP24101500991|P|2.3\r"
       "PID|1||RB-0030877^^^RBPACE||BANKS^LEROY^T||19440203|M|||412 Garnet St^^Greenvale^NY||555-0164\r"
       "ORC|RE|ORD77120|24-HM-0041102\r"
       "OBR|1|ORD77120|24-HM-0041102|83880^BNP^L|||20241015081000|||||||||1288^ARRANDALE^FELIX\r"
       "OBX|1|NM|30934-4^BNP^LN||1240|pg/mL|0-100|HH|||F\r"
       "OBX|2|NM|2160-0^Creatinine^LN||1.6|mg/dL|0.7-1.3|H|||F\r"
       "OBX|3|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F\r"
       "NTE|1||Critical value called to K. Achterberg RN 10/15/2024 14:22 by lab tech JLM\r")
mk('phi', 'struct',
   'Brendan Yost <byost@riverbendpace.org>',
   'Dr. Felix Arrandale <farrandale@riverbendpace.org>',
   'FW: lab result stuck in interface queue',
   """Dr. Arrandale - this one got stuck in the error queue (unmapped OBX code) so it never hit your inbox. Attaching the raw file. Kim did get the critical call at 2:22 so clinically it was handled, but wanted you to see it. Fixed the mapping.

Brendan
""", 'Tue, 15 Oct 2024 16:40:00 -0400',
   atts=[('QP24101500991.hl7', oru, 'text', 'plain')],
   patient='Banks')

mk('phi', 'struct',
   'Sandeep Kohli <skohli@riverbendpace.org>',
   'Clearinghouse Support <support@claimbridge-edi.com>',
   'Rejected 837P - loop 2010CA?',
   """Hi ClaimBridge support,

Batch 10/22 came back with a 277CA reject on this one claim, reason "A7:164" (entity's ID). This is a PACE encounter submission. Here's the subscriber/patient piece from the file:

NM1*IL*1*OKONKWO-HALE*MILDRED****MI*4QW7HN2RT81~
N3*88 BRIARWOOD TER~
N4*GREENVALE*NY*14502~
DMG*D8*19350719*F~
NM1*PR*2*MEDICARE PART A AND B*****PI*13202~
CLM*RB241022-0117*185.00***11:B:1*Y*A*Y*Y~
HI*ABK:S72.001D*ABF:W19XXXD~
LX*1~
SV1*HC:99214*185.00*UN*1***1~
DTP*472*D8*20241017~

Is the MBI in the wrong element or should it be without the hyphens in a different qualifier? Thanks.

Sandeep Kohli | Claims & Billing Analyst | Riverbend PACE
""", 'Wed, 23 Oct 2024 15:33:03 -0400', patient='Okonkwo-Hale')

mk('phi', 'struct',
   'Corinne Harlan <charlan@riverbendpace.org>',
   'Sandeep Kohli <skohli@riverbendpace.org>',
   '271 back for Osei - says no Medicare B?',
   """Sandeep can you read this 271 for me, I think it's saying Part B inactive?? She told me she has a card. This is the response from the eligibility check this morning:

ISA*00*          *00*          *ZZ*CMSHETS       *ZZ*RIVERBEND01    *241025*0912*^*00501*000004411*0*P*:~
GS*HB*CMSHETS*RIVERBEND01*20241025*0912*4411*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELIG2410250001*20241025*0912~
HL*1**20*1~
NM1*PR*2*CMS*****PI*CMS~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND PACE*****XX*1999999984~
HL*3*2*22*0~
NM1*IL*1*OSEI*WILHELMINA*A***MI*7TR2KP9XQ44~
N3*1147 ORCHARD HILL RD APT 3B~
N4*GREENVALE*NY*14502~
DMG*D8*19460403*F~
EB*1**30*MA~
DTP*307*D8*20110401~
EB*6**30*MB~
DTP*307*D8*20110401-20190331~
SE*16*0001~

Corinne
""", 'Fri, 25 Oct 2024 09:40:55 -0400', patient='Osei')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rb-0031560",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "RB-0031560"}],
        "name": [{"family": "Tran", "given": ["Minh", "Chau"]}],
        "gender": "female",
        "birthDate": "1946-09-09",
        "address": [{"line": ["27 Sycamore Bend"], "city": "Greenvale", "state": "NY"}],
        "communication": [{"language": {"coding": [{"code": "vi"}]}, "preferred": true}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/rb-0031560"},
        "medicationCodeableConcept": {"text": "apixaban 2.5 mg tablet"},
        "dosageInstruction": [{"text": "1 tab by mouth twice daily"}],
        "authoredOn": "2024-10-09"
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/rb-0031560"},
        "code": {"text": "Paroxysmal atrial fibrillation"},
        "onsetDateTime": "2024-10-02"
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Mateo Villanueva <mvillanueva@riverbendpace.org>',
   'dev@carebridgeapps.io',
   'FHIR bundle failing validation on your endpoint',
   """hey - your /Bundle endpoint returns 422 on this one, error says "communication.language must be CodeableConcept with system". i pulled the exact payload from our outbound log, below. is system required on your side now? this was working last week.

""" + fhir + """
-- 
Mateo Villanueva
Sr. Developer, Riverbend PACE IT
""", 'Thu, 24 Oct 2024 13:18:40 -0400', patient='Tran')

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241021110000-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="MC-448120" root="2.16.840.1.113883.3.9999.77"/>
      <addr><streetAddressLine>5 Meadowlark Way</streetAddressLine><city>Greenvale</city><state>NY</state></addr>
      <telecom value="tel:+1-555-0114"/>
      <patient>
        <name><given>Clarence</given><given>A</given><family>Dubois</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19361212"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Pressure injury of sacral region, stage 2</item>
        <item>Parkinson disease</item>
        <item>Benign prostatic hyperplasia</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>carbidopa/levodopa 25/100 1 tab TID</item>
        <item>tamsulosin 0.4 mg daily</item>
        <item>Juven 1 packet BID</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct',
   'Beatrix Holm <bholm@maplecrestcare.com>',
   'Ramon Quintero <rquintero@riverbendpace.org>',
   'Discharge CCD - Dubois',
   """Ramon, the discharge CCD for Mr. Dubois is below (our portal export is down so pasting the XML per your IT's request). He goes home today at 1pm on your van.

""" + ccd + """
Beatrix Holm | Maplecrest Rehabilitation & Nursing
""", 'Mon, 21 Oct 2024 10:05:00 -0400', cte='quoted-printable', patient='Dubois')

mk('phi', 'struct',
   'Sandeep Kohli <skohli@riverbendpace.org>',
   'Gina Farrow <gfarrow@riverbendpace.org>',
   '835 - Lakeshore ED claim denied CO-109',
   """Gina - see the CLP below from today's 835. They denied the ED visit for Ostrowski because they billed Medicare FFS instead of us; CO-109 = not covered by this payer. We need to tell Lakeshore to rebill Riverbend directly.

CLP*LR24091800231*4*2845.00*0**MB*2224091800231*13*1~
CAS*CO*109*2845.00~
NM1*QC*1*OSTROWSKI*MAE*J***MI*9DK4WT6HA23~
NM1*82*2*LAKESHORE REGIONAL HEALTH*****XX*1999999992~
DTM*232*20240918~
DTM*233*20240918~
SVC*HC:99285*2845.00*0**1~
DTP*472*D8*20240918~
CAS*CO*109*2845.00~

Also she's inpatient there again now so expect more of these.
-S
""", 'Mon, 21 Oct 2024 14:12:09 -0400', patient='Ostrowski')

# =====================================================================
# PHI: lang
# =====================================================================
mk('phi', 'lang',
   'Marisol Montoya <marisol.montoya82@hotmail.com>',
   'Ramon Quintero <rquintero@riverbendpace.org>',
   'mi mamá Graciela - la medicina nueva',
   """Hola Sr. Ramón,

Le escribo por mi mamá, Graciela Montoya Ruiz. Desde que el doctor le cambió la pastilla de la presión (ahora toma la amlodipina de 10) se le hinchan mucho los pies y los tobillos, ya no le caben los zapatos. Ayer en el centro la enfermera le tomó la presión y estaba 150/88, dice ella.

También pregunta si le pueden hacer la prueba del azúcar otra vez, la última salió alta (A1c de 8.1 creo).

¿Me puede llamar después de las 6? Trabajo hasta tarde. 555-0123.

Gracias,
Marisol (hija)
""", 'Wed, 16 Oct 2024 20:10:44 -0400', patient='Montoya')

mk('phi', 'lang',
   'Rosângela Pires <rpires@riverbendpace.org>',
   'Enfermagem Domiciliar <hc-nurses@riverbendpace.org>',
   'Sr. Joaquim Fernandes - pressão baixa',
   """Oi pessoal,

Fui na casa do Sr. Joaquim Fernandes hoje às 9h para o banho. Ele estava muito tonto quando levantou da cama, medi a pressão: 92/54 sentado. Disse que tomou os remédios duas vezes hoje porque não lembrava se já tinha tomado (a caixinha de comprimidos de terça estava vazia e a de quarta também).

Deixei ele deitado, dei água, a esposa está com ele. Alguém da enfermagem pode passar lá hoje à tarde? Acho que precisa de um dispensador com alarme.

Rosângela
Auxiliar de cuidados domiciliares
""", 'Wed, 23 Oct 2024 10:02:18 -0400', patient='Fernandes')

mk('phi', 'lang',
   'Trần Quốc Bảo <baotran.home@gmail.com>',
   'Riverbend PACE <info@riverbendpace.org>',
   'Về bố tôi - ông Trần Văn Phúc',
   """Chào các anh chị,

Tôi là con trai của ông Trần Văn Phúc (sinh năm 1938). Từ tuần trước bố tôi bị ho nhiều về đêm và khó thở khi nằm, phải kê ba cái gối mới ngủ được. Chân bố cũng sưng hơn. Bố đang lọc thận thứ Hai, Tư, Sáu ở Lakeshore.

Xin bác sĩ khám cho bố sớm. Bố không nói được tiếng Anh, cần thông dịch tiếng Việt.

Cảm ơn,
Bảo
555-0129
""", 'Sun, 20 Oct 2024 18:30:00 -0400', patient='Trần Văn Phúc')

mk('phi', 'lang',
   'Nadège Jean-Baptiste <nadege.jb@yahoo.com>',
   'Day Center <daycenter@riverbendpace.org>',
   'Manman m Yvrose',
   """Bonjou,

Se Nadège, pitit fi Yvrose Jean-Baptiste. Manman m pa ka vini nan sant lan jodi a. Depi yè swa li gen lafyèv, li tap touse anpil, epi li di li gen doulè nan pwatrin lè l ap respire. Mwen te ba li 2 Tylenol a 6è dimaten.

Èske yon enfimyè ka rele m? Mwen pa vle mennen l lopital si se pa nesesè. Nimewo m se 555-0175.

Mèsi anpil,
Nadège
""", 'Thu, 24 Oct 2024 07:05:22 -0400', patient='Jean-Baptiste')

mk('phi', 'lang',
   'Олег Кузнецов <oleg.kuznetsov61@mail.example.ru>',
   'Dr. Imogen Sato <isato@riverbendpace.org>',
   'Мама - Валентина Кузнецова, клиника памяти',
   """Здравствуйте, доктор Сато,

Пишу по поводу моей мамы, Валентины Петровны Кузнецовой. После того как вы увеличили дозу мемантина, она стала очень сонливой днём и два раза упала ночью, когда шла в туалет. Синяк на бедре, но ходит. Ночью она снова разговаривает с покойным отцом.

Можно ли вернуть прежнюю дозу? И нужен ли ей рентген бедра?

С уважением,
Олег Кузнецов (сын)
тел. 555-0186
""", 'Mon, 21 Oct 2024 21:47:00 -0400', cte='base64', patient='Кузнецова')

mk('phi', 'lang',
   'Marites Santos <msantos@riverbendpace.org>',
   'Jocelyn Dizon RN <jdizon@riverbendpace.org>',
   'si Lola Corazon',
   """Ate Joce,

Si Lola Corazon Dimaculangan po, hindi kumain ng tanghalian kanina at sabi niya masakit ang tiyan niya sa kanang bahagi. Kinuha ko temp niya 38.1. Medyo dilaw din po yung mata niya parang hindi normal. Yung anak niya si Ben papunta na dito.

Pwede niyo po ba siyang tingnan bago umuwi ang van ng 3? Nasa recliner siya sa quiet room.

Salamat po,
Tess
(aide, day center)
""", 'Fri, 25 Oct 2024 13:22:10 -0400', patient='Dimaculangan')

mk('phi', 'lang',
   '黄丽娟 <lijuan.huang.family@163.example.com>',
   'Riverbend PACE Clinic <clinic@riverbendpace.org>',
   '关于我父亲黄志明的药',
   """您好，

我是黄志明的女儿。我父亲上周从医院出院以后，药房送来的药和出院单上的不一样：出院单写的是停掉阿司匹林，但药盒里还有。另外他的血糖这几天早上都在 200 以上，胰岛素要不要调整？

他星期二、星期四去日间中心，请医生那天帮他看一下。需要普通话翻译。

谢谢！
黄丽娟
电话：555-0108
""", 'Sat, 19 Oct 2024 10:15:00 -0400', patient='黄志明')

mk('phi', 'lang',
   'Dr. Naveed Qureshi <nqureshi@riverbendpace.org>',
   'Karim Al-Haddad <karim.alhaddad@gmail.com>',
   'موعد والدتك - عيادة العيون',
   """الأخ كريم،

تحدثت مع عيادة الدكتور بتروسيان. موعد والدتك السيدة سميرة الحداد يوم الأربعاء ٢٣ أكتوبر الساعة ٩:٣٠ صباحاً لفحص العين اليمنى بعد عملية الماء الأبيض. ستأخذها سيارة البرنامج من البيت الساعة ٨:٤٥.

أرجو الاستمرار في قطرة البريدنيزولون أربع مرات يومياً وعدم نسيان أي جرعة حتى الموعد. إذا زاد الألم أو ضعف النظر فجأة، اتصل بنا فوراً على ٥٥٥-٠١٣١.

مع التحية،
د. نافيد قريشي
Riverbend PACE
""", 'Tue, 15 Oct 2024 11:00:00 -0400', patient='الحداد')

# =====================================================================
# CLEAN: admin
# =====================================================================
mk('clean', 'admin',
   'Riverbend IT Service Desk <servicedesk@riverbendpace.org>',
   'Tamsin Oduya <toduya@riverbendpace.org>',
   '[INC0048213] EHR kiosk lockouts - Day Center east wing - Assigned',
   """Incident INC0048213 has been assigned to Brendan Yost (Integration / Clinical Apps).

Short description: EHR login lockouts on day center kiosks (ADC-KIOSK-03, ADC-KIOSK-05)
Reported by: Tamsin Oduya, RN  x221
Priority: 2 - High (clinical workflow impacted)
Opened: 10/16/2024 07:58
Category: Clinical Applications > EHR > Authentication

Work notes (Brendan Yost, 10/16 09:12):
Badge-tap SSO agent on both kiosks updated overnight to 7.4.2, conflicts with the old card reader driver. Rolling back. Workaround: use username/password at the kiosk or the med room workstation. Will update by 11:00.

To add comments reply to this email, do not change the subject line.
Riverbend PACE IT Service Desk | x4357 | 555-0140
""", 'Wed, 16 Oct 2024 09:13:02 -0400')

mk('clean', 'admin',
   'People & Culture <hr@riverbendpace.org>',
   'All Staff <allstaff@riverbendpace.org>',
   'Open Enrollment for 2025 benefits starts Nov 1',
   """Hi everyone,

Open enrollment for employee benefits runs Nov 1 - Nov 15. This is the one time each year you can change medical, dental, vision and FSA elections without a qualifying event.

What's new for 2025:
 - Medical premiums for the Silver PPO go up 3.2%; the HDHP stays flat
 - HSA employer seed increases to $600 (individual) / $1,200 (family)
 - New vision carrier (ClearSight) - new member cards will be mailed in December
 - EAP counseling sessions increase from 6 to 8 per issue

Benefits fair: Tuesday Nov 5, 11:30-1:30, Community Room (lunch provided). Reps from the carriers will be there. Night shift / van drivers: we'll do a 6:30am session Nov 6 in the transport office.

Questions: Dana Whitlock, Benefits Coordinator, x2207 or dwhitlock@riverbendpace.org

People & Culture
Riverbend PACE
""", 'Mon, 21 Oct 2024 08:00:00 -0400',
   html="""<html><body style="font-family:Calibri,Arial">
<p>Hi everyone,</p>
<p>Open enrollment for employee benefits runs <b>Nov 1 - Nov 15</b>. This is the one time each year you can change medical, dental, vision and FSA elections without a qualifying event.</p>
<h3>What's new for 2025</h3>
<ul><li>Medical premiums for the Silver PPO go up 3.2%; the HDHP stays flat</li>
<li>HSA employer seed increases to $600 (individual) / $1,200 (family)</li>
<li>New vision carrier (ClearSight) - new member cards will be mailed in December</li>
<li>EAP counseling sessions increase from 6 to 8 per issue</li></ul>
<p><b>Benefits fair:</b> Tuesday Nov 5, 11:30-1:30, Community Room (lunch provided). Night shift / van drivers: 6:30am session Nov 6 in the transport office.</p>
<p>Questions: Dana Whitlock, Benefits Coordinator, x2207</p>
<p>People &amp; Culture<br>Riverbend PACE</p></body></html>""")

mk('clean', 'admin',
   'Ray Dufresne <rdufresne@riverbendpace.org>',
   'Greenvale Fleet Service <service@greenvalefleet.com>',
   'Van #7 (Ford Transit, lift) - invoice 22871 question',
   """Hi Tony,

Got invoice 22871 for van #7 ($1,846.20). Two things:
1. Line 4 shows the wheelchair lift hydraulic pump replaced but we had that under warranty from the Braun work in May (their RMA 55-10932). Can you credit that and file with Braun?
2. The brake job says front and rear, the driver only reported front. Ok if the rears were actually under spec, just send the measurements.

Van #7 VIN ends 4412, plate PACE-07. We need it back Thursday for the dialysis runs, we're short 2 vans this week.

Ray Dufresne
Transportation Manager | Riverbend PACE
555-0144 (office) / 555-0145 (cell)
""", 'Tue, 22 Oct 2024 10:47:38 -0400')

mk('clean', 'admin',
   'Jocelyn Dizon RN <jdizon@riverbendpace.org>',
   'Clinic Nurses <clinic-rn@riverbendpace.org>',
   'Nov weekend on-call + holiday coverage',
   """Hi team, Nov on-call is below. Swaps go through me and must be in writing (email ok). Thanksgiving (11/28) pays holiday rate, thanks Sheela and Leticia for volunteering.

Sat/Sun 11/2-3    Kimberly Achterberg   555-0151
Sat/Sun 11/9-10   Sheela Ramaswamy      555-0153
Sat/Sun 11/16-17  Yelena Markovic       555-0155
Sat/Sun 11/23-24  Tamsin Oduya          555-0158
Thu 11/28         Sheela R (day) / Leticia V (eve)
Sat/Sun 11/30-12/1 Kimberly Achterberg  555-0151

Backup physician on-call schedule is on the shared drive: Clinical > On-call > 2024-11.xlsx

Jocelyn Dizon, MSN, RN
Director of Nursing
""", 'Thu, 24 Oct 2024 15:30:00 -0400')

mk('clean', 'admin',
   'Accounts Receivable <ar@claimbridge-edi.com>',
   'Accounts Payable <ap@riverbendpace.org>',
   'Invoice INV-2024-0917 - ClaimBridge EDI services (Sept)',
   """Dear Riverbend PACE Accounts Payable,

Please find below your invoice for September services.

Invoice #: INV-2024-0917
Customer #: CB-11820
Invoice date: 10/01/2024   Due: 10/31/2024

  837P/837I claim submissions (2,114 @ $0.28)        $591.92
  835 ERA retrieval (monthly flat)                    $150.00
  270/271 eligibility transactions (1,406 @ $0.11)    $154.66
  Encounter data (EDR) to CMS - PACE module           $400.00
                                           TOTAL    $1,296.58

Remit ACH to account on file or check to ClaimBridge EDI, PO Box 4410, Harborview, CT 06410.

Questions: Maria Lindgren, Billing, 555-0192.
""", 'Tue, 01 Oct 2024 06:00:00 -0400')

mk('clean', 'admin',
   'Gina Farrow <gfarrow@riverbendpace.org>',
   'Leadership Team <leadership@riverbendpace.org>',
   'CMS audit prep - conf room + timeline',
   """All,

Booked Conference A (the big one, seats 16) for audit prep every Tuesday 2-3:30 through Dec 10. Teams link in the invite.

Universes due to the auditors 11/18. Owners:
- SDR (service delivery requests): Ramon / Kim
- Grievances & appeals: Gina
- Disenrollments / enrollments: Corinne
- Personnel records: Dana (HR)
- Onsite tour - day center + pharmacy + van yard: Ray + Priya

Please do NOT pull participant-level files into the prep folder until we agree on the sample; CMS picks the sample, not us. Use counts only for the dry run.

Gina Farrow
Director of Compliance & Quality
555-0109
""", 'Wed, 16 Oct 2024 12:01:55 -0400')

mk('clean', 'admin',
   'Patrice Ouellette <pouellette@riverbendpace.org>',
   'Payroll <payroll@riverbendpace.org>',
   'timecard fix wk ending 10/19',
   """hi payroll, my timecard for week ending 10/19 is missing Thursday, I forgot to badge out because the van ran late back from Lakeshore and the clock in the yard was off (ray knows). i worked 6:05am - 4:40pm that day with a 30 min lunch. also mileage for the personal car run to pick up the spare van keys 10/17, 22 miles.

employee # 10447

thanks
Patrice
""", 'Mon, 21 Oct 2024 16:20:00 -0400')

# =====================================================================
# CLEAN: lookalike
# =====================================================================
mk('clean', 'lookalike',
   'Willowbrook Animal Hospital <frontdesk@willowbrookvet.com>',
   'Sheela Ramaswamy <sheela.r.home@gmail.com>',
   "Biscuit's dental - discharge instructions",
   """Hi Sheela,

Biscuit did great today! Here is a summary of her visit.

Patient: Biscuit (canine, beagle mix, spayed F, 9 yrs)   Patient ID: V-22018
Procedure: Dental cleaning under general anesthesia, 2 extractions (upper left premolars)
Pre-op bloodwork: CBC and chemistry normal, kidney values within range
Medications going home:
  - Carprofen 25 mg: 1 tab by mouth once daily with food x 5 days (pain/inflammation)
  - Clindamycin 75 mg: 1 capsule twice daily x 7 days

Soft food only for 7 days. She may be a bit groggy tonight. Recheck in 10-14 days with Dr. Haverford. Call us at 555-0170 if she stops eating or you see bleeding.

Balance due: $684.50 (paid, Visa ending 2281)

Willowbrook Animal Hospital
""", 'Thu, 17 Oct 2024 17:45:00 -0400')

mk('clean', 'lookalike',
   'Greenvale Community Credit Union <notices@greenvalecu.org>',
   'Luis Carrasquillo <lcarrasquillo71@gmail.com>',
   'Your auto loan statement is ready - Member #0048812',
   """Dear Luis Carrasquillo,

Your October statement is now available in Online Banking.

Member #: 0048812
Account: Auto Loan ...-7703
Payment due: 11/05/2024
Amount due: $312.44
Principal balance: $9,877.16
APR: 6.49%

Sign in to view your statement. If you have enrolled in auto-pay, no action is needed.

Greenvale Community Credit Union | Routing 021999990 | 555-0196
Federally insured by NCUA. Equal Housing Opportunity.
This message was sent to the email address on file. Please do not reply.
""", 'Fri, 18 Oct 2024 04:15:00 -0400',
   html="""<html><body><table width="600" style="font-family:Arial"><tr><td>
<h2 style="color:#1a5e3a">Your statement is ready</h2>
<p>Dear Luis Carrasquillo,</p>
<p>Your October statement is now available in Online Banking.</p>
<table cellpadding="4"><tr><td>Member #</td><td>0048812</td></tr>
<tr><td>Account</td><td>Auto Loan ...-7703</td></tr>
<tr><td>Payment due</td><td>11/05/2024</td></tr>
<tr><td>Amount due</td><td>$312.44</td></tr>
<tr><td>Principal balance</td><td>$9,877.16</td></tr></table>
<p><a href="https://online.greenvalecu.org/login">Sign in</a> to view your statement.</p>
<p style="font-size:9px">Greenvale Community Credit Union | 555-0196 | Federally insured by NCUA.</p>
</td></tr></table></body></html>""")

mk('clean', 'lookalike',
   'SkyHarbor Airlines <reservations@skyharbor-air.com>',
   'Dr. Imogen Sato <imogen.sato@fastmail.example.com>',
   'Your trip confirmation - QZ7RPL - Greenvale to San Diego',
   """Thank you for booking with SkyHarbor, IMOGEN SATO.

Confirmation code: QZ7RPL
Ticket number: 4412109988731
SkyMiles member #: 201 448 7712 (Gold)

Outbound  Wed 13 Nov 2024  SH 1184  GRV 07:10 -> DEN 09:02  Seat 3C
          Wed 13 Nov 2024  SH 377   DEN 10:15 -> SAN 11:48  Seat 2A
Return    Sun 17 Nov 2024  SH 1931  SAN 14:20 -> GRV 22:51  Seat 3D

Passenger: SATO/IMOGEN MS   DOB 1979 on file (Secure Flight)   Known Traveler: on file
Checked bags: 1 included (Gold)

Manage your trip at skyharbor-air.com/manage.
""", 'Sat, 05 Oct 2024 12:30:00 -0400')

mk('clean', 'lookalike',
   'IronPeak Fitness <members@ironpeakfitness.com>',
   'Aurelio Benedetti <aurelio.benedetti@gmail.com>',
   'Your membership freeze is confirmed (Member ID IP-558104)',
   """Hi Aurelio,

Your membership freeze has been processed.

Member ID: IP-558104
Home club: IronPeak Greenvale - Route 9
Freeze period: 11/01/2024 - 12/31/2024
Monthly freeze fee: $10.00 (billed 11/1 and 12/1)
Regular dues resume: 01/01/2025 ($44.99/mo)

Your personal training package (6 sessions remaining with coach Dani R.) will be held until you return. Don't forget the free body composition scan and fitness assessment included with your January restart - book it at the front desk.

See you soon!
IronPeak Member Services | 555-0197
""", 'Tue, 22 Oct 2024 18:05:00 -0400')

mk('clean', 'lookalike',
   'Brian Olufemi, ISA Certified Arborist <brian@canopyarborcare.com>',
   'Ray Dufresne <ray.dufresne@outlook.example.com>',
   'Diagnosis & treatment plan - red oak, 14 Birch Hollow Rd',
   """Hi Ray,

Thanks for meeting me Saturday. Here's my write-up on the big red oak by your driveway.

Diagnosis: oak wilt (Bretziella fagacearum) - lab confirmed from the branch samples, report #CA-24-1193. Symptoms: leaf bronzing from the margins inward, sudden leaf drop in the upper crown, fungal mats under bark on the north side.

Prognosis: poor for this tree. Red oaks usually die within the season once infected. The concern now is root graft spread to the two smaller oaks within 50 ft.

Treatment plan:
1. Remove the infected oak this winter (Dec-Feb, low beetle activity). Est. $2,850 incl. stump grinding.
2. Trench a root-graft barrier between it and the healthy oaks (vibratory plow, 5 ft deep). Est. $1,400.
3. Preventive propiconazole injection for the two healthy oaks. Est. $380 each.

Happy to go over it by phone - 555-0168.

Brian Olufemi
Canopy Arbor Care LLC | ISA Certified Arborist NY-4471A
""", 'Mon, 14 Oct 2024 08:50:00 -0400')

mk('clean', 'lookalike',
   'GitLab <gitlab@git.carebridgeapps.io>',
   'Mateo Villanueva <mvillanueva@riverbendpace.org>',
   'Re: [scheduler] kill orphaned child processes before patient-zero replay (#482)',
   """Nikhil Bose commented on issue #482:

> confirmed on staging. the worker that died first ("patient zero" in the trace) leaves 3 orphaned child processes holding the lock on /var/run/sched.pid, every replay after that fails the health check.
>
> repro:
>   $ systemctl status sched-worker@2
>   ● sched-worker@2.service - Scheduler worker
>      Active: failed (Result: exit-code) since Tue 2024-10-22 03:14:07 UTC
>      Main PID: 48812 (code=exited, status=137/KILL)
>   $ pgrep -P 48812
>   48815
>   48816
>   48830
>
> DOB (date of build) on the image is 20241019, so it's the new base image.
> proposed fix: PR_SET_CHILD_SUBREAPER on the supervisor + reap in the SIGCHLD handler. vitals dashboard (grafana) shows the heartbeat flatlining 40s after the OOM kill.

Reply to this email directly or view it on GitLab.
You're receiving this because you are subscribed to this issue.
""", 'Tue, 22 Oct 2024 11:32:18 +0000')

mk('clean', 'lookalike',
   'Harborline Auto Insurance Claims <claims@harborline-ins.com>',
   'Gwen Tolliver <gwen.tolliver@yahoo.com>',
   'Claim 07-4419283-AU - estimate approved',
   """Dear Gwen Tolliver,

Your claim has been reviewed.

Claim number: 07-4419283-AU
Policy number: HAL-2283910-04
Date of loss: 10/09/2024
Vehicle: 2019 Honda CR-V, VIN 5J6RW2H5XKL027714
Loss type: Collision - parking lot, rear bumper
Injuries reported: None
Adjuster: Craig Monahan, 555-0183

Approved estimate: $2,318.40 less $500.00 deductible = $1,818.40, payable to Greenvale Collision Center.

A rental car is authorized for up to 7 days at $40/day. Reference your claim number when picking up.

Harborline Auto Insurance
""", 'Wed, 16 Oct 2024 13:14:00 -0400')

# =====================================================================
# CLEAN: news
# =====================================================================
mk('clean', 'news',
   'PACE Alliance of the Northeast <news@pacealliance-ne.org>',
   'Riverbend PACE Leadership <leadership@riverbendpace.org>',
   'PACE Pulse - October 2024: enrollment passes 9,000 in the region',
   """PACE PULSE | October 2024
News for PACE organizations in the Northeast

ENROLLMENT
Regional PACE census reached 9,112 participants on Oct 1, up 7.4% year over year. Average age at enrollment is 77; 61% of participants are dually eligible for Medicare and Medicaid. Median length of enrollment is 3.1 years.

POLICY WATCH
- CMS released the draft CY2025 PACE rate notice. Frailty adjuster unchanged; the Part D base premium rises modestly.
- Two states are piloting "PACE without walls" models that lean on home-based primary care and telehealth instead of a full day center.

QUALITY
Member programs report 30-day readmission rates averaging 14.8% vs 19% for comparable dual-eligible adults in fee-for-service. Falls with injury remain the top reported level-two event.

EVENTS
Nov 14 - Webinar: Deprescribing in the frail elderly - Beers Criteria 2023 update
Dec 3  - Transportation safety roundtable (wheelchair securement, driver training)

Unsubscribe | Update preferences
PACE Alliance of the Northeast, 200 State St, Suite 410, Albany NY
""", 'Tue, 08 Oct 2024 10:00:00 -0400')

mk('clean', 'news',
   'Greenvale County Department of Health <alerts@greenvalecounty-health.example.gov>',
   'Health Partners List <partners@lists.greenvalecounty-health.example.gov>',
   'Respiratory Virus Update - Week 42',
   """GREENVALE COUNTY RESPIRATORY VIRUS UPDATE - MMWR WEEK 42 (Oct 13-19, 2024)

Influenza: MINIMAL activity. 11 lab-confirmed cases (prior week 6). 1 hospitalization, age 65+.
RSV: LOW but increasing. 23 cases; 40% in adults 65+.
COVID-19: MODERATE. Wastewater levels at the Greenvale plant rose 18% week over week. 14 hospital admissions countywide.

Long-term care: 2 outbreaks reported (1 COVID-19, 1 norovirus) in congregate settings. Facilities should report clusters of 2+ cases within 72 hours to the Epidemiology line, 555-0101.

Recommendations for providers serving older adults:
 - Offer 2024-25 COVID-19 vaccine, high-dose or adjuvanted flu vaccine, and RSV vaccine (one dose, age 75+, or 60-74 at increased risk)
 - Free community vaccination clinics: Sat 10/26 and Sat 11/2, Greenvale Senior Center, 9am-1pm

This bulletin contains aggregate surveillance data only.
""", 'Thu, 24 Oct 2024 12:00:00 -0400', cte='quoted-printable')

mk('clean', 'news',
   'Riverbend PACE Pharmacy <pharmacy@riverbendpace.org>',
   'Clinical Staff <clinical@riverbendpace.org>',
   'RECALL NOTICE: metformin ER 500 mg - Harlow Pharmaceuticals lots',
   """Clinical staff,

FYI - voluntary recall (Class II) announced 10/17 by Harlow Pharmaceuticals for metformin hydrochloride extended-release 500 mg tablets, 100-count bottles, due to an impurity above the acceptable intake limit.

Affected lots: HP24A0113, HP24A0127, HP24B0042  (exp 03/2026 - 06/2026)

Our pharmacy checked inventory this morning: we stock the Torvane generic, NOT Harlow, so no participant bottles from our shelves are affected. If a new enrollee brings in outside bottles from Harlow with those lot numbers, send them to pharmacy for exchange. Patients should NOT stop taking metformin without talking to their provider - the risk from stopping is higher than the impurity risk.

Priya Mansoor, PharmD
Pharmacy Director
""", 'Fri, 18 Oct 2024 09:05:00 -0400')

mk('clean', 'news',
   'Riverbend Communications <comms@riverbendpace.org>',
   'All Staff <allstaff@riverbendpace.org>',
   'The Riverbend Current - Fall 2024',
   """THE RIVERBEND CURRENT | Staff Newsletter | Fall 2024

STAFF SPOTLIGHT: Luis Carrasquillo, Van 4
Luis just passed 10 years and 250,000 accident-free miles with Riverbend. Ask him about his playlist.

WELCOME
Harriet Kwan, MS, RDN joins us as Clinical Dietitian. Mateo Villanueva joins IT as Senior Developer. Welcome Yelena Markovic, LPN, to the day center!

GARDEN CLUB
The day center raised beds produced 40 lbs of tomatoes this summer. Thanks to recreation therapy and the Thursday volunteers from Greenvale High.

BY THE NUMBERS (Q3)
 - 1,912 van trips, 98.1% on time
 - 164 participants enrolled as of Sept 30
 - 2,430 prescriptions filled in-house

REMINDERS
Flu shots for staff: Employee Health, Tues & Thurs 7-9am through Nov 15. Halloween costume lunch 10/31!
""", 'Mon, 07 Oct 2024 09:00:00 -0400',
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b5d7c">The Riverbend Current</h1><p><i>Staff Newsletter | Fall 2024</i></p>
<h3>Staff Spotlight: Luis Carrasquillo, Van 4</h3>
<p>Luis just passed 10 years and 250,000 accident-free miles with Riverbend. Ask him about his playlist.</p>
<h3>Welcome</h3><p>Harriet Kwan, MS, RDN joins us as Clinical Dietitian. Mateo Villanueva joins IT as Senior Developer. Welcome Yelena Markovic, LPN, to the day center!</p>
<h3>Garden Club</h3><p>The day center raised beds produced 40 lbs of tomatoes this summer.</p>
<h3>By the numbers (Q3)</h3><ul><li>1,912 van trips, 98.1% on time</li><li>164 participants enrolled as of Sept 30</li><li>2,430 prescriptions filled in-house</li></ul>
<p>Flu shots for staff: Employee Health, Tues &amp; Thurs 7-9am through Nov 15.</p>
</body></html>""")

mk('clean', 'news',
   'State Medicaid Agency - Managed Long Term Care <mltc-updates@health.state.example.gov>',
   'PACE Organizations <pace-orgs@lists.health.state.example.gov>',
   'MLTC Policy 24.07: PACE capitation rate update and NFLOC reassessment timelines',
   """MLTC POLICY 24.07
Effective: January 1, 2025
To: All PACE Organizations

1. Capitation: The Medicaid PACE rate for the Greenvale/Harbor rating region increases 2.9% for CY2025. Rate sheets by region are posted on the agency website.

2. Level-of-care reassessment: Annual nursing facility level-of-care (NFLOC) recertification may be completed up to 60 days (previously 30) before the anniversary date. Participants deemed eligible under the "permanent" waiver rule are not subject to annual recertification.

3. Enrollment: Requests for expedited NFLOC determinations must include the completed assessment tool and documentation of the urgent circumstance. Do not send assessment documents by unencrypted email; use the secure file transfer portal.

Questions: MLTC Policy Unit, 555-0104.
""", 'Wed, 09 Oct 2024 15:00:00 -0400')

mk('clean', 'news',
   'Greenvale County Office for the Aging <ofa@greenvalecounty.example.gov>',
   'Senior Service Providers <providers@lists.greenvalecounty.example.gov>',
   'Heat & power outage advisory - cooling centers (archive re-send)',
   """** Re-sent for your emergency preparedness binders **

HEAT ADVISORY GUIDANCE FOR OLDER ADULTS

Adults over 65 are at higher risk of heat illness, especially those taking diuretics ("water pills"), beta blockers, antipsychotics, or medicines for Parkinson's disease, and those with dementia who may not recognize thirst.

Warning signs: confusion, dizziness, headache, muscle cramps, no sweating with hot dry skin, fast pulse. Call 911 for confusion or fainting.

Provider checklist:
 - Call or visit homebound clients once daily during an advisory
 - Keep insulin and other refrigerated medicines cool during power outages (cooler with ice packs, not directly on ice)
 - Transport vans: never leave a client waiting in a parked vehicle

Cooling centers (noon-8pm during advisories): Greenvale Senior Center, 40 Pine St; Harbor Library, 12 Water St; Eastside Community Church hall.

Greenvale County Office for the Aging | 555-0105
""", 'Mon, 14 Oct 2024 08:30:00 -0400')

# =====================================================================
# CLEAN: staff
# =====================================================================
mk('clean', 'staff',
   'Dr. Grace Ellingsen <gellingsen@riverbendpace.org>',
   'Medical Staff <medstaff@riverbendpace.org>',
   'PPI deprescribing - proposal for Nov med staff mtg',
   """Colleagues,

Pharmacy ran a count for me: 58 of our participants are on a PPI, and for about two thirds there's no documented ongoing indication (Barrett's, recent GI bleed, on dual antiplatelet, etc.). I'd like us to adopt the deprescribing.org PPI algorithm as our default:

 - no indication + no symptoms x 4 wks -> taper to half dose x 2-4 wks, then stop or switch to on-demand
 - rebound heartburn is common in the first 2 weeks; H2 blocker PRN as a bridge
 - Keep: Barrett's, severe esophagitis, GI bleed history, chronic NSAID or steroid with high bleed risk

Priya has agreed to flag candidates at each 6-month med review so it happens at IDT rather than ad hoc. Questions welcome before the 11/12 meeting. Particularly want to hear from anyone who has had bad experiences tapering in the very old (90+).

Grace

Grace Ellingsen, MD, CMD
Medical Director, Riverbend PACE
""", 'Thu, 10 Oct 2024 12:15:00 -0400')

mk('clean', 'staff',
   'Dr. Naveed Qureshi <nqureshi@riverbendpace.org>',
   'Dr. Imogen Sato <isato@riverbendpace.org>',
   'curbside - antipsychotic in DLB?',
   """Imogen - curbside, no names. Woman in her 80s, probable Lewy body dementia (fluctuations, visual hallucinations, mild parkinsonism). Hallucinations are now distressing her - she sees children in the living room and gets frightened at night. Not a danger to anyone. Already on rivastigmine patch 9.5.

Family is asking for "something to calm her down". I'm nervous about anything with D2 blockade given the sensitivity reactions in DLB. Is low-dose quetiapine still your go-to, or would you try pimavanserin first if we can get it through the formulary? Any experience with bumping the rivastigmine to 13.3 first?

thanks
N
""", 'Wed, 23 Oct 2024 19:40:00 -0400')

mk('clean', 'staff',
   'Jocelyn Dizon RN <jdizon@riverbendpace.org>',
   'Nursing Leadership <nursing-leads@riverbendpace.org>',
   'call-outs this week / flu season staffing plan',
   """Quick update - we had 7 nurse/aide call-outs Mon-Wed (mostly GI bug going around the staff, not participants as far as we know). Home care visits got pushed for 5 routes.

Proposal for Nov-Feb:
1. Float pool: 2 per diem LPNs on standby Mon/Tue/Thu (highest census days at the center)
2. Staff who are sick with vomiting/diarrhea stay out 48h after last symptoms - no exceptions, I know it's hard
3. Home care aides: cluster visits geographically, agency backup from CarePlus if we drop below 80% of scheduled visits for 2 days
4. Masks in the med room and van during any outbreak declared by IP

Please send comments by Friday. I'll take the final to ops on Monday.

Jocelyn
""", 'Thu, 17 Oct 2024 14:05:00 -0400')

mk('clean', 'staff',
   'Gina Farrow <gfarrow@riverbendpace.org>',
   'Clinical Staff <clinical@riverbendpace.org>',
   'Policy CL-112 Falls Prevention & Post-Fall Huddle - revised',
   """All,

Revised Policy CL-112 (Falls Prevention and Post-Fall Management) is approved effective 11/1/2024. Key changes:

- Post-fall huddle within 1 hour at the location of the fall (day center, home, or van) - use the new 1-page huddle form in the EHR (Forms > Safety > Post-Fall Huddle)
- Neuro checks q15 min x 1 hr, then hourly x 4 for any unwitnessed fall or fall on anticoagulant, even if no head strike reported
- Every fall reviewed at the next IDT with PT, pharmacy (fall-risk med review: sedatives, antihypertensives, anticholinergics) and recreation therapy
- Van drivers: if a participant falls during boarding, do NOT lift them; call dispatch and the RN line

Falls with injury were our most frequent reportable event in Q3, so thanks for taking this seriously. Training sessions on the 28th and 30th (see LMS).

Gina Farrow, RN, CPHQ
Director of Compliance & Quality
""", 'Fri, 25 Oct 2024 10:00:00 -0400')

mk('clean', 'staff',
   'Harriet Kwan, MS, RDN <hkwan@riverbendpace.org>',
   'Kitchen Team <kitchen@riverbendpace.org>, Speech Therapy <slp@riverbendpace.org>',
   'IDDSI levels on the lunch line',
   """Hi kitchen + SLP,

We're seeing some mismatch between what's ordered and what's on the tray. Reminder of what each level should look like at our center:

  Level 7 regular / 7EC easy to chew
  Level 6 soft & bite-sized - pieces no bigger than 1.5 cm (about a thumbnail)
  Level 5 minced & moist - 4 mm pieces, no separate thin liquid, moist not wet
  Level 4 pureed - holds shape on spoon, falls off when tilted, no lumps
  Liquids: thin 0 / slightly thick 1 / mildly thick 2 / moderately 3

Please do the fork-pressure test and spoon-tilt test on the first tray of each level before service. I'll put laminated cards up at the line this Friday. Jenn (SLP), could you do a 15-min demo at the Monday kitchen meeting?

Also - no more crackers on the L5/L4 trays even as a "side".

Harriet
""", 'Tue, 15 Oct 2024 14:30:00 -0400')

mk('clean', 'staff',
   'Ramon Quintero, LCSW <rquintero@riverbendpace.org>',
   'Social Work <socialwork@riverbendpace.org>',
   'MOLST/POLST forms + advance directive workflow',
   """Team,

1. We're down to about 20 pink MOLST forms. I ordered 200 more from the state DOH (order #DOH-F-55120), ETA 2 weeks. Please don't use photocopies - they're not valid.
2. New workflow starting Nov: advance directive conversation offered at enrollment, at every 6-month reassessment, and after any hospitalization. Document as "offered / declined / completed" in the AD tab.
3. Health care proxy vs. MOLST: reminder that the proxy names a decision maker; the MOLST is a medical order signed by the physician. Families confuse these constantly - the one-page explainer (English, Spanish, Vietnamese, Russian, Haitian Creole) is in the SW shared folder.

Ramon Quintero, LCSW
Social Work Supervisor
""", 'Mon, 21 Oct 2024 11:45:00 -0400')

mk('clean', 'staff',
   'Priya Mansoor, PharmD <pmansoor@riverbendpace.org>',
   'Van Drivers <drivers@riverbendpace.org>, Home Care Nurses <hc-nurses@riverbendpace.org>',
   'insulin & med totes in vans',
   """Drivers + home care,

Reminder on carrying meds in the vans, since we had a tote left on a dashboard in the sun last week (no harm, caught it):

- Insulin pens / vials and eye drops like latanoprost go in the blue insulated bag with the gel pack, never on the dash or by the heater vent
- Unopened insulin that got above 86F or froze -> bring back to pharmacy, don't deliver it
- Blister packs are sealed and labeled per participant; if one is torn, bring it back
- Controlled meds (the red-tagged totes) need a signature from the participant or caregiver at delivery

Questions to me at x2290.

Priya
""", 'Wed, 09 Oct 2024 07:45:00 -0400')

# =====================================================================
# CLEAN: training
# =====================================================================
mk('clean', 'training',
   'Kelsey Amundsen <kamundsen@meridianehr.com>',
   'Brendan Yost <byost@riverbendpace.org>, Jocelyn Dizon RN <jdizon@riverbendpace.org>',
   'Meridian EHR demo environment - test patients for Thursday session',
   """Hi Brendan, Jocelyn,

The sandbox for Thursday's nurse super-user training is refreshed. Please use ONLY these test patients - they exist only in the TRAIN domain (https://train.meridianehr.com/riverbend):

  ZZTEST, PATIENT ONE     MRN TRN000001   DOB 01/01/1930   "fall + anticoag" scenario
  ZZTEST, PATIENT TWO     MRN TRN000002   DOB 02/02/1935   "new insulin start" scenario
  ZZTEST, MEMORY          MRN TRN000003   DOB 03/03/1940   "MoCA + caregiver" scenario
  TESTPACE, DAYCENTER     MRN TRN000004   DOB 04/04/1945   attendance + van scheduling

Logins: train01 - train12, password given in the room. The TRAIN domain resets every night at 2am, so anything documented will be wiped.

Agenda: 9:00 MAR & med pass, 10:15 post-fall huddle form, 11:00 orders & results inbox, 11:45 Q&A.

Kelsey Amundsen
Clinical Applications Trainer, Meridian EHR
555-0181
""", 'Mon, 14 Oct 2024 16:00:00 -0400')

mk('clean', 'training',
   'Brendan Yost <byost@riverbendpace.org>',
   'IT Interfaces <it-interfaces@riverbendpace.org>',
   'HL7 101 for new analysts - sample ADT',
   """For Mateo and the two new analysts - here's the annotated sample we use in HL7 101. It's the textbook example, all fake (John Doe / 123 Main St / 555-555-5555), do not copy real messages into the training folder.

MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20240101120000||ADT^A04|SAMPLE0001|T|2.5.1
PID|1||TEST12345^^^TRAIN^MR||DOE^JOHN^Q||19500101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||555-555-5555
PV1|1|O|CLINIC^^^TRAIN||||9999^TEST^PROVIDER

Field notes:
 - MSH-11 "T" = training/test processing ID. Production is "P". Our engine drops T messages in prod.
 - PID-3 repeats with ~ for multiple identifiers (MR, PI, etc.)
 - PV1-2 patient class: I inpatient, O outpatient, E emergency
 - Components with ^, subcomponents with &, escape with \\

Exercise: change the sample to an A08 (update) and add a second PID-3 identifier. Submit to the TEST channel on port 6661.

Brendan
""", 'Wed, 09 Oct 2024 13:30:00 -0400')

mk('clean', 'training',
   'Compliance Training <compliance@riverbendpace.org>',
   'All Staff <allstaff@riverbendpace.org>',
   'Annual HIPAA refresher due 11/30 - new module on email & texting',
   """Hello,

Your annual HIPAA & Privacy refresher is now assigned in the LMS (about 35 minutes). Due 11/30/2024.

New this year: "Email, Texting and the Minimum Necessary Rule". Example scenario from the module:

  A nurse texts a coworker: "John Doe in bed 2 had his colonoscopy, results look bad."
  Q: What's wrong with this message?  (Answer: personal phone, full name + procedure +
  result, no business need for that coworker to know.)

Remember: use the secure "[ENCRYPT]" tag in the subject line when emailing outside riverbendpace.org, and never put participant names in a subject line.

Thanks,
Gina Farrow, Privacy Officer
""", 'Fri, 01 Nov 2024 08:00:00 -0400')

mk('clean', 'training',
   'Corinne Harlan <charlan@riverbendpace.org>',
   'Enrollment Team <enrollment@riverbendpace.org>',
   'onboarding packet for Deshawn - filled sample application',
   """Hi Deshawn, welcome to enrollment!

Attached is the sample we use for training - every field filled with FAKE data so you can see what a complete packet looks like before your shadow visits. Please never use a real applicant's application for practice.

Corinne
""", 'Tue, 22 Oct 2024 09:00:00 -0400',
   atts=[('SAMPLE_enrollment_application_TRAINING.txt', """*** TRAINING SAMPLE - NOT A REAL PERSON ***

RIVERBEND PACE ENROLLMENT APPLICATION (SAMPLE)

Applicant name:      Jane Q. Sample
Date of birth:       01/01/1940
Address:             100 Example Street, Anytown, ZZ 00000
Phone:               555-555-0000
Medicare MBI:        0XX0-XX0-XX00  (format example only)
Medicaid CIN:        XX00000X       (format example only)
Preferred language:  English
Emergency contact:   John Sample (son), 555-555-0001

Reason for referral (sample text): needs help with bathing and medications, lives alone.
NFLOC assessment date: 01/15/2025 (sample)
Signature: /s/ Jane Q. Sample (SAMPLE)

*** TRAINING SAMPLE - NOT A REAL PERSON ***
""", 'text', 'plain')])

mk('clean', 'training',
   'ClaimBridge Onboarding <onboarding@claimbridge-edi.com>',
   'Sandeep Kohli <skohli@riverbendpace.org>',
   'Test file accepted - 837P certification step 2 of 3',
   """Hello Sandeep,

Your 837P test file (ISA15 = T) was accepted. Below is the test subscriber loop we supplied for certification - please use exactly these values for step 3.

ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*CLAIMBRIDGE    *241015*1030*^*00501*000000001*1*T*:~
NM1*IL*1*ZZTEST*SUBSCRIBER*A***MI*TEST00000001~
N3*1 TEST WAY~
N4*TESTVILLE*ZZ*00000~
DMG*D8*19300101*M~
CLM*TESTCLM0001*100.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z0000~

Step 3: submit 25 claims using the ZZTEST subscribers in the certification guide (pages 14-16). Once we see a clean 999 and 277CA, we'll move you to production.

ClaimBridge EDI Onboarding | 555-0193
""", 'Tue, 15 Oct 2024 11:20:00 -0400')

mk('clean', 'training',
   'Aurelio Benedetti <abenedetti@riverbendpace.org>',
   'Day Center Staff <adc-staff@riverbendpace.org>',
   'dementia care in-service + BLS renewal sign-up',
   """Hi all,

Two trainings coming up:

1) Dementia Care In-Service - "Meeting people where they are"
   Thu 11/7, 2:30-3:30, Activity Room. We'll work through "Mrs. A", a composite case (not a real participant) who becomes agitated at 3pm every day asking to go pick up her children from school. Practice redirection and validation vs. reorientation. Bring your own examples, no names please.

2) BLS/CPR renewal - Mon 11/11, 8-12, Conf A. Instructor: Toby Halvorsen (AHA). Mannequins + AED trainer provided. Cards expire for: anyone certified in fall 2022, check your LMS.

Sign-up sheet on the staff room door or reply to me.

Aurelio Benedetti, CTRS
Recreation Therapist
""", 'Thu, 24 Oct 2024 10:10:00 -0400')

# =====================================================================
# writer
# =====================================================================
import textwrap


def wrap_body(body):
    out = []
    for line in body.split('\n'):
        if len(line) <= 76 or any(c in line for c in '|\t~*') or '  ' in line.strip():
            out.append(line)
            continue
        pre = ''
        if line.startswith('> '):
            pre = '> '
        elif line.startswith(' - ') or line.startswith('- '):
            pre = ' ' * (line.index('-') + 2)
        out.extend(textwrap.wrap(line, 74, subsequent_indent=pre if pre != '> ' else '> ',
                                 break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)


def build(i, m, name):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i, m['kind'], dom)
    for k, v in m['headers'].items():
        msg[k] = v
    body = m['body']
    # most clients hard-wrap prose at ~76 cols; leave some unwrapped (Outlook-style,
    # which then goes out quoted-printable) and leave raw structured lines alone
    if not m['cte'] and not m['html'] and m['kind'] != 'struct' and i % 7 != 0:
        body = wrap_body(body)
    if m['cte']:
        msg.set_content(body, cte=m['cte'])
    else:
        msg.set_content(body)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fname, data, maint, subt in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subt, filename=fname)
        else:
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


rows = []
for i, m in enumerate(MSGS, 1):
    key = (m['label'], m['kind'])
    COUNT[key] = COUNT.get(key, 0) + 1
    name = '%s-%s-%03d.eml' % (m['label'], m['kind'], COUNT[key])
    msg = build(i, m, name)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append([name, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    w.writerows(rows)

for k in sorted(COUNT):
    print('%s-%s: %d' % (k[0], k[1], COUNT[k]))
print('total', len(rows))
