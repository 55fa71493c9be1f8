#!/usr/bin/env python3
"""Blind evaluation mail set: OPO / ICU / medical examiner setting. SEED 7301.
All people, numbers and organisations are invented."""
import os, sys, io, csv, random, zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape
import email.policy

SEED = 7301
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}


def D(s, off=-5):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(second=random.randint(0, 59),
                                                         tzinfo=timezone(timedelta(hours=off)))
    return format_datetime(dt)


def mk(label, kind, patient, frm, to, subj, date, body, cc=None, html=None, atts=(),
       cte=None, hdrs=()):
    k = (label, kind)
    COUNT[k] = COUNT.get(k, 0) + 1
    n = COUNT[k]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%d.%s%03d.%06d@%s>' % (random.randint(10**8, 10**9), kind[:3], n,
                                                 random.randint(0, 999999), dom)
    for hk, hv in hdrs:
        msg[hk] = hv
    if not cte:
        cte = '7bit' if body.isascii() else '8bit'
    msg.set_content(body, cte=cte)
    if html:
        msg.add_alternative(html, subtype='html', cte='7bit' if html.isascii() else '8bit')
    for fname, data, mt, st in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    i = len(ROWS) + 1
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient or ''))


def to_html(text):
    paras = [p for p in text.split('\n\n')]
    out = []
    for p in paras:
        out.append('<p>' + escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 15, 6, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def ref(r, c):
        s = ''
        c += 1
        while c:
            c, m = divmod(c - 1, 26)
            s = chr(65 + m) + s
        return '%s%d' % (s, r + 1)
    sd = []
    for r, row in enumerate(rows):
        cells = ''.join('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref(r, c), escape(str(v)))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r + 1, cells))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
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
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
         % (ns, rel, escape(sheet))),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(sd))),
    ]
    return zbytes(files)


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')

STA_DISC = """
CONFIDENTIALITY NOTICE: This message and any attachments are for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies of
the original message. St. Anselm Regional Medical Center"""

HRDA_DISC = """
--
Heartland Rivers Donor Alliance | 24-hour referral line 1-800-555-0100
This e-mail may contain confidential health information protected by state and federal
law. If you received it in error, notify the sender and delete it."""

BFH_DISC = """
________________________________
Brookfield University Health - This email is intended only for the addressee and may
contain information that is privileged or confidential. If you are not the intended
recipient you are hereby notified that any dissemination is strictly prohibited."""

ME_DISC = """
Okanee County Office of the Medical Examiner
2200 Courthouse Annex Rd, Millbrook | Main 555-0180
Records of this office are subject to County records retention policy and state law."""

# =====================================================================
# PHI - care
# =====================================================================

mk('phi', 'care', 'Kowalczyk',
   '"Kowalski, Brianna RN" <bkowalski@stanselmhealth.org>',
   'HRDA Referral Line <referrals@hrdonor.org>',
   'RE: referral 24-0311-07 MICU bed 12', D('2024-03-11 11:48', -5),
   """Hi - calling back on the referral from this morning, here's the update you asked for.

Dennis Kowalczyk, 58M, MICU 12. Found down at home sat, ~20 min downtime per EMS, ROSC
after 3 rounds of epi. Off propofol and fent since 0600, no cough, no gag, no corneals,
pupils 6mm fixed bilat. Dr Obi is planning the first brain death exam at 1300 and apnea
test after if he passes. ABG at 1115 - 7.38 / 41 / 212 on 40%.

He's on norepi 8 mcg and vaso 0.04. UO dropped off, 40ml last 2 hrs, Cr 1.9 up from 1.1
on admit. Sodium ok 144.

Wife and 2 sons at bedside, they have NOT been told anything about donation, please dont
approach until the doc has done the family meeting (set for 1600 in the 4th floor consult
room).

Brianna Kowalski, BSN, RN, CCRN
Medical ICU | St. Anselm Regional Medical Center
ext 4-7120

-----Original Message-----
From: HRDA Referral Line <referrals@hrdonor.org>
Sent: Monday, March 11, 2024 9:02 AM
To: Kowalski, Brianna RN <bkowalski@stanselmhealth.org>
Subject: referral 24-0311-07 MICU bed 12

Thank you for the referral. Coordinator Ana Ruelas will be on site by 2pm. Please send
current vitals, vent settings, and the plan for neuro exam when available. Please do not
discuss donation with the family prior to OPO arrival.
""" + STA_DISC,
   cc='"Obi, Chinedu MD" <cobi@stanselmhealth.org>')

_b = """Marcus,

handing off Hallie Brandt at Halvorsen ICU rm 3, declared 0212 this morning. auth from
mother (Jolene) at 0540, all organs + tissue, eyes OK.

where we are:
- Na 158 at 0800, was 151 at 2200. gave DDAVP 1 mcg IV at 0830, free water 250 q4h via OG
  started. recheck at 1200 pls
- levo weaned to 3, vaso 0.03. MAPs 70s
- T4 gtt running 10 mcg/hr since 0400
- echo 0915 - EF 55-60%, no WMA, cards read pending but looked good to me
- bronch 1030 by Dr. Sato, mild clear secretions, no purulence, BAL sent for cx
- CXR clear L, small R base atelectasis. recruitment x2, P/F 410 on peep 5
- UO 150-200/hr since the DDAVP, watch it
- cath lab can take her at 1500 for coronary angio if the heart center wants it,
  Brookfield is looking

OR tentative 0500 tomorrow. ME released (see Okanee email, ext exam only, no restrictions).

call me if anything, I'm sleeping w/ phone on.
Ana

Ana Ruelas, RN, CPTC
Organ Recovery Coordinator
Heartland Rivers Donor Alliance
c 515-555-0148
"""
mk('phi', 'care', 'Brandt',
   'Ana Ruelas <aruelas@hrdonor.org>', 'Marcus Feld <mfeld@hrdonor.org>',
   'handoff - Halvorsen donor (Brandt)', D('2024-03-13 11:20', -5), _b + HRDA_DISC,
   cc='oncall-clinical@hrdonor.org', html=to_html(_b + HRDA_DISC))

_b = """Ana,

Dr. Marrero reviewed the case this am. Decedent Marcus Tillery, 23 y/o, single vehicle
MVC on Hwy 30 on 3/9, transported to Halvorsen, pronounced by neuro criteria this morning.

She will release for organ recovery (heart, lungs, liver, kidneys, pancreas) with the
following conditions:

1. Full photo documentation of chest and abdomen before first incision, send to our office.
2. Surgeon to note any injuries found intra-op (esp. the liver lac and spleen) on the ME
   surgeon form and fax to 555-0190.
3. Keep the admission blood (pre-transfusion tubes from the ED draw 3/9 22:40) - the lab is
   holding it, please don't let them toss it.
4. Copies of CT head / c-spine / chest / abd and the trauma surgery op note.

Tissue: no long bone recovery from the R leg (open tib/fib fx, we need it for exam). Skin
and L leg ok.

Autopsy will follow after recovery, body to come directly to our facility. Family has been
told.

Dale Whitcomb
Medicolegal Death Investigator
"""
mk('phi', 'care', 'Tillery',
   '"Whitcomb, Dale" <dwhitcomb@me.okaneecounty.gov>', 'Ana Ruelas <aruelas@hrdonor.org>',
   'ME release - Tillery', D('2024-03-12 09:41', -5), _b + ME_DISC,
   cc='"Marrero, Lila MD" <lmarrero@me.okaneecounty.gov>', html=to_html(_b + ME_DISC))

mk('phi', 'care', 'Abernathy',
   '"Castillo, Renee LPN" <rcastillo@brookfieldhealth.edu>',
   '"Sharma, Amit MD" <asharma@brookfieldhealth.edu>',
   'FW: tac level', D('2024-03-12 08:02', -5),
   """Dr Sharma - see below from the pt's husband, fyi her level came back this morning at
11.2 (goal 8-10). I pended an order to drop to 3mg BID, needs your sign. Also she missed
her 1 wk post op clinic because of the snow, I put her on for Thursday 3/14 at 9:40 with
labs at 8. LFTs from yesterday were fine, t bili 1.1.

Renee

Renee Castillo, LPN
Liver Transplant Clinic - Brookfield Transplant Institute
555-0122

-----Original Message-----
From: Tom Abernathy <tabernathy62@gmail.com>
Sent: Tuesday, March 12, 2024 7:15 AM
To: Transplant Clinic <livertx@brookfieldhealth.edu>
Subject: tac level

Hi, Carol's hands have been really shaky since yesterday and she says her head hurts.
She's taking the 4mg twice a day like the paper says. Is that normal after the liver
transplant?? We did the blood draw at the Quest on Elm yesterday morning before her pills.
Thanks, Tom
""" + BFH_DISC, cte='quoted-printable')

mk('phi', 'care', 'Ingebretsen',
   'Kyle Brennan <kbrennan@lakeshoreeye.org>', 'donor-records@hrdonor.org',
   'cornea recovery summary - Ingebretsen', D('2024-03-06 06:55', -6),
   """Recovered both corneas from Ruth Ingebretsen (Halvorsen morgue) 3/6, recovery complete
0215, death 3/5 2140 so we're at about 4.5 hr. Corneoscleral rims in Optisol, lot # on the
recovery form.

Slit lamp prelim: OD clear, mild arcus, no scars. OS has had cataract surgery (PCIOL) -
noted, still fine for EK.

Blood: drew 2 SST from subclavian at 0150. She got 3 u PRBC and ~2 L crystalloid in the
48 hrs before death per chart so I did the plasma dilution calc and she passes, worksheet
is on the portal. Serologies went out with the courier at 0630, expect results tomorrow pm.

Family wanted to know if the eyelids would look normal for viewing - eye caps placed, told
the funeral home.

Kyle
--
Kyle Brennan, CEBT
Recovery Technician, Lakeshore Eye Bank
""")

mk('phi', 'care', 'Pembrook',
   'Priya Natarajan <pnatarajan@hrdonor.org>', 'Aaron Delacroix <aaron@delacroixfuneral.com>',
   'Re: Pembrook - pickup and viewing', D('2024-03-13 14:05', -5),
   """Hi Aaron,

Recovery finished at 1320 today. For Mr. Pembrook we recovered both femurs and tibias
(prosthetic rods placed, legs restored), saphenous veins bilat, and skin from the back and
posterior thighs (split thickness, ~0.015"). No arm recovery, so the short sleeves are
fine. No eyes (family declined). Incisions closed with a running baseball stitch.

He was taken back to the St. Anselm morgue at 1345 and is ready for pickup whenever you
are. Call our 24h line at 555-0100 if there is any leakage or issue with embalming and we
will reimburse per the usual agreement.

Thanks for working with us,
Priya Natarajan
Tissue Recovery Supervisor, HRDA

On Wed, Mar 13, 2024 at 8:04 AM Aaron Delacroix <aaron@delacroixfuneral.com> wrote:
> Priya - family is planning an open casket Saturday for Leonard Pembrook, they
> want him in a short sleeve shirt (he was a golfer lol). can you tell me what
> is being taken so I can plan? also time of release from St. Anselm.
> thanks
> Aaron Delacroix
> Delacroix & Sons Funeral Home | 555-0150
""")

_b = """Dear Mrs. Castellanos,

It has been a few months since Ray's passing in December and we are thinking of you and
your family. We wanted to share some news about the gifts he gave.

Ray's liver was transplanted into a woman in her 50s who had been waiting for almost two
years; she went home from the hospital eight days after surgery. His kidneys helped two
people: a man in his 40s who had been on dialysis for six years, and a woman in her 60s.
Both are off dialysis and doing well. Ray's corneas restored sight for two people, and the
tissue he donated will help many more in the years ahead.

If you would ever like to write to any of the recipients, I can help with that - just call
me at 555-0133. We also have a grief support group that meets the second Tuesday of each
month at our Millbrook office.

With gratitude,

Hannah Yoder, MSW
Donor Family Aftercare Coordinator
Heartland Rivers Donor Alliance
"""
mk('phi', 'care', 'Castellanos',
   'Donor Family Services <familyservices@hrdonor.org>', 'm.castellanos1971@yahoo.com',
   "An update about Ray's gifts", D('2024-03-08 10:00', -6), _b, html=to_html(_b))

