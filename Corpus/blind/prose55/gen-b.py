#!/usr/bin/env python3
"""Blind evaluation mail set: palliative-care / geriatrics practice. SEED=5502.
Standard library only; deterministic. Usage: python3 gen.py OUTDIR"""
import sys, os, io, csv, zipfile, random
from email.message import EmailMessage
import email.policy

SEED = 5502
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}

# ---- fictional organisations -------------------------------------------------
PR = 'cedarhollowpgc.org'        # Cedar Hollow Palliative & Geriatric Care
HOS = 'baysidehospice.org'       # hospice partner
RX = 'kesslerrx.com'             # pharmacy partner
ALF = 'willowbrookliving.com'    # assisted living
SNF = 'greenfieldmanor.net'      # nursing home
CTY = 'dunmorecounty-pa.gov'     # county agencies
HOSP = 'mercygeneral-dunmore.org'


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 18, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    cols = 'ABCDEFGHIJKLMNOP'
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, esc(v))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
    ns = 'http://schemas.openxmlformats.org'
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="%s/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' % ns),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (ns, ns)),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s/spreadsheetml/2006/main" xmlns:r="%s/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, ns, sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (ns, ns)),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(sd))),
    ]
    return zbytes(files)


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mk(label, kind, patient, frm, to, subject, date, body, html=None, atts=(),
       cc=None, cte=None, headers=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    idx = len(ROWS) + 1
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    dom = frm.rsplit('@', 1)[-1].rstrip('>').strip()
    m['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), idx, kind, dom)
    for k, v in (headers or []):
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for fn, data, mt, st in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for j, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))

# =============================================================================
# PHI: care
# =============================================================================
mk('phi', 'care', 'Abernathy',
   '"Rachel Lindqvist, NP" <rlindqvist@%s>' % PR,
   'Samuel Okafor <sokafor@%s>' % PR,
   'abernathy home visit',
   'Tue, 12 Mar 2024 13:47:09 -0400',
   """Sam -

saw Harold Abernathy at the house this am. wife says he's sleeping 18-20 hrs a day now, barely eating, maybe 3-4 bites at supper. RR 24, sats 89% on RA, 2+ edema both legs up to the knees. wt down another 4 lbs since the 2/28 visit.

what I did:
- bumped morphine conc (20mg/ml) from 5mg to 10mg q2h prn SOB/pain
- stopped the metoprolol and atorvastatin, BP was 94/58 anyway
- drew a BMP + CBC, dropped at Quest on the way back, I'll call Joan w/ results
- ordered hospital bed + overbed table thru Keystone DME, delivery thurs

I brought up hospice again and this time she didn't say no. can you call her tomorrow? she wants to hear it from you, not me.

Rachel

--
Rachel Lindqvist, MSN, AGNP-C
Home-Based Primary Care
Cedar Hollow Palliative & Geriatric Care
555-0198 x214
""")

mk('phi', 'care', 'Whitcomb',
   'Jolene Marsh <jmarsh@%s>' % HOS,
   '"Venkataraman, Priya MD" <pvenkataraman@%s>' % PR,
   'RE: Whitcomb referral - admitted',
   'Wed, 13 Mar 2024 08:02:51 -0400',
   """Dr. Venkataraman,

Just closing the loop -- Mrs. Whitcomb was admitted to routine home care yesterday afternoon. Our admitting RN placed a 16 Fr foley for retention (about 650 mL out on placement) and left the comfort kit in the fridge (morphine, lorazepam, haloperidol, atropine drops). Daughter Pam is primary caregiver and was taught on all of it.

Dr. Feld will be attending of record unless you'd like to stay on -- just let me know by Friday so we can finish the election paperwork. Nurse visits 2x/wk to start, aide 3x/wk, SW and chaplain will call this week.

Thank you for the referral.

Jolene Marsh, RN, CHPN
Admissions Coordinator | Bayside Hospice
p 555-0150  f 555-0151

-----Original Message-----
From: Venkataraman, Priya MD <pvenkataraman@cedarhollowpgc.org>
Sent: Monday, March 11, 2024 4:52 PM
To: Intake <intake@baysidehospice.org>
Subject: Whitcomb referral

Jolene, referral for Dolores Whitcomb, 88, lives with her daughter out on Harlan Rd. Has basically stopped eating since the February hospitalization and decided against restarting dialysis - she was very clear about that with me and with the nephrologist. POLST on file, DNR/DNI, comfort measures. Face sheet and last two notes faxed over this afternoon.

Priya

CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and confidential. If you are not the intended recipient, please notify the sender and delete it.
""")

_pratt_txt = """Good afternoon,

Per Dr. Okafor's verbal order received 3/14 at 14:10 for PRATT, EUGENE (Greenfield Manor, 2 West rm 207):

  DISCONTINUE  donepezil 10 mg PO daily
  START        mirtazapine 7.5 mg PO at bedtime
  CONTINUE     acetaminophen 650 mg PO q6h scheduled
  CONTINUE     senna-S 2 tabs PO bedtime

New blister cards go out on tonight's 6 pm run. Please pull the remaining donepezil cards and send them back in the yellow tote.

Reply to confirm the MAR is updated on your end.

Lena Hoffmann, PharmD, BCGP
Consultant Pharmacist | Kessler Pharmacy Services
555-0133 | lhoffmann@kesslerrx.com
"""
_pratt_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Per Dr. Okafor's verbal order received 3/14 at 14:10 for <b>PRATT, EUGENE</b> (Greenfield Manor, 2 West rm 207):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Action</th><th>Medication</th></tr>
<tr><td style="color:#b00">DISCONTINUE</td><td>donepezil 10 mg PO daily</td></tr>
<tr><td style="color:#070">START</td><td>mirtazapine 7.5 mg PO at bedtime</td></tr>
<tr><td>CONTINUE</td><td>acetaminophen 650 mg PO q6h scheduled</td></tr>
<tr><td>CONTINUE</td><td>senna-S 2 tabs PO bedtime</td></tr>
</table>
<p>New blister cards go out on tonight's 6 pm run. Please pull the remaining donepezil cards and send them back in the yellow tote.</p>
<p>Reply to confirm the MAR is updated on your end.</p>
<p>Lena Hoffmann, PharmD, BCGP<br>Consultant Pharmacist | Kessler Pharmacy Services<br>555-0133</p>
</body></html>"""
mk('phi', 'care', 'Pratt',
   '"Lena Hoffmann, PharmD" <lhoffmann@%s>' % RX,
   '2West Nurses <2west.nursing@%s>' % SNF,
   'Med change confirmation - Pratt, Eugene (2W-207)',
   'Thu, 14 Mar 2024 15:21:44 -0400',
   _pratt_txt, html=_pratt_html, cc='Samuel Okafor <sokafor@%s>' % PR)

mk('phi', 'care', 'Kowalczyk',
   'Kendra Oyelaran <memoryclinic@%s>' % PR,
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'Kowalczyk - testing done, next steps?',
   'Fri, 15 Mar 2024 16:05:12 -0400',
   """Dr V,

Bernadette Kowalczyk finished the neuropsych battery with Dr. Amsel this afternoon. Quick numbers before his report posts: MoCA 17/30 (was 21 last April), clock draw abnormal, she couldn't finish Trails B. Her son Greg drove her and sat in for the history part - says she's gotten lost driving to church twice this winter and he's taken the keys.

MRI brain w/o contrast is booked at Riverside Imaging 3/27, 7:40 am arrival. Labs (B12, TSH, RPR) were drawn today too.

Do you want the family conference booked before or after the MRI? Son can do any Tues/Thurs afternoon.

Thanks!
Kendra
Memory Clinic Coordinator
""")

mk('phi', 'care', 'Henning',
   '"Tomasz Wrobel, LCSW" <twrobel@%s>' % PR,
   'Palliative Team <palliteam@%s>' % PR,
   'Henning family mtg recap',
   'Mon, 18 Mar 2024 17:33:40 -0400',
   """All,

Recap from this afternoon's family meeting for Walter Henning (Dr. Okafor, me, Rev. Nwosu; daughters Karen and Lisa in person, brother Art on speakerphone from Ohio).

What the family heard: the second round of antibiotics didn't clear the pneumonia, he's lost ~15 lb since January, and he has now been in bed most of the day for 3 weeks. Karen said it out loud first - "he wouldn't want this."