mk('phi', 'care', 'Sorensen',
   'HLA Lab <hla-lab@hrdonor.org>', '"Ostrowski, Jen RN" <jostrowski@brookfieldhealth.edu>',
   'final XM - Sorensen vs AHKD302', D('2024-03-14 03:37', -5),
   """Jen,

Final flow crossmatch for your pt Delia Sorensen vs donor AHKD302 (L kidney):

  T cell flow   NEG  (MCS shift 12, cutoff 50)
  B cell flow   NEG  (MCS shift 48, cutoff 100)
  sera tested   2/28/24 (current) and 11/02/23 (historic peak)

Virtual XM: no DSA to donor A2, A24, B44, B51, DR4, DR13, DQ7, DQ6. Her cPRA is 34%.
OK to proceed from the lab standpoint. Report faxed and in the portal.

Wen Li, MS, CHS
Histocompatibility Laboratory, HRDA
""")
# =====================================================================
# PHI - names
# =====================================================================

mk('phi', 'names', 'Nguyễn Thị Hoa',
   '"Stanek, Jo RN" <jstanek@halvorsenmemorial.org>', 'Tanya Reese <treese@hrdonor.org>',
   'Nguyễn Thị Hoa - family mtg tonight', D('2024-03-14 15:12', -5),
   """Tanya - family is coming in at 7 tonight (husband + daughter; daughter speaks english,
husband mostly vietnamese). Neuro said the 2nd CT shows worsening herniation, exam planned
tomorrow am. Can you have the phone interpreter line ready and please NOT use the daughter
to interpret for the donation conversation. Chaplain Mike is aware.

-Jo
SICU charge, x5530
""")

mk('phi', 'names', 'Okonkwo-Adeyemi',
   'Chidi Eze <ceze@hrdonor.org>', 'oncall-clinical@hrdonor.org',
   'auth signed - St Anselm NSICU 4', D('2024-03-14 22:31', -5),
   """Okonkwo-Adeyemi's wife signed the authorization at 2210. He wasn't on the registry so it's
a full family auth. Kidneys, liver, heart, lungs, pancreas ok; tissue ok EXCEPT skin; eyes ok.

Ngozi asked that someone call her brother in Houston tomorrow (number is in the chart). She
wants a prayer with their pastor before we go to the OR, I told her we'd work with the
timing. Mr. O-A is jurisdiction declined by the ME so no holds.

Next: labs/typing drawn 2230, going to run the match once typing back. Vent still 50% 8.

Chidi
""")

mk('phi', 'names', 'Van der Berg',
   'Records Unit <merecords@me.okaneecounty.gov>', 'HIM Release of Information <roi@halvorsenmemorial.org>',
   'Van der Berg, Pieter J. -- records request ME24-0388', D('2024-03-07 13:26', -6),
   """Good afternoon,

Our office is requesting the complete medical record for VAN DER BERG, PIETER J. (DOB on
file), seen in your ED 3/2/24 and expired 3/4/24 in the CVICU. Please include ED notes,
H&P, progress notes, MAR, labs, imaging reports and the code sheets.

Dr. Okafor has the autopsy scheduled for Monday and is specifically asking for the
toxicology drawn on admission and the CT angiogram report. Records may be sent via the
secure portal or faxed to 555-0191, attn Records.

Authority: state code section on medical examiner access to records; no patient
authorization is required.

Thank you,
Marla Pettigrew
Records Specialist
""" + ME_DISC)

mk('phi', 'names', 'Siobhan',
   'Kara Lindgren <klindgren@halvorsenmemorial.org>', 'treese@hrdonor.org',
   'fyi bed 9', D('2024-03-15 11:44', -5),
   """hey Tanya, fyi Siobhan in 9 (the 34 y/o we called about tues, the overdose) had her 2nd
apnea test at 11 and it was positive, so she's declared as of 1128. Her mom asked me about
donation again, I said you'd be up. She also wanted to know if the tattoo on her L forearm
(her dad's name) can be left alone if they do tissue.

k
sent from my mobile
""")

mk('phi', 'names', 'Haddad',
   'ME Intake <meintake@me.okaneecounty.gov>', 'Yusuf Rahimi <yusuf@alnoorfuneral.org>',
   'Release - Haddad, Abd al-Rahman (ME24-0402)', D('2024-03-15 10:22', -5),
   """Mr. Rahimi,

This confirms that Mr. Abd al-Rahman Haddad is released from our facility to Al-Noor
Funeral Services as of 10:15 today. Dr. Marrero completed an external examination only,
in consideration of the family's religious request; toxicology was collected (femoral
blood and vitreous). Cause of death will be listed as PENDING on the certificate until tox
returns, approx. 6-8 weeks. The family was advised of this.

Personal effects (wallet, ring, phone) are in bag 2 at the front desk. Please bring ID and
the signed release form to the sallyport.

Regards,
Tomasz Wolny, Investigator
""" + ME_DISC)

mk('phi', 'names', 'Venkataraman-Iyer',
   'Deb Kline <dkline@brookfieldhealth.edu>', 'kidneytxp-coord@brookfieldhealth.edu',
   're: mrs venkataraman-iyer post op', D('2024-03-13 16:50', -5),
   """hi - can we move mrs. lakshmi venkataraman-iyer's stent removal to the 21st? dr kwan is at
the ASTS meeting that wk. her creat is stable 1.3 and the BK PCR was neg so no rush. she'll
also need the 3 mo protocol biopsy scheduled in april, husband prefers mornings.

thx
Deb

> On 3/13/24 2:10 PM, kidneytxp-coord wrote:
> Deb, cysto for the stent pull is on 3/19 w/ Kwan right now.
""")

mk('phi', 'names', 'Wiśniewska',
   '"Faber, Nathan MD" <nfaber@stanselmhealth.org>', 'HRDA Referral Line <referrals@hrdonor.org>',
   'CVICU 22 - Wiśniewska - possible DCD', D('2024-03-15 21:03', -5),
   """Ms. Małgorzata Wiśniewska in CVICU 22 - family (son Tomasz) raised donation themselves
tonight. She's 71, massive ICH 3/12, DNR-CC now, family wants to withdraw tomorrow
afternoon after the granddaughter flies in from Kraków. I don't think she'll progress to
brain death - still has a cough and is overbreathing the vent at 18-20.

DCD candidate? Liver probably not at 71 but kidneys / tissue / eyes. Please evaluate in am.
She's on no pressors, Cr 0.8.

Nate Faber, MD
Critical Care Medicine
""" + STA_DISC, cte='quoted-printable')

mk('phi', 'names', 'de la Cruz',
   'Hannah Yoder <hyoder@hrdonor.org>', 'Shauna Pike <spike@hrdonor.org>',
   'donor family story consent - de la Cruz', D('2024-03-04 09:15', -6),
   """Hi Shauna,

The de la Cruz family signed the media consent for María José's story for the Donate Life
Month newsletter. She was 19 and donated heart, liver and both kidneys last August at St.
Anselm after the bike accident - the heart went to a teenager in-state, family knows.
Her mom Rosario wants to approve the final text before it goes out.

Please don't use the surname Ibáñez anywhere, family goes by de la Cruz only. Photos are in
the shared drive under aftercare/2024/stories.

Thanks!
Hannah
""")

# =====================================================================
# PHI - self
# =====================================================================

mk('phi', 'self', 'Hughes',
   'Darnell Hughes <dhughes.71@yahoo.com>', 'kidneytxp@brookfieldhealth.edu',
   'update for my file - dialysis change', D('2024-03-09 19:22', -6),
   """Hello,

This is Darnell Hughes, DOB 06/14/1971, I'm on the kidney transplant waitlist with you
since 2021. I wanted to let you know I switched dialysis centers. Im now at RiverBend
Dialysis on 5th St, MWF 2nd shift, my nephrologist there is Dr. Poole.

Also I got 2 units of blood last month when I was in the hospital for my fistula clot
(Feb 18-20 at St Anselm). The nurse there said I should tell you because of my
antibodies. Do I need to come give another blood sample?

My new cell is 515-555-0172.

Thank you,
Darnell
""")

mk('phi', 'self', 'Marchetti',
   'Gina Marchetti <gina.marchetti@icloud.com>', 'Pediatric Heart Transplant <pedsheart@brookfieldhealth.edu>',
   'Eli - question about his status', D('2024-03-12 20:47', -5),
   """Dr. Brandvold and team,

We got home from clinic and I had a question I forgot to ask. Eli's echo yesterday said his
function is "about the same" but his BNP went up to 1890 - does that change his status?
He's still on the milrinone at home through the PICC at 0.5. He's been more tired and not
finishing meals, we had to do the NG feeds 3 nights this week.

Also can we move his next cath from April 2 to after his brother's birthday on the 4th?

Thank you,
Gina Marchetti (Eli's mom)
Eli Marchetti, DOB 9/22/2017
""")

mk('phi', 'self', 'Siddiqui',
   'Farah Siddiqui <farah.s.siddiqui@gmail.com>', 'livingdonor@brookfieldhealth.edu',
   'question from a past living donor', D('2024-03-10 08:30', -5),
   """Hi, my name is Farah Siddiqui, I donated my left kidney to my brother at Brookfield in
June 2019 (I think my chart # was on the paperwork, 10044827?). At my physical last week my
creatinine was 1.4 and my BP was 148/92, and my PCP wants to start me on lisinopril. Is
that ok with one kidney? Should I be seen in your living donor follow up clinic?

I also wasn't sure if I'm still supposed to avoid ibuprofen forever.

Thanks so much,
Farah

Sent from my iPhone
""")

mk('phi', 'self', 'Ferreira-Baptiste',
   'Yolanda FB <yolifb@outlook.com>', 'Hannah Yoder <hyoder@hrdonor.org>',
   'letter to my donor family', D('2024-03-06 22:14', -6),
   """Hi Hannah,

Here is my letter to the family. I know you said not to include my last name or the city
so please take out anything that's not allowed.

"Dear donor family,
My name is Yolanda and I'm 52. On September 12 last year I received a liver at Brookfield.
I had been sick for 9 years with autoimmune hepatitis that turned into cirrhosis, and the
last year I was in and out of the hospital every month to get fluid drained and I was
yellow and confused a lot of the time. Now I walk my dog every morning and I was able to
see my granddaughter's first birthday. I think about your loved one every day ..."

Yolanda Ferreira-Baptiste
MRN 00822153 (from my transplant card)
""", cte='base64')

mk('phi', 'self', 'Quist',
   'Karen Quist-Bell <kquistbell@hotmail.com>', 'merecords@me.okaneecounty.gov',
   'Request for autopsy report - my father Harold Quist', D('2024-03-11 12:03', -5),
   """To whom it may concern,

I'm Karen Quist-Bell, daughter and next of kin of Harold E. Quist, who died on February 27
at his home on 1126 Wren Hollow Rd. Your investigator (Mr. Whitcomb) gave me case number
ME24-0341. The funeral home says the death certificate says "pending" and the life
insurance company will not pay until there is a cause.

Dad had a heart attack in 2019 and got a stent, and he was on Eliquis for afib. He also
donated his corneas - does that delay anything?

Could you tell me when the autopsy report and toxicology will be finished and how I can get
a copy? I can pay the fee.

Karen Quist-Bell
(612) 555-0119
""")

mk('phi', 'self', 'Greenberg',
   'walt greenberg <wgreenberg44@aol.com>', 'Dr. Sami Farouk <sfarouk@brookfieldhealth.edu>',
   'eye pressure after my transplant', D('2024-03-12 06:10', -5),
   """Dr Farouk, this is Walt Greenberg, you did my DSAEK on the left eye 2 weeks ago (2/28).
At the recheck on friday the pressure was 28 and the tech said you'd call about it but
nobody did. I've been using the pred drops 4x a day and the timolol you added. vision is
still foggy in the morning. should I come in sooner than the 25th?

Walt
""")

mk('phi', 'self', 'Lindqvist',
   'Bobbie Lindqvist <bobbie.lindqvist@gmail.com>', 'info@hrdonor.org',
   'Can I still be a donor?', D('2024-03-02 15:40', -6),
   """Hello,

I'm Roberta "Bobbie" Lindqvist, 67 (born 4/30/1956), and I signed up as an organ donor on
my driver's license years ago. I was treated for hepatitis C in 2017 with Harvoni and
cured, and I had breast cancer in 2011 (lumpectomy and radiation, no chemo). My oncologist
at Halvorsen says I'm still in remission and my last mammogram in January was clear.

Will any of this keep me from donating? I'd like my family to know what to expect.

Thank you,
Bobbie
""")
# =====================================================================
# PHI - ids
# =====================================================================