Decisions:
 1. POLST completed and signed by Dr. Okafor: DNR, selective treatment (no ICU, no intubation), NO artificial nutrition/feeding tube. Copy on the fridge, copy to Greenfield if he goes back there.
 2. Karen confirmed as health care agent (POA document is from 2019, she'll bring the original Thursday).
 3. Hospice evaluation - referral to Bayside goes out tomorrow AM. Family wants to try keeping him home with the hospital bed downstairs.
 4. Lisa asked about stopping the Eliquis and the vitamins; Dr. O agreed, will send the updated med list.

Open items: Art is not on board ("he's a fighter") - he'd like a call from Dr. O directly. Walter is Lutheran, Rev. Nwosu will reach out to his pastor at St. Mark's.

I'll follow up with Karen Thursday re: caregiver respite and the VA aid & attendance application.

Tomasz

Tomasz Wrobel, LCSW
Palliative Care Social Worker
Cedar Hollow Palliative & Geriatric Care | 555-0198 x231
""")

mk('phi', 'care', 'Ellison',
   'sam okafor <sokafor@%s>' % PR,
   'rachel lindqvist <rlindqvist@%s>, kbrooks@%s' % (PR, PR),
   'greenfield rounds',
   'Mon, 18 Mar 2024 11:12:03 -0400',
   """rounded at greenfield this am.

ruth ellison 214B fell sun night ~2am, found on floor next to the bed. hip/pelvis xray neg, skin tear L forearm steri-stripped. d/c'd the zolpidem, PT/OT eval ordered, low bed + floor mat. daughter aware.

kayla can you move her f/u to next mon instead of the 1st

-s

Sent from my iPhone
""")

mk('phi', 'care', 'Haddad',
   '"Rev. Adaeze Nwosu" <anwosu@%s>' % PR,
   'Palliative Team <palliteam@%s>' % PR,
   'visit w/ Mr Haddad this afternoon',
   'Tue, 19 Mar 2024 15:58:27 -0400',
   """Team,

I sat with Farouk Haddad for about an hour this afternoon at Greenfield (rm 118). He is no longer responding to voice and his breathing has the long pauses the nurses described this morning. The scopolamine patch is on behind his right ear and the secretions are quieter than yesterday.

His wife Samira asked for an imam - I've called Imam Rashid at the Dunmore Islamic Center and he can come by 7 tonight. The family asked that when the time comes he be turned to face the qibla (the window side of the room, roughly east), and that male staff do the post-mortem care if at all possible. I told them we would do our best and would pass it on.

Please share with night shift.

Peace,
Adaeze

The Rev. Adaeze Nwosu, MDiv, BCC
Staff Chaplain, Cedar Hollow Palliative & Geriatric Care
""")

mk('phi', 'care', 'Tibbets',
   'Care Transitions <transitions@%s>' % HOSP,
   'Referrals <referrals@%s>' % PR,
   'Transition of Care Notification - PCP of record',
   'Thu, 14 Mar 2024 19:40:10 -0400',
   """This notification is being sent to the primary care provider of record. Please do not reply to this mailbox.

Patient: Lorraine Tibbets
Admission: 03/10/2024   Discharge: 03/14/2024
Discharged to: Home with daughter; home health (Keystone VNA) ordered

Hospital course: Presented to the ED with black stools x2 days and lightheadedness; hemoglobin 6.9 on arrival. Transfused 2 units PRBC. Upper endoscopy 03/11 found a bleeding ulcer in the duodenal bulb, treated with clips and epinephrine. No re-bleeding after the procedure; hemoglobin 9.4 at discharge.

Medication changes:
  - NEW: pantoprazole 40 mg by mouth twice daily x 8 weeks
  - HOLD: apixaban 2.5 mg until seen by PCP
  - STOP: meloxicam

Follow-up requested: PCP visit within 7 days, CBC in 1 week, repeat endoscopy in 8 weeks (GI will call).

Mercy General Hospital - Care Transitions Office - 555-0100 ext 4410
This message contains confidential health information protected under federal and state law.
""", cte='quoted-printable')

# =============================================================================
# PHI: names
# =============================================================================
mk('phi', 'names', 'Nguyễn Thị Hoa',
   'Kayla Brooks <kbrooks@%s>' % PR,
   'Marco Santangelo <marco@stridesrehabpt.com>',
   'Nguyễn Thị Hoa - PT eval tomorrow?',
   'Wed, 13 Mar 2024 10:15:33 -0400',
   """hi Marco, is she on your 1pm or 3pm? son says the walker from the hospital is still in the box and she's been using the kitchen chairs to get around lol. he'll be home after 2.

thx
Kayla
""")

mk('phi', 'names', 'Obi-Okonkwo',
   'Deborah Finch <dfinch@%s>' % HOS,
   'rlindqvist@%s, sokafor@%s' % (PR, PR),
   'F2F due - Obi-Okonkwo, Chiamaka',
   'Thu, 14 Mar 2024 09:41:18 -0400',
   """Hi both,

Flag from this week's benefit-period report:

Obi-Okonkwo, Chiamaka -- 3rd benefit period starts 4/2, so she needs the face-to-face encounter before then. Last PPS 30%, MAC down to 19.5 cm, intake maybe 25% of meals. IDG is fine recertifying, we just need the F2F note.

Can one of you see her while you're at Willowbrook next week? She's in the memory care wing now, they moved her after the wandering episode.

Deb

Deborah Finch, RN
Clinical Manager | Bayside Hospice
""")

mk('phi', 'names', 'van der Berg',
   'Colleen Marsh-Duffy <cduffy@%s>' % ALF,
   'Samuel Okafor <sokafor@%s>' % PR,
   'pain update',
   'Fri, 15 Mar 2024 12:20:00 -0400',
   """Dr. Okafor,

Quick update - Mrs. van der Berg's pain has been much better since the fentanyl patch went up to 25 mcg on Thursday. She called it a 3 this morning vs. 7-8 all last week, and she came down to the dining room for lunch for the first time in ages. Still constipated, gave senna x2 and prune juice.

The Van der Berg kids want to know if she can go to the granddaughter's wedding on the 30th (about 3 hrs, wheelchair). I told them I'd ask you. Also do we need to do anything special with the patch if she's out?

Thanks,
Colleen

Colleen Marsh-Duffy, LPN
Wellness Director, Willowbrook Assisted Living
""")

mk('phi', 'names', 'Gladys',
   'Colleen Marsh-Duffy <cduffy@%s>' % ALF,
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'Gladys (apt 112)',
   'Mon, 18 Mar 2024 14:03:51 -0400',
   """Hi Dr. V,

Gladys in 112 was tearful again at lunch, kept saying nobody visits and she "wants to go be with Harold." Not saying she'd hurt herself, I asked. She also told the aide she's been giving her evening pills to the cat?? She doesn't have a cat. We're doing the meds witnessed now.

Can you see her Thursday instead of the 28th? The sertraline was only started mid Feb so maybe too soon to tell.

Colleen
""")

mk('phi', 'names', 'Al-Masri',
   '"Tomasz Wrobel, LCSW" <twrobel@%s>' % PR,
   'Samuel Okafor <sokafor@%s>' % PR,
   'Al-Masri - dialysis',
   'Tue, 19 Mar 2024 10:27:45 -0400',
   """Sam,

Mr. Abdelrahman Al-Masri's eldest son (Omar) called again this morning. Family is still split on stopping dialysis. When I saw Mr Al-Masri Tuesday with the Arabic interpreter he said he is "tired of the chair" and that three days a week there is no life - but he also said he would do what his sons decide, which is making this hard.

The nephrology group (Dr. Kassis) is open to a time-limited trial of going to 2x/wk. Omar asked whether we could meet at the dialysis unit on Saturday after his father's run, with the imam there. Would you be available ~11:30?

T.
""")

mk('phi', 'names', 'Subramanian',
   'Kendra Oyelaran <memoryclinic@%s>' % PR,
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'RE: Mrs S - donepezil',
   'Tue, 19 Mar 2024 11:50:09 -0400',
   """Spoke w/ Mrs. Subramanian's son Karthik. Since we went up to 10 mg she's been nauseous most mornings and skipped breakfast 4 days out of 7, and he thinks she's lost weight (no scale at home). No vomiting, no diarrhea. She's still doing the pooja every morning and cooking with her daughter-in-law, so function about the same.

He asked if she can go back to 5 mg or switch to the patch. Pended a 5 mg rx to Kessler for you to sign - let me know if you'd rather do rivastigmine.

K

> On Mar 18, 2024, at 4:12 PM, Priya Venkataraman wrote:
>
> Can you call Lakshmi Subramanian's family re: GI side effects? Son left a VM.
""")

mk('phi', 'names', 'Marković',
   'Greenfield 3 East <3east@%s>' % SNF,
   'Rachel Lindqvist <rlindqvist@%s>' % PR,
   'Markovic peg site',
   'Wed, 20 Mar 2024 06:48:22 -0400',
   """Good morning NP Lindqvist,

Night nurse reports Mr. Marković's PEG site is red about 2 cm around with some yellowish drainage on the dressing, no fever (99.1). Tube flushes fine, feeds running at 55 ml/hr. Mrs. Marković was in last evening and is upset, she wants the doctor to look at it today. Do you want a swab or just to watch it? Can you add him to today's list.

Thank you,
Danuta K., RN
3 East, Greenfield Manor
""")

mk('phi', 'names', 'Ruiz de la Peña',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'Alondra Vega <avega@%s>' % HOS,
   'Sra. Ruiz de la Peña',
   'Wed, 20 Mar 2024 18:15:37 -0400',
   """Alondra - thanks for going out there today. I agree, stop the oral hydromorphone since she can't swallow anymore, switch to the sublingual morphine 5 mg q1h prn. If Mrs. Ruiz de la Peña's granddaughter is the one calling at night, it's fine to give her my cell, she's very reasonable.

Also her husband asked about bringing her home from the daughter's house to die in their own bed - not sure it's safe to move her at this point, let's talk tomorrow.

P.

Sent from Outlook for iOS
""")

# =============================================================================
# PHI: self
# =============================================================================
mk('phi', 'self', 'Olsen',
   'Margaret Olsen <mags.olsen41@gmail.com>',
   'Front Desk <frontdesk@%s>' % PR,
   'refill please',
   'Mon, 11 Mar 2024 08:31:02 -0400',
   """Good morning,

This is Margaret Olsen, date of birth 6/2/1941. I need a refill on my oxycodone 5 mg, I have 4 pills left. The pharmacy (Kessler on Main) says the doctor has to send a new one every time, they can't just refill it. Dr. Okafor saw me at home on the 1st.

Also the new stool softener is working, you can tell him.

Thank you,
Margaret
""")

mk('phi', 'self', 'Boateng',
   'Clarence Boateng <cboateng_1938@yahoo.com>',
   'Samuel Okafor <sokafor@%s>' % PR,
   'my decision',
   'Tue, 12 Mar 2024 21:14:56 -0400',
   """Dr. Okafor,

I have been thinking about what we talked about when you came to the house last week. I've talked it over with my wife and with my pastor and I have decided I do not want CPR or the breathing machine if my heart stops. I also don't want to go back in the hospital for the heart failure again unless it's something you can fix quick, 3 admissions since Thanksgiving is enough.

I'd like to sign the form (the pink one?) next time you come. My son in Atlanta knows and he is OK with it.

Thank you for being straight with me.

Clarence Boateng
""")

mk('phi', 'self', 'Dunleavy',
   'Frances Dunleavy <fdunleavy@comcast.net>',
   'Memory Clinic <memoryclinic@%s>' % PR,
   'Leonard - confused since new patch',
   'Wed, 13 Mar 2024 07:02:19 -0400',
   """Hello,

I'm Frances Dunleavy, Leonard Dunleavy's wife. He started the Exelon patch on Saturday (the 4.6 one) and since Monday he's been up most of the night, confused, he didn't know our house and tried to leave at 3 am to "go home." He also threw up twice yesterday. Should I take the patch off?? I took today's off for now and didn't put a new one on.

He sees Dr. Venkataraman in April. Our number is 555-0164.

Frances
""")

_lowe_txt = """Dear Dr. Okafor,

My name is Henrietta Lowe - you saw me in the palliative clinic on the 5th with my daughter. I went to see Dr. Brandt at the cancer center Monday and told him I am done with the chemotherapy. He was kind about it. The last round put me in bed for 10 days and I just don't want to spend what time I have left like that.

I would like to focus on the pain in my side and my appetite like you said, and I'd like to know more about hospice, but I am not ready to have them come to the house yet. Is it possible to keep seeing you?

Warm regards,
Henrietta
"""
_lowe_html = """<div dir="ltr"><div>Dear Dr. Okafor,</div><div><br></div><div>My name is Henrietta Lowe - you saw me in the palliative clinic on the 5th with my daughter. I went to see Dr. Brandt at the cancer center Monday and told him I am done with the chemotherapy. He was kind about it. The last round put me in bed for 10 days and I just don&#39;t want to spend what time I have left like that.</div><div><br></div><div>I would like to focus on the pain in my side and my appetite like you said, and I&#39;d like to know more about hospice, but I am not ready to have them come to the house yet. Is it possible to keep seeing you?</div><div><br></div><div>Warm regards,</div><div>Henrietta</div></div>"""
mk('phi', 'self', 'Lowe',
   'Henrietta Lowe <hlowe.quilts@gmail.com>',
   'Samuel Okafor <sokafor@%s>' % PR,
   'after seeing Dr. Brandt',
   'Wed, 13 Mar 2024 15:40:31 -0400',
   _lowe_txt, html=_lowe_html)

mk('phi', 'self', 'Marchetti',
   'Patient Portal <noreply@portal.%s>' % PR,
   'Nurse Triage Pool <triage@%s>' % PR,
   'New patient message: "fell in bathroom"',
   'Sat, 16 Mar 2024 09:22:47 -0400',
   """You have a new secure message in the Cedar Hollow patient portal.

From: Ivy Marchetti
Sent: 03/16/2024 09:21 AM
Subject: fell in bathroom

i slipped getting out of the tub last night, didnt hit my head. big bruise on my right hip and it hurts to walk but i can walk with the cane. should i go to the ER or can someone come out? i am on the blood thinner (warfarin). my daughter is at work till 5

Ivy M.

---
Log in to the portal to reply. Do not reply to this email.
""")

mk('phi', 'self', 'Reyes',
   'tom r <treyes45@aol.com>',
   'frontdesk@%s' % PR,
   'still cant sleep',
   'Sun, 17 Mar 2024 02:38:10 -0400',
   """its tom reyes again. still cant sleep since they upped the prednisone to 40, up every night walking around the house. also my sugar was 287 this morning and i dont even have diabetes?? born 11-19-45 if u need it to look me up. can dr V call me monday

tom
""")

mk('phi', 'self', 'Pineda',
   'Gloria Ashworth <gashworth@ashworthguardianship.com>',
   'Tomasz Wrobel <twrobel@%s>' % PR,
   'Oswaldo Pineda - guardian consent for hospice election',
   'Mon, 18 Mar 2024 10:05:00 -0400',
   """Mr. Wrobel,

As you know I am the court-appointed plenary guardian of the person for Mr. Oswaldo Pineda (Dunmore County Orphans' Court, docket 2022-GP-0418; letters of guardianship attached to my February email). I've reviewed Dr. Okafor's note from the 14th describing his weight loss, the two aspiration pneumonias since December and his inability to swallow safely.

I consent to the hospice election with Bayside and to the DNR order. I do NOT consent to discontinuing his antidepressant at this time without speaking to me first. Please send the election form by DocuSign and I will sign today.

Regards,
Gloria Ashworth, CPG
Ashworth Guardianship Services, LLC
(555) 555-0120
""")

# =============================================================================
# PHI: ids
# =============================================================================
mk('phi', 'ids', '',
   'Rachel Lindqvist <rlindqvist@%s>' % PR,
   'Kayla Brooks <kbrooks@%s>' % PR,
   'INR',
   'Fri, 08 Mar 2024 16:44:19 -0500',
   """Kayla - the coag clinic faxed the one for DOB 3.4.38, CH0048213. INR 3.8 today. Hold warfarin tonight, then resume 2.5 daily, recheck Monday at the house. Pls call the son (it's in the chart) since she won't pick up after 4.

thx R
""")

mk('phi', 'ids', 'Rosario',
   'Hector Ruiz <hruiz@%s>' % PR,
   'Provider Services <provider.services@keystonemedicareadv.com>',
   'Denied claim - acct 44019-2271',
   'Mon, 11 Mar 2024 11:30:57 -0400',
   """Hello,

We received a denial (CARC 27 / RARC N30) for a home visit on 02/20/2024 for your member:

  Name:      ROSARIO, BENIGNO
  DOB:       19371122
  Member ID: KMA 880417 3302
  Our acct#: 44019-2271

The denial says the member had an active hospice election on the DOS. Our understanding from the family is that he revoked hospice on 02/09 to go back for the transfusions, and we have the signed revocation statement. Can you please have the hospice election period updated and reprocess? I can fax the revocation to whatever number you give me.

Thank you,
Hector Ruiz
Billing Specialist, Cedar Hollow Palliative & Geriatric Care
555-0198 x205 | fax 555-0199
""")

mk('phi', 'ids', 'Pruitt',
   'Kayla Brooks <kbrooks@%s>' % PR,
   'orders@keystonedme.com',
   'home O2 eval / new order',
   'Tue, 12 Mar 2024 09:12:40 -0400',
   """Hi Keystone team,

New order attached to the fax but sending the basics here so you can get her on the route:

Mrs. Edna Pruitt
born 4 Mar 1938
Cedar Hollow chart 00772145
18 Quarry Lane Apt 3, Dunmore
home 555-0173 / niece (Darlene) 555-0191

Home O2 eval - walk test with our NP showed sats to 84% on room air, 93% on 2L. Order is for concentrator 2 L/min continuous + portable for appointments. Medicare primary, PA Medicaid secondary.

Please call the niece to schedule, Edna is hard of hearing.

Kayla Brooks
Patient Coordinator | Cedar Hollow PGC
""")

mk('phi', 'ids', 'Sokolova',
   '"Tomasz Wrobel, LCSW" <twrobel@%s>' % PR,
   'Waiver Intake <waiver.intake@%s>' % CTY,
   'CHC waiver referral - Valentina Sokolova',
   'Wed, 13 Mar 2024 14:26:03 -0400',
   """Good afternoon,

Submitting a Community HealthChoices / nursing facility clinically eligible referral for:

Valentina Sokolova
MBI 1EG4-TE5-MK72
PA ACCESS / Medicaid ID 9012448731
DOB 07/22/1936
cell 555-0147 (daughter Yelena, speaks for her; Mrs. Sokolova speaks Russian only)

She has moderate dementia (last MoCA 12/30 in our memory clinic), needs help with bathing, dressing and meds, and has had two falls this winter. Lives alone in a 2nd floor walk-up; daughter works nights. Requesting assessment for in-home personal care hours.

Physician certification form from Dr. Venkataraman to follow by fax.

Tomasz Wrobel, LCSW
Cedar Hollow Palliative & Geriatric Care
555-0198 x231 | fax 555-0199
""")

mk('phi', 'ids', 'Winslow',
   'Dunmore Regional Lab <results@dunmorelab.com>',
   'results@%s' % PR,
   'CRITICAL VALUE NOTIFICATION - 24-HM-118830',
   'Wed, 13 Mar 2024 05:51:16 -0400',
   """*** CRITICAL VALUE - PHONE NOTIFICATION ALSO ATTEMPTED ***

Patient: WINSLOW, ARTHUR J        DOB: 11/08/1931   Sex: M
Accession: 24-HM-118830           Collected: 03/12/2024 18:40
Ordering: OKAFOR, SAMUEL DO       Client: CEDAR HOLLOW PGC (acct 20417)

Test                 Result    Flag   Ref range
Potassium            6.4       HH     3.5-5.1 mmol/L
Creatinine           2.9       H      0.7-1.3 mg/dL
BUN                  61        H      8-23 mg/dL
Sodium               133       L      136-145 mmol/L

Specimen not hemolyzed. Called to answering service 03/13 05:44, read back by R. TILLMAN.

Dunmore Regional Laboratory, CLIA 39D0000000
""")

mk('phi', 'ids', 'Asante',
   'Wound Care Team <woundcare@%s>' % PR,
   'pickups@keystonedme.com',
   'wound vac pickup request',
   'Thu, 14 Mar 2024 12:09:30 -0400',
   """Please schedule pickup of the wound vac (KCI ActiV.A.C. serial WVX44120) from:

Kwabena Asante
412 Elm St #2, Rivermont
555-0143
DOB 1942-05-17

Sacral wound has closed enough that we're switching to foam dressings as of today. Family prefers afternoons. Thanks!

- Wound team, Cedar Hollow
""")

mk('phi', 'ids', 'Carrow',
   'Rachel Lindqvist <rlindqvist@%s>' % PR,
   'APS Intake <aps.intake@%s>' % CTY,
   'Referral - self-neglect concern',
   'Fri, 15 Mar 2024 17:02:44 -0400',
   """This is a follow-up in writing to my phone report today (intake worker D. Gallo, ref # APS-24-03-1187).

Name: Eunice Carrow
Date of birth: September 9th, 1936
SSN: xxx-xx-4471
Address: 6 Tannery Row, Lower Dunmore (side door, front is blocked)

Concerns: lives alone, found today with two untreated pressure wounds on her heels, no food in the house except crackers, and her insulin pen was still sealed from the pharmacy delivery 10 days ago - blood sugar 410 on my meter. House heated only by the oven. She declined the ER but agreed to let APS visit. She has capacity to make some decisions but I am worried about safety this weekend.

Rachel Lindqvist, MSN, AGNP-C
Cedar Hollow Palliative & Geriatric Care
555-0198 x214
""")

mk('phi', 'ids', '',
   'HIM Requests <him@%s>' % PR,
   'Release of Information <roi@%s>' % HOSP,
   'RE: records request MRN 7734102',
   'Mon, 18 Mar 2024 13:37:21 -0400',
   """Hi,

Re your fax this morning for our pt 1929-07-15 / MRN 7734102 (your acct V00091832). We can send the hospice certification, the last two home visit notes and the POLST. The memory clinic neuropsych report requires a separate authorization signed by the HCP since it includes psych testing - the one you sent only covers "medical records."

Member ID on our face sheet is W882104416, matches yours.

Sending the first three by secure fax now.

Tanya Greer, RHIT
Health Information Management
Cedar Hollow Palliative & Geriatric Care
""")

# =============================================================================
# PHI: lists
# =============================================================================
mk('phi', 'lists', 'Abernathy',
   'Rachel Lindqvist <rlindqvist@%s>' % PR,
   'HBPC Team <hbpc@%s>' % PR,
   'tues huddle list',
   'Tue, 19 Mar 2024 07:45:02 -0400',
   """Morning all - huddle list for today, add anything I missed

\u2022 Abernathy, Harold - declining fast, hospice consent signed last night, Bayside admitting today 1pm
\u2022 Mrs. Quintero (Estela) - BP 178/96 again, lisinopril up to 20, recheck Thurs
\u2022 Deshawn Pettiford Sr. - sacral wound stage 3, wound RN tomorrow, needs air mattress auth
\u2022 Yoshiko Tanaka-Bell - new memory referral from Dr. Hale, MoCA not done yet, dtr wants Sat appt
\u2022 Mr. Lindgren - died Sun night at home, peaceful per wife. bereavement card + Tomasz to call Ingrid
\u2022 Olsen, Margaret - oxy refill sent, constipation better

Rachel
""")

_gm = ("Greenfield Manor rounds 3/18 - Dr. Okafor\n\n"
       "Rm\tResident\tDOB\tIssue\tPlan\n"
       "207\tPratt, Eugene\t02/11/1930\tagitation evenings\tstop donepezil, start mirtazapine 7.5 hs\n"
       "214B\tEllison, Ruth\t09/30/1933\tfall 3/17, skin tear\td/c zolpidem, PT/OT, low bed\n"
       "118\tHaddad, Farouk\t05/05/1941\tactively dying\tscopolamine patch, family/imam, comfort only\n"
       "226A\tBrzezinski, Halina\t12/01/1928\tUTI sx, cloudy urine\tUA/culture, hold abx til results\n"
       "231\tOkonjo, Felix\t08/14/1944\tweight loss 6 lb/mo\tdietary consult, mirtazapine?, goals conv w/ son\n\n"
       "Unit mgr please print for the chart binder. Thanks - Sam\n")
mk('phi', 'lists', 'Pratt',
   'Samuel Okafor <sokafor@%s>' % PR,
   'Unit Managers <unitmgrs@%s>' % SNF,
   'rounds list 3/18',
   'Mon, 18 Mar 2024 12:30:15 -0400',
   _gm)

mk('phi', 'lists', 'Henning',
   'Samuel Okafor <sokafor@%s>' % PR,
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'weekend signout',
   'Fri, 15 Mar 2024 17:55:49 -0400',
   """Priya - thanks for taking the weekend. Sign-out below, all DNR unless noted.

PATIENT                  WHERE            WATCH FOR                         IF/THEN
-----------------------  ---------------  --------------------------------  ---------------------------------
Henning, Walter  (91)    home, Birch Rd   resp distress, family conflict    morphine 5mg SL q1h prn; bro Art may call
Whitcomb, Dolores (88)   home/Bayside     uremia, agitation                 haldol 1mg q4h prn, hospice RN first call
Boateng, Clarence (85)   home             CHF, wt up >3 lb                  lasix 40 extra x1, *FULL CODE til POLST signed*
Al-Masri, Abdelrahman    Greenfield 3E    missed HD Sat?                    call Omar 555-0112, do NOT send to ED w/o talking
Marchetti, Ivy (82)      home             hip pain after fall, on warfarin  if can't bear wt -> ER for films

Answering service has your cell. Pager 555-0100.
Sam
""")

_census = csvtext([
    ['Patient', 'DOB', 'Level', 'Location', 'Admit', 'Benefit Period', 'Attending', 'Primary Dx', 'Last PPS'],
    ['Whitcomb, Dolores', '1935-10-02', 'RHC', 'Home - Harlan Rd', '2024-03-12', '1', 'Feld', 'ESRD, dialysis withdrawn', '30'],
    ['Obi-Okonkwo, Chiamaka', '1940-01-27', 'RHC', 'Willowbrook MC', '2023-10-05', '2', 'Okafor', 'Alzheimer dementia', '30'],
    ['Ruiz de la Pena, Maria', '1937-06-14', 'CC', 'Home - dtr', '2024-02-21', '1', 'Venkataraman', 'pancreatic ca', '20'],
    ['Pineda, Oswaldo', '1939-03-30', 'RHC', 'Greenfield 2W', '2024-03-19', '1', 'Okafor', 'Parkinson dz w/ dysphagia', '40'],
    ['Medeiros, Joaquim', '1942-11-09', 'GIP', 'Bayside IPU rm 4', '2024-03-14', '1', 'Feld', 'COPD end stage', '30'],
])
mk('phi', 'lists', 'Whitcomb',
   'Deborah Finch <dfinch@%s>' % HOS,
   'Samuel Okafor <sokafor@%s>, Priya Venkataraman <pvenkataraman@%s>' % (PR, PR),
   'Shared pt census - week of 3/18',
   'Mon, 18 Mar 2024 08:00:30 -0400',
   """Weekly census of our shared patients attached for IDG Wednesday. Note Mr. Medeiros went to GIP Thursday for symptom mgmt.

Deb
""", atts=[('bayside_cedarhollow_census_0318.csv', _census, 'text', 'csv')])

mk('phi', 'lists', 'Dunleavy',
   'Kendra Oyelaran <memoryclinic@%s>' % PR,
   'Priya Venkataraman <pvenkataraman@%s>, Dr. Leon Amsel <lamsel@%s>' % (PR, PR),
   'memory clinic Thurs 3/21',
   'Wed, 20 Mar 2024 16:10:58 -0400',
   """Tomorrow's schedule:

| Time  | Patient                  | Age | Visit        | Last MoCA | Notes                                  |
|-------|--------------------------|-----|--------------|-----------|----------------------------------------|
| 8:30  | Dunleavy, Leonard        | 84  | f/u          | 19 (11/23)| wife stopped Exelon 3/13 - delirium?   |
| 9:30  | Tanaka-Bell, Yoshiko     | 77  | NEW          | --        | dtr Amy coming, bring med bottles      |
| 10:30 | Kowalczyk, Bernadette    | 81  | results      | 17 (3/15) | MRI 3/27 - maybe just family mtg       |
| 1:00  | Subramanian, Lakshmi     | 79  | f/u          | 22 (1/24) | GI upset on 10mg donepezil             |
| 2:00  | Sokolova, Valentina      | 87  | f/u + waiver | 12 (2/24) | RUSSIAN interpreter booked (Natalya)   |

K.
""")

_medrec = csvtext([
    ['facility', 'room', 'resident', 'dob', 'drug', 'sig', 'issue', 'recommendation'],
    ['Willowbrook', '112', 'HARTIGAN, GLADYS', '04/19/1934', 'sertraline 50mg', '1 po daily', 'possible nonadherence (pocketing)', 'witnessed admin; consider liquid'],
    ['Willowbrook', '140', 'VAN DER BERG, GEERTRUIDA', '10/03/1931', 'fentanyl 25mcg/hr', 'q72h', 'constipation', 'add scheduled senna 2 hs + PEG 17g'],
    ['Willowbrook', '203', 'DIMACULANGAN, CORAZON', '01/06/1940', 'insulin glargine 18u', 'qAM', 'BG 312, poor intake', 'reduce to 14u, check A1c'],
    ['Greenfield', '226A', 'BRZEZINSKI, HALINA', '12/01/1928', 'oxybutynin 5mg', 'bid', 'Beers list, confusion', 'taper off'],
    ['Greenfield', '231', 'OKONJO, FELIX', '08/14/1944', 'atorvastatin 80mg', 'daily', 'limited life expectancy', 'deprescribe'],
])
mk('phi', 'lists', 'Hartigan',
   '"Lena Hoffmann, PharmD" <lhoffmann@%s>' % RX,
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'March MRR recommendations (zip, password in separate email)',
   'Thu, 21 Mar 2024 09:05:13 -0400',
   """Dr. V,

Attached are my monthly medication regimen review recs for your residents at Willowbrook and Greenfield. Five items this month, nothing urgent except Mrs. Dimaculangan's glargine.

Zip is the usual password - I'll text it.

Lena
""", atts=[('MRR_2024-03_CedarHollow.zip', zbytes([('MRR_2024-03_CedarHollow.csv', _medrec)]),
            'application', 'zip')])

_roster = xlsx([
    ['Apt', 'Resident', 'DOB', 'Code status', 'Hospice?', 'PCP', 'Meds needing review', 'Falls (90d)'],
    ['112', 'Hartigan, Gladys', '1934-04-19', 'DNR', 'no', 'Venkataraman', 'sertraline, lorazepam prn', '1'],
    ['118', 'Castellanos, Irene', '1929-08-02', 'Full', 'no', 'Venkataraman', 'donepezil, memantine', '3'],
    ['140', 'van der Berg, Geertruida', '1931-10-03', 'DNR/DNI', 'no', 'Okafor', 'fentanyl patch', '0'],
    ['203', 'Dimaculangan, Corazon', '1940-01-06', 'DNR', 'no', 'Venkataraman', 'glargine, SSI', '2'],
    ['MC-6', 'Obi-Okonkwo, Chiamaka', '1940-01-27', 'DNR', 'Bayside', 'Okafor', 'quetiapine 12.5', '1'],
], sheet='Cedar Hollow residents')
mk('phi', 'lists', 'Hartigan',
   'Colleen Marsh-Duffy <cduffy@%s>' % ALF,
   'Kayla Brooks <kbrooks@%s>' % PR,
   'FW: roster for next rounds',
   'Thu, 21 Mar 2024 13:22:36 -0400',
   """Kayla, here's the updated roster for Tuesday. Irene had another fall Sunday so she's at 3 now.

Colleen

-----Original Message-----
From: Kayla Brooks <kbrooks@cedarhollowpgc.org>
Sent: Wednesday, March 20, 2024 3:15 PM
To: Colleen Marsh-Duffy <cduffy@willowbrookliving.com>
Subject: roster for next rounds

Hi Colleen, can you send the current list of our residents w/ code status before Tues? Dr V wants to go over falls.
""", atts=[('Willowbrook_CedarHollow_roster_0321.xlsx', _roster, 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

# =============================================================================
# PHI: struct
# =============================================================================
mk('phi', 'struct', 'Fenwick',
   'Jamal Price <jprice@%s>' % PR,
   'Interface Support <hl7support@%s>' % HOSP,
   'ADT A01 not routing to our inbox - PCP field blank?',
   'Sun, 17 Mar 2024 09:18:44 -0400',
   r"""Hi Mercy interface team,

We got this one in the exception queue instead of the provider's inbox. Looks like PD1/PV1 has no PCP so our engine can't route it. He IS our patient (Dr. Venkataraman). Can you check whether registration is dropping the PCP on ED-to-inpatient admits? Raw message below:

MSH|^~\&|MERCYADT|MERCYGEN|CHPGC_ENGINE|CEDARHOLLOW|20240316221405||ADT^A01^ADT_A01|MG240316221405887|P|2.5.1
EVN|A01|20240316221200
PID|1||M004417729^^^MERCY^MR~CH0061190^^^CHPGC^PI||FENWICK^CLAUDE^ROLAND^^^^L||19330214|M|||77 BIRCHWOOD TER^^DUNMORE^PA^18512^USA^H||(570)555-0166^PRN^PH|||W|CAT|V00093377|||||||||||N
PD1|||||||||||||
NK1|1|FENWICK^DIANE|DAU^Daughter|14 SPRUCE CT^^CLARKS SUMMIT^PA^18411|(570)555-0178
PV1|1|I|4W^412^B^MERCY^^^^^4 WEST||||1447^HASSAN^NADIA^^^^MD|||MED||||7|||1447^HASSAN^NADIA^^^^MD|IN||MCR|||||||||||||||||||MERCYGEN||ADM|||20240316220500
DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A
DG1|2||F03.90^Unspecified dementia without behavioral disturbance^I10|||S
AL1|1|DA|70618^Penicillin^RXNORM|MO|Hives

Thanks,
Jamal Price
IT / Interfaces, Cedar Hollow Palliative & Geriatric Care
555-0198 x250
""")

_oru = ("MSH|^~\\&|DRLLIS|DUNMORELAB|CHPGC_ENGINE|CEDARHOLLOW|20240313055002||ORU^R01^ORU_R01|DRL0313055002114|P|2.5.1\r"
        "PID|1||CH0048213^^^CHPGC^MR||HOLLENBECK^MARJORIE^ANN||19380304|F|||9 ORCHARD WAY^^DUNMORE^PA^18512||(570)555-0129\r"
        "ORC|RE|ORD771203|24-CO-22019||CM\r"
        "OBR|1|ORD771203|24-CO-22019|5902-2^Prothrombin time (PT)^LN|||20240308131500|||||||||20417^LINDQVIST^RACHEL^^^^NP\r"
        "OBX|1|NM|5902-2^Prothrombin time^LN||41.8|s|9.4-12.5|H|||F\r"
        "OBX|2|NM|6301-6^INR^LN||3.8||0.9-1.1|H|||F|||20240308160200\r"
        "NTE|1||Therapeutic range for warfarin therapy 2.0-3.0\r")
mk('phi', 'struct', 'Hollenbeck',
   'Jamal Price <jprice@%s>' % PR,
   'Dunmore Lab Client Services <clientservices@dunmorelab.com>',
   'ORU failed to file - OBX-2 / units?',
   'Mon, 11 Mar 2024 10:02:33 -0400',
   """Hi,

The attached ORU from Friday rejected in our engine with "OBX-6 required for NM type" (the INR line has no units). Our NP saw it on paper but it never filed to the chart. Can you confirm whether INR results will always come without OBX-6 so I can add an exception rule? Raw file attached as received.

Jamal
""", atts=[('DRL0313055002114.hl7', _oru.encode('ascii'), 'application', 'hl7-v2')])

mk('phi', 'struct', 'Quintero',
   'Hector Ruiz <hruiz@%s>' % PR,
   'support@claimbridge-edi.com',
   'Ticket 558201 - 837P rejected at payer, 2010BA',
   'Tue, 12 Mar 2024 14:47:51 -0400',
   """Hi ClaimBridge support,

This claim keeps coming back on the 277CA with A7:562 (entity's identifier). I checked the MBI against the card and it's right. Here's the relevant chunk of the 837 from our outbound file:

NM1*IL*1*QUINTERO*ESTELA*M***MI*5TW3HJ8KA21~
N3*2204 CANAL ST~
N4*DUNMORE*PA*185120000~
DMG*D8*19450606*F~
NM1*PR*2*NOVITAS SOLUTIONS*****PI*12502~
CLM*CHPGC24030811*185.00***12:B:1*Y*A*Y*Y~
HI*ABK:I110*ABF:E1122*ABF:N1830~
NM1*82*1*LINDQVIST*RACHEL****XX*1689000000~
LX*1~
SV1*HC:99349*185.00*UN*1***1:2:3~
DTP*472*D8*20240305~

Could the issue be the ZIP+4 "0000"? Our PM system pads it.

Thanks,
Hector Ruiz
Billing Specialist
Cedar Hollow Palliative & Geriatric Care
""")

mk('phi', 'struct', 'Okonjo',
   'Hector Ruiz <hruiz@%s>' % PR,
   'Deborah Finch <dfinch@%s>' % HOS,
   'FW: 271 shows hospice - Okonjo',
   'Wed, 13 Mar 2024 09:26:18 -0400',
   """Deb - eligibility came back with a hospice election for Felix Okonjo that isn't yours? 271 below. Does Bayside know anything about "Lehigh Valley Hospice Partners"? Family says he never signed with anyone. If we bill the Greenfield visits they'll deny.

HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*OKONJO*FELIX*C***MI*7AQ2RT4WE68~
N3*GREENFIELD MANOR*1100 TURNPIKE RD~
N4*DUNMORE*PA*18512~
DMG*D8*19440814*M~
EB*1**30*MA**26~
EB*1**30*MB**26~
EB*X**45*MA~
DTP*292*RD8*20240201-20240430~
MSG*HOSPICE ELECTION PERIOD 1~
LS*2120~
NM1*1P*2*LEHIGH VALLEY HOSPICE PARTNERS*****XX*1902000000~
LE*2120~

Hector
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:5b1e3c2a-8f44-4e0b-9a51-0c7de2b39d10",
      "resource": {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "CH0072281"}],
        "name": [{"family": "Tanaka-Bell", "given": ["Yoshiko", "Mae"]}],
        "gender": "female",
        "birthDate": "1946-09-21",
        "telecom": [{"system": "phone", "value": "570-555-0185", "use": "home"}],
        "address": [{"line": ["310 Linden Ave"], "city": "Dunmore", "state": "PA", "postalCode": "18512"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "code": {"text": "Memory clinic new patient evaluation"},
        "subject": {"reference": "urn:uuid:5b1e3c2a-8f44-4e0b-9a51-0c7de2b39d10"},
        "reasonCode": [{"text": "progressive short-term memory loss x 18 months, getting lost while driving"}],
        "requester": {"display": "Dr. Miriam Hale"}
      },
      "request": {"method": "POST", "url": "ServiceRequest"}
    }
  ]
}"""
mk('phi', 'struct', 'Tanaka-Bell',
   'Ravi Menon <ravi.menon@northstarhie.net>',
   'Jamal Price <jprice@%s>' % PR,
   'RE: referral bundle 422 error',
   'Thu, 14 Mar 2024 11:55:02 -0400',
   """Jamal,

Found it. The referral bundle Dr. Hale's office pushed through the HIE is failing your endpoint validation because the ServiceRequest has no "reasonReference"/"category" and your profile requires category. Here's the payload as we received it (trimmed):

%s

We can patch category on our side as a workaround until their EHR is fixed. Want me to reprocess this one?

Ravi Menon | Integration Engineer | NorthStar HIE
""" % _fhir)

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240315103000-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.2" extension="M004418822"/>
      <addr use="HP"><streetAddressLine>2 Mill Race Rd</streetAddressLine><city>Moosic</city><state>PA</state><postalCode>18507</postalCode></addr>
      <telecom value="tel:+1-570-555-0152" use="HP"/>
      <patient>
        <name><given>Jean-Baptiste</given><family>Désir</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19450112"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Heart failure with reduced ejection fraction (EF 20%)</item>
        <item>Chronic kidney disease stage 4</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>furosemide 80 mg PO BID</item>
        <item>carvedilol 3.125 mg PO BID</item>
        <item>spironolactone - DISCONTINUED 03/14/2024 (K 5.9)</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct', 'Désir',
   'Care Transitions <transitions@%s>' % HOSP,
   'Referrals <referrals@%s>' % PR,
   'CCD for palliative referral',
   'Fri, 15 Mar 2024 11:03:29 -0400',
   """Attached is the CCD for the palliative care referral we discussed by phone (cardiology requested home-based palliative follow-up after this admission). The problem list only came across with 2 items, the full list is in the discharge summary we faxed.

Mercy General Care Transitions
""", atts=[('CCD_Desir_20240315.xml', _ccd.encode('utf-8'), 'application', 'xml')])

mk('phi', 'struct', 'Rosario',
   'Hector Ruiz <hruiz@%s>' % PR,
   'Debbie Klausner <dklausner@%s>' % PR,
   '835 - Rosario finally paid, but adjusted',
   'Tue, 19 Mar 2024 15:12:07 -0400',
   """Deb - FYI the Rosario home visit got reprocessed after I sent the revocation. Paid but they took a 2% sequestration plus a CO-45. Pasting the CLP loop from the ERA so you can see:

CLP*44019-2271*1*185*142.61**MB*2024078123456*12*1~
NM1*QC*1*ROSARIO*BENIGNO****MI*KMA88041733~
NM1*82*1*OKAFOR*SAMUEL****XX*1578000000~
DTM*232*20240220~
SVC*HC:99350*185*142.61**1~
DTM*472*20240220~
CAS*CO*45*39.48**253*2.91~
AMT*B6*145.52~

Nothing to appeal IMO. Closing the ticket.

H.
""")

# =============================================================================
# PHI: lang
# =============================================================================
mk('phi', 'lang', 'Villalobos',
   'Marisol Villalobos <marisolvb77@hotmail.com>',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'mi mamá Rosa Elena Villalobos - mucho dolor',
   'Tue, 12 Mar 2024 19:48:12 -0400',
   """Buenas noches doctora,

Le escribo por mi mamá, Rosa Elena Villalobos. Desde el lunes tiene mucho dolor en la espalda y la morfina de 15 mg ya no le hace efecto. Se la damos cada 4 horas pero a las 2 horas ya se está quejando otra vez. Tampoco ha ido al baño desde el sábado y casi no come.

¿Le podemos dar más morfina o cada 3 horas? ¿O puede venir la enfermera mañana? Su fecha de nacimiento es 12/08/1939 por si la necesita.

Muchas gracias por todo,
Marisol Villalobos (hija)
Cel. 555-0127
""")

mk('phi', 'lang', 'Medeiros',
   'Fernanda Medeiros <fe.medeiros@uol.com.br>',
   'Capelania <chaplain@%s>' % HOS,
   'Meu pai - Joaquim Tavares Medeiros',
   'Fri, 15 Mar 2024 08:12:55 -0400',
   """Bom dia,

Sou a filha do Sr. Joaquim Tavares Medeiros, que está internado na unidade do Bayside Hospice (quarto 4) desde quinta-feira. Ontem à noite ele ficou muito agitado, tentou tirar o oxigênio e a enfermeira deu uma injeção de haloperidol. Hoje está dormindo o dia todo, não quer comer nem beber nada. Isso é normal nessa fase?

A família gostaria que um padre viesse dar a unção dos enfermos. Ele é católico, da paróquia de Santo Antônio. Meu irmão chega de Fall River amanhã de manhã.

Obrigada,
Fernanda Medeiros
(570) 555-0138
""")

mk('phi', 'lang', 'Trần Thị Lan',
   'Pham Minh Tuan <tuan.pham.dunmore@gmail.com>',
   'Memory Clinic <memoryclinic@%s>' % PR,
   'Lịch hẹn của mẹ tôi - bà Trần Thị Lan',
   'Sat, 16 Mar 2024 22:05:40 -0400',
   """Chào bác sĩ,

Tôi là con trai của bà Trần Thị Lan (sinh ngày 14/02/1941). Mẹ tôi có hẹn ở phòng khám trí nhớ ngày 2 tháng 4 lúc 10 giờ sáng.

Dạo này mẹ hay quên hơn, đêm không ngủ được, và hay đi ra ngoài một mình. Tuần trước mẹ bị ngã trong nhà tắm, bị bầm ở tay. Từ khi uống thuốc memantine mẹ hay bị chóng mặt. Bác sĩ có thể đổi thuốc cho mẹ tôi không? Và có cần đi chụp hình đầu không?

Xin cảm ơn bác sĩ,
Phạm Minh Tuấn
ĐT: 555-0182
""")

mk('phi', 'lang', 'Désir',
   'Jean-Baptiste Desir <jbdesir1945@gmail.com>',
   'Front Desk <frontdesk@%s>' % PR,
   'pye m anfle',
   'Mon, 18 Mar 2024 07:30:18 -0400',
   """Bonjou Doktè,

Se mwen menm Jean-Baptiste Désir. Depi vandredi pye m anfle anpil e mwen pa ka respire byen lè m kouche, fò m dòmi chita sou chèz la. Mwen pran grenn pipi a (furosemide) 2 fwa pa jou jan lopital la di men li pa fè anyen. Mwen pran 4 liv depi samdi.

Madanm mwen di pou m ekri nou. Èske enfimyè a ka vin lakay mwen jodi a oswa demen? Mwen rete 2 Mill Race Rd, Moosic.

Mèsi anpil,
Jean-Baptiste
""")

mk('phi', 'lang', 'Орлова',
   'Natalya Kovaleva <nkovaleva@%s>' % PR,
   'Irina Orlova <irina.orlova62@mail.ru>',
   'Итоги визита врача — Зинаида Петровна',
   'Thu, 14 Mar 2024 18:22:09 -0400',
   """Здравствуйте, Ирина!

Как договаривались, пишу кратко по итогам визита доктора Окафора к вашей маме, Зинаиде Петровне Орловой, сегодня 14 марта.

— Дозу оксикодона увеличили: 10 мг каждые 4 часа при боли (раньше было 5 мг).
— Дексаметазон 4 мг по утрам продолжаем, для аппетита.
— Взяли анализ крови, результаты будут в понедельник.
— Медсестра хосписа будет приходить два раза в неделю, по вторникам и пятницам.
— Если будет сильная одышка или боль, звоните в любое время: 555-0110.

Доктор также просил напомнить, что копию формы POLST (не реанимировать) надо держать на холодильнике.

С уважением,
Наталья Ковалёва
медицинский переводчик, Cedar Hollow Palliative & Geriatric Care
""", cc='Samuel Okafor <sokafor@%s>' % PR, cte='base64')

mk('phi', 'lang', 'Dimaculangan',
   'Maricel Santos <maricel.santos83@yahoo.com>',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'Lola Corazon (apt 203)',
   'Tue, 19 Mar 2024 06:55:31 -0400',
   """Magandang umaga po Dr. Venkataraman,

Ako po si Maricel, ang private caregiver ni Lola Corazon Dimaculangan sa Willowbrook apt 203. Gusto ko lang pong ipaalam na tatlong araw na po siyang halos hindi kumakain at mataas ang asukal niya kaninang umaga, 312. Binigyan ko na po siya ng insulin ayon sa sliding scale na nakasulat. Medyo nalilito rin po siya, hindi niya ako nakilala kahapon at umiiyak siya sa gabi.

Pwede po ba siyang tingnan ngayong linggo? Nasa Maynila po ang anak niya kaya ako po muna ang kausap.

Salamat po,
Maricel
""")

mk('phi', 'lang', 'الحمدان',
   'Khaled Alhamdan <k.alhamdan@outlook.com>',
   'Samuel Okafor <sokafor@%s>' % PR,
   'بخصوص والدي يوسف الحمدان',
   'Wed, 20 Mar 2024 20:41:26 -0400',
   """الدكتور أوكافور المحترم،

تحية طيبة، أكتب إليك بخصوص والدي السيد يوسف عبد الله الحمدان. منذ أن بدأ لصقة الفنتانيل يوم الأحد وهو نائم أغلب الوقت ولا يأكل جيداً، وأمس لم يتعرف على أختي. لاحظنا أيضاً تورماً في قدميه.

هل يجب أن نخفف الجرعة أو نرجع إلى حبوب المورفين؟ نحن قلقون جداً. موعده القادم معكم يوم ٢٨ مارس في البيت.

مع الشكر والتقدير،
خالد الحمدان (الابن)
هاتف: 555-0139
""")

mk('phi', 'lang', '林美华',
   'Chen Jing <chenjing.dunmore@163.com>',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   '关于我妈妈林美华的情况',
   'Thu, 21 Mar 2024 21:10:44 -0400',
   """Venkataraman医生您好：

我是林美华的女儿陈静。我妈妈上周四从Mercy医院出院回家以后，一直吃不下东西，晚上也睡不好，经常说胸口痛、喘不上气。家访护士说可以把吗啡加到每次5毫克，但是我们很担心她会上瘾，也怕她睡过去就醒不过来。

另外，我们想了解一下临终关怀（hospice）的服务，妈妈的Medicare能不能付？她的出生日期是1936年5月3日。

谢谢您！
陈静
电话：555-0156
""")

# =============================================================================
# CLEAN: admin
# =============================================================================
mk('clean', 'admin', '',
   'Debbie Klausner <dklausner@%s>' % PR,
   'All Clinicians <clinicians@%s>' % PR,
   'April on-call + Easter coverage (FINAL)',
   'Mon, 11 Mar 2024 12:00:41 -0400',
   """Hi everyone,

Final April call schedule below - swaps go through me, not the answering service, or they won't know.

Week            Physician / NP backup               Cell
Apr 1 - Apr 7   Dr. Okafor / R. Lindqvist NP        555-0171 / 555-0172
Apr 8 - Apr 14  Dr. Venkataraman / J. Albright NP   555-0174 / 555-0175
Apr 15 - Apr 21 Dr. Okafor / J. Albright NP         555-0171 / 555-0175
Apr 22 - Apr 28 Dr. Venkataraman / R. Lindqvist NP  555-0174 / 555-0172
Apr 29 - May 5  Dr. Okafor / R. Lindqvist NP        555-0171 / 555-0172

Easter Sunday (3/31) is still Dr. V as previously posted.

Tri-County Answering Service: 555-0100, our account # is 4471-CH. Chaplain on-call goes through Rev. Nwosu's cell as before.

Thanks!
Debbie

Debbie Klausner
Practice Manager | Cedar Hollow Palliative & Geriatric Care
555-0198 x201
""")

mk('clean', 'admin', '',
   'IT Help Desk <helpdesk@%s>' % PR,
   'Kayla Brooks <kbrooks@%s>' % PR,
   '[INC0048812] RESOLVED: EHR account locked - kbrooks',
   'Tue, 12 Mar 2024 08:14:06 -0400',
   """Ticket INC0048812 has been resolved.

Requester:   Kayla Brooks (Patient Coordinator)
Category:    Access > EHR > Account lockout
Assigned to: Jamal Price
Opened:      03/12/2024 07:52   Resolved: 03/12/2024 08:13

Resolution notes:
Account kbrooks was locked after 5 failed sign-ins from workstation CH-FD-03 (caps lock). Unlocked in AD and EHR admin console. User reminded that EHR and Windows passwords are now synced. Duo push enrollment for the new phone completed; old device (iPhone ending 0188) removed.

If this did not fix your issue, reply to this email within 5 days to reopen.

Cedar Hollow IT | x250 | helpdesk@cedarhollowpgc.org
""")

_inv = csvtext([
    ['Line', 'Item #', 'Description', 'Qty', 'UOM', 'Unit Price', 'Ext'],
    ['1', 'NIT-200M', 'Nitrile exam gloves, medium', '20', 'BX', '7.85', '157.00'],
    ['2', 'UND-3036', 'Underpads 30x36 heavy', '8', 'CS', '34.20', '273.60'],
    ['3', 'TGD-1626', 'Transparent film dressing 4x4.75', '6', 'BX', '41.10', '246.60'],
    ['4', 'POX-FT12', 'Fingertip pulse oximeter', '10', 'EA', '18.50', '185.00'],
    ['5', 'BPC-ADL', 'BP cuff, adult large, reusable', '4', 'EA', '22.75', '91.00'],
    ['6', 'SHP-1QT', 'Sharps container 1 qt', '24', 'EA', '2.40', '57.60'],
])
mk('clean', 'admin', '',
   'Keystone Medical Supply AR <ar@keystonemedsupply.com>',
   'Accounts Payable <ap@%s>' % PR,
   'Invoice KMS-2024-03318 / PO 7719',
   'Wed, 13 Mar 2024 10:31:22 -0400',
   """Dear Customer,

Please find attached invoice KMS-2024-03318 for PO 7719, shipped 03/12/2024 via our route truck (delivery #D-58812, signed by D. Klausner).

Invoice total: $1,010.80
Terms: Net 30 - due 04/12/2024
Remit to: Keystone Medical Supply, PO Box 4410, Scranton PA 18501

Customer account: CHPGC-0093

Questions? Call Sherry in AR at 555-0160 ext 3.

Thank you for your business!
""", atts=[('KMS-2024-03318.csv', _inv, 'text', 'csv')])

mk('clean', 'admin', '',
   'HR <hr@%s>' % PR,
   'All Staff <allstaff@%s>' % PR,
   'Benefits: new health plan ID cards + dental enrollment window',
   'Thu, 14 Mar 2024 09:00:00 -0400',
   """Hi all,

A few benefits reminders:

1. New medical ID cards from Blue Ridge Health Plan are being mailed to your home this week because of the group number change (new group # 00418-CHPGC). Your member ID itself does NOT change. If you haven't received yours by 3/29, call Blue Ridge member services at 1-800-555-0142.

2. The dental/vision open enrollment window is 3/18-3/29. Elections are made in the Paylocity portal under Benefits > Enrollment. If you want to add a dependent you will need their birth certificate or marriage certificate uploaded.

3. Flu shot and TB test documentation is due to Marisa by 3/31 for everyone who goes into Greenfield or Willowbrook.

4. EAP (free counseling, 6 sessions) - 1-800-555-0199. Given how heavy this winter has been on the team, please use it.

Marisa Feeney
HR & Credentialing Coordinator
555-0198 x203
""")

mk('clean', 'admin', '',
   'Debbie Klausner <dklausner@%s>' % PR,
   'Tony Baraldi <tony@baraldimechanical.com>',
   'RE: memory clinic suite - no heat again',
   'Fri, 15 Mar 2024 07:41:09 -0400',
   """Tony,

Heat is out in the memory clinic suite again (rooms 104-108). Thermostat says 61. This is the third time since February - whatever was done on the rooftop unit on 2/27 (your work order WO-22871) didn't hold.

We have clinic starting at 8:30 with elderly folks coming in, so we'll be running space heaters in the waiting room for now. Can someone be here by 10? Side door code is the same as last time, or call my cell 555-0176.

Debbie

-----Original Message-----
From: Tony Baraldi <tony@baraldimechanical.com>
Sent: Tuesday, February 27, 2024 3:02 PM
To: Debbie Klausner
Subject: RTU-2 repair complete

Replaced the inducer motor and flame sensor on RTU-2. Should be good. Invoice to follow.
Tony
""")

_dt_html = """<html><body>
<h3 style="color:#1f4e79">Scheduled Maintenance: ClaimBridge clearinghouse upgrade</h3>
<p><b>When:</b> Saturday 3/23/2024, 10:00 PM &ndash; Sunday 3/24/2024, 2:00 AM ET</p>
<ul>
<li>837P batches submitted during the window will be queued and released at 2:00 AM.</li>
<li>Real-time 270/271 eligibility checks will be <b>unavailable</b>.</li>
<li>835 ERA downloads will resume Sunday morning.</li>
</ul>
<p>No action is needed unless you run the Friday night batch manually. Hector will hold that batch until Sunday.</p>
<p>&mdash; Cedar Hollow Billing Office</p>
</body></html>"""
mk('clean', 'admin', '',
   'Hector Ruiz <hruiz@%s>' % PR,
   'Billing <billing@%s>, Debbie Klausner <dklausner@%s>' % (PR, PR),
   'Heads up: clearinghouse downtime Sat 3/23',
   'Mon, 18 Mar 2024 16:20:48 -0400',
   """Scheduled Maintenance: ClaimBridge clearinghouse upgrade

When: Saturday 3/23/2024, 10:00 PM - Sunday 3/24/2024, 2:00 AM ET

- 837P batches submitted during the window will be queued and released at 2:00 AM.
- Real-time 270/271 eligibility checks will be unavailable.
- 835 ERA downloads will resume Sunday morning.

No action is needed unless you run the Friday night batch manually. Hector will hold that batch until Sunday.

-- Cedar Hollow Billing Office
""", html=_dt_html)

mk('clean', 'admin', '',
   'Janet Oduya <joduya@%s>' % CTY,
   'Debbie Klausner <dklausner@%s>' % PR,
   'Contract AAA-24-117 renewal + Feb units report',
   'Tue, 19 Mar 2024 13:48:30 -0400',
   """Good afternoon Ms. Klausner,

The Area Agency on Aging has approved renewal of your care management subcontract (contract AAA-24-117) for FY 2024-25 at the current unit rate of $21.40 per 15-minute unit. The signature page will come from the county solicitor's office via DocuSign by March 29.

Thank you also for the February units report - 412 care management units and 38 caregiver support units, which matches our SAMS totals. For the next quarter please submit the aggregate report by the 10th of the following month; we no longer need the consumer-level detail on this report, that now goes through SAMS only.

Janet Oduya
Contracts & Fiscal Monitor
Dunmore County Area Agency on Aging
200 Adams Ave, 3rd Fl | 555-0105 ext 2217
""")

# =============================================================================
# CLEAN: lookalike
# =============================================================================
mk('clean', 'lookalike', '',
   'Silver Strides Fitness <members@silverstridesfit.com>',
   'kayla.brooks88@gmail.com',
   'Kayla, your membership renews 4/1 - Member #SS-00418823',
   'Sat, 09 Mar 2024 10:00:00 -0500',
   """Hi Kayla,

Your Strides Plus membership (Member #SS-00418823) renews on 04/01/2024 at $39/month on the card ending 7730.

NEW this spring:
 * Free body composition scan + blood pressure check at the front desk, Tuesdays 6-9 am
 * "Heart Smart" cardio circuit with coach Brianna, Mon/Wed 5:30 pm
 * Balance & fall-prevention class for our 55+ members (bring a parent for free!)
 * Recovery zone: cold plunge and compression boots now open

Need to freeze your membership for an injury or medical leave? Just bring a note - freezes are free for up to 90 days.

See you on the floor!
Silver Strides Fitness - Dunmore | 555-0193
To unsubscribe, reply STOP.
""")

mk('clean', 'lookalike', '',
   'Lackawanna Valley Animal Hospital <frontdesk@lvanimalhosp.com>',
   'Dan Whitaker <dwhitaker.home@gmail.com>',
   "Biscuit's lab results and discharge instructions",
   'Tue, 12 Mar 2024 17:25:14 -0400',
   """Hi Dan,

Dr. Kowalski asked me to send over Biscuit's results from today's senior wellness visit.

Patient: Biscuit (canine, beagle mix, 11 yrs, 28.4 lb)   Client #: 20117   Patient ID: P-44810

Bloodwork: BUN mildly elevated (38), creatinine high-normal, SDMA 16 - consistent with early kidney changes. Urinalysis shows dilute urine. Teeth: grade 3 dental disease, two lower premolars likely need extraction.

Plan:
 - Switch to the renal diet (Hill's k/d) gradually over 7 days
 - Carprofen 75 mg: reduce to 1/2 tab once daily for the arthritis, with food
 - Dental cleaning under anesthesia - we have 4/3 at 7:30 am open
 - Recheck bloodwork in 3 months

Please call 555-0134 to confirm the dental date. Biscuit was a very good boy today!

Jess, CVT
Lackawanna Valley Animal Hospital
""")

mk('clean', 'lookalike', '',
   'Anthracite Federal Credit Union <alerts@anthracitefcu.org>',
   'Hector Ruiz <hector.ruiz.pa@gmail.com>',
   'Auto loan payoff confirmation - Member # 00448213',
   'Wed, 13 Mar 2024 06:00:12 -0400',
   """Dear HECTOR RUIZ,

Congratulations! Your auto loan (suffix L-0014) has been paid in full as of 03/12/2024.

Member #: 00448213
Final payment: $412.88 (confirmation #AFCU-77194402)
Lien release: The title for your 2019 Honda CR-V (VIN ending 3315) will be mailed to the address on file within 10 business days.

Your share savings (S-0001) and checking (S-0009) accounts are not affected.

Questions? Call Member Services at 555-0107, Mon-Fri 8-6, or visit any branch. For your security we will never ask for your full account number, PIN or date of birth by email.

Anthracite Federal Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike', '',
   'Allegheny Air <itinerary@alleghenyair.com>',
   'samuel.okafor.do@gmail.com',
   'Your trip confirmation: AVP - MSY, Record Locator QX7T4M',
   'Thu, 14 Mar 2024 19:03:57 -0400',
   """Thank you for booking with Allegheny Air.

Passenger:          OKAFOR/SAMUEL MR
Record Locator:     QX7T4M
Ticket Number:      0372418829910
SkyMiles-style #:   AA 5520 418 977

Flight AL 2291  Wed 10 Apr  AVP 06:05 -> CLT 07:49   Seat 14C
Flight AL  871  Wed 10 Apr  CLT 09:10 -> MSY 10:28   Seat 22A
Flight AL  874  Sun 14 Apr  MSY 15:40 -> CLT 18:51   Seat 9D
Flight AL 2296  Sun 14 Apr  CLT 20:25 -> AVP 21:59   Seat 14C

Traveling with medication or medical devices? Liquid medications are allowed in reasonable quantities in carry-on. Portable oxygen concentrators must be FAA-approved - call Special Assistance at 1-800-555-0114 at least 48 hours before departure.

Total charged: $486.20 (Visa ending 2291)
""")

mk('clean', 'lookalike', '',
   'Claims - Penn Mutual Auto <claims@pennmutualauto.com>',
   'Debbie Klausner <dklausner@%s>' % PR,
   'Claim 0447-21-889 - vehicle inspection scheduled',
   'Fri, 15 Mar 2024 11:44:03 -0400',
   """Ms. Klausner,

This confirms we received the first notice of loss for the practice's 2021 Toyota RAV4 (policy PMA-CP-5521903, unit 3) involved in a parking-lot collision on 03/14/2024 at the Willowbrook Assisted Living lot.

Claim number: 0447-21-889
Adjuster: Phil Danko, 555-0162
Inspection: Tue 3/19 between 9 and 12 at 88 Wyoming Ave (your office)

Per the report no injuries were reported by either driver and no ambulance was called, so no bodily injury or medical payments coverage has been opened. If anyone later reports pain or seeks treatment, please let us know right away.

Rental coverage: up to $40/day for 30 days. Enterprise reservation #E2291847.

Sincerely,
Penn Mutual Auto Claims
""")

mk('clean', 'lookalike', '',
   'Mike Ferencz <mike@ferenczarborcare.com>',
   'Debbie Klausner <dklausner@%s>' % PR,
   'Assessment: red oak by the parking lot + 2 elms',
   'Mon, 18 Mar 2024 14:30:27 -0400',
   """Hi Debbie,

Thanks for walking the property with me Friday. My findings:

1) Red oak by the patient drop-off (approx 34" DBH): confirmed Ganoderma butt rot - conks on the north side of the root flare, sounding shows ~40% decay in the lower trunk. Prognosis is poor and with the canopy over the drop-off lane I'd call it high risk. Recommend removal before summer storms. Quote: $3,850 incl. stump grinding.

2) Two American elms along the fence: early Dutch elm disease symptoms (flagging in the upper crown) on the east one only. Treatment: prune out infected limbs + macro-infusion of propiconazole, then re-treat every 3 years. Quote: $1,120 for both (preventive on the healthy one).

3) The crabapples just need a dormant pruning and a fungicide for scab. $280.

We're booked out about 3 weeks. Let me know and I'll get you on the schedule.

Mike Ferencz, ISA Certified Arborist PD-2281A
Ferencz Arbor Care | 555-0188
""")

mk('clean', 'lookalike', '',
   'Priya Nair <pnair@chartwelldev.io>',
   'Jamal Price <jprice@%s>' % PR,
   'RE: sync worker keeps dying overnight',
   'Tue, 19 Mar 2024 09:57:40 -0400',
   """Jamal,

Triage on our side: the "patient" worker (that's literally what the sync service calls the long-running process that babysits the queue) is getting OOM-killed around 02:10 every night. The heartbeat monitor flatlines, the watchdog tries to resuscitate it 3 times and then marks it DNR - i.e. stops restarting - which is why nothing moves until someone kicks it in the morning.

Vitals from last night's dump:
  pid 44812  rss 3.9G  uptime 6h11m  exit 137 (SIGKILL)
  restarts: 3/3  backoff: 30s, 60s, 120s

Root cause looks like the nightly reindex job overlapping with the full document sync. Quick fix: bump the container memory to 6G and move reindex to 04:00. Real fix is in 5.12.3 (ticket CW-11804).

Can you give me a maintenance window tonight?

Priya Nair
Senior Support Engineer, ChartWell Software
""")

# =============================================================================
# CLEAN: news
# =============================================================================
mk('clean', 'news', '',
   'Kessler Pharmacy Services <alerts@%s>' % RX,
   'Facility & Prescriber Partners <partners@%s>' % RX,
   'RECALL NOTICE: Morphine Sulfate Oral Solution 100 mg/5 mL - select lots',
   'Mon, 11 Mar 2024 14:00:00 -0400',
   """PHARMACY RECALL NOTICE - Class II, Retail/Facility level

Product: Morphine Sulfate Oral Solution, 100 mg per 5 mL (20 mg/mL), 30 mL bottle with calibrated dropper
Manufacturer: Arden Pharmaceuticals, Inc. (fictitious distributor code ARD)
Lots: ML23114A, ML23114B, ML23201C   Exp. 09/2025 and 11/2025
Reason: Some calibrated droppers are marked in incorrect increments (0.5 mL mark printed at 0.25 mL), which could lead to dosing errors.

What we are doing: Kessler has quarantined all affected stock. Bottles dispensed from these lots since 01/15/2024 will be exchanged at no charge - our delivery drivers will swap the dropper or the full bottle on the next scheduled run.

What you should do:
 1. Check comfort kits and e-kits for the listed lot numbers.
 2. Do not discard - segregate and hand to the driver.
 3. Remind caregivers to dose using the 0.25 mL marks only after the dropper is replaced.

No adverse events have been reported to us to date.

Questions: Kessler Clinical Line 555-0133, 24/7.
""")

mk('clean', 'news', '',
   'Dunmore County Health Dept <healthalert@%s>' % CTY,
   'LTC & Home Care Partners <ltcpartners@%s>' % CTY,
   'Health Advisory #2024-07: respiratory virus activity in long-term care, week 10',
   'Tue, 12 Mar 2024 15:30:00 -0400',
   """DUNMORE COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY #2024-07
Distribution: skilled nursing, personal care homes, assisted living, home health, hospice

Summary (MMWR week 10, ending 3/9/2024):
 - Influenza A: 212 lab-confirmed cases countywide (down 18% from week 9); 46% in adults 65+.
 - RSV: 58 cases; 3 outbreaks in long-term care facilities currently open.
 - COVID-19: 91 cases; 2 LTC outbreaks open, 1 closed this week.
 - Hospitalizations among residents 65+: 37 this week (week 9: 44).

Recommendations:
 1. Continue universal masking in resident care areas for any facility with an open outbreak.
 2. Offer antiviral treatment to residents with suspected influenza without waiting for testing; consider chemoprophylaxis for unit-mates during outbreaks.
 3. Adults 75 and older are eligible for an additional spring dose of the 2023-24 COVID-19 vaccine.
 4. RSV vaccine for adults 60+ remains available through shared clinical decision-making.

Report outbreaks (2 or more linked cases in 72 hours) to the Epidemiology line at 555-0109 within 24 hours.

This advisory contains no individually identifiable information. Please share with clinical staff.
""")

_nl_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#5a2d82">Keystone Hospice &amp; Palliative Care Network</h1>
<h2>Spring Bulletin &middot; March 2024</h2>
<h3>Legislative update</h3>
<p>The state Senate Aging &amp; Youth Committee advanced SB 1144, which would create a statewide POLST registry accessible to EMS. Our coalition testified in support; hearing testimony is posted on our website.</p>
<h3>Data corner</h3>
<p>Median hospice length of stay among member agencies was 22 days in 2023 (2022: 19). 31% of patients died within 7 days of admission &mdash; late referral remains our biggest challenge, especially for dementia.</p>
<h3>Education</h3>
<ul><li>Apr 11 webinar: <i>Methadone for the non-specialist</i> (1.0 CME/CE)</li>
<li>May 2: <i>Grief after dementia: ambiguous loss</i> for chaplains and social workers</li></ul>
<h3>Member spotlight</h3>
<p>Congratulations to Bayside Hospice on opening its 8-bed inpatient unit, and to Cedar Hollow Palliative &amp; Geriatric Care on 10 years of home-based care!</p>
<p style="font-size:9pt;color:#777">You are receiving this because you are a member of KHPCN. Unsubscribe | Update preferences</p>
</body></html>"""
mk('clean', 'news', '',
   'KHPCN <news@khpcn.org>',
   'Members <members@khpcn.org>',
   'Spring Bulletin: POLST registry bill, LOS data, April webinar',
   'Wed, 13 Mar 2024 07:00:00 -0400',
   """KEYSTONE HOSPICE & PALLIATIVE CARE NETWORK - SPRING BULLETIN, MARCH 2024

LEGISLATIVE UPDATE
The state Senate Aging & Youth Committee advanced SB 1144, which would create a statewide POLST registry accessible to EMS. Our coalition testified in support; hearing testimony is posted on our website.

DATA CORNER
Median hospice length of stay among member agencies was 22 days in 2023 (2022: 19). 31% of patients died within 7 days of admission - late referral remains our biggest challenge, especially for dementia.

EDUCATION
- Apr 11 webinar: Methadone for the non-specialist (1.0 CME/CE)
- May 2: Grief after dementia: ambiguous loss, for chaplains and social workers

MEMBER SPOTLIGHT
Congratulations to Bayside Hospice on opening its 8-bed inpatient unit, and to Cedar Hollow Palliative & Geriatric Care on 10 years of home-based care!

Unsubscribe | Update preferences
""", html=_nl_html)

mk('clean', 'news', '',
   'Memory Research Digest <digest@memoryresearchdigest.org>',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'This week: blood biomarkers in primary care, caregiver sleep, deprescribing trial',
   'Thu, 14 Mar 2024 06:30:00 -0400',
   """MEMORY RESEARCH DIGEST - Issue 211

1. Plasma p-tau217 in primary care
A cohort of 1,200 adults aged 65-85 seen for cognitive complaints found a plasma p-tau217 assay identified amyloid PET positivity with ~90% accuracy. Authors caution that results should be interpreted by specialists and that positive results in people without symptoms are not diagnostic.

2. Caregiver sleep and nursing-home placement
Spouses of people with moderate dementia who slept under 5 hours a night were 1.6 times more likely to move their partner to long-term care within two years. A brief behavioral sleep program reduced that gap in a small pilot (n=84).

3. Deprescribing cholinesterase inhibitors in advanced dementia
A pragmatic trial in 40 nursing homes randomized residents with severe dementia to continue or taper donepezil. No meaningful difference in agitation scores at 12 weeks; slightly more GI symptoms in the continuation arm.

4. Upcoming: Regional memory care conference, Wilkes-Barre, May 16-17.

You are receiving this digest because you subscribed at memoryresearchdigest.org.
""")

mk('clean', 'news', '',
   'Health Policy Briefs <briefs@postacutepolicy.com>',
   'Debbie Klausner <dklausner@%s>' % PR,
   'Proposed rule roundup: hospice payment update, home visit codes, ACP',
   'Fri, 15 Mar 2024 12:15:00 -0400',
   """POST-ACUTE POLICY BRIEFS - weekly roundup

HOSPICE: The proposed FY payment rule would raise hospice rates by an estimated 2.6% net, with the aggregate cap set near $34,400 per beneficiary. The hospice quality reporting penalty stays at 4 percentage points. Comments due in 60 days.

HOME VISITS: Evaluation and management home/residence visit codes (99341-99350) keep their 2023 structure; the proposal adds clarifying language on time thresholds for visits in assisted living.

ADVANCE CARE PLANNING: Codes 99497/99498 remain exempt from cost sharing when billed with the Annual Wellness Visit. Several commenters asked CMS to allow ACP billing by licensed clinical social workers; CMS declined in the proposal.

TELEHEALTH: The home-as-originating-site flexibility for non-behavioral services is extended through 12/31 for now.

This brief summarizes proposed rules and is not legal advice.
""")

mk('clean', 'news', '',
   'The Hollow Post <newsletter@%s>' % PR,
   'All Staff <allstaff@%s>' % PR,
   'The Hollow Post - March edition',
   'Wed, 20 Mar 2024 12:00:00 -0400',
   """THE HOLLOW POST - Cedar Hollow staff newsletter, March 2024

WELCOME
Please welcome Natalya Kovaleva, our new staff medical interpreter (Russian/Ukrainian), and Jordan Albright, NP, who joins the home-based primary care team from Geisinger. Jordan's first day on the road is April 1.

BY THE NUMBERS (February)
 - 611 home visits
 - 148 memory clinic visits (38 new)
 - 97 advance care planning conversations documented
 - 29 patients referred to hospice, median 41 days before death (up from 33!)

KUDOS
A family wrote to thank "the lady chaplain and the nurse who sang" - you know who you are. Rachel L. got three separate thank-you cards this month.

REMINDERS
 - Mileage logs due on the 5th.
 - New pre-rounds checklist for Greenfield goes live 4/1 (see Dr. O's email).
 - Spring potluck Friday 4/12, sign-up sheet is in the break room.

"Care is a state in which something does matter." - R. May
""")

# =============================================================================
# CLEAN: staff
# =============================================================================
mk('clean', 'staff', '',
   'Jordan Albright <jalbright@%s>' % PR,
   'Samuel Okafor <sokafor@%s>' % PR,
   'methadone conversion question (general)',
   'Mon, 11 Mar 2024 20:12:33 -0400',
   """Sam,

General question before I start seeing patients on my own - how does the group handle rotations from high-dose oral morphine to methadone? At my last job we used the Ayonrinde ratio table but I've seen people here use the 3-day switch. For someone on, say, 300 mg/day OME with renal decline, what would you start with and how fast do you titrate? And do we routinely get a baseline ECG for QTc in home patients or only if they're on other QT drugs?

Not urgent, whenever you have a minute. Happy to just shadow you on the next one.

Jordan

Jordan Albright, MSN, FNP-BC
""")

mk('clean', 'staff', '',
   'Priya Venkataraman <pvenkataraman@%s>' % PR,
   'Palliative Team <palliteam@%s>' % PR,
   'case for Thursday ethics huddle (de-identified)',
   'Tue, 12 Mar 2024 12:44:10 -0400',
   """For Thursday's ethics huddle - I've de-identified this one, please don't try to guess who it is.

Woman in her late 80s, advanced dementia (FAST 7c), bedbound, two aspiration pneumonias in the last 6 months. Eats maybe a third of meals with careful hand feeding. One of her children is requesting a PEG "because we can't just let her starve"; the other child and her long-time partner are against it. No written advance directive, but several people remember her saying she'd never want "to be kept alive by machines."

Questions I'd like us to talk through:
 1. How do we present the evidence on tube feeding in advanced dementia without sounding like we've already decided?
 2. Substituted judgment vs best interest when family members remember her values differently.
 3. Comfort feeding only orders - how have others documented these at the SNFs we cover?

Lunch will be provided.
Priya
""")

mk('clean', 'staff', '',
   'Debbie Klausner <dklausner@%s>' % PR,
   'All Clinicians <clinicians@%s>' % PR,
   'need weekend coverage 3/23-24',
   'Wed, 13 Mar 2024 11:05:19 -0400',
   """Hi all - Jordan's credentialing at Greenfield won't be done in time so I need someone to cover NP backup call the weekend of 3/23-24. Usual weekend differential applies plus I'll throw in a Friday off in April. Reply to me (not all!). First come first served.

Thanks,
Debbie
""")

mk('clean', 'staff', '',
   'Samuel Okafor <sokafor@%s>' % PR,
   'Clinicians <clinicians@%s>' % PR,
   'journal club: statins in the last year of life',
   'Thu, 14 Mar 2024 21:33:52 -0400',
   """For next Wednesday: the JAMA IM discontinuation trial (stopping statins in people with limited life expectancy). Main points as I read it:
- no significant difference in 60-day mortality
- small improvement in quality of life scores in the discontinuation group
- cost savings, fewer pills (the median participant was on 11 meds)

What I'd like us to decide as a group: should our default in new hospice admits be to stop statins unless there's a specific reason to continue, and should we build that into the admission med-rec template? Lena from Kessler said she's happy to flag these on her monthly reviews.

Also open to arguments for keeping them in recent MI/stent folks.

Sam
""")

mk('clean', 'staff', '',
   'Rev. Adaeze Nwosu <anwosu@%s>' % PR,
   'Tomasz Wrobel <twrobel@%s>, Chaplain Team <chaplains@%s>' % (PR, HOS),
   'spring bereavement group planning',
   'Fri, 15 Mar 2024 10:20:05 -0400',
   """Friends,

Bayside has offered their community room for the spring bereavement support group again. Proposed: 6 Tuesday evenings starting April 16, 6:30-8:00.

Ideas from last fall's evaluations:
 - a separate session for adult children who were long-distance caregivers
 - more time on "anticipatory grief" for those whose person had dementia
 - keep the closing candle ritual, people loved it
 - hold a daytime option for older widows who won't drive at night

Tomasz, could you and I co-lead weeks 1 and 6? Chaplain Moreno offered to take the dementia-loss session. I'll draft the flyer - we'll mail it to the bereavement list from the office, not email, per our usual practice.

Blessings,
Adaeze
""")

mk('clean', 'staff', '',
   'Tomasz Wrobel <twrobel@%s>' % PR,
   'Janet Oduya <joduya@%s>' % CTY,
   'general question - spend-down for personal care homes',
   'Mon, 18 Mar 2024 15:02:40 -0400',
   """Hi Janet,

Not about a specific person, just trying to get our SW team on the same page. When a family is paying privately for personal care/assisted living and the money is going to run out in a few months, what's the current guidance on:

 a) whether the 5-year look-back applies if they're going for the CHC waiver at home vs. nursing facility,
 b) whether monthly private-pay rent counts toward a spend-down, and
 c) how long waiver eligibility determinations are running right now in Dunmore County?

If there's a one-pager you give families, we'd love to have it for our folders.

Thanks!
Tomasz Wrobel, LCSW
Cedar Hollow Palliative & Geriatric Care
""")

mk('clean', 'staff', '',
   'Samuel Okafor <sokafor@%s>' % PR,
   'Clinicians <clinicians@%s>' % PR,
   'new pre-rounds checklist at Greenfield starting 4/1',
   'Tue, 19 Mar 2024 18:47:21 -0400',
   """Team,

After talking with the DON at Greenfield, we're changing how rounds work starting April 1:

1. Unit managers send the list by 8 am Monday (secure email only, no texts).
2. Before rounds, whoever is rounding checks: falls in the last week, new antipsychotic or benzo orders, weight change >5% in 30 days, any hospital transfers.
3. Every resident with a change in condition gets a code status check that day.
4. Med changes are given as written orders in the EHR, not verbal, except for true urgencies.
5. Families get a call the same day if a med is started or stopped.

Kessler will pull a weekly antipsychotic report for us so we can stay on top of the CMS measure. Questions - grab me at Thursday huddle.

Sam
""")

# =============================================================================
# CLEAN: training
# =============================================================================
mk('clean', 'training', '',
   'ChartWell Training <training@chartwelldev.io>',
   'Kayla Brooks <kbrooks@%s>, Jordan Albright <jalbright@%s>' % (PR, PR),
   'Your TRAINING environment login + practice scenarios',
   'Mon, 11 Mar 2024 09:00:00 -0400',
   """Welcome to ChartWell EHR training!

Training URL: https://train.chartwelldev.io/chpgc
Username: your network ID + "_trn"   Temporary password: sent separately

IMPORTANT: The training environment contains ONLY fictitious test patients. Never enter real patient information here.

Practice scenarios for Tuesday's session:
 1. Register new patient ZZTEST, MEMORYONE (DOB 01/01/1950, MRN TRN000101) and book a memory clinic NEW visit.
 2. Open ZZTEST, HOSPICETWO (MRN TRN000102) and document a home visit with a medication change (use any drug).
 3. Complete a POLST form for TEST, PATIENT (MRN TRN000999) and route it for signature.
 4. Print a visit summary for ZZZ, DEMO (MRN TRN000555) - do not send it to any printer outside Room 2.

Your trainer: Alicia Gomez, ChartWell Clinical Applications | 555-0149
""")

mk('clean', 'training', '',
   'Ben Hart <bhart@mirthlyintegrations.com>',
   'Jamal Price <jprice@%s>' % PR,
   'Demo recap + sample ADT for the sandbox',
   'Tue, 12 Mar 2024 16:30:11 -0400',
   r"""Jamal,

Thanks for the time today. As promised, here's the sample message we used in the demo. It's the standard test patient that ships with our sandbox - all values are made up, feel free to mangle it.

MSH|^~\&|DEMOSEND|DEMOFAC|DEMORECV|SANDBOX|20240101120000||ADT^A04|TEST000001|T|2.5.1
PID|1||123456789^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(000)000-0000
PV1|1|O|DEMOCLINIC^^^DEMOFAC||||9999^TEST^PROVIDER

Note the processing ID in MSH-11 is "T" (test) - our routing rule drops anything with T before it hits production, which is one of the safeguards we talked about.

Pricing for the 3 interfaces (ADT in, ORU in, MDM out) will come from Shauna by Friday.

Ben Hart | Solutions Engineer | Mirthly Integrations
""")

mk('clean', 'training', '',
   'Compliance <compliance@%s>' % PR,
   'All Staff <allstaff@%s>' % PR,
   'Annual HIPAA refresher - quiz due 3/31',
   'Wed, 13 Mar 2024 08:15:00 -0400',
   """Hi all,

The annual HIPAA/privacy refresher is now live in the learning portal (about 25 minutes). A preview of the scenario questions:

Scenario 1: You are at a restaurant and overhear two coworkers discussing "Jane Sample," a fictional patient, by name and diagnosis. What should you do?

Scenario 2: A caller says she is the daughter of "Mr. Test Example" and asks for his medication list. She can't give his date of birth. What's the right response?

Scenario 3: You need to send a spreadsheet of patients to the hospice. Which of these is acceptable? (a) regular email to a gmail address, (b) secure email with [secure] in the subject, (c) text message photo of the printout.

Scenario 4: You accidentally faxed a visit note to the wrong number. Who do you notify and how fast?

All answers are discussed in the module. Quiz must be completed by 3/31 - it's part of your annual competency file.

Marisa Feeney, Privacy Officer
""")

_fhir_demo = """{
  "resourceType": "Patient",
  "id": "example-sandbox-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "SANDBOX-0001"}],
  "name": [{"family": "Testpatient", "given": ["Alpha"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "address": [{"line": ["1 Example Way"], "city": "Sampleville", "state": "ZZ", "postalCode": "00000"}]
}"""
mk('clean', 'training', '',
   'Ravi Menon <ravi.menon@northstarhie.net>',
   'Jamal Price <jprice@%s>' % PR,
   'FHIR sandbox credentials + test resource',
   'Thu, 14 Mar 2024 13:02:45 -0400',
   """Hi Jamal,

Your sandbox tenant is set up at https://sandbox.northstarhie.net/fhir/R4 (client id chpgc-sbx, secret in the portal). Every resource in the sandbox carries the HTEST security tag. Here's the seed Patient you can use to test your referral endpoint:

%s

Post a ServiceRequest against Patient/example-sandbox-001 and we'll watch the logs on our side. Once you pass the 12 conformance tests we'll schedule production cutover.

Ravi
""" % _fhir_demo)

mk('clean', 'training', '',
   'Rev. Adaeze Nwosu <anwosu@%s>' % PR,
   'New Staff Orientation <orientation@%s>' % PR,
   'ACP role-play script for Friday (practice only)',
   'Thu, 14 Mar 2024 17:40:20 -0400',
   """Here's the role-play script for Friday's advance care planning workshop. Everything is invented - please don't swap in anyone you know from work.

ROLE-PLAY: "Mrs. Example"
Characters: Mrs. Example (played by Debbie), her son "Sample Jr." (played by Jamal), the clinician (you).

Background (fictional): Mrs. Example is a retired teacher in her 80s with heart failure who has been in the hospital three times this year. She lives alone with a cat. She has never filled out a health care power of attorney.

Your task:
 1. Ask permission to talk about the future ("Would it be OK if we talked about what's ahead?")
 2. Explore what matters most to her.
 3. Use the "hope/worry" language when she asks if she is dying.
 4. Identify a health care agent and walk through the POLST form - use the blank SAMPLE form in your packet, do not use a real one.

Debrief questions are on page 2.

Adaeze
""")

_x12_test = """ISA*00*          *00*          *ZZ*CHPGCTEST      *ZZ*CLAIMBRIDGE    *240315*1010*^*00501*000000901*0*T*:~
GS*HS*CHPGCTEST*CLAIMBRIDGE*20240315*1010*901*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST270-1*20240315*1010~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*00000~
HL*2*1*21*1~
NM1*1P*2*TEST PROVIDER*****XX*0000000000~
HL*3*2*22*0~
NM1*IL*1*TESTSUBSCRIBER*ONE****MI*TEST0000001~
DMG*D8*19000101*U~
EQ*30~
SE*11*0001~
GE*1*901~
IEA*1*000000901~
"""
mk('clean', 'training', '',
   'EDI Enrollment <enrollment@claimbridge-edi.com>',
   'Hector Ruiz <hruiz@%s>' % PR,
   'Certification step 3 of 5: 270 test file',
   'Fri, 15 Mar 2024 10:12:58 -0400',
   """Hello Hector,

Your submitter ID CHPGCTEST passed steps 1-2. For step 3, please send the attached 270 test transaction from your practice management system exactly as-is (ISA15 = "T"). It uses our standard fictitious subscriber "TESTSUBSCRIBER, ONE" - do not substitute real member data during certification.

Expected response: a 271 with AAA*Y**72 (invalid member ID), which confirms rejects route back to you correctly.

ClaimBridge EDI Enrollment | 555-0196
""", atts=[('CHPGC_cert_270_test.x12', _x12_test, 'text', 'plain')])

# =============================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