mk('phi', 'ids', '',
   '"Meacham, Ty RN" <tmeacham@halvorsenmemorial.org>', 'referrals@hrdonor.org',
   'late referral - sorry', D('2024-03-10 02:51', -5),
   """Referral for pt in ED trauma bay 2, now going up to SICU bed 6. Sorry this is late, the
trauma team didn't call it in.

MRN 00473816 / HAR 7201148830
DOB 3.4.88 (35F)
GSW to head, GCS 3, intubated, on 2 pressors. Neurosurg says non-survivable. Mother on the
way from Ames, ETA 0500.

Ty Meacham RN
555-0161
""")

mk('phi', 'ids', '',
   '"Ostby, Clare" <costby@me.okaneecounty.gov>', '"Okafor, Emeka MD" <eokafor@me.okaneecounty.gov>',
   'tox back - ME24-00391', D('2024-03-08 14:18', -6),
   """Dr. Okafor,

Reference lab results are back on ME24-00391 (DOB 19880304, DOD 20240221).

Femoral blood: fentanyl 18 ng/mL, norfentanyl 4.1 ng/mL, xylazine 11 ng/mL, 4-ANPP present,
ethanol negative. Vitreous electrolytes unremarkable.

Hospital admission blood from St. Anselm (acct# 5510093312, drawn 2/20 23:50, pre-
transfusion) showed fentanyl 22 ng/mL, so consistent. Corneas were recovered by Lakeshore
on 2/22, their blood sample is also on file if you want it.

Draft report is in the queue for your signature.

Clare Ostby
Forensic Toxicology Liaison
""")

mk('phi', 'ids', '',
   'Maya Oduya <moduya@meridiantissue.com>', 'Family Services <familyservices@hrdonor.org>',
   'MTS-24-0117 DRAI follow up', D('2024-03-14 09:33', -5),
   """Hi team,

Following up on donor MTS-24-0117 (DOB 11 Jan 1962, DOD 13 Mar 2024). The DRAI was done with
the sister by phone but she didn't know about travel or incarceration history. There's a
partner listed in the chart - Leon Baptiste, 555-0124 - can your FS staff re-interview him
today? We can't release tissue until it's complete.

Med hx notable for HTN, T2DM, recent pneumonia on levofloxacin. Blood culture from 3/12
grew staph epi 1 of 2 bottles, likely contaminant but our medical director wants the
repeat culture result too.

Thanks,
Maya Oduya
Donor Eligibility Specialist
Meridian Tissue Services | 555-0176
""")

mk('phi', 'ids', '',
   'HRDA Organ Center <organcenter@hrdonor.org>', 'kidneytxp-oncall@brookfieldhealth.edu',
   'Organ offer - Donor ID AHFK219 - kidney', D('2024-03-14 07:05', -5),
   """PRIMARY OFFER for your candidate, sequence #3 on match run 1482339.

Donor ID AHFK219, DOB 11/02/1979 (44 M), ABO O+, ht 180 cm, wt 92 kg
COD anoxia / cardiac arrest. DBD, declared 3/14 0410.
Terminal Cr 1.6 (peak 2.3, admit 0.9). UA 1+ protein, no blood. KDPI 48%.
Biopsy both kidneys at recovery; pump if accepted.
HCV NAT neg, HIV/HBV neg, CMV IgG pos, EBV pos.
Hx: tobacco 20 pk-yr, HTN x 5 yrs on amlodipine, no DM.

Please respond in the offer system within 1 hour.

Organ Center Coordinator on duty: Luis Ambriz, 555-0104
""")

mk('phi', 'ids', '',
   '"Whitcomb, Dale" <dwhitcomb@me.okaneecounty.gov>', 'ME Investigations <meinvest@me.okaneecounty.gov>',
   'scene summary 24-0417', D('2024-03-15 12:40', -5),
   """Scene: 4418 Larkspur Ct Apt 2B, Millbrook. Found by landlord approx 0930 3/15, last
known alive 3/12 (text to sister).

61 y/o male per DL, DOB 7-19-1962. Hx per sister: COPD on home O2 2L, CHF, recent
discharge from Halvorsen 3/8 after an exacerbation. Meds at scene: furosemide, tiotropium,
prednisone taper, oxycodone 5 mg (#30 filled 3/8, 11 remaining - counted, photographed).

No trauma, rigor passing, lividity fixed posterior c/w position found. Thermostat 78F.
Not suitable for donation (>72 hr), HRDA notified anyway per MOU, ref 24-0315-03.

Sister Denise 555-0193 - she is NOK, requests Greenlawn Chapel.
D.W.
""")

mk('phi', 'ids', 'Asante',
   'Serology Lab <serology@lab.hrdonor.org>', 'donor-records@hrdonor.org',
   'CORRECTED report S24-118832', D('2024-03-13 17:02', -5),
   """Corrected result issued.

Accession S24-118832   /   7741-0925 (Halvorsen)
Pt: ASANTE, KWAME O.

Original HBcAb (total) reported REACTIVE in error due to a sample transposition at the
instrument. Repeat on the original tube and on a fresh draw from 3/13 1540 are both
NONREACTIVE. HBsAg neg, HBV NAT neg, HCV Ab neg, HCV NAT neg, HIV-1/2 Ag/Ab neg, syphilis
neg. CMV IgG POS, EBV VCA IgG POS, Toxo neg.

Occurrence report QA-24-031 filed. Please update the donor chart and notify the organ
center so the match can be rerun if needed.

J. Harmon, MLS(ASCP)
""")

mk('phi', 'ids', 'Benavides',
   'Transplant Financial <txfinancial@brookfieldhealth.edu>', 'precert@blueprairiehealth.com',
   'pre-auth needed - liver transplant evaluation', D('2024-03-11 10:12', -5),
   """Hello, requesting prior authorization for an inpatient transplant evaluation.

Pt: Gloria Benavides     DOB: 02/09/1966
Member ID XKW884410273   Group 88120   (Blue Prairie PPO)
Ph: 555-0185

Referred by Dr. Helms (GI) for liver transplant eval. MELD-Na 24, NASH cirrhosis with
refractory ascites requiring paracentesis every 2 weeks, one admission for SBP in January.
Requesting eval admission 3/25 - 3/28: CT triple phase liver, TTE with bubble, right
heart cath, colonoscopy, dental clearance, social work and psych eval.

Clinicals attached to the portal submission ref PA-7783021.

Thanks,
Lorena Vick
Transplant Financial Coordinator, BUH
""" + BFH_DISC)

mk('phi', 'ids', 'Thibodeaux',
   'Sherri Gault <sherri@greenlawnchapel.net>', '"Obi, Chinedu MD" <cobi@stanselmhealth.org>',
   'DC info for Mr. Thibodeaux', D('2024-03-11 15:30', -5),
   """Dr. Obi,

I'm working on the death certificate for Marcel Thibodeaux (DOD 03/09/2024, St. Anselm MICU).
Family gave us SSN ending 4471, father's name Pierre, mother's maiden Landry. We need you
to certify in EDRS - case # 2024-IA-018832.

The chart lists "anoxic brain injury due to cardiac arrest" - he was an organ donor and my
understanding is the ME declined jurisdiction, is that right? The family would like the
certificate by Friday for the service.

Sherri Gault, Licensed Funeral Director
Greenlawn Chapel | 555-0152
""")
# =====================================================================
# PHI - lists
# =====================================================================

mk('phi', 'lists', 'Pohlman',
   'Referral Triage <referrals@hrdonor.org>', 'clinical-leads@hrdonor.org',
   'referral log 3/14 night shift', D('2024-03-15 07:02', -5),
   "Night shift referral log, 1900-0700. Two on-site, rest ruled out.\n\n"
   "Time\tRef#\tHosp\tUnit\tPatient\tAge\tTrigger\tDisposition\n"
   "1932\t24-0314-11\tStA\tMICU 7\tPohlman, Gerald\t77\tvent/withdrawal\tR/O age+sepsis\n"
   "2105\t24-0314-12\tHMH\tSICU 2\tReyes-Ortiz, Ana\t35\tGCS<5\tON SITE - Tanya\n"
   "2240\t24-0314-13\tStA\tNSICU 4\tOkonkwo-Adeyemi, C.\t51\tauth\tON SITE - Chidi\n"
   "0118\t24-0315-01\tBUH\tCCU 12\tFaulk, Marvin\t64\tcardiac death\ttissue only, eyes to LEB\n"
   "0345\t24-0315-02\tMercy Rural\tED\tDugan, Shelby\t41\tcardiac death\ttissue + eyes, see Priya\n"
   "0600\t24-0315-03\tME (scene)\t-\t(unidentified m, 61)\tscene\tR/O >72h\n"
   "\nTimeliness: 6/6 within 1 hr of trigger.\n-- Paulette, triage\n")

mk('phi', 'lists', 'Brandt',
   'Marcus Feld <mfeld@hrdonor.org>', 'oncall-clinical@hrdonor.org',
   'AM huddle 3/15 - active cases', D('2024-03-15 06:48', -5),
   """am huddle notes, sorry for typos

* Brandt, Hallie (HMH ICU 3) - OR done 0500. heart to BUH, liver local, both kidneys
  shipped (one to out of state). Lungs declined - P/F dropped to 240 overnight. CLOSED,
  ME photos sent to Whitcomb.
* Okonkwo-Adeyemi (StA NSICU 4) - auth 2210, typing back 0330, match runs going. heart
  offer out to 2 centers. Na 149, on levo 6. wants pastor before OR - tentative OR 1600.
* Reyes-Ortiz, Ana 35F (HMH SICU 2) - GSW, 1st BD exam 0900. Mom is the NOK. DOB 03/04/1988
  not 1989, fix in the chart. ME hold - Whitcomb says likely release w/ conditions.
* Siobhan Maher (HMH 9) - declared 1128 yesterday, mom pondering. approach w/ Tanya at 1300.
* Wiśniewska (StA CVICU 22) - DCD eval today, fam withdrawal planned ~1500.
* Kowalczyk - family declined, closed. debrief w/ StA MICU thurs.

tissue: 3 cases today (see Priya's sheet)

Marcus
""")

mk('phi', 'lists', 'Whitlock',
   'ME Morning Report <meinvest@me.okaneecounty.gov>', 'me-staff@me.okaneecounty.gov',
   'Morning report - Fri 03/15/2024', D('2024-03-15 07:30', -5),
   """OKANEE COUNTY OFFICE OF THE MEDICAL EXAMINER - MORNING REPORT 03/15/2024

CASE#       DECEDENT                    AGE SEX  TYPE           EXAM     DISPOSITION / FH
----------  --------------------------  --- ---  -------------  -------  -------------------
ME24-0412   WHITLOCK, Dwayne A.          47  M   MVC            AUT      hold - Delacroix
ME24-0413   PHAM, Minh Tuan              19  M   GSW (hosp)     AUT      HRDA recovery first
ME24-0414   REYES-ORTIZ, Ana             35  F   GSW (hosp)     pend     HRDA - conditions TBD
ME24-0415   STOLTENBERG, Irene M.        88  F   fall/SDH       EXT      release Kessler-Brandt
ME24-0416   unidentified male (~61)      --  M   unattended     AUT      fingerprints sent
ME24-0417   (see 0416 - Larkspur Ct)     61  M   unattended     AUT      Greenlawn per sister
ME24-0418   BASHIR, Hana                  2  F   SUID           AUT      Dr. Okafor, full peds
                                                                         protocol, CPS notified

Jurisdiction declined overnight: 4 (hospice x3, Okonkwo-Adeyemi - natural/ICH, donor)
Tox pending >60d: 17

Pathologist assignments: Okafor 0412, 0418 | Marrero 0413, 0414 | Chen 0416/0417
""")

_csv = csv_text([
    ['recovery_date', 'start', 'donor_ref', 'donor_name', 'age', 'sex', 'location',
     'death_time', 'tissues_authorized', 'team', 'notes'],
    ['2024-03-15', '09:30', 'MTS-24-0119', 'Faulk, Marvin', '64', 'M', 'BUH morgue',
     '2024-03-15 00:52', 'bone;skin;veins;heart valves', 'A (Priya, Jorge)', 'cooled 01:40'],
    ['2024-03-15', '13:00', 'MTS-24-0120', 'Dugan, Shelby', '41', 'F', 'Mercy Rural morgue',
     '2024-03-15 02:10', 'skin;veins', 'B (Kelsey, Omar)', 'no bone - osteoporosis on xray'],
    ['2024-03-15', '16:00', 'MTS-24-0121', 'Nakashima, Ren', '33', 'M', 'StA OR 11 (after organs)',
     '2024-03-14 22:05', 'bone;skin;veins;tendons', 'A', 'ME cond: no R arm (fx)'],
    ['2024-03-16', '08:00', 'MTS-24-0122', 'Okonkwo-Adeyemi, Chukwuemeka', '51', 'M',
     'StA OR after organs', 'pending OR', 'bone;veins;heart valves (NO skin)', 'B', 'family requests no skin'],
])
mk('phi', 'lists', 'Faulk',
   'Priya Natarajan <pnatarajan@hrdonor.org>', 'tissue-team@hrdonor.org',
   'tissue recovery schedule 3/15-3/16', D('2024-03-15 06:15', -5),
   """Team - schedule attached. Team B please call Mercy Rural security before you leave,
the morgue door code changed. Okonkwo-Adeyemi is after the organ OR so timing will move.

P.
""", atts=[('tissue_schedule_0315.csv', _csv, 'text', 'csv')])

_x = xlsx([
    ['Donor name', 'Date of death', 'Hospital', 'Gifts', 'NOK', 'Relationship', 'Mailing address', 'Phone', '30d letter', '6mo card'],
    ['Ray Castellanos', '12/04/2023', 'St. Anselm', 'liver, kidneys x2, corneas, tissue', 'Marisol Castellanos', 'wife', '817 Birchwood Ln, Millbrook', '555-0134', 'sent', 'due 6/4'],
    ['Tamsin O\'Rourke', '11/19/2023', 'Halvorsen', 'kidneys x2, corneas', 'Declan O\'Rourke', 'father', '22 Quarry Rd, Ames', '555-0139', 'sent', 'due 5/19'],
    ['Bảo Trần', '12/29/2023', 'BUH', 'heart, lungs, liver', 'Linh Trần', 'sister', '4101 Ridgeview Dr #12, Millbrook', '555-0147', 'sent', 'due 6/29'],
    ['Ezekiel Moyo', '01/07/2024', 'St. Anselm', 'tissue, corneas', 'Rutendo Moyo', 'mother', 'PO Box 331, Cedar Falls', '555-0155', 'sent', 'due 7/7'],
    ['Harold Quist', '02/27/2024', 'ME / home', 'corneas', 'Karen Quist-Bell', 'daughter', '58 Elmcrest Ct, St. Paul MN', '612-555-0119', 'due 3/28', ''],
], sheet='Q1 families')
mk('phi', 'lists', 'Castellanos',
   'Hannah Yoder <hyoder@hrdonor.org>', 'Dorothy Baez <dbaez@hrdonor.org>',
   'aftercare mailing list for the remembrance ceremony', D('2024-03-05 14:40', -6),
   """Dot - here's the Q1 family list for the April remembrance ceremony invites. Please
double check addresses against the 30 day letters before it goes to the print shop.
The Tran family needs the invite in Vietnamese too.

Hannah
""", atts=[('aftercare_Q1_families.xlsx', _x) + XLSX])

_csv = csv_text([
    ['Month', 'MRN', 'Patient', 'Unit', 'Admit', 'Death_DT', 'Age', 'Vent', 'Referred', 'Referral_DT', 'Timely(<=60m)', 'Outcome'],
    ['2024-02', '00391127', 'LAMOUREUX, ANNETTE', 'MICU', '2024-02-01', '2024-02-03 04:12', '82', 'Y', 'Y', '2024-02-03 01:30', 'Y', 'R/O medical'],
    ['2024-02', '00655018', 'GRABOWSKI, PETER', 'ED', '2024-02-05', '2024-02-05 18:40', '57', 'N', 'Y', '2024-02-05 19:55', 'N', 'eyes recovered'],
    ['2024-02', '00712983', 'MENSAH, ABENA', 'SICU', '2024-02-07', '2024-02-11 22:05', '44', 'Y', 'Y', '2024-02-09 10:14', 'Y', 'organ donor'],
    ['2024-02', '00188342', 'KIM, SOON-YI', '5 West', '2024-02-12', '2024-02-14 06:30', '91', 'N', 'N', '', 'N', 'MISSED REFERRAL'],
    ['2024-02', '00804412', 'ALVARADO, JESUS', 'NSICU', '2024-02-18', '2024-02-20 13:47', '38', 'Y', 'Y', '2024-02-18 21:02', 'Y', 'family declined'],
    ['2024-02', '00244719', 'HUGHES, DARNELL', '4 East', '2024-02-18', '', '52', 'N', '', '', '', 'discharged - exclude (data error)'],
])
mk('phi', 'lists', 'Lamoureux',
   'Hospital Services <hospitalservices@hrdonor.org>', '"Quality - Decedent Affairs" <decedentaffairs@stanselmhealth.org>',
   'Feb death record review - St. Anselm', D('2024-03-12 13:55', -5),
   """Hi Corinne,

Attached is the zipped February death record review (password is the usual, sent
separately). One missed referral on 5 West - 91 y/o, eyes would have been possible. Can
we put that on the agenda for the donor council on the 28th? Also there's a discharged
patient that got pulled into your deaths extract by mistake, flagged in the file.

Thanks,
Kevin Drummond
Hospital Services Liaison, HRDA
""", atts=[('StA_DRR_2024-02.zip', zbytes([('StA_DRR_2024-02.csv', _csv)]), 'application', 'zip')])

mk('phi', 'lists', 'Pham',
   'Wen Li <wli@hrdonor.org>', 'organcenter@hrdonor.org',
   'HLA typing - 3 donors + retyped candidates', D('2024-03-14 05:20', -5),
   """typing done, entered in the system. pasting here for the ones you asked about.

 Donor     | Name (chart)        | ABO | A        | B        | C        | DR        | DQ
-----------+---------------------+-----+----------+----------+----------+-----------+---------
 AHFK219   | PHAM, MINH TUAN     | O   | 2, 24    | 44, 51   | 5, 14    | 4, 13     | 7, 6
 AHKD302   | NAKASHIMA, REN      | A   | 1, 3     | 8, 7     | 7, 7     | 17, 15    | 2, 6
 AHKX114   | OKONKWO-ADEYEMI, C  | B   | 30, 74   | 53, 58   | 4, 6     | 11, 13    | 7, 6

retyped candidates (BUH list, serum from 2/28):
 Sorensen, Delia   | A  | 2, 11  | 35, 44 | cPRA 34%
 Hughes, Darnell   | O  | 23, 30 | 53, 42 | cPRA 71% - NEW transfusion 2/19, needs fresh serum
 Begay, Loretta    | B  | 2, 68  | 48, 62 | cPRA 0%

-W
""")
# =====================================================================
# PHI - struct
# =====================================================================

mk('phi', 'struct', 'Nakashima',
   'Gary Tollefson <gtollefson@hrdonor.org>', 'LIS Support <lis-support@lab.hrdonor.org>',
   'serology results not crossing to donor chart', D('2024-03-14 23:16', -5),
   r"""Hi LIS team,

The ORU below came across the engine at 22:58 but never filed to the donor record. Looks
like PID-3 has the hospital MRN instead of our donor ref, and the OBX for the NAT panel
has a blank OBX-11. Can you resend with the corrected PID? The organ center needs these
for the match in the next hour.

MSH|^~\&|SEROLAB|HRDALAB|DONORNET_IF|HRDA|20240314225801||ORU^R01|SL240314-00871|P|2.5.1
PID|1||00918274^^^STA^MR||NAKASHIMA^REN^K||19901107|M|||1502 Cottonwood Ave^^Millbrook^IA^50211||(515)555-0166
PV1|1|I|NSICU^11^A||||||||||||||||7202945510
OBR|1||S24-119020|DONSER^Donor Infectious Disease Panel|||20240314184500|||||||||||||||F
OBX|1|ST|HIV-AGAB^HIV-1/2 Ag/Ab||Nonreactive||||||F
OBX|2|ST|HBSAG^Hepatitis B surface Ag||Nonreactive||||||F
OBX|3|ST|HBCAB^Hepatitis B core Ab total||Nonreactive||||||F
OBX|4|ST|HCVAB^Hepatitis C Ab||Reactive||||||F
OBX|5|ST|NAT3^HIV/HCV/HBV NAT||HCV RNA DETECTED||||||
OBX|6|ST|CMVG^CMV IgG||Positive||||||F
OBX|7|ST|RPR^Syphilis screen||Nonreactive||||||F

Thanks - Gary (organ center, x104)
""")

mk('phi', 'struct', 'Stoltenberg',
   '"Interface Team" <interfaces@halvorsenmemorial.org>', 'Kevin Drummond <kdrummond@hrdonor.org>',
   'RE: auto-referral feed - expired pts not triggering', D('2024-03-15 10:05', -5),
   r"""Kevin,

We found it. The A03s with discharge disposition 20 (expired) were being filtered when
PV1-36 came in as "020" from the new ED module. Example from last night below - this one
should have fired a referral to your line and didn't. Fix goes in with tonight's
change window (CHG0031877).

MSH|^~\&|EPICADT|HMH|HRDA_REFERRAL|HRDA|20240315021433||ADT^A03|HMH8823110|P|2.3
EVN|A03|20240315021400
PID|1||00277461^^^HMH^MR~482-11-7735^^^SSA^SS||STOLTENBERG^IRENE^MARIE||19351021|F|||88 Lindell Pl^^Millbrook^IA^50211||(515)555-0138|||W
PV1|1|I|4W^412^1^HMH||||1188^PATEL^NIRAV^^^MD||||||||||||7201877340|||||||||||||||||020|||||20240313184500|20240315020100
DG1|1||S06.5X9A^Traumatic subdural hemorrhage^I10

She went to the ME (fall) so probably no organ potential, but eyes would've been a call.

Thanks,
Rhonda Kask
Integration Analyst, Halvorsen Memorial IT
""")

mk('phi', 'struct', 'Abernathy',
   'Patient Financial Services <pfs-claims@brookfieldhealth.edu>', 'Lorena Vick <lvick@brookfieldhealth.edu>',
   'rejected 837I - liver tx admission, need acquisition cost line', D('2024-03-08 09:40', -6),
   """Lorena - Blue Prairie rejected the inpatient claim for the Feb liver tx (277CA says missing
organ acquisition revenue code 0810). Here's the segment dump from the scrubber, can you
get me the acquisition invoice amount from HRDA so we can add the 0810 line?

ST*837*0001*005010X223A2~
BHT*0019*00*BUH2402291*20240229*1412*CH~
NM1*85*2*BROOKFIELD UNIVERSITY HOSPITAL*****XX*1992817364~
HL*2*1*22*0~
SBR*P*18*88120******CI~
NM1*IL*1*ABERNATHY*CAROL*J***MI*XKW773019844~
N3*2290 PRAIRIE VIEW RD~
N4*MILLBROOK*IA*50211~
DMG*D8*19610713*F~
CLM*BUH2402291-01*612840.55***11:A:1*Y*A*Y*Y~
DTP*434*RD8*20240221-20240306~
CL1*1*1*01~
HI*ABK:K7581*ABF:K766*ABF:R188~
HI*BBR:0FY00Z0*D8*20240222~
LX*1~
SV2*0200*HC:99291*184220.00*UN*12~
LX*2~
SV2*0360**221880.55*UN*1~
SE*21*0001~

Thx
Mo (PFS - transplant claims)
""")

mk('phi', 'struct', 'Begay',
   'Lorena Vick <lvick@brookfieldhealth.edu>', 'Jen Ostrowski <jostrowski@brookfieldhealth.edu>',
   'Begay - coverage check before offer', D('2024-03-14 04:02', -5),
   """Jen, ran the 270 like you asked since she might get the call tonight. 271 came back
active but the transplant benefit is carved out to the tribal plan secondary - see EB
segments. I'll call them at 8.

ISA*00*          *00*          *ZZ*IHSPLAN        *ZZ*BUH0001        *240314*0358*^*00501*000028817*0*P*:~
GS*HB*IHSPLAN*BUH0001*20240314*0358*28817*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*BUH24031403*20240314*0358~
HL*1**20*1~
NM1*PR*2*NORTHERN PLAINS TRIBAL HEALTH PLAN*****PI*77120~
HL*2*1*21*1~
NM1*1P*2*BROOKFIELD UNIVERSITY HOSPITAL*****XX*1992817364~
HL*3*2*22*0~
NM1*IL*1*BEGAY*LORETTA*A***MI*NPT0048819201~
N3*RR 2 BOX 117~
N4*SHIPROCK*NM*87420~
DMG*D8*19790502*F~
EB*1*IND*30**GOLD PLAN~
EB*R*IND*30*MC*MEDICAID SECONDARY~
EB*N*IND*BQ***23*0~
MSG*TRANSPLANT SERVICES REQUIRE CASE MGMT NOTIFICATION 1-800-555-0127~
SE*16*0001~

Lorena
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2024-03-15T08:12:44-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "sta-00804591",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7711.1", "value": "00804591", "type": {"text": "MRN"}}
        ],
        "name": [{"family": "Maher", "given": ["Siobhan", "Claire"]}],
        "gender": "female",
        "birthDate": "1989-08-17",
        "address": [{"line": ["77 Osage St"], "city": "Millbrook", "state": "IA", "postalCode": "50211"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2947-0", "display": "Sodium [Moles/volume] in Blood"}]},
        "subject": {"reference": "Patient/sta-00804591"},
        "effectiveDateTime": "2024-03-15T06:00:00-05:00",
        "valueQuantity": {"value": 156, "unit": "mmol/L"}
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "Brain death determination"},
        "subject": {"reference": "Patient/sta-00804591"},
        "effectiveDateTime": "2024-03-14T11:28:00-05:00",
        "valueString": "Declared by neurologic criteria, second exam + apnea test"
      }
    },
    {
      "resource": {
        "resourceType": "MedicationAdministration",
        "status": "in-progress",
        "medicationCodeableConcept": {"text": "norepinephrine 4 mcg/min IV"},
        "subject": {"reference": "Patient/sta-00804591"},
        "effectivePeriod": {"start": "2024-03-14T03:10:00-05:00"}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Maher',
   'Devon Achterberg <dachterberg@hrdonor.org>', 'Ehr-Integration <ehr-integration@halvorsenmemorial.org>',
   'FHIR pull for donor chart - duplicate Observations', D('2024-03-15 08:30', -5),
   """Hi,

Our donor management pull against your FHIR endpoint is returning the bundle attached for
the bed 9 donor but the sodium comes back 3 times with the same timestamp. Is that a
paging thing on your side? Also the patient id in the bundle says sta- prefix even though
she is a Halvorsen patient, not St Anselm. Attaching the raw response.

Devon Achterberg
Clinical Systems Analyst, HRDA
""", atts=[('bundle_bed9_20240315.json', _fhir.encode('utf-8'), 'application', 'json')])

mk('phi', 'struct', 'Pembrook',
   '"Yoon, Grace" <gyoon@stanselmhealth.org>', 'Priya Natarajan <pnatarajan@hrdonor.org>',
   'CCD section for the tissue chart review', D('2024-03-12 16:20', -5),
   """Priya - the HIE export won't let me attach the whole CCD so here's the problem list and
results sections pasted. Let me know if you need the meds section for the donor
eligibility review.

<recordTarget>
  <patientRole>
    <id extension="00533108" root="2.16.840.1.113883.3.7712.1"/>
    <addr use="HP"><streetAddressLine>1409 Fairway Dr</streetAddressLine><city>Millbrook</city><state>IA</state><postalCode>50211</postalCode></addr>
    <patient>
      <name><given>Leonard</given><given>R</given><family>Pembrook</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19490302"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <text>
    <list>
      <item>Atrial fibrillation, on apixaban</item>
      <item>Type 2 diabetes mellitus without complication</item>
      <item>History of basal cell carcinoma, excised 2017</item>
      <item>Cardiac arrest, out of hospital, 03/11/2024</item>
    </list>
  </text>
</section>
<section>
  <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
  <text>
    <table><tr><td>Blood culture x2</td><td>03/11/2024</td><td>No growth at 48h</td></tr>
    <tr><td>Procalcitonin</td><td>03/11/2024</td><td>0.4 ng/mL</td></tr>
    <tr><td>WBC</td><td>03/12/2024</td><td>13.8 K/uL</td></tr></table>
  </text>
</section>

Grace Yoon, RHIA
HIM - St. Anselm
""" + STA_DISC)

_835 = """ISA*00*          *00*          *ZZ*BLUEPRAIRIE    *ZZ*BUH0001        *240312*1130*^*00501*000044102*0*P*:~
GS*HP*BLUEPRAIRIE*BUH0001*20240312*1130*44102*X*005010X221A1~
ST*835*0001~
BPR*I*48211.07*C*ACH*CCP*01*071000013*DA*5550012398*1412009988**01*071000039*DA*998877665*20240312~
TRN*1*EFT88120031*1412009988~
N1*PR*BLUE PRAIRIE HEALTH PLAN~
N1*PE*BROOKFIELD UNIVERSITY HOSPITAL*XX*1992817364~
LX*1~
CLP*BUH2401177-01*2*62250.00*41880.07*0*12*24011900881*11*1~
NM1*QC*1*SORENSEN*DELIA*M***MI*XKW118872301~
DTM*232*20240108~
DTM*233*20240111~
CAS*CO*45*20369.93~
AMT*AU*41880.07~
LX*2~
CLP*BUH2402033-01*1*8340.00*6331.00*0*12*24020300412*13*1~
NM1*QC*1*HUGHES*DARNELL****MI*MCD771200348~
DTM*232*20240218~
DTM*233*20240220~
SVC*NU:0360*8340.00*6331.00**1~
CAS*CO*45*2009.00~
SE*21*0001~
GE*1*44102~
IEA*1*000044102~
"""
mk('phi', 'struct', 'Sorensen',
   'Cash Posting <cashposting@brookfieldhealth.edu>', 'Transplant Financial <txfinancial@brookfieldhealth.edu>',
   '835 from Blue Prairie 3/12 - two transplant claims underpaid?', D('2024-03-12 14:02', -5),
   """Attaching the raw 835. Sorensen's pre-transplant eval admission paid at 67% and the
Hughes one is a Medicaid crossover that shouldn't be on a Blue Prairie remit at all.
Can someone from transplant financial look before I post?

- Alma, cash posting
""", atts=[('BP_835_20240312.txt', _835, 'text', 'plain')])
# =====================================================================
# PHI - lang
# =====================================================================

mk('phi', 'lang', 'Paredes',
   'Lucía Paredes <luciaparedes88@gmail.com>', 'Ana Ruelas <aruelas@hrdonor.org>',
   'pregunta sobre mi papá - UCI St. Anselm', D('2024-03-13 21:40', -5),
   """Hola señora Ruelas,

Soy Lucía Paredes, hija de Jesús Paredes Gómez que está en la UCI del St. Anselm, cama 8.
El doctor nos dijo ayer que el estudio de flujo cerebral mostró que ya no hay actividad y
que lo declararon a las 3:40 de la tarde. Mi mamá ya firmó para la donación de los riñones,
el hígado y las córneas.

Mi mamá quiere saber si podemos esperar a que llegue mi hermano de Guadalajara el sábado
antes de la cirugía. También: ¿la donación de córneas cambia cómo se ve su cara? Queremos
ataúd abierto en la funeraria Delacroix.

Gracias por todo,
Lucía
cel. 555-0142
""", cte='quoted-printable')

mk('phi', 'lang', 'Almeida Souza',
   'Rodrigo Almeida <rodrigo.almeida.souza@hotmail.com>', 'kidneytxp@brookfieldhealth.edu',
   'creatinina alta depois do transplante', D('2024-03-10 07:55', -5),
   """Bom dia,

Aqui é o Rodrigo Almeida Souza, fiz transplante de rim aí no Brookfield no dia 10 de
janeiro (data de nascimento 22/11/1983). Meu exame de ontem deu creatinina 2,1 - antes
estava 1,3. Estou tomando tacrolimo 3 mg de 12 em 12 horas e micofenolato 720 mg duas vezes
por dia. Ontem à noite tive febre de 38,2 e estou urinando menos.

Preciso ir no pronto-socorro ou posso esperar a consulta de quinta? Meu celular é
(515) 555-0159.

Obrigado,
Rodrigo
""")

mk('phi', 'lang', 'Lê Thị Lan',
   'Minh Tran <minhtran.family@gmail.com>', 'kidneytxp@brookfieldhealth.edu',
   'Mẹ tôi bị sốt sau ghép thận', D('2024-03-11 22:05', -5),
   """Chào cô/chú,

Tôi là Trần Văn Minh, con trai của bà Lê Thị Lan (ngày sinh 12/08/1958). Mẹ tôi được ghép
thận ở bệnh viện Brookfield ngày 5 tháng 2. Hôm qua mẹ tôi bị sốt 38.5 độ, tiểu ít và
bị tiêu chảy. Tuần trước bác sĩ bảo tăng thuốc chống thải ghép tacrolimus lên 4mg.

Mẹ tôi có cần vào cấp cứu không ạ? Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi số
555-0177.

Cảm ơn,
Minh
""", cte='base64')

mk('phi', 'lang', 'Saint-Fleur',
   'Mirlande Saint-Fleur <mirlandesf@yahoo.com>', 'Hannah Yoder <hyoder@hrdonor.org>',
   'Mèsi pou lèt la', D('2024-03-09 18:30', -6),
   """Bonjou Madan Yoder,

Mwen se Mirlande Saint-Fleur, madanm Jean-Baptiste Saint-Fleur ki te mouri nan lopital
St. Anselm nan mwa janvye apre li te fè yon atak kè. Mwen te resevwa lèt ou a ki di ren li
yo te ede de moun e fwa li te ale bay yon fanm. Mèsi anpil.

Mwen ta renmen ekri moun ki te resevwa fwa li a. Èske ou ka di m si li byen? Pitit mwen yo
toujou ap mande. Pitit gason m nan di li vle konnen si papa l te soufri nan lopital la.

Bondye beni ou,
Mirlande
""")

mk('phi', 'lang', 'Петренко',
   'Olga Petrenko <olga.petrenko75@mail.com>', 'meintake@me.okaneecounty.gov',
   'Сергей Петренко - когда можно забрать тело?', D('2024-03-14 09:12', -5),
   """Здравствуйте.

Меня зовут Ольга Петренко. Мой брат, Сергей Петренко, 1975 г.р., умер 12 марта в больнице
Halvorsen после аварии на работе (упал со строительных лесов). Нам сказали, что тело
находится у судмедэксперта и будет вскрытие, номер дела ME24-0409.

Мы хотим отправить тело в Украину для похорон. Когда будет готово свидетельство о смерти?
Похоронное бюро Kessler-Brandt ждёт от вас разрешения. Также врач в реанимации говорил,
что у него было кровотечение в мозг - это будет написано в заключении?

Спасибо,
Ольга
тел. 555-0128
""")

mk('phi', 'lang', 'Dela Rosa',
   'Maricel Bautista <mbautista@stanselmhealth.org>', 'Joy Santiago <jsantiago@stanselmhealth.org>',
   'bed 14 update', D('2024-03-13 19:20', -5),
   """Ate Joy, pasensya na late reply. Yung pasyente sa bed 14, si Mr. Dela Rosa (Ernesto),
bumaba yung BP niya kanina 70/40 so nag-start na ng levophed, nasa 6 na ngayon. Yung
family nakausap na ng OPO kaninang hapon, pumayag na sila sa donation ng kidneys at mata.
Pakicheck mo yung Na niya mamayang 2200, 155 kanina, may DDAVP order na si Dr. Obi.

Yung anak niya na si Marites umiiyak sa waiting room, baka pwede mo siyang kausapin
pag may time ka. Salamat po!

Maricel, RN
""")

mk('phi', 'lang', 'الخطيب',
   'Ahmad Alkhatib <ahmad.alkhatib@gmail.com>', 'Chidi Eze <ceze@hrdonor.org>',
   'بخصوص والدي محمود الخطيب', D('2024-03-14 16:45', -5),
   """السلام عليكم أستاذ تشيدي،

أنا أحمد الخطيب، ابن المرحوم محمود الخطيب. توفي والدي يوم ١٤ مارس في وحدة العناية المركزة
في مستشفى سانت أنسلم بعد السكتة الدماغية. وافقنا على التبرع بالقرنية والأنسجة.

نريد أن نعرف متى ستنتهي عملية أخذ القرنية حتى نتمكن من الدفن في أسرع وقت حسب الشريعة،
فنحن نريد الدفن غداً قبل صلاة الظهر. وهل تحتاج فحوصات الدم وقتاً أطول؟

رقم هاتفي ٥٥٥-٠١٨٩
جزاكم الله خيراً
أحمد
""", cte='base64')

mk('phi', 'lang', '王丽华',
   'Lihua Wang Daughter <amy.wang.chen@qq.com>', 'livertx@brookfieldhealth.edu',
   '关于我母亲王丽华的肝移植等候', D('2024-03-15 08:05', -5),
   """您好，

我是王丽华的女儿。我母亲王丽华（出生日期1960年5月3日）在Brookfield肝移植等候名单上。
她昨天晚上因为腹水和意识不清住进了St. Anselm急诊，现在在7楼病房。医生说她的胆红素升到
了8.4，MELD分数升到了31，还给她做了腹腔穿刺，抽了5升水。

请问这会影响她在等候名单上的位置吗？需要我们把St. Anselm的化验结果传给你们吗？
我的电话是555-0163。

谢谢！
陈美玲（Amy）
""")
# =====================================================================
# CLEAN - admin
# =====================================================================

mk('clean', 'admin', '',
   'Paulette Greer <pgreer@hrdonor.org>', 'coordinators@hrdonor.org',
   'April on-call schedule (v2) - please check your dates', D('2024-03-18 16:10', -5),
   """Hi all,

v2 of the April on-call is below. Changes from v1 are marked *. Swaps need to be approved
by me AND entered in the scheduling app by the 25th or payroll won't see them.

Week of   Primary (organ)        Backup                 Tissue on-call
Apr 1     Ana Ruelas 555-0148    Chidi Eze 555-0151     Priya Natarajan 555-0157
Apr 8     Marcus Feld 555-0144   *Tanya Reese 555-0149  Jorge Ybarra 555-0158
Apr 15    *Chidi Eze 555-0151    Ana Ruelas 555-0148    Kelsey Horn 555-0160
Apr 22    Tanya Reese 555-0149   Marcus Feld 555-0144   Priya Natarajan 555-0157
Apr 29    Ana Ruelas 555-0148    *Luis Ambriz 555-0104  Omar Haddadi 555-0165

Reminder the Donate Life flag raising is Apr 1 at 10am at St. Anselm, on-call staff
excused.

Thanks,
Paulette Greer
Clinical Operations Manager
""")

mk('clean', 'admin', '',
   'HRDA IT Service Desk <servicedesk@hrdonor.org>', 'Gary Tollefson <gtollefson@hrdonor.org>',
   '[INC0048812] Updated: Cannot log in to donor management app on iPad', D('2024-03-13 10:44', -5),
   """Incident INC0048812 has been updated.

Short description: Cannot log in to donor management app on iPad (error 401)
Caller: Gary Tollefson
Assigned to: Nikhil Rao (Endpoint Team)
Priority: 3 - Moderate
State: In Progress

Work note (Nikhil Rao, 03/13/2024 10:41):
Device serial DMPX4Q2K7L was still enrolled under the old MDM profile. Re-enrolled and
pushed the SSO certificate. Please reboot the iPad and try again; if you still get 401,
clear the app cache under Settings > Donor Mgmt > Reset. Your account itself is fine -
last successful MFA 03/12 21:14.

Reply to this message to add a comment. Do not include donor or patient information in
service desk tickets.

HRDA IT Service Desk | ext 200 | servicedesk@hrdonor.org
""")

mk('clean', 'admin', '',
   'SkyBridge Medical Couriers Billing <billing@skybridgecouriers.com>', 'ap@hrdonor.org',
   'Invoice 88213 - February transports', D('2024-03-04 08:00', -6),
   """Heartland Rivers Donor Alliance - Accounts Payable

Please find below the summary for Invoice #88213, service period 02/01/2024 - 02/29/2024.
Net 30. Remit to SkyBridge Medical Couriers, PO Box 4490, Des Moines IA 50306.

Trip #     Date       Route              Service               Amount
SB-24117   02/03/24   DSM -> MSP         Charter, 1 cooler     $7,850.00
SB-24129   02/09/24   Millbrook -> BUH   Ground STAT           $   410.00
SB-24140   02/11/24   Millbrook -> OMA   Ground STAT, 2 box    $   920.00
SB-24152   02/18/24   DSM -> ORD         Commercial counter    $   385.00
SB-24166   02/24/24   BUH -> Lakeshore   Ground routine        $   160.00
                                          Fuel surcharge       $   512.40
                                          TOTAL                $10,237.40

Questions: Renata at 555-0172 ext 3. Thank you for your business!
""")

mk('clean', 'admin', '',
   'HR Benefits <benefits@hrdonor.org>', 'all-staff@hrdonor.org',
   'Reminder: benefits enrollment closes Friday + new ID cards', D('2024-03-06 12:00', -6),
   """Hi everyone,

A few reminders as open enrollment wraps up:

1. Enrollment closes Friday 3/8 at 5pm. If you do nothing, your current medical/dental
   elections roll over but your FSA does NOT.
2. New Blue Prairie ID cards will arrive at your home address in April. Your member ID
   will change from the 9-digit format to the new 12-character format (3 letters + 9
   digits). Don't throw out the old card until the new one arrives.
3. If you need FMLA or intermittent leave paperwork, please send it directly to Sedgwick
   (555-0112), not to HR - we don't need and shouldn't receive your medical details.
4. The EAP is still free and confidential: 1-800-555-0199, 24/7. Given the kind of work we
   do, please use it.

Questions: Alicia Monroe, HR Generalist, ext 118.
""", html=to_html("""Hi everyone,

A few reminders as open enrollment wraps up:

1. Enrollment closes Friday 3/8 at 5pm. If you do nothing, your current medical/dental elections roll over but your FSA does NOT.
2. New Blue Prairie ID cards will arrive at your home address in April. Your member ID will change from the 9-digit format to the new 12-character format (3 letters + 9 digits).
3. If you need FMLA or intermittent leave paperwork, please send it directly to Sedgwick (555-0112), not to HR.
4. The EAP is still free and confidential: 1-800-555-0199, 24/7.

Questions: Alicia Monroe, HR Generalist, ext 118."""))

mk('clean', 'admin', '',
   '"Fenske, Rob" <rfenske@okaneecounty.gov>', 'me-staff@me.okaneecounty.gov',
   'Cooler #2 compressor work Tues - capacity', D('2024-03-15 15:25', -5),
   """All,

Facilities will replace the compressor on walk-in cooler #2 on Tuesday 3/19 from 0700 to
approx 1500. Cooler #1 will be at reduced capacity (14 of 20 racks) during that window.

- Intake: please coordinate with the funeral homes to get releases done Monday where
  possible.
- If we exceed capacity, the overflow trailer is pre-staged in bay 3 (temp logger ID
  TL-0077, alarm set at 40F).
- Alarm calls will go to Rob Fenske (555-0179) and the on-duty investigator.

Work order WO-2024-11874. Vendor: Prairie Mechanical, tech Dave Ruhl.

Rob Fenske
County Facilities - Building Services
""")

mk('clean', 'admin', '',
   'Finance Systems <finsys@hrdonor.org>', 'finance-team@hrdonor.org',
   'Billing system cutover 4/1 - account number format changes', D('2024-03-14 11:30', -5),
   """Team,

As of 4/1 the new billing system goes live for organ acquisition invoicing to transplant
centers. What changes for you:

- Transplant center account numbers move from 10 digits (e.g. 4100000123) to 12 characters
  prefixed by the center code (e.g. BUHT-00000123). A crosswalk is in the Finance share.
- Invoice numbers restart at OAC-24-00001. Do NOT reuse old invoice numbers on credits.
- Standard acquisition charges (kidney, liver, heart, lung, pancreas) load from the
  approved FY24 fee schedule; please don't hand-key them.
- Training sessions: 3/20 10am and 3/22 2pm, Teams link in the calendar invite.

Contact Beth Norquist (ext 141) with questions, or open a ticket with the service desk.
""")

mk('clean', 'admin', '',
   'Kevin Drummond <kdrummond@hrdonor.org>', '"Halverson, Corinne" <chalverson@stanselmhealth.org>',
   'Donor Council agenda 3/28', D('2024-03-20 09:05', -5),
   """Hi Corinne,

Draft agenda for the St. Anselm Donor Council, Thursday 3/28, 12-1pm, Conf Rm B (lunch
provided - let me know about dietary needs):

1. Welcome / introductions - new MICU manager Beth Sandoval
2. Q4 and Jan-Feb metrics: referral timeliness, conversion, DRR results (aggregate only)
3. Donate Life Month - flag raising Apr 1, Blue & Green Day Apr 12
4. Honor walk process refresh - nursing education dates
5. DCD policy revision (draft v4) - Dr. Obi and Dr. Faber
6. Open discussion

Please forward to anyone I missed. Minutes from January are attached in the calendar invite.

Kevin Drummond
Hospital Services Liaison | Heartland Rivers Donor Alliance | c 555-0146
""")
# =====================================================================
# CLEAN - lookalike
# =====================================================================

_b = """Hi Megan,

Thanks for bringing Biscuit in today! Here's a summary of her visit.

Patient: Biscuit (canine, Beagle mix, spayed F, 9 yrs)     Patient #: V-22817
Client account: 40-1187

Procedures: dental cleaning under anesthesia, 2 extractions (upper premolars), full-mouth
radiographs. Pre-anesthetic bloodwork was normal; kidney values slightly high-normal, we
suggest a recheck in 6 months.

Go-home meds: carprofen 25 mg once daily x 5 days with food; clindamycin 75 mg twice daily
x 7 days. Soft food only for 7 days. Recheck in 10-14 days.

Invoice total $842.16 (paid, Visa ending 4410).

Millbrook Animal Hospital
555-0114 | Dr. Anika Ruud, DVM
"""
mk('clean', 'lookalike', '',
   'Millbrook Animal Hospital <frontdesk@millbrookanimal.com>', 'megan.tallis@gmail.com',
   "Biscuit's visit summary - dental procedure 3/12", D('2024-03-12 17:30', -5), _b, html=to_html(_b))

mk('clean', 'lookalike', '',
   'IronWorks Fitness <noreply@ironworksfit.com>', 'jkowal88@yahoo.com',
   'Your InBody scan results are in, Member #44810!', D('2024-03-09 06:02', -6),
   """Hey Jake!

Great work at your 12-week check-in. Here's how you did compared to your December scan:

  Weight            201.4 lb  (-6.2)
  Body fat %        24.1%     (-2.8)
  Skeletal muscle   88.9 lb   (+1.7)
  Visceral fat lvl  11        (-2)
  Resting HR        64 bpm

Coach Tasha recommends moving to the Strength 2 program and booking a nutrition
consult (free for Platinum members). Your membership renews 04/01/2024 - $49.99/mo.

Member #44810 | Home club: Millbrook East | Questions? 555-0131

*IronWorks Fitness is not a medical provider. Body composition results are estimates and
are not a diagnosis. Consult your physician before starting any exercise program.
""")

mk('clean', 'lookalike', '',
   'Prairie Hearts Credit Union <alerts@prairieheartscu.org>', 'd.ostrowski@outlook.com',
   'Loan payment received - Member #0071882', D('2024-03-15 05:30', -5),
   """Dear Member,

We received your payment of $412.55 on 03/14/2024 for loan share ID L07 (auto loan).

Member number: 0071882
Remaining balance: $9,840.12
Next payment due: 04/14/2024

Reminder: Prairie Hearts CU will NEVER ask for your full account number, PIN or online
banking password by email or text. If you get a suspicious call, hang up and call us at
555-0120.

Prairie Hearts Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike', '',
   'Dale Oberholtzer <dale@oberholtzertree.com>', 'Sandra Pike <spike.home@gmail.com>',
   'Re: the big oak - surgery done', D('2024-03-11 18:45', -5),
   """Sandra,

Crew finished on the bur oak today. We amputated the two dead limbs on the north side
(the one over the garage was hollow about 40% of the way in - good call getting it done),
did a crown cleaning and cabled the co-dominant stems. Wounds were cut clean at the branch
collar; we don't paint them anymore, the tree seals them better on its own.

Prognosis is good, but the root flare had some girdling roots, so I'd like to come back in
May for a root collar excavation. Recovery for a tree that age is slow, expect thinner
canopy this summer.

Invoice #2024-0318 to follow, $1,450. Thanks!

Dale Oberholtzer, ISA Certified Arborist MW-4471A
Oberholtzer Tree Surgeons | 555-0197
""")

mk('clean', 'lookalike', '',
   'Nick Adeyemi <nadeyemi@riversidefoodbank.org>', 'Fundraising Team <development@riversidefoodbank.org>',
   'lapsed donor list for the spring appeal', D('2024-03-07 10:20', -6),
   """Hey team,

Pulled the lapsed donor report from the CRM for the spring appeal. 1,184 donors who gave in
FY22 but not FY23. Some highlights:

Donor ID   Name                  Last gift    Amount   Segment
D-10442    Marjorie Teel         11/28/2022   $250     Major prospect
D-11873    Kessler-Brandt FH     12/15/2022   $1,000   Business
D-20911    Hung & Mai Vo         05/02/2022   $75      Monthly (lapsed card)
D-31006    Anonymous (DAF)       12/30/2022   $5,000   Major

Please don't email the DAF folks directly - route through the sponsor. Also Marjorie asked
to be removed from phone calls, letters are ok.

The "donor health score" column in the export is the CRM's engagement score (0-100), not
anything else, before anyone asks again :)

Nick Adeyemi
Development Associate, Riverside Food Bank
""")

mk('clean', 'lookalike', '',
   'Cornerstone Auto Insurance Claims <claims@cornerstoneauto.com>', 'tmeacham77@gmail.com',
   'Claim CA-2024-0331871: appraisal complete', D('2024-03-08 13:15', -6),
   """Hello Tyler,

Our appraiser has completed the inspection of your 2017 Honda CR-V (VIN ending 2H4471).

Damage summary: front bumper cover, R headlamp assembly, hood, R fender, radiator support.
Estimate: $6,842.19. Your collision deductible is $500.

The vehicle is repairable (not a total loss). You may take it to any body shop; our
Direct Repair network shop, Millbrook Collision Center, can begin Monday. Rental coverage
is approved for up to 14 days at $40/day.

Per your report, no injuries were claimed. If this changes, please call us so we can open
a separate injury claim.

Policy #: CAI-88-2041937
Adjuster: Monique Farr | 555-0106 ext 22
""")

mk('clean', 'lookalike', '',
   'Priyanka Shah <pshah@corvidlabs.io>', 'platform-eng@corvidlabs.io',
   'postmortem: donor replica transplant failed on shard 7', D('2024-03-13 09:12', -7),
   """Postmortem draft for Tuesday's incident, comments welcome before Thursday's review.

Summary: during the planned shard rebalance, the donor replica (pg-db-07b) was promoted
and its WAL segments "transplanted" onto the new node, but the recipient node rejected the
graft because of a checksum mismatch. The orphaned child processes kept the old primary
alive (zombie state) for ~41 min, and patient-zero for the alert storm was the health
check sidecar, which reported the node as healthy while it was brain dead (accepting TCP
but not queries).

Timeline (PDT):
  02:10  rebalance job starts
  02:14  donor replica promoted
  02:19  recipient rejects graft, health check still green
  03:00  on-call kills orphaned PIDs 18812 and 18830, manual failover
  03:07  recovered

Action items: fix readiness probe to run a real query; add checksum pre-check to the
rebalance job; retire the "transplant" script name because support keeps asking.

- Priyanka
""")
# =====================================================================
# CLEAN - news
# =====================================================================

_b = """THE GIFT - Heartland Rivers Donor Alliance newsletter | March 2024

APRIL IS DONATE LIFE MONTH
In 2023, 142 organ donors in our service area made 451 transplants possible - a record for
HRDA. Another 1,216 tissue donors and 874 eye donors helped tens of thousands more. Thank
you to every hospital partner, funeral director and medical examiner who made that happen.

EVENTS
- Apr 1, 10:00 - Flag raisings at St. Anselm, Halvorsen Memorial and Brookfield
- Apr 12 - National Blue & Green Day. Send your team photo to comms@hrdonor.org
- Apr 20 - Donor Remembrance Ceremony, Millbrook Civic Center (by invitation, families)
- Apr 27 - 5K Run/Walk for Life, Riverside Park. Register at our website.

HOSPITAL SPOTLIGHT
Congratulations to the Halvorsen Memorial SICU, recipient of our 2023 Partner in Donation
award for 100% timely referral. Nurse manager Kara Lindgren accepted on behalf of the unit.

DID YOU KNOW?
There is no age limit to register as a donor. The oldest organ donor in our region last
year was 84.

To unsubscribe, reply STOP. HRDA, 3100 Riverfront Pkwy, Millbrook IA 50211.
"""
mk('clean', 'news', '',
   'HRDA Communications <comms@hrdonor.org>', 'newsletter-list@hrdonor.org',
   'THE GIFT | March 2024 - Donate Life Month is almost here', D('2024-03-20 07:00', -5),
   _b, html=to_html(_b))

mk('clean', 'news', '',
   'State Dept of Public Health - HAN <han@idph-state.example.gov>', 'han-subscribers@lists.idph-state.example.gov',
   'HEALTH ADVISORY: Xylazine-associated overdose deaths rising in central region', D('2024-03-12 15:00', -5),
   """HEALTH ADVISORY - 2024-HAN-007
Distributed via the Health Alert Network, March 12, 2024

SUMMARY
Preliminary medical examiner data show 61 opioid-involved overdose deaths in the central
region in Q4 2023, up 18% from Q4 2022. Xylazine was detected in 23 (38%) of these deaths,
compared with 9% one year earlier. Median age 39; 72% male.

RECOMMENDATIONS FOR CLINICIANS
1. Naloxone remains indicated for suspected opioid overdose even if xylazine is suspected;
   xylazine-related sedation will not respond to naloxone - support ventilation.
2. Evaluate and treat xylazine-associated wounds, which can occur at sites distant from
   injection.
3. Report suspected clusters to your local health department within 24 hours.
4. Medical examiners and coroners are asked to include xylazine in routine toxicology panels.

RESOURCES: Regional Poison Center 1-800-222-1222.

This message is intended for health care providers, public health, and emergency
management partners. Do not reply to this address.
""")

mk('clean', 'news', '',
   'Clinical Affairs <clinicalaffairs@hrdonor.org>', 'organ-staff@hrdonor.org',
   'FW: URGENT Voluntary Recall - PerfuSol-K preservation solution, select lots', D('2024-03-05 11:10', -6),
   """FYI all - please check the supply rooms and the recovery kits today. Pull anything
matching and put it on the quarantine shelf, then email me the counts. So far we have
found 6 bags in Kit C at the Millbrook office. No cases affected that we know of.

Renée Kovac, RN, MSN
Director of Clinical Affairs

-----Original Message-----
From: Meridia Biologics Customer Service <recall@meridiabio.example.com>
Sent: Tuesday, March 5, 2024 9:30 AM
Subject: URGENT Voluntary Recall - PerfuSol-K preservation solution, select lots

Meridia Biologics is voluntarily recalling the following lots of PerfuSol-K Organ
Preservation Solution, 1 L bags, due to potential particulate matter identified during
stability testing:

  Lot PK23-1108  exp 11/2024
  Lot PK23-1122  exp 11/2024
  Lot PK24-0103  exp 01/2025

No adverse events have been reported to date. Customers should immediately stop use,
quarantine affected product, and return the enclosed response form within 10 business
days. Replacement product will ship at no charge.

Questions: 1-800-555-0166, Monday-Friday 8am-6pm CT.
""")

mk('clean', 'news', '',
   'OPTN Policy Digest <digest@transplantpolicy-news.example.org>', 'jostrowski@brookfieldhealth.edu',
   'Policy Digest: what changes March 28', D('2024-03-14 06:00', -5),
   """POLICY DIGEST - Issue 2024-06

1. Continuous distribution - lungs, year one
The annual monitoring report shows transplant rates rose for candidates with the highest
medical urgency, while median distance traveled by donor lungs increased from 167 to
231 nautical miles. Discard rates were unchanged.

2. Effective March 28: updated normothermic regional perfusion (NRP) data fields
OPOs will report NRP start/stop times and ischemic times for DCD recoveries. Transplant
programs should expect new fields in the donor record.

3. Kidney offer filters - reminder
Programs that have not reviewed their filters since implementation are encouraged to do
so; the most common filter is donor age > 65 with KDPI > 85%.

4. Public comment opens April 15 on proposed changes to living donor follow-up reporting.

This digest is an independent summary and is not official policy text.
""", cte='quoted-printable')

mk('clean', 'news', '',
   'Lakeshore Eye Bank <news@lakeshoreeye.org>', 'partners@lakeshoreeye.org',
   'Lakeshore Eye Bank 2023 Annual Report - by the numbers', D('2024-03-01 09:00', -6),
   """Dear partners,

2023 was our busiest year ever. By the numbers:

- 874 eye donors (up 9%)
- 1,612 corneas provided for transplant
- 71% of transplants were endothelial keratoplasty (DMEK/DSAEK), up from 64%
- 212 corneas shipped internationally to programs in Mexico, Peru and the Philippines
- Average time from death to recovery: 7.8 hours
- 38 research donations supporting glaucoma and macular degeneration studies

Thank you to our hospital and medical examiner partners for more than 9,400 referrals.
Special thanks to the Okanee County Office of the Medical Examiner for their cooperative
release agreement, which made 203 of last year's donations possible.

The full report is available on our website.

Lakeshore Eye Bank, 9 Harbor View Rd, Millbrook IA 50211
""")

mk('clean', 'news', '',
   'Brookfield Health Today <bht@brookfieldhealth.edu>', 'all-employees@brookfieldhealth.edu',
   'Brookfield Health Today: transplant milestone, parking changes, flu numbers', D('2024-03-18 06:30', -5),
   """BROOKFIELD HEALTH TODAY - Monday, March 18

TRANSPLANT INSTITUTE PASSES 5,000 KIDNEYS
The Brookfield Transplant Institute performed its 5,000th kidney transplant this month.
The program began in 1971 under Dr. Harriet Lindahl. "Every one of those transplants
started with a donor and a family who said yes," said Dr. Amit Sharma, surgical director.

PARKING
Lot C will close Mar 25 - Apr 12 for resurfacing. Staff should use the Elm St garage;
shuttles run every 10 minutes.

RESPIRATORY VIRUS UPDATE
Influenza admissions across the system fell to 42 last week from a January peak of 188.
RSV continues to decline. Masks remain optional except in the BMT and transplant units.

CELEBRATE
Welcome to our new PICU medical director, Dr. Oyelaran Whitfield, joining us from
Children's of the Plains.
""")

# =====================================================================
# CLEAN - staff
# =====================================================================

mk('clean', 'staff', '',
   '"Obi, Chinedu MD" <cobi@stanselmhealth.org>', 'critcare-attendings@stanselmhealth.org',
   'BD policy rev - apnea test section', D('2024-03-07 21:12', -6),
   """All,

Attached redline of the brain death determination policy is in the shared folder. Main
changes in the apnea test section to match the 2023 guideline:

- prerequisite: normothermia >= 36C, SBP >= 100 or MAP >= 60, PaCO2 35-45 at baseline
- preoxygenate 100% FiO2 for at least 10 minutes
- CPAP via vent is now preferred over T-piece/insufflation catheter to reduce derecruitment
- positive test: PaCO2 >= 60 AND >= 20 above baseline, pH <= 7.30
- if test aborted (SBP < 90, SpO2 < 85% for > 30 s), proceed to ancillary testing
  (we'll use nuclear flow scan, not EEG)

Also: only ONE exam needed for adults now, second exam only for peds per the new policy.
Please look before the committee on the 21st. Nate and I will present.

Chinedu
""")

mk('clean', 'staff', '',
   'Tanya Reese <treese@hrdonor.org>', 'clinical-leads@hrdonor.org',
   'case review for Thurs - DCD that timed out', D('2024-03-12 14:30', -5),
   """For Thursday's case review (de-identified, please keep it that way in the slides):

40s male, anoxic brain injury after hanging, not progressing to BD. Family chose
withdrawal with DCD. Extubated in the OR, SBP stayed > 80 and sats in the 90s for the
whole 90 min window; agonal phase never started, so we stood down and he was returned to
the unit for comfort care. Time to death ended up ~6 hrs.

Discussion points:
1. Our DCD prediction tool scored him "likely within 60 min" - what did we miss? He was
   breathing 14/min on CPAP 5 before withdrawal.
2. Should we have offered the 2-hr window for kidneys only?
3. Family debrief went well but the OR staff were upset about the wait. Chaplain support
   for staff?

Bring your own examples of tool misses if you have them.

Tanya
""")

mk('clean', 'staff', '',
   'Paulette Greer <pgreer@hrdonor.org>', 'coordinators@hrdonor.org',
   'weekend coverage is thin - need 1 more', D('2024-03-14 12:15', -5),
   """Hi all,

We have 4 open cases and only 2 coordinators on this weekend (Marcus is out sick and Ana
is on PTO). I need one more person Saturday 0700-1900. Double time + the $200 premium.

Also reminder: if you've been on for > 24 hrs on a case you MUST call for relief. No
exceptions after what happened in January.

Reply to me directly, not reply-all.
Paulette
""")

mk('clean', 'staff', '',
   '"Faber, Nathan MD" <nfaber@stanselmhealth.org>', 'Marcus Feld <mfeld@hrdonor.org>',
   'RE: T4 question', D('2024-03-10 23:40', -5),
   """Marcus - my 2 cents in general: if a donor is still needing vaso > 0.04 plus norepi
after you've fixed volume and you've got an EF < 45%, I'd start levothyroxine 20 mcg bolus
then 10 mcg/hr and give it 6-12 hrs before calling the heart unusable. The evidence for
routine T4 in everyone is weak (the big trial was neutral), but in the unstable ones it's
cheap and low risk. Check a cortisol, give methylpred 15 mg/kg if you haven't.

Not giving advice on a specific pt without seeing them - call me if you want me to come
look at one.

Nate

> -----Original Message-----
> From: Marcus Feld
> Sent: Sunday, March 10, 2024 10:58 PM
> Subject: T4 question
>
> Dr Faber, general question - what's your threshold for starting a T4 gtt on a
> BD donor? Our protocol says "consider" and the coordinators all do it differently.
""")

mk('clean', 'staff', '',
   '"Marrero, Lila MD" <lmarrero@me.okaneecounty.gov>', 'me-investigators@me.okaneecounty.gov',
   'Procurement release in suspected child abuse cases', D('2024-03-04 16:00', -6),
   """Investigators,

Reminder of our practice on procurement in pediatric deaths where abuse is suspected, since
we had questions this month:

1. We do NOT categorically deny. Most of these cases can be released with conditions.
2. Before release, we need: skeletal survey, full body photos, retinal exam by ophthalmology
   with photos, CT head, and admission bloodwork.
3. The pathologist on call must speak with the recovering surgeon directly before OR.
4. Eyes are generally NOT released when retinal hemorrhages are in question.
5. Law enforcement and CPS input is considered but they do not make the decision.

HRDA has been excellent to work with on these. If you're unsure, call me at any hour.

Lila Marrero, MD
Deputy Chief Medical Examiner
""")

mk('clean', 'staff', '',
   'Priya Natarajan <pnatarajan@hrdonor.org>', 'Regional Funeral Directors Assn <members@rfdaiowa.example.org>',
   'tips for embalming after long bone recovery - for the newsletter', D('2024-03-08 10:30', -6),
   """Hi Gretchen,

Here's the short piece you asked for. Feel free to edit.

"Working with tissue donors: what to expect
When long bones are recovered, we replace them with PVC or wooden rods and close with a
baseball stitch. For arterial embalming, we recommend injecting from the carotid and
using a separate femoral/iliac injection for the legs, since the femoral arteries may be
ligated. Unionwear or plastic garments are helpful. Skin recovery is split-thickness from
the back and posterior legs and won't affect open-casket viewing. If you ever have a
leakage problem or need supplies, our 24-hour line will reimburse reasonable extra costs."

Thanks for including us!
Priya Natarajan
Tissue Recovery Supervisor, HRDA
""")

mk('clean', 'staff', '',
   'Joel Harmon <jharmon@lab.hrdonor.org>', 'lab-staff@lab.hrdonor.org',
   'QC failure on the serology analyzer - runs on hold', D('2024-03-13 14:55', -5),
   """All,

Level 2 QC for HBcAb failed twice this afternoon (high, 2SD+ on both). Analyzer 2 is on
hold. Until the service engineer clears it:

- run all donor serology on Analyzer 1 only
- any donor run on Analyzer 2 since the 0800 QC needs a repeat (I've pulled the list in
  the LIS, 7 accessions, it's in the QA folder - do not email the list)
- file an occurrence for each; reference QA-24-031

Vendor ticket 7731902, engineer ETA tomorrow 0900. Reagent lot 33109 is the suspect.

Joel Harmon, MLS(ASCP)
Lab Supervisor
""")

# =====================================================================
# CLEAN - training
# =====================================================================

mk('clean', 'training', '',
   'Education Team <education@hrdonor.org>', 'new-coordinators@hrdonor.org',
   'Offer system training env - your practice donor', D('2024-03-05 08:15', -6),
   """Welcome to week 2!

For Thursday's session you'll each enter a practice donor in the TRAINING environment
(train.offers.example.org - the yellow banner means you're in training, NOT production).

Use this sample record exactly:

  Donor name:   ZZTEST, DONOR ALPHA
  Donor ID:     TRN0001 (auto-assigned - yours will differ)
  DOB:          01/01/1980
  ABO:          O
  Hospital:     Training Hospital (TRNHOSP)
  COD:          head trauma
  Terminal Cr:  1.0

Then run a kidney match and practice making an offer to the test center "TEST TRANSPLANT
CENTER 1". Never enter a real donor's information in the training environment.

Education Team, HRDA
""")

mk('clean', 'training', '',
   'Rhonda Kask <rkask@halvorsenmemorial.org>', 'Devon Achterberg <dachterberg@hrdonor.org>',
   'test messages for the referral feed fix', D('2024-03-18 13:40', -5),
   r"""Devon,

Here are the TEST messages we'll push through the referral interface in the TST
environment tonight. All test patients are under the ZZZ prefix and the dummy MRNs start
with 99. Please confirm your side receives 3 referrals.

MSH|^~\&|EPICADT|HMH_TST|HRDA_REFERRAL|HRDA_TST|20240318203000||ADT^A03|TST0001|T|2.3
EVN|A03|20240318203000
PID|1||99000001^^^HMH^MR||ZZZTEST^EXPIRED^ONE||19000101|F|||123 TEST ST^^TESTVILLE^IA^00000
PV1|1|I|TST^01^1^HMH|||||||||||||||||99999999|||||||||||||||||020

MSH|^~\&|EPICADT|HMH_TST|HRDA_REFERRAL|HRDA_TST|20240318203100||ADT^A03|TST0002|T|2.3
PID|1||99000002^^^HMH^MR||ZZZTEST^EXPIRED^TWO||19000101|M
PV1|1|I|TST^02^1^HMH|||||||||||||||||99999998|||||||||||||||||20

MSH|^~\&|EPICADT|HMH_TST|HRDA_REFERRAL|HRDA_TST|20240318203200||ADT^A08|TST0003|T|2.3
PID|1||99000003^^^HMH^MR||ZZZTEST^VENT^THREE||19000101|U
PV1|1|I|TST^03^1^HMH

(MSH-11 = T for test. Message 3 is an A08 vent trigger, should also refer.)

Rhonda
""")

mk('clean', 'training', '',
   'Tanya Reese <treese@hrdonor.org>', 'new-coordinators@hrdonor.org',
   'family approach role play - scripts for Friday', D('2024-03-06 17:20', -6),
   """Scripts for Friday's simulation lab. Actors from the drama department will play the
family; you'll rotate as the requester. These are fictional scenarios.

SCENARIO A - "John Doe," 45, motorcycle crash. Wife "Jane Doe" and adult son present.
Jane says John "would never want to be cut up." Son says his dad had the heart on his
license. Goal: honor first-person authorization while supporting Jane.

SCENARIO B - "Sam Sample," 17, sports injury. Parents divorced, disagree. Goal: identify
legal next of kin and work through the conflict without rushing.

SCENARIO C - "Pat Example," 70, DCD candidate, family asks whether donation means they'll
stop care sooner. Goal: explain separation of the decision to withdraw from the donation
conversation.

Remember: decoupling, the pause, no jargon ("brain dead" not "harvest", "recover" not
"harvest" - never say harvest).

Tanya Reese, CPTC
Family Services Educator
""")

_b = """Hi Kevin,

Thanks for joining the demo yesterday. As promised, here are the screenshots
and a sample record export from our DonorView module. Everything in the demo
tenant is synthetic.

Sample record: SAMPLE, SALLY A.   Demo MRN: DEMO-000123   DOB 01/01/1970
  Admit: Demo Regional Hospital, ICU bed 99
  GCS trend: 7 -> 5 -> 3 (synthetic)
  Auto-trigger fired: "GCS <= 5 with ventilator" -> referral draft created in 4 sec

Pricing for a 3-hospital pilot is in the attached quote (Q-2024-1172), valid to 4/30.
Happy to set up a sandbox for your analysts.

Best,
Jordan Whitley
Solutions Engineer, Clarion Health Software
555-0109
"""
mk('clean', 'training', '',
   'Jordan Whitley <jwhitley@clarionhealthsw.example.com>', 'Kevin Drummond <kdrummond@hrdonor.org>',
   'DonorView demo follow-up + sample record', D('2024-03-15 11:00', -5), _b, html=to_html(_b))

mk('clean', 'training', '',
   'Tomasz Wolny <twolny@me.okaneecounty.gov>', 'me-trainees@me.okaneecounty.gov',
   'Mock case for Wednesday - scene documentation exercise', D('2024-03-11 07:45', -5),
   """Trainees,

Wednesday's mock scene is in the old training house on the county yard. Use the CME
training case number, not a real one.

MOCK CASE: TRN-2024-003
Decedent: DOE, JOHN (training mannequin "Rescue Randy")
Scenario: 58 y/o male found in recliner, TV on, hx per "neighbor" (role player) of
heart problems and diabetes. Pill bottles at scene are labeled "TRAINING - NOT FOR USE".

Tasks:
- scene photos (overall, mid-range, close-up w/ scale)
- body exam: rigor, livor, temperature
- med count and reconciliation
- notify HRDA referral line using the TRAINING prompt ("this is a training call")
- complete the investigator report in the training module of CME

Tomasz Wolny
Senior Investigator / Training Coordinator
""")

_fhir_t = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "example",
        "identifier": [{"system": "urn:example:mrn", "value": "TEST-12345"}],
        "name": [{"family": "Test", "given": ["Patient"]}],
        "gender": "unknown",
        "birthDate": "1900-01-01"
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2947-0", "display": "Sodium [Moles/volume] in Blood"}]},
        "subject": {"reference": "Patient/example"},
        "effectiveDateTime": "2000-01-01T00:00:00Z",
        "valueQuantity": {"value": 140, "unit": "mmol/L"}
      }
    }
  ]
}
"""
mk('clean', 'training', '',
   'Devon Achterberg <dachterberg@hrdonor.org>', 'clinical-systems@hrdonor.org',
   'FHIR sandbox - sample bundle for the parser unit tests', D('2024-03-19 15:05', -5),
   """Team - sample bundle attached for the parser unit tests. It's the sandbox "Test,
Patient" record with the HTEST tag, nothing from production. Please use this one in
the repo instead of the screenshot-based fixtures we had before (and delete those).

Devon
""", atts=[('sample_bundle_TEST.json', _fhir_t.encode('utf-8'), 'application', 'json')])

# =====================================================================
# labels
# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
