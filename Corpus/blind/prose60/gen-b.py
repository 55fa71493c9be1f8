#!/usr/bin/env python3
"""Blind evaluation mail set: women's health practice (SEED 6002)."""
import os, sys, io, csv, zipfile, random, html as htmlmod
import email.policy
from email.message import EmailMessage

SEED = 6002
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

rows = []
counters = {}
msg_index = [0]


def B(s):
    return s.lstrip('\n')


def simple_html(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + htmlmod.escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 18, 7, 42, 10))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def xlsx_bytes(table, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    rows_xml = []
    for r, row in enumerate(table, 1):
        cells = []
        for c, v in enumerate(row):
            cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                         % (col(c), r, htmlmod.escape(str(v), quote=False)))
        rows_xml.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + ''.join(rows_xml) + '</sheetData></worksheet>')
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(table):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in table:
        w.writerow(r)
    return buf.getvalue()


def mk(label, kind, frm, to, subject, date, body, html=None, atts=(), cc=None,
       cte=None, patient='', headers=None):
    key = (label, kind)
    counters[key] = counters.get(key, 0) + 1
    n = counters[key]
    msg_index[0] += 1
    idx = msg_index[0]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), idx, kind, dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte:
        msg.set_content(B(body), cte=cte)
    else:
        msg.set_content(B(body))
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, maintype, subtype, data = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append((fname, label, kind, patient if label == 'phi' else ''))


LG = 'lindengrovewh.org'
LAB = 'meridianreflab.com'
HOT = 'harborlightline.org'

DISCLAIMER = B("""
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message.
""")

# =====================================================================
# PHI - care
# =====================================================================
mk('phi', 'care',
   '"Jessamyn Ortiz, RN" <jortiz@%s>' % LG,
   '"Dr. Chiamaka Okafor" <cokafor@%s>' % LG,
   'colpo this am',
   'Tue, 05 Mar 2024 11:47:03 -0500',
   """
Dr Okafor -

Renata Vasquez came in this morning for her colpo f/u (you saw her in Jan). Dr. Haas did it since you were in the OR. 2 biopsies, 12 o'clock and 3 o'clock, plus ECC. All sent to Meridian, should be back Fri or Mon.

She tolerated it ok, bit of cramping, monsels applied, some spotting expected. Told her pelvic rest x1 wk. She is really anxious about the results and asked that YOU call her, not a letter, not the portal. Cell is the one in the chart, ok to leave a msg.

thanks!!
Jess

Jessamyn Ortiz, RN, BSN
Gynecology Clinic | Linden Grove Women's Health
Ext. 2214
""", patient='Vasquez')

mk('phi', 'care',
   '"Meera Mehta, MD" <mmehta@%s>' % LG,
   '"Menopause Clinic Nurses" <menopause-rn@%s>' % LG,
   'RE: patch not sticking',
   'Wed, 13 Mar 2024 16:02:41 -0400',
   """
Ok lets switch her off the patch. Start estradiol 1mg PO daily, keep the progesterone (prometrium 200 mg qhs days 1-12 of each month). Recheck in clinic 3 months, she's due for mammo in May anyway so coordinate if you can. I signed the rx.

MM

-----Original Message-----
From: Bethany Colwell, LPN
Sent: Wednesday, March 13, 2024 2:18 PM
To: Menopause Clinic Nurses
Subject: patch not sticking

Mrs. Halloran called again - this is the third time. Says the estradiol 0.05 patches are falling off in the shower / at night and she's having night sweats again on the days it comes off. She has tried the different sites we suggested. She'd rather just take a pill if that's ok. Pharmacy is the Dunmore Rd one.

Deirdre Halloran, she's Dr Mehta's pt. Please advise.

Bethany
""", patient='Halloran')

pt_note = B("""
Dear Dr. Lindqvist-Amari,

Thank you for referring Ms. Amaka Eze to pelvic floor physical therapy. A brief progress update after 6 of 10 authorized visits:

- Attending consistently, completing home program 5-6 days/week.
- Surface EMG biofeedback: resting tone has come down from roughly 9 uV to 4 uV; she is now able to fully relax between contractions.
- Internal manual therapy to the left levator ani, tolerated well; pain with insertion down from 7/10 to 3/10.
- Started graduated dilator program (sizes 1-2), plan to progress to 3.
- Bladder diary: voids down from 14/day to 9/day, nocturia x1.

Plan: continue 1x/week for the remaining 4 visits, then reassess. I will send a discharge summary at that time and will request more visits from her plan if needed.

Warm regards,
Megan Strauss, PT, DPT, WCS
Pelvic Health Physical Therapy
Linden Grove Women's Health
p. 555-0143 x318
""")
mk('phi', 'care',
   '"Megan Strauss, PT, DPT" <mstrauss@%s>' % LG,
   '"Dr. Noor Lindqvist-Amari" <nlindqvist@brightwaterfamilymed.com>',
   'PT progress update - Eze',
   'Thu, 21 Mar 2024 17:30:12 -0400',
   pt_note + '\n' + DISCLAIMER,
   html=simple_html(pt_note + '\n' + DISCLAIMER), patient='Eze')

mk('phi', 'care',
   'Breast Imaging Scheduling <bi-scheduling@%s>' % LG,
   '"Tamika Rowe" <trowe@%s>' % LG,
   'Fw: callback - Pritchard',
   'Mon, 12 Feb 2024 15:21:55 -0500',
   """
Tamika can you grab this one, I'm out tomorrow.

Ms. Pritchard (Sandra) was called back from her screening on 2/9 - left breast, radiologist wants spot compression views + targeted US. I have her down for 2/20 at 8:40 on unit 3, US right after. Dr. Farouk said if it looks like it needs a biopsy they can do the US-guided one same day so tell her to plan for up to 3 hours and not to take her aspirin that morning. She asked if her husband could come in with her, told her waiting room yes, exam room no.

Also she needs a new req, the one from her PCP expired.

-Lorraine
Breast Imaging Center - Scheduling
""", patient='Pritchard')

mk('phi', 'care',
   'Kofi Mensah <kmensah@%s>' % LG,
   'Family Planning Clinic <fp-clinic@%s>' % LG,
   'LARC swap 4/9',
   'Fri, 29 Mar 2024 09:05:37 -0400',
   """
heads up for tuesday - Kaylee Brandt is coming in 4/9 at 10:20 for nexplanon removal + mirena insertion same visit. she's 19, last implant was placed here 2021. she's had breakthrough bleeding on it for months and wants it out.

- needs urine hcg at check in (she knows)
- GC/CT swab, she asked for it
- wants to know if she can take ibuprofen before - told her 800 mg an hour before is fine
- consent forms for both procedures

she's bringing her boyfriend for the ride home but wants him in the waiting room. thx

Kofi Mensah, CNM
Family Planning
""", patient='Brandt')

mk('phi', 'care',
   'Meridian Client Services <clientservices@%s>' % LAB,
   '"Linden Grove Gyn Nursing" <gyn-nursing@%s>' % LG,
   'Critical/Significant Result Notification - Acc 24-071-00882',
   'Mon, 11 Mar 2024 19:44:08 -0500',
   """
MERIDIAN REFERENCE LABORATORY - RESULT NOTIFICATION

Client: Linden Grove Women's Health (Acct 30418)
Patient: FERRANTE, LUCIA
Accession: 24-071-00882
Collected: 03/11/2024 08:15   Received: 03/11/2024 12:02

Test: hCG, Quantitative, Serum
Result: 18,400 mIU/mL

Previous (03/09/2024): 11,950 mIU/mL

Per ordering provider request, this value was phoned to the clinic on-call line at 19:31 and read back by "A. Pruitt, RN". Ordering provider requested repeat draw in 48 hours; a standing order has been placed for 03/13/2024.

This message was generated by Meridian Client Services. Please do not reply to this address; call 1-800-555-0168 option 3.
""", patient='Ferrante')

mk('phi', 'care',
   '"Harbor Light Helpline - Referrals" <referrals@%s>' % HOT,
   '"Linden Grove Family Planning" <fp-intake@%s>' % LG,
   'Referral from Harbor Light (caller consent on file)',
   'Sat, 16 Mar 2024 22:13:50 -0400',
   """
Hello Family Planning team,

Passing along a caller from tonight's line who gave verbal consent for us to share her info with you.

Name: Brianna Tolliver
Best contact: text only, 555-0192
Situation: positive home test x2 last week, LMP she thinks around Jan 12 so roughly 9 weeks. No insurance right now, recently moved from out of state. She would like a dating ultrasound and to talk through all of her options with a clinician, and she's also asking about STI testing. She mentioned she's been really nauseous and hasn't been able to keep much down for 3 days - we told her if she can't keep fluids down to go to urgent care / ER.

We gave her your walk-in hours (Tue/Thu 1-4) and the sliding-fee info. She said she'd try to come Tuesday.

Thank you,
Rochelle (volunteer advocate, Sat night shift)
Harbor Light Pregnancy Helpline
"You are not alone."
""", patient='Tolliver')

mk('phi', 'care',
   'denise.kubiak@%s' % LG,
   'hfarouk@%s' % LG,
   'need op note asap',
   'Tue, 02 Apr 2024 10:11:19 -0400',
   """
hi dr farouk, sorry to bug you -- the payer denied gwendolyn asante's D&C with hysteroscopy from 1/30 (says not medically necessary). i need the signed op note + the ultrasound that showed the thickened lining and your office note from before the procedure to file the appeal. deadline is 4/12. can you sign the op note in the chart, it still shows unsigned on my end?

thx
Denise Kubiak
Billing Office - Appeals
x2290
""", patient='Asante')

# =====================================================================
# PHI - names
# =====================================================================
mk('phi', 'names',
   '"Linh Pham" <lpham@%s>' % LG,
   '"Dr. Okafor" <cokafor@%s>' % LG,
   'Nguyễn Thị Hoa - pap back',
   'Thu, 07 Mar 2024 08:52:30 -0500',
   """
Came back normal, HPV neg. Do you want to call or should I send the letter in Vietnamese? Her daughter usually translates but she said mail is ok.
L
""", patient='Nguyễn Thị Hoa')

mk('phi', 'names',
   'Front Desk Gyn <gyn-front@%s>' % LG,
   '"Sylvie Marchand" <smarchand@%s>' % LG,
   'can we swap?',
   'Mon, 18 Mar 2024 13:37:12 -0400',
   """
Sylvie,

Ms. Abernathy-Kowalczyk's DEXA is booked for the same morning as her hysteroscopy (4/3) and she's not going to want to drive across town to the imaging building right after sedation. Can you move the DEXA to the following week? She said any morning but Wed.

Thanks,
Renée
""", patient='Abernathy-Kowalczyk')

mk('phi', 'names',
   '"Prior Auth Team" <priorauth@%s>' % LG,
   '"Dr. Hana Farouk" <hfarouk@%s>' % LG,
   'ADEYEMI, Folasade -- breast MRI auth',
   'Wed, 06 Mar 2024 10:24:49 -0500',
   """
Dr. Farouk,

Keystone Valley wants a peer-to-peer before they will approve the screening breast MRI for ADEYEMI, Folasade. They're saying the high-risk criteria aren't documented. Her genetic testing (BRCA2 positive) was done at an outside lab in 2022 and is only in the scanned media tab, not in the problem list - could you add it to your note so I can resubmit? If you'd rather do the P2P the number is 1-888-555-0107, ref #PA-2291844.

Thanks,
Gloria
Prior Authorization | Linden Grove Women's Health
""", patient='Adeyemi')

mk('phi', 'names',
   '"Lucía de la Fuente, PT" <ldelafuente@%s>' % LG,
   'PT scheduling <pt-sched@%s>' % LG,
   'Re: van den Heuvel',
   'Tue, 19 Mar 2024 18:09:04 -0400',
   """
yes please put Anne-Marie back on my thursday 7am slot. she's doing much better since the pessary was refitted but I still want to see her weekly through april for the prolapse exercises.

Lucía

On Tue, Mar 19, 2024 at 3:41 PM PT scheduling <pt-sched@lindengrovewh.org> wrote:
> Lucía - Mrs. van den Heuvel called and cancelled Thursday, said she's having
> trouble with the new pessary again and wants to wait until Dr. de Vries sees
> her on the 26th. Do you want her rebooked after that or kept on your Thursday
> early slot?
>
> - Pat
""", patient='van den Heuvel')

mk('phi', 'names',
   '"Dr. Hana Farouk" <hfarouk@%s>' % LG,
   '"Julian Reyes, NP" <jreyes@%s>' % LG,
   're: Priya',
   'Fri, 08 Mar 2024 12:00:26 -0500',
   """
the one from tuesday afternoon clinic, Raghunathan - 5 cm simple-appearing left ovarian cyst on TVUS. repeat ultrasound in 6-8 weeks, after her next period. she was worried about torsion, I went over warning signs. can you make sure the order actually went in? I don't see it.

H
""", patient='Raghunathan')

mk('phi', 'names',
   '"Yasmin Haddad" <yhaddad@%s>' % LG,
   'Interpreter Services <interpreters@%s>' % LG,
   'female Arabic interpreter needed 3/27 10:15',
   'Thu, 21 Mar 2024 09:17:45 -0400',
   """
Hello,

Could we please book an in-person FEMALE Arabic interpreter for Mrs. Fatima Al-Khatib on Wednesday 3/27 at 10:15 in Breast Imaging (2nd floor). It's her first mammogram and she declined a male interpreter and the video line last time. Her family said she's nervous about the compression so please allow the full 45 min.

Yasmin Haddad
Patient Navigator, Breast Imaging Center
Linden Grove Women's Health | 555-0143 x402
""", patient='Al-Khatib')

mk('phi', 'names',
   'Rx refill queue <rx-refills@%s>' % LG,
   '"Meera Mehta, MD" <mmehta@%s>' % LG,
   'RE: RE: Dvořáková, Jana -- HRT refill',
   'Mon, 25 Mar 2024 08:31:59 -0400',
   """
Dr. Mehta, pharmacy called back again about Dvořáková - they need the new script for the combined patch since the old one was for the estradiol only. She has about 3 days left.

-----Original Message-----
From: Meera Mehta, MD
Sent: Friday, March 22, 2024 5:48 PM
To: Rx refill queue
Subject: RE: Dvořáková, Jana -- HRT refill

I'll do it monday, she had her endometrial biopsy last month and it was fine so I'm ok continuing.

-----Original Message-----
From: Rx refill queue
Sent: Friday, March 22, 2024 11:02 AM
Subject: Dvořáková, Jana -- HRT refill

Refill request received via fax from Cedar Pharmacy #118.
""", patient='Dvořáková')

mk('phi', 'names',
   '"Oluwaseun Adebayo, RN" <oadebayo@%s>' % LG,
   '"Dr. Okafor" <cokafor@%s>' % LG,
   'call from husband',
   'Sun, 31 Mar 2024 20:26:14 -0400',
   """
Dr O - on call fyi. Mrs Okonkwo-Bello's husband called about 7:45pm. She's post-op day 4 from her laparoscopic hysterectomy. Pain at the left port site is worse today, no fever (99.1), eating ok, voiding ok. Some bruising around the port. I told him ice, keep up the scheduled ibuprofen + tylenol and call back if fever over 100.4, redness spreading, or vomiting. Said you'd want to see her Tuesday at the post-op anyway but maybe earlier? Her # is on the chart, he's listed on her HIPAA form.

Seun
""", patient='Okonkwo-Bello')

# =====================================================================
# PHI - self
# =====================================================================
mk('phi', 'self',
   'Tamsin Beaumont <tamsin.beaumont@outlook.com>',
   'Breast Imaging <breastimaging@%s>' % LG,
   'Letter saying I need to come back??',
   'Mon, 15 Apr 2024 07:12:40 -0400',
   """
Hello,

My name is Tamsin Beaumont, date of birth 07/22/1979. I had my yearly mammogram at your Fairview location last Thursday and got a letter in the mail yesterday saying I need to come back for "additional imaging" of my right breast. Nobody called me. I've never had a callback before and I'm honestly really scared. My mom had breast cancer at 52.

Can someone please call me and tell me what they saw and book the appointment? I can do any day this week. 555-0174 is my cell.

Thank you,
Tamsin
""", patient='Beaumont')

mk('phi', 'self',
   'rosa delgado <rosad1968@yahoo.com>',
   'menopause-clinic@%s' % LG,
   'hot flashes again',
   'Wed, 03 Apr 2024 23:58:02 -0400',
   """
hi its rosa again. the hot flashes are way worse since i stopped the gabapentin like dr mehta said, i'm up like 5 times a night soaking wet. can she call in something else?? i cant do the hormones bc of the blood clot i had. i read about that new pill veozah? is that an option

sent from my iphone
""", patient='Delgado')

mk('phi', 'self',
   'Carla Marchetti <cmarchetti@marchettiplumbing.com>',
   'Gynecology Appointments <gyn-appts@%s>' % LG,
   'Appointment for my daughter - heavy periods',
   'Tue, 09 Apr 2024 12:40:19 -0400',
   """
Good afternoon,

I'm trying to get an appointment for my daughter Lily Marchetti, she's 15 (DOB 10/02/2008). Her periods have been extremely heavy since about last summer - she soaks through a pad and tampon in an hour on the first two days and has missed 3 days of school this month. Her pediatrician Dr. Sato did bloodwork and said her iron was low and started her on iron pills, and told us to see a gynecologist about it.

The online scheduler won't let me book for a minor. Our insurance is Keystone Valley, I'm the subscriber. Could someone call me at 555-0129? After 3 is best.

Thank you,
Carla Marchetti
""", patient='Marchetti')

mk('phi', 'self',
   'Jolene Whitaker <jwhitaker22@gmail.com>',
   'Billing Office <billing@%s>' % LG,
   'Bill for IUD removal - should be covered',
   'Thu, 21 Mar 2024 14:03:33 -0400',
   """
To whom it may concern,

I received a statement for $412.00 for my IUD removal on 11/14/2023 (account #448812). When I called my insurance they said contraceptive services including removal should be covered at 100% and that your office coded it wrong, maybe as a diagnostic visit instead of preventive? I also had a pap the same day so I'm not sure if that's part of it.

Can you please look into this and resubmit? I'm not paying a bill that isn't mine to pay.

Thanks,
Jolene Whitaker
""", cte='quoted-printable', patient='Whitaker')

self5 = B("""
hi Megan!

quick update before thursday - I've been doing the exercises 3x a day like you said. the leaking when I cough/sneeze is WAY better, maybe once a day now instead of all the time. still happens when I run though, I tried the treadmill on saturday and had to stop after like 10 min. is it too early to go back to running?

also the dilator set came in the mail (the one you recommended) but I haven't been brave enough to try it yet lol. can we go over it on thursday?

and one more thing, my 6 month postpartum appt with Dr. Reyes got moved to the 30th, does that affect anything?

thanks so much!!
Hannah
""")
mk('phi', 'self',
   'Hannah Lindqvist <hlindqvist88@gmail.com>',
   '"Megan Strauss" <mstrauss@%s>' % LG,
   'update + question',
   'Mon, 22 Apr 2024 21:15:48 -0400',
   self5, html=simple_html(self5), patient='Lindqvist')

self6 = B("""
hi i called the line last week and talked to a lady named Pam. my name is Destiny Raines. i found out im pregnant, i think like 6 or 7 weeks. im 22 and i already have a 2 yr old. i dont know what i want to do yet and im scared my boyfriend is going to find out before i decide. Pam said you could help me find a clinic for an ultrasound that doesnt cost anything. can you text me dont call. 555-0115

thank you
""")
mk('phi', 'self',
   'Destiny R <dess.raines03@icloud.com>',
   'Harbor Light Helpline <help@%s>' % HOT,
   '(no subject)',
   'Fri, 26 Apr 2024 01:37:26 -0400',
   self6,
   html='<div dir="ltr">' + htmlmod.escape(self6).replace('\n', '<br>') + '</div><br><div>Sent from my iPhone</div>\n',
   patient='Raines')

mk('phi', 'self',
   '"Graham Whitcombe" <g.whitcombe@btinternet.example.com>',
   'Gynecology <gyn-appts@%s>' % LG,
   'My mother - pessary change overdue',
   'Thu, 02 May 2024 10:22:51 +0100',
   """
Dear Sir/Madam,

I am writing on behalf of my mother, Mrs. Eleanor Whitcombe (born 3 March 1941), who is a patient of Dr. de Vries. She has a ring pessary for prolapse which is meant to be changed every three months. Her last change was in early January, so she is now overdue, and she has noticed some discharge and spotting this past week.

I am currently abroad for work and my sister, Joanna, will be bringing her to any appointment. My mother is quite hard of hearing so please ring Joanna on 555-0150 rather than my mother directly.

Many thanks,
Graham Whitcombe
""", patient='Whitcombe')

# =====================================================================
# PHI - ids
# =====================================================================
mk('phi', 'ids',
   'Meridian Cytology <cytology@%s>' % LAB,
   'gyn-nursing@%s' % LG,
   'Amended report - Acc# MRL-24-0031877',
   'Fri, 08 Mar 2024 14:26:10 -0600',
   """
Please note an AMENDED report has been issued.

Acc# MRL-24-0031877
MRN 00417732 / DOB 3.4.88
Specimen: ThinPrep Pap + HPV reflex genotyping, collected 02/27/24

Original: NILM. Amended: ASC-US. HR HPV: POSITIVE (other high-risk types); HPV 16: negative; HPV 18/45: negative.

Reason for amendment: QC rescreen. Pathologist: R. Ilyin, MD. Please contact cytology at ext 5 with questions.
""", patient='')

mk('phi', 'ids',
   'Vonda Pierce <vpierce@%s>' % LG,
   'claims-support@kvhp.example.com',
   'Denied claim - acct 7730-2219',
   'Tue, 27 Feb 2024 11:19:05 -0500',
   """
Hi,

Following up on a denial we got on the 835 for:

Patient acct: 7730-2219
Member ID: XQH884120337
Patient: J. Sorensen
DOS: 02/14/2024
CPT 77067 (screening mammo, bilateral, incl CAD)
Denial: CO-50

This was a routine annual screening for a 46 y/o with no symptoms - it should not need medical necessity. Can you have it reprocessed or tell me what you need? Our TIN and NPI are on the claim.

Vonda Pierce, CPC
Billing Office | Linden Grove Women's Health
555-0143 x2281
""", patient='Sorensen')

mk('phi', 'ids',
   'gyn-front@%s' % LG,
   'records@%s' % LG,
   'address change + send US report',
   'Wed, 17 Apr 2024 16:44:38 -0400',
   """
pt Adaeze Odunsi 19880304 called from (614) 555-0187. she moved - new address is 41 Larkspur Ct Apt 3B, Fenwick OH 44090. wants a copy of her pelvic ultrasound report from 4/10 mailed there (not the old address on Birchwood!!) and a copy sent to her fertility doc, she'll fax the release. please update demographics too.
""", patient='Odunsi')

mk('phi', 'ids',
   '"Julian Reyes, NP" <jreyes@%s>' % LG,
   'path-followup@%s' % LG,
   'EMB f/u',
   'Thu, 11 Apr 2024 09:33:27 -0400',
   """
Can someone confirm Meridian got the endometrial biopsy from yesterday? Chart 55-10938, DOB 12 Sept 1975, postmenopausal bleeding x2 months. I labeled the container but the requisition printed with the wrong provider. If it's lost I need to bring her back.

JR
""", patient='')

mk('phi', 'ids',
   'Kerry-Ann Lewis <klewis@%s>' % LG,
   'Imaging Records <imaging-records@%s>' % LG,
   'W00381275 - bone density report missing',
   'Mon, 01 Apr 2024 13:05:56 -0400',
   """
Hi team,

W00381275 / 1962.11.30 - she had her DEXA here on 3/18 but the report never crossed into the chart, Dr. Mehta wants it before deciding on starting alendronate at her visit Thurs. Can you re-send from the PACS side?

Kerry-Ann
Menopause Clinic MA
""", patient='')

mk('phi', 'ids',
   '"Gloria Quintanilla" <gquintanilla@%s>' % LG,
   'um-intake@statemedicaid-plan.example.gov',
   'Prior authorization - operative hysteroscopy / Carrasco',
   'Wed, 10 Apr 2024 15:58:11 -0400',
   """
Good afternoon,

Please find the request for prior authorization below. Clinical notes to follow by fax.

Member: Yesenia Carrasco
Medicaid ID: 10482937A
DOB: 1986-05-29
SSN (last 4): 4471
Procedure: CPT 58561 - hysteroscopy with removal of leiomyomata
Dx: N92.0, D25.0
Requested date of service: 05/06/2024
Rendering: Hana Farouk, MD - NPI 1902837465
Facility: Linden Grove Surgery Center

Please contact me at 555-0143 x2276 with any questions.

Gloria Quintanilla
Prior Authorization Specialist
""", patient='Carrasco')

mk('phi', 'ids',
   'Brightwater Family Medicine <referrals@brightwaterfamilymed.com>',
   'Pelvic Health PT <pelvicpt@%s>' % LG,
   'REFERRAL',
   'Tue, 23 Apr 2024 08:01:44 -0400',
   """
REFERRAL - PLEASE SCHEDULE

Pt: see attached face sheet
DOB 8/9/1990
MRN: BFM-2281940
Phone 412-555-0139 (cell), 412-555-0102 (work)
Insurance: Keystone Valley PPO

Reason for referral: postpartum (delivered 1/2024) urinary incontinence and pain with intercourse, failed home Kegel program. Please eval and treat.

Referring: Noor Lindqvist-Amari, MD

Thank you!
Brightwater Family Medicine - Referral Coordinator
""", patient='')

mk('phi', 'ids',
   'Patient Portal Support <portal-help@%s>' % LG,
   'it-helpdesk@%s' % LG,
   'locked portal acct',
   'Fri, 19 Apr 2024 10:37:02 -0400',
   """
IT,

can you unlock portal user k.moreau77@gmail.com? She's locked out after too many tries, DOB on the account is 1/17/92. She's trying to see her HPV results from Monday and is pretty upset that she can't get in, the nurse already told her to check the portal. Last name Moreau, first Katrine.

thx - portal support (Dana)
""", patient='Moreau')

# =====================================================================
# PHI - lists
# =====================================================================
mk('phi', 'lists',
   '"Sylvie Marchand" <smarchand@%s>' % LG,
   'gyn-team@%s' % LG,
   'huddle thurs 3/28',
   'Thu, 28 Mar 2024 07:18:20 -0400',
   """
Morning all, list for today's huddle. Dr. O in OR until 11, Julian covering add-ons.

Time\tPatient\tAge\tReason\tNotes
8:00\tBeatriz Monteiro\t41\tannual + IUD string check\tinterpreter PT
8:20\tShanice Holloway\t28\tpelvic pain f/u\tUS done 3/20, results in chart
8:40\tMargit Szabo\t63\tPMB\tEMB tray in rm 4
9:00\tOPEN
9:20\tTanya Rutledge\t35\tcolpo\tpregnant? - hcg first
9:40\tInés Etxeberria\t52\tHRT consult\tsend to Dr Mehta after
10:00\tPaulette Greer\t47\tfibroids, pre-op\tH&H today

Reminder: the EMB trays are low, Ria is ordering.
-S
""", patient='Monteiro')

mk('phi', 'lists',
   '"Dr. Chiamaka Okafor" <cokafor@%s>' % LG,
   'gyn-oncall@%s' % LG,
   'weekend signout',
   'Fri, 05 Apr 2024 17:55:31 -0400',
   """
Signout for the weekend - Dr. Haas on call.

Inpatient (Mercy General, 5 West):
* Parvaneh Ghorbani, 52 - POD1 TAH/BSO for large fibroid uterus. Foley out this am, voided. Hgb 9.8 from 11.2. Plan d/c Sat if tolerating diet.
* Chloé Mbeki-Laurent, 34 - admitted for IV abx, tubo-ovarian abscess R side, on cefoxitin + doxy. Repeat US Sunday. If not improving, IR consult for drain.

To follow up:
- Trinh Le (Dr. Mehta's pt) - waiting on quant hcg recheck Sat am, if not rising appropriately call her, she knows.
- Ms. Bancroft - called w/ heavy bleeding post-EMB, told to go to ED if >1 pad/hr. Please call Sat to check in. 555-0183.

Thanks & have a quiet one,
CO
""", patient='Ghorbani')

recall_csv = csv_text([
    ['last_name', 'first_name', 'dob', 'mrn', 'screen_date', 'birads', 'recall_for', 'phone', 'contact_attempts'],
    ['Pritchard', 'Sandra', '06/14/1968', '00388127', '2024-02-09', '0', 'L spot compression + US', '555-0161', '2'],
    ['Oyelaran', 'Temitope', '11/30/1975', '00412290', '2024-02-12', '0', 'R calcs mag views', '555-0184', '1'],
    ['Kaczmarek', 'Dorota', '03/03/1959', '00129844', '2024-02-12', '0', 'asymmetry L UOQ', '555-0133', '3'],
    ['Huang', 'Mei-Ling', '08/21/1981', '00501173', '2024-02-13', '0', 'R mass US', '555-0197', '0'],
    ["O'Donoghue", 'Bridget', '01/05/1964', '00277613', '2024-02-13', '0', 'bilateral - tech recall (motion)', '555-0148', '1'],
    ['Sandoval', 'Xiomara', '09/09/1972', '00455019', '2024-02-14', '0', 'L architectural distortion', '555-0122', '2'],
])
mk('phi', 'lists',
   '"Tamika Rowe" <trowe@%s>' % LG,
   '"Yasmin Haddad" <yhaddad@%s>' % LG,
   'recall list - still not scheduled',
   'Fri, 16 Feb 2024 12:33:08 -0500',
   """
Yasmin - these are the BI-RADS 0 callbacks from this week that still aren't on the schedule. Can you take the ones with 2+ attempts and I'll do the rest? Mrs. Kaczmarek doesn't pick up, may need a letter.

Tamika
""", atts=[('birads0_recalls_wk7.csv', 'text', 'csv', recall_csv)], patient='Pritchard')

pending = B("""
MERIDIAN REFERENCE LABORATORY                         PENDING TEST REPORT
CLIENT: 30418 LINDEN GROVE WOMEN'S HEALTH             RUN: 03/19/2024 06:00
-----------------------------------------------------------------------------
ACCESSION     PATIENT NAME              DOB         TEST                STATUS
-----------------------------------------------------------------------------
24-075-01144  HARGREAVE, MONICA L       02/17/1983  TPAP/HPV            IN CYTO
24-075-01150  NWOSU, IFEOMA             07/30/1990  CT/NG NAAT          RECEIVED
24-076-00392  TRAN, BICH NGOC           12/01/1979  AMH                 SENDOUT
24-076-00418  FITZGERALD-ROSS, KATE     04/22/1995  HCG QUANT           COMPLETE*
24-077-00021  BELLAMY, JOAN             09/14/1957  SURG PATH ENDOMET   IN GROSS
24-077-00077  RAMASWAMY, LAKSHMI        05/05/1988  PROGESTERONE D21    RECEIVED
-----------------------------------------------------------------------------
* RESULT AVAILABLE - NOT YET ACKNOWLEDGED BY CLIENT
TOTAL PENDING: 6
""")
mk('phi', 'lists',
   'Meridian Reports <no-reply-reports@%s>' % LAB,
   'gyn-nursing@%s' % LG,
   'Daily Pending Report - Client 30418',
   'Tue, 19 Mar 2024 06:00:14 -0500',
   """
Attached is your daily pending test report. To stop receiving this report contact Client Services.
""", atts=[('PENDING_30418_20240319.txt', 'text', 'plain', pending)], patient='Hargreave')

denials = csv_text([
    ['Acct', 'Patient', 'DOB', 'Payer', 'DOS', 'CPT', 'ICD10', 'Billed', 'CARC', 'Remark'],
    ['7731-0042', 'Lozano, Marisol', '1991-02-11', 'Keystone Valley', '2024-01-08', '58300', 'Z30.430', '640.00', 'CO-4', 'modifier'],
    ['7731-0118', 'Whitfield, Aisha', '1984-07-19', 'Medicaid', '2024-01-10', '76830', 'N83.201', '310.00', 'CO-197', 'no auth'],
    ['7731-0203', 'Petrova, Svetlana', '1969-12-03', 'Aetna', '2024-01-11', '77080', 'Z78.0', '185.00', 'CO-50', ''],
    ['7731-0250', 'Ochoa-Vidal, Luz', '1977-03-25', 'Keystone Valley', '2024-01-15', '57454', 'R87.610', '420.00', 'CO-16', 'missing path'],
    ['7731-0311', 'Kamara, Hawa', '1993-10-08', 'Medicaid', '2024-01-17', '11983', 'Z30.46', '390.00', 'CO-97', 'bundled'],
])
mk('phi', 'lists',
   '"ClearPath RCM - Reporting" <reports@clearpathrcm.example.com>',
   'Denise Kubiak <denise.kubiak@%s>' % LG,
   'January denial worklist (encrypted zip per your request)',
   'Mon, 18 Mar 2024 08:10:40 -0500',
   """
Hi Denise,

Attached is the January denial worklist for Linden Grove. I zipped it like last time, password will come in a separate email. 5 open items, the CO-197 is the one we talked about on the call.

Best,
Marcus Tillery
Account Manager, ClearPath RCM
""", atts=[('LGWH_denials_2024-01.zip', 'application', 'zip',
            zip_bytes([('LGWH_denials_2024-01.csv', denials)]))], patient='Lozano')

pt_sched_txt = B("""
Pelvic PT schedule - Wed 4/10 (Megan / Lucía)

 Time  | Patient               | Visit | Dx / focus                 | Notes
-------+-----------------------+-------+----------------------------+------------------
 7:00  | Dahlia Ferreira-Lund  | 3/12  | postpartum diastasis       | bring baby ok
 8:00  | Roxanne Ebersole      | 8/10  | vaginismus, dilators       | re-auth needed
 9:00  | Noa Ben-Ami           | IE    | IC / bladder pain          | new - long form
 10:00 | Gwen Tuttle           | 5/8   | prolapse, post pessary     | Dr. de Vries pt
 11:00 | Mercedes Villalobos   | 2/6   | fecal urgency              | Spanish
""")
pt_sched_html = ('<html><body><p>Tomorrow\'s schedule below, Noa is a new eval so block 90.</p>'
                 '<table border="1" cellpadding="3" style="border-collapse:collapse">'
                 '<tr><th>Time</th><th>Patient</th><th>Visit</th><th>Dx / focus</th><th>Notes</th></tr>'
                 '<tr><td>7:00</td><td>Dahlia Ferreira-Lund</td><td>3/12</td><td>postpartum diastasis</td><td>bring baby ok</td></tr>'
                 '<tr><td>8:00</td><td>Roxanne Ebersole</td><td>8/10</td><td>vaginismus, dilators</td><td>re-auth needed</td></tr>'
                 '<tr><td>9:00</td><td>Noa Ben-Ami</td><td>IE</td><td>IC / bladder pain</td><td>new - long form</td></tr>'
                 '<tr><td>10:00</td><td>Gwen Tuttle</td><td>5/8</td><td>prolapse, post pessary</td><td>Dr. de Vries pt</td></tr>'
                 '<tr><td>11:00</td><td>Mercedes Villalobos</td><td>2/6</td><td>fecal urgency</td><td>Spanish</td></tr>'
                 '</table><p>-Pat</p></body></html>\n')
mk('phi', 'lists',
   'PT scheduling <pt-sched@%s>' % LG,
   'pelvicpt@%s' % LG,
   'Wed 4/10 schedule',
   'Tue, 09 Apr 2024 16:20:00 -0400',
   "Tomorrow's schedule below, Noa is a new eval so block 90.\n\n" + pt_sched_txt + "\n-Pat\n",
   html=pt_sched_html, patient='Ferreira-Lund')

larc = [
    ['Patient', 'MRN', 'DOB', 'Method', 'Insert date', 'Due for', 'Phone', 'Called?'],
    ['Jazmin Arriaga', '00533019', '2/2/2001', 'Nexplanon', '3/14/2021', 'removal/replace', '555-0171', 'LM x1'],
    ['Kelechi Obi', '00520188', '6/17/1996', 'Paragard', '1/09/2014', 'exp 2024', '555-0105', 'Y - sched 5/2'],
    ['Amber Strickland', '00498801', '9/28/1989', 'Mirena', '4/01/2016', 'exp 2024 (8 yr)', '555-0126', ''],
    ['Thuy Vo', '00540077', '12/12/1998', 'Kyleena', '4/20/2019', 'exp 2024', '555-0158', 'declined'],
]
mk('phi', 'lists',
   'Kofi Mensah <kmensah@%s>' % LG,
   'fp-clinic@%s' % LG,
   'LARC expiring list',
   'Wed, 10 Apr 2024 13:48:27 -0400',
   """
here's the spreadsheet of LARCs expiring this yr that haven't been seen yet. column H is where you mark calls. pls finish by end of month, I'll pull the next batch.
""", atts=[('LARC_expiring_2024.xlsx', 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx_bytes(larc, 'Expiring'))],
   patient='Arriaga')

# =====================================================================
# PHI - struct
# =====================================================================
mk('phi', 'struct',
   '"Victor Anand" <vanand@%s>' % LAB,
   '"LGWH Interface Team" <interfaces@%s>' % LG,
   'RE: ORU not filing - OBX-5 too long?',
   'Thu, 14 Mar 2024 10:22:37 -0500',
   """
Hi Priscilla,

Here's the raw message from our outbound log that your engine rejected this morning. I think it's the OBX-5 on the comment line - we send it as one FT segment and your side seems to cap at 200.

MSH|^~\\&|MERIDIAN|MRL|EPIC|LGWH|20240314081502||ORU^R01|MRL0314081502771|P|2.5.1
PID|1||00417732^^^LGWH^MR||HOLLISTER^CAMILLE^R||19880304|F|||2207 QUARRY HILL RD^^FENWICK^OH^44090||(614)555-0176
PV1|1|O|GYN^^^LGWH||||1457823390^OKAFOR^CHIAMAKA
ORC|RE|LG8841022|24-068-00911
OBR|1|LG8841022|24-068-00911|88175^CYTOPATH C/V AUTO THIN LAYER^CPT|||20240227101500|||||||||1457823390^OKAFOR^CHIAMAKA||||||20240314081000|||F
OBX|1|FT|19762-4^General categories^LN||EPITHELIAL CELL ABNORMALITY||||||F
OBX|2|FT|19769-9^Interpretation^LN||ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US)||||||F
OBX|3|ST|59420-0^HPV 16^LN||NEGATIVE||||||F
OBX|4|ST|69002-4^HPV 18/45^LN||NEGATIVE||||||F
OBX|5|ST|71431-1^HPV other HR^LN||POSITIVE|||A|||F

Can you confirm the length limit on your side? We can split it into multiple OBX if needed.

Thanks,
Victor Anand
Interface Analyst II, Meridian Reference Laboratory
""", patient='Hollister')

adt = ('MSH|^~\\&|REG|LGWH|HIE|STATEHIE|20240312133015||ADT^A04|LG20240312133015088|P|2.3\r'
       'EVN|A04|20240312133015\r'
       'PID|1||00540233^^^LGWH^MR~XQH551209884^^^KVHP^MB||NAKASHIMA-BRENNAN^EMIKO^^^^^L||19920619|F||A|77 WESTOVER LN^APT 12^FENWICK^OH^44090||(614)555-0119|||S||7730-5512\r'
       'PV1|1|O|MAMMO^BIC^^LGWH||||1902837465^FAROUK^HANA|||MAM||||1|||||V20240312-4471\r'
       'DG1|1|I10|Z12.31^ENCNTR SCREEN MAMMOGRAM FOR MALIGNANT NEOPLASM OF BREAST^I10\r'
       'IN1|1|KVPPO|KV01|KEYSTONE VALLEY HEALTH PLAN|||||||||||NAKASHIMA-BRENNAN^EMIKO|SEL|19920619\r').encode('ascii')
mk('phi', 'struct',
   '"Priscilla Doan" <pdoan@%s>' % LG,
   'hie-support@statehie.example.org',
   'Ticket 58812 - A04 from LGWH rejected at your end',
   'Tue, 12 Mar 2024 14:05:50 -0400',
   """
Hello HIE support,

Attaching the A04 that bounced with "PID-5 invalid". I believe it's the hyphenated surname + the trailing name type code. This is a real registration from our breast imaging center today so please handle accordingly and delete after troubleshooting.

Priscilla Doan
Integration Engineer, IT Applications
Linden Grove Women's Health
""", atts=[('ADT_A04_LG20240312133015088.hl7', 'application', 'octet-stream', adt)],
   patient='Nakashima-Brennan')

mk('phi', 'struct',
   'Vonda Pierce <vpierce@%s>' % LG,
   '"Marcus Tillery" <mtillery@clearpathrcm.example.com>',
   'rejected 837 - loop 2010BA',
   'Wed, 20 Mar 2024 09:44:15 -0400',
   """
Marcus - clearinghouse kicked this one back, "subscriber DOB invalid". Pasting what our system generated, the DMG looks right to me? can you check what the payer is seeing

ST*837*0021*005010X222A1~BHT*0019*00*LG0320A*20240320*0915*CH~
NM1*85*2*LINDEN GROVE WOMENS HEALTH*****XX*1588204731~
HL*2*1*22*0~SBR*P*18*KV01PPO******CI~
NM1*IL*1*OYELARAN*TEMITOPE****MI*XQH772019335~N3*1840 SPRINGMEADOW DR~N4*FENWICK*OH*44090~
DMG*D8*19751130*F~
NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KV01~
CLM*7731-0477*385.00***22:B:1*Y*A*Y*Y~
HI*ABK:R92.8~
NM1*82*1*FAROUK*HANA****XX*1902837465~
LX*1~SV1*HC:77065:LT*245.00*UN*1***1~DTP*472*D8*20240216~
LX*2~SV1*HC:76641:LT*140.00*UN*1***1~DTP*472*D8*20240216~
SE*17*0021~

thx
Vonda
""", patient='Oyelaran')

era = B("""
CLP*7731-0203*4*185*0**12*24031500871*11*1~
NM1*QC*1*PETROVA*SVETLANA*A***MI*W882030155~
NM1*82*1*MEHTA*MEERA****XX*1730492281~
DTM*232*20240111~
SVC*HC:77080*185*0**1~
CAS*CO*50*185~
LQ*HE*N115~
""")
mk('phi', 'struct',
   'Denise Kubiak <denise.kubiak@%s>' % LG,
   '"Billing Office" <billing-team@%s>' % LG,
   'FW: 835 for Petrova DEXA',
   'Fri, 15 Mar 2024 15:12:48 -0400',
   """
team - this is the ERA piece for the denied DEXA. N115 = LCD not met. She's 54 and on an aromatase inhibitor which SHOULD meet criteria, Dr. Mehta's note just doesn't say it. I'm sending it back to clinical for an addendum before we appeal.

""" + era + """
Denise
""", patient='Petrova')

mk('phi', 'struct',
   'Eligibility Bot <elig-noreply@clearpathrcm.example.com>',
   'fp-intake@%s' % LG,
   '271 Response - Trace 88201944',
   'Mon, 08 Apr 2024 07:31:22 -0500',
   """
Eligibility response received for request trace 88201944. Raw 271 below for your records.

ISA*00*          *00*          *ZZ*KVHP271        *ZZ*CLEARPATH      *240408*0731*^*00501*000088201*0*P*:~
GS*HB*KVHP*CLEARPATH*20240408*0731*88201*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*88201944*20240408*0731~
HL*1**20*1~NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KV01~
HL*2*1*21*1~NM1*1P*2*LINDEN GROVE WOMENS HEALTH*****XX*1588204731~
HL*3*2*22*0~TRN*2*88201944*9CLEARPATH~
NM1*IL*1*ARRIAGA*JAZMIN****MI*XQH903318842~
N3*509 ORCHARD ST APT 2~N4*FENWICK*OH*44091~
DMG*D8*20010202*F~
EB*1*IND*30*PR*KVHMO~
EB*A*IND*BT***23*0~MSG*CONTRACEPTIVE SERVICES COVERED 100 PCT IN NETWORK~
SE*15*0001~GE*1*88201~IEA*1*000088201~

Coverage: ACTIVE. Benefit: Family planning, 0% coinsurance in-network.
""", patient='Arriaga')

fhir = '''{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lgwh-00501173",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00501173"}],
        "name": [{"family": "Huang", "given": ["Mei-Ling"]}],
        "gender": "female",
        "birthDate": "1981-08-21",
        "telecom": [{"system": "phone", "value": "555-0197", "use": "mobile"}],
        "address": [{"line": ["3301 Glenhaven Ave"], "city": "Fenwick", "state": "OH", "postalCode": "44090"}]
      }
    },
    {
      "resource": {
        "resourceType": "DiagnosticReport",
        "id": "us-breast-20240222",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "24601-7", "display": "US Breast"}]},
        "subject": {"reference": "Patient/lgwh-00501173"},
        "effectiveDateTime": "2024-02-22T09:40:00-05:00",
        "conclusion": "Right breast 10:00 4 cm FN: 9 x 6 mm oval circumscribed hypoechoic mass, parallel orientation. BI-RADS 3, probably benign. 6 month follow-up ultrasound recommended."
      }
    }
  ]
}
'''
mk('phi', 'struct',
   '"Ravi Subramaniam" <rsubramaniam@%s>' % LG,
   '"Ellen Brandvold" <ebrandvold@mammotrackhq.example.com>',
   'FHIR export sample for the tracking integration',
   'Wed, 28 Feb 2024 11:05:31 -0500',
   """
Ellen,

As discussed on Monday's call, attached is one real bundle from our FHIR endpoint so you can see how we populate the follow-up recommendation in DiagnosticReport.conclusion (we don't use a coded recommendation yet). Please don't load it anywhere outside your secure dev tenant - our BAA covers it but I'd rather we switch to synthetic once you've mapped the fields.

Ravi Subramaniam
Clinical Applications Analyst - Radiology
""", atts=[('bundle_us_breast_00501173.json', 'application', 'json', fhir.encode('utf-8'))],
   patient='Huang')

mk('phi', 'struct',
   'Records Release <roi@%s>' % LG,
   '"Dr. Pablo Serrano" <pserrano@fenwickoncology.example.com>',
   'Secure: CCD for shared patient',
   'Thu, 04 Apr 2024 14:41:09 -0400',
   """
Dr. Serrano,

Per the referral, here is the relevant section of the CCD our system generated, since your office said the attachment didn't open. Full document follows via Direct.

<recordTarget>
  <patientRole>
    <id extension="00277613" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP"><streetAddressLine>18 Tamarack Way</streetAddressLine><city>Fenwick</city><state>OH</state><postalCode>44092</postalCode></addr>
    <telecom use="HP" value="tel:+1-614-555-0148"/>
    <patient>
      <name><given>Bridget</given><given>Anne</given><family>O'Donoghue</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19640105"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests/laboratory data"/>
  <title>Results</title>
  <text>
    <table><tbody>
      <tr><td>US-guided core biopsy, left breast 2:00</td><td>03/28/2024</td><td>Invasive ductal carcinoma, grade 2, ER+/PR+/HER2-</td></tr>
    </tbody></table>
  </text>
</section>

Release of Information
Linden Grove Women's Health
""", cte='quoted-printable', patient="O'Donoghue")

# =====================================================================
# PHI - lang
# =====================================================================
mk('phi', 'lang',
   'Guadalupe Ramírez <lupita.ramirez.s@hotmail.com>',
   'citas@%s' % LG,
   'Resultados del papanicolau',
   'Mon, 25 Mar 2024 19:02:47 -0400',
   """
Buenas tardes,

Soy Guadalupe Ramírez Soto, mi fecha de nacimiento es 14/06/1983. Me hicieron el papanicolau el 4 de marzo con la doctora Okafor y me llegó una carta en inglés que dice que salió "anormal" y que necesito una colposcopia. No entiendo bien qué significa. ¿Es cáncer? ¿Me pueden llamar en español por favor? Mi número es 555-0137.

También quería preguntar si puedo seguir tomando mis pastillas anticonceptivas antes del procedimiento.

Muchas gracias,
Lupita
""", patient='Ramírez Soto')

mk('phi', 'lang',
   '"Fernanda Costa" <fcosta@%s>' % LG,
   '"Dr. Hana Farouk" <hfarouk@%s>' % LG,
   'Re: Sra. Albuquerque - resumo da ligação',
   'Wed, 03 Apr 2024 11:26:33 -0400',
   """
Dra. Farouk, seguem as anotações da ligação em português (traduzi embaixo):

"Paciente Márcia Albuquerque, 58 anos, ligou preocupada porque ainda sente um nódulo na mama esquerda depois da mamografia de 15/03, que veio normal. Diz que o nódulo está maior e um pouco dolorido. Pediu ultrassom. Toma tamoxifeno há 2 anos."

English: Mrs. Márcia Albuquerque, 58, called worried that she still feels a lump in her left breast after her normal mammogram on 3/15. She says it's bigger and a bit tender. Asking for an ultrasound. On tamoxifen x2 years.

I told her you'd review today. Her cell is in the chart.

Fernanda Costa
Medical Interpreter (PT/ES)
""", patient='Albuquerque')

mk('phi', 'lang',
   'Tran Minh Thu <thu.tran.minh@gmail.com>',
   'Breast Imaging <breastimaging@%s>' % LG,
   'Hỏi về kết quả chụp nhũ ảnh của mẹ tôi',
   'Sat, 06 Apr 2024 09:48:12 -0400',
   """
Chào bác sĩ,

Mẹ tôi là Trần Thị Lan, sinh năm 1958. Mẹ tôi đã chụp nhũ ảnh ở phòng khám ngày 28 tháng 3. Hôm qua mẹ tôi nhận được thư nói là cần chụp thêm hình và siêu âm vú bên phải. Mẹ tôi không đọc được tiếng Anh nên rất lo lắng.

Xin cho tôi biết kết quả có nghiêm trọng không và đặt lịch hẹn giúp mẹ tôi. Tôi sẽ đi cùng để phiên dịch. Số điện thoại của tôi là 555-0166.

Cảm ơn bác sĩ,
Thu (con gái)
""", cte='base64', patient='Trần Thị Lan')

mk('phi', 'lang',
   'Mirlande Joseph <mirlandej509@yahoo.com>',
   'fp-intake@%s' % LG,
   'Randevou',
   'Tue, 16 Apr 2024 14:31:20 -0400',
   """
Bonjou,

Mwen se Mirlande Joseph. Mwen te fè yon tès gwosès lakay mwen e li pozitif. Dènye règ mwen te 2 mas. Mwen vle fè yon sonogram epi pale ak yon doktè. Mwen pa gen asirans. Èske nou gen yon moun ki pale kreyòl? Nimewo telefòn mwen se 555-0178.

Mèsi anpil,
Mirlande
""", patient='Joseph')

mk('phi', 'lang',
   'Ольга Смирнова <olga.smirnova.1966@mail.example.ru>',
   'menopause-clinic@%s' % LG,
   'Вопрос по гормональной терапии',
   'Thu, 18 Apr 2024 22:05:59 -0400',
   """
Здравствуйте, доктор Мехта!

Меня зовут Ольга Смирнова, дата рождения 09.11.1966. Я была у Вас на приёме 2 апреля. Вы назначили мне эстрадиол гель и прогестерон. После двух недель приливы стали меньше, но появились мажущие кровянистые выделения и болит грудь. Это нормально? Нужно ли прекратить прогестерон?

Также хочу уточнить, когда мне нужно сделать маммографию — в прошлом году я её не делала.

С уважением,
Ольга
""", patient='Смирнова')

mk('phi', 'lang',
   'Maricel Dela Cruz <maricel.delacruz@outlook.com>',
   'Family Planning Clinic <fp-clinic@%s>' % LG,
   'tanong po tungkol sa IUD ko',
   'Mon, 22 Apr 2024 06:14:37 -0400',
   """
Magandang umaga po,

Ako po si Maricel Dela Cruz, pasyente po ni Nurse Kofi. Nilagyan po ako ng copper IUD noong Abril 9. Simula noon po, sobrang lakas ng regla ko at masakit ang puson ko lalo na sa gabi. Hindi ko rin po makapa yung string. Normal lang po ba ito o kailangan ko bumalik para sa ultrasound?

Salamat po,
Maricel
0917 555 0143
""", patient='Dela Cruz')

mk('phi', 'lang',
   'Laila Haddad <laila.h.haddad@gmail.com>',
   'Breast Imaging <breastimaging@%s>' % LG,
   'موعد الماموغرام',
   'Wed, 24 Apr 2024 10:50:03 -0400',
   """
مرحباً،

أنا ليلى حداد، تاريخ ميلادي 22/01/1974. عندي موعد تصوير الثدي (ماموغرام) يوم الثلاثاء القادم الساعة 9:30. قبل أسبوعين أجريت خزعة من الثدي الأيسر في مستشفى آخر وكانت النتيجة حميدة. هل يجب أن أحضر التقرير معي؟ وهل يمكن أن تكون الفنية امرأة؟

شكراً جزيلاً،
ليلى
""", patient='Haddad')

mk('phi', 'lang',
   '"Wei Zhang (Interpreter)" <wzhang@%s>' % LG,
   '"Meera Mehta, MD" <mmehta@%s>' % LG,
   '陈女士 电话留言 / phone msg Chen',
   'Fri, 26 Apr 2024 15:17:44 -0400',
   """
Dr. Mehta，

陈秀英女士（出生日期1963年5月8日）今天打电话，说骨密度检查后您开的阿仑膦酸钠她吃了以后胃很痛，想问能不能换成打针。她下周二有空来复诊。

Summary: Ms. Chen Xiuying (DOB 5/8/1963) called, says the alendronate you started after her bone density scan is giving her bad stomach pain, asks about switching to an injection. Available next Tuesday for a visit.

Wei Zhang
Mandarin/Cantonese Interpreter
""", patient='Chen')

# =====================================================================
# CLEAN - admin
# =====================================================================
mk('clean', 'admin',
   'ServiceDesk <servicedesk@%s>' % LG,
   '"Tamika Rowe" <trowe@%s>' % LG,
   '[INC0048823] Updated: Label printer Mammo Suite 2 - jamming',
   'Wed, 14 Feb 2024 10:03:27 -0500',
   """
Incident INC0048823 has been updated.

Short description: Label printer Mammo Suite 2 - jamming
Caller: Tamika Rowe (x2417)
Location: Breast Imaging Center, 2nd floor, Suite 2
Assigned to: Desktop Support - Hector Villanueva
Priority: 3 - Moderate
State: In Progress

Work notes (Hector Villanueva, 02/14/2024 09:58):
Replaced platen roller on Zebra ZD421 asset LG-PR-00731. Test labels printing fine. Will leave open 24h to confirm. If it jams again please call x4357 and reference the incident number.

To view this incident, log in to the Service Portal.
""")

mk('clean', 'admin',
   '"Sylvie Marchand" <smarchand@%s>' % LG,
   'gyn-providers@%s' % LG,
   'June call schedule - DRAFT v2',
   'Mon, 22 Apr 2024 12:12:12 -0400',
   """
Hi all, v2 of June call. Changes from v1 in caps. Please reply by Friday if you need a swap, after that it goes to the operator.

6/1-6/2   (wknd)  Haas
6/3-6/9           Okafor
6/10-6/16         FAROUK (swapped w/ Haas)
6/17-6/23         de Vries
6/24-6/30         HAAS

Backup for OB/gyn ED consults is Mercy's laborist as usual. Julian and Kofi are not on the call pool in June (Kofi is on leave 6/10-6/28).

Thanks!
Sylvie Marchand
Practice Manager, Gynecology
555-0143 x2201
""")

mk('clean', 'admin',
   'accounts.receivable@clearpathrcm.example.com',
   'ap@%s' % LG,
   'Invoice INV-20931 - ClearPath RCM - March 2024',
   'Mon, 01 Apr 2024 06:00:00 -0500',
   """
Dear Linden Grove Accounts Payable,

Please find your invoice summary for March 2024 below. A PDF copy is available in the client portal.

Invoice #: INV-20931
Customer account: 100442
Billing period: 03/01/2024 - 03/31/2024

Claims submitted (837P/837I)       4,118 @ $0.38     $1,564.84
Eligibility transactions (270/271) 6,902 @ $0.12       $828.24
ERA processing (835)               3,771 @ $0.10       $377.10
Denial management (flat)                             $2,500.00
                                                    -----------
Total due                                            $5,270.18

Terms: Net 30. Remit to ClearPath RCM, PO Box 55190, Columbus OH 43255. ACH details on file.

Questions? billing@clearpathrcm.example.com or 1-800-555-0114.
""")

hr = B("""
Hi team,

Open enrollment for 2025 benefits runs Oct 28 - Nov 15. A few things that changed:

- The employee plan will cover screening mammograms, pap/HPV and contraception at 100% whether or not you use Linden Grove providers (in-network only).
- Fertility benefit increased to a $15,000 lifetime max.
- New: menopause support program through CareBridge, including virtual visits, at no cost to employees on the PPO.
- Dependent care FSA limit unchanged at $5,000.

Information sessions: Tue 10/29 at noon (Conf Rm B) and Thu 11/7 at 4pm (Teams). Bring your employee ID (it starts with E0) if you want help logging into the benefits portal.

Questions: Charmaine Ruiz, HR Benefits, x2105.

Thanks,
Human Resources
""")
mk('clean', 'admin',
   'Human Resources <hr@%s>' % LG,
   'all-staff@%s' % LG,
   'Open Enrollment starts Oct 28 - what changed',
   'Mon, 14 Oct 2024 08:30:00 -0400',
   hr, html=simple_html(hr))

mk('clean', 'admin',
   'Facilities <facilities@%s>' % LG,
   'all-staff@%s' % LG,
   'Elevator B out of service Tues-Weds',
   'Fri, 05 Apr 2024 15:47:10 -0400',
   """
All,

Elevator B (the one by the lab draw station) will be out of service Tuesday 4/9 7am through Wednesday 4/10 end of day for annual inspection and cable replacement.

Patients going to Breast Imaging and Pelvic PT on the 2nd floor should use Elevator A by the main entrance. Front desk staff, please let anyone using a wheelchair or walker know when they check in. We'll have a volunteer at the B elevator lobby redirecting people.

Contact Dwayne Pickett, Facilities Supervisor, x4410 or cell 555-0190 with any issues.

Thanks for your patience!
""")

mk('clean', 'admin',
   'Medical Staff Office <medstaff@%s>' % LG,
   'credentialing@kvhp.example.com',
   'Provider enrollment - Imani Sutherland-Oke, MD (new hire)',
   'Tue, 07 May 2024 09:12:33 -0400',
   """
Hello,

Please add the following provider to the Linden Grove Women's Health group contract (group NPI 1588204731, TIN 34-1928837):

Provider: Imani Sutherland-Oke, MD
Specialty: Obstetrics & Gynecology (menopause/midlife focus)
Individual NPI: 1366920458
State license: OH 35.144920
DEA: on file (will send separately)
CAQH ID: 15822031
Start date: 07/01/2024
Locations: Main campus, Fairview satellite

Attached items will follow via the credentialing portal. Please contact me with any questions.

Roberta Finch, CPMSM
Medical Staff & Credentialing Coordinator
555-0143 x2010
""")

mk('clean', 'admin',
   '"Denise Kubiak" <denise.kubiak@%s>' % LG,
   'billing-team@%s' % LG,
   'March month-end numbers',
   'Tue, 02 Apr 2024 17:02:18 -0400',
   """
Hi all - March close is done, nice work.

Charges: $1.92M (up 4% vs Feb)
Collections: $1.31M
Denial rate: 6.2% (Feb 7.9%)
Top denial reasons: CO-197 no auth (mostly breast MRI and pelvic US), CO-16 missing info, CO-50 med necessity (DEXA)
A/R > 90 days: 11.4%
Clean claim rate: 94.8%

Reminder that the Keystone Valley auth rule for diagnostic breast US changes 5/1 - Gloria will do a 15-min walkthrough at Thursday's huddle.

Denise Kubiak
Billing Office Supervisor
""")

# =====================================================================
# CLEAN - lookalike
# =====================================================================
mk('clean', 'lookalike',
   'CoreHouse Fitness <bookings@corehousefitness.example.com>',
   'Stephanie Arbogast <steph.arbogast@gmail.com>',
   'Booking confirmed: Reformer - Pelvic Floor & Core (Fri 6:30 AM)',
   'Wed, 10 Apr 2024 18:22:05 -0400',
   """
Hi Stephanie,

You're booked!

Class: Reformer - Pelvic Floor & Core
Date: Friday, April 12, 6:30 AM (50 min)
Instructor: Dana Whitlock
Studio: Riverside, Room 2
Member #: 44810
Spot: Reformer 7

Remember to complete your health questionnaire in the app if you haven't yet - it's required for all reformer classes. Late cancellations (under 12 hours) use one class credit.

See you on the mat,
CoreHouse Fitness
""")

mk('clean', 'lookalike',
   'Maplewood Animal Hospital <frontdesk@maplewoodvet.example.com>',
   'Mrs. Ruth Harrington <ruthharrington@comcast.example.net>',
   "Biscuit's discharge instructions - spay 4/16",
   'Tue, 16 Apr 2024 16:40:51 -0400',
   """
Hi Mrs. Harrington,

Biscuit did great today! Her ovariohysterectomy (spay) went smoothly and she's resting comfortably. She can go home any time after 5:30pm.

Patient: Biscuit (canine, Beagle mix, 7 mo, 11.2 kg)
Patient ID: 20418
Procedure: Ovariohysterectomy
Medications going home: Meloxicam 1.5 mg/mL oral suspension - 1.1 mL by mouth once daily with food x 5 days. Start tomorrow morning.

- E-collar (cone) on at all times for 10-14 days
- Leash walks only, no running/jumping
- Check incision twice daily; call us for redness, swelling, or discharge
- Recheck / incision check in 10-14 days

Dr. Paulina Okoye, DVM
Maplewood Animal Hospital  |  555-0117
""")

mk('clean', 'lookalike',
   'Fenwick Teachers Credit Union <alerts@fenwicktcu.example.com>',
   'Leticia Navarro <lnavarro1979@yahoo.com>',
   'Your e-Statement is ready - Member #0038812740',
   'Wed, 01 May 2024 04:15:00 -0400',
   """
Dear LETICIA NAVARRO,

Your April 2024 e-Statement for Member #0038812740 is now available in Online Banking.

Share Savings (S00)          $1,204.18
Checking (S10)               $3,377.52
Auto Loan (L01) payment due  05/15/2024   $318.40

For your security, we will never ask for your full member number, date of birth, or PIN by email. If you receive a message asking for these, call us at 555-0112.

Fenwick Teachers Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike',
   'SkyLark Airways <itinerary@skylarkair.example.com>',
   'Andrea Kovač <andrea.kovac@outlook.com>',
   'Your trip confirmation - QX7P2L - Columbus to Zagreb',
   'Thu, 28 Mar 2024 13:55:21 -0400',
   """
Booking reference: QX7P2L

Passenger: MS ANDREA KOVAC
Date of birth (for passport check): 11 Aug 1990
Frequent flyer: SL 882 104 339 (Silver)

OUTBOUND  Fri 21 Jun  CMH 17:05 -> JFK 19:00   SL 2210   Seat 14C
          Fri 21 Jun  JFK 21:40 -> ZAG 13:25+1 SL 118    Seat 31A
RETURN    Sun 07 Jul  ZAG 14:10 -> JFK 17:15   SL 119    Seat 30A
          Sun 07 Jul  JFK 19:30 -> CMH 21:31   SL 2249   Seat 12D

Special service requests: none. Meal: standard.

Need extra help at the airport, medical clearance to fly, or to travel with medical devices? Manage your booking online up to 48 hours before departure.
""")

mk('clean', 'lookalike',
   'Claims <claims@buckeyeautomutual.example.com>',
   'Trevor Lindholm <t.lindholm@gmail.com>',
   'Claim AC-2024-118842 - rear-end collision 3/2',
   'Mon, 11 Mar 2024 11:30:45 -0500',
   """
Hi Trevor,

Thanks for speaking with me this morning. Summary of your claim:

Claim number: AC-2024-118842
Policy: BAM-7720193-04
Date of loss: 03/02/2024
Vehicle: 2019 Honda CR-V, VIN ending 48821
Injuries reported: none (you and your passenger declined medical treatment at scene)
Damage: rear bumper, liftgate, rear sensor array
Estimate: $4,380.12 at Fenwick Collision Center
Deductible: $500

The other driver's carrier has accepted liability, so we'll pursue subrogation and you should get your deductible back. A rental is authorized for up to 10 days.

Beth Ann Gorski
Claims Adjuster, Buckeye Auto Mutual
555-0131 ext 7
""")

mk('clean', 'lookalike',
   'Greenleaf Tree Surgeons <office@greenleaftree.example.com>',
   'Harold Bixby <hbixby@gmail.com>',
   'Quote #Q-3391 - oak crown reduction & ash removal',
   'Fri, 19 Apr 2024 08:07:30 -0400',
   """
Hi Harold,

Thanks for having us out Wednesday. As discussed:

1. Red oak (front yard) - crown reduction ~20%, remove deadwood and the diseased limb over the driveway (canker, hollow at the union). $1,150
2. Green ash (back fence) - advanced emerald ash borer damage, canopy ~60% dieback. Not a candidate for treatment; recommend full removal + stump grinding. $2,400
3. Soil injection / root health treatment for the two maples (preventative, optional). $290

Total: $3,840 (before optional item: $3,550)

Our arborist, Wendell Marsh (ISA cert. OH-6612A), can schedule the week of May 6. Deposit 25% to book.

Greenleaf Tree Surgeons
"We treat your trees like patients."
""")

mk('clean', 'lookalike',
   'GitLab <gitlab@git.orbitaldata.example.io>',
   'Keiko Alvarez <kalvarez@orbitaldata.example.io>',
   'Re: patient-retry-worker | OOMKilled on admission (#412)',
   'Tue, 26 Mar 2024 14:44:02 +0000',
   """
Marek Novotny commented on issue #412:

> The patient-retry-worker pod keeps getting OOMKilled right after admission. The admission webhook injects the sidecar, then the health check fails after ~30s and it goes into CrashLoopBackOff.

Reproduced on staging. The "patient" backoff (exponential, max 15 min) is holding every failed job payload in memory instead of spilling to disk, so on a cold start after a node drain it tries to rehydrate ~40k payloads at once. Liveness probe times out, kubelet kills it, repeat.

Proposed fix in !1187: cap in-memory queue at 5k, discharge the rest to the dead-letter topic, and bump the readiness probe initialDelaySeconds to 60.

@kalvarez can you review before the triage meeting tomorrow?

--
Reply to this email directly or view it on GitLab.
""")

# =====================================================================
# CLEAN - news
# =====================================================================
news1 = B("""
THE PELVIC PRACTICE BRIEF - April 2024
Ohio Society of Gynecologic Practice (member newsletter)

IN THIS ISSUE
1. Cervical screening: what the updated intervals mean for your workflow
2. Self-collected HPV samples - coming to primary care?
3. Coding corner: 58300 vs 11983
4. Upcoming CME

1. CERVICAL SCREENING INTERVALS
Primary HPV testing every 5 years is now the preferred strategy for average-risk patients aged 30-65. Co-testing every 5 years and cytology alone every 3 years remain acceptable. Practices should review recall templates: a surprising number of EHR reminders still default to annual paps.

2. SELF-COLLECTION
Self-collected vaginal samples for HPV testing were approved for use in health care settings last year. Several pilot programs report higher uptake among patients who had been overdue for more than 5 years.

3. CODING CORNER
Insertion of an IUD is 58300; insertion of a non-biodegradable implant is 11983. Remember modifier 25 only when a significant, separately identifiable E/M service was provided.

4. UPCOMING CME
May 18 - Managing abnormal uterine bleeding in perimenopause (virtual)
June 8 - Pelvic floor disorders for the generalist (Columbus)

You are receiving this because you are a member of OSGP. Unsubscribe | Update preferences
""")
mk('clean', 'news',
   'OSGP Newsletter <news@osgp.example.org>',
   'cokafor@%s' % LG,
   'The Pelvic Practice Brief - April 2024',
   'Tue, 09 Apr 2024 06:30:00 -0400',
   news1, html=simple_html(news1))

mk('clean', 'news',
   'County Health Alert Network <han@fenwickcountyhealth.example.gov>',
   'han-subscribers@fenwickcountyhealth.example.gov',
   'HEALTH ADVISORY: Continued increase in syphilis, including congenital syphilis',
   'Thu, 15 Feb 2024 13:00:00 -0500',
   """
FENWICK COUNTY HEALTH DEPARTMENT - HEALTH ALERT NETWORK
HEALTH ADVISORY #2024-03
Distributed to: OB/GYN, family medicine, emergency departments, urgent care, labs

SUMMARY
In 2023, 214 cases of early syphilis were reported among county residents, a 38% increase over 2022. Cases among women of reproductive age rose 61%. Seven cases of congenital syphilis were reported, compared with two in 2022.

RECOMMENDATIONS FOR CLINICIANS
1. Screen all pregnant patients for syphilis at the first prenatal visit, at 28 weeks, and at delivery.
2. Test any patient presenting with genital ulcers, rash involving the palms/soles, or unexplained lymphadenopathy.
3. Benzathine penicillin G remains the only recommended treatment in pregnancy. Report shortages to the health department.
4. Report all cases within 1 business day.

CONTACT
Communicable Disease Unit, 555-0100 (24/7)

This message contains no patient-identifying information and may be shared freely.
""")

mk('clean', 'news',
   'Pharmacy & Therapeutics <pharmacy@%s>' % LG,
   'all-clinicians@%s' % LG,
   'RECALL NOTICE: Norelya (norethindrone 0.35 mg) lots NRL2309A / NRL2309B',
   'Mon, 29 Apr 2024 10:15:00 -0400',
   """
All prescribers and nursing staff,

Valmora Pharmaceuticals has issued a voluntary recall of two lots of Norelya (norethindrone tablets 0.35 mg), 28-day packs, because of a packaging error: some blister cards may contain tablets out of sequence, which could lead to missed doses and reduced contraceptive effectiveness.

Affected lots: NRL2309A and NRL2309B (exp. 09/2025)

What to do:
- Check sample cabinets in Family Planning and Gyn; pull and quarantine affected lots. Pharmacy will collect them Thursday.
- Patients who call can check the lot number on the carton. If affected, they should continue taking a tablet every day, use a backup method for 48 hours, and get a replacement pack at their pharmacy.
- No action is needed for other progestin-only pills.

The manufacturer's notice and patient FAQ are on the intranet under Pharmacy > Alerts.

Lena Kowalski, PharmD
Clinical Pharmacist, Pharmacy & Therapeutics Committee
""")

news4 = B("""
Linden Grove Women's Health - Community Update, October 2024

OCTOBER IS BREAST CANCER AWARENESS MONTH
Join us Saturday, October 19, 8am-1pm at our Fairview Breast Imaging Center for a walk-in screening mammogram event. No referral needed for women 40 and older. Uninsured? Screening is free through the state Breast & Cervical Cancer Project - just bring a photo ID.

MEET OUR NEW MENOPAUSE SPECIALIST
Dr. Imani Sutherland-Oke joined our Menopause & Midlife Clinic in July. She's passionate about helping women understand their options for hot flashes, sleep problems, bone health and more. New patients welcome.

PELVIC HEALTH WORKSHOP
Physical therapist Megan Strauss, DPT, will host a free talk, "Leaks Happen: Bladder Health After Babies," on Thursday, October 24 at 6pm.

Questions? Call 555-0143. To stop receiving our newsletter, click unsubscribe.
""")
mk('clean', 'news',
   "Linden Grove Women's Health <newsletter@%s>" % LG,
   'subscribers@%s' % LG,
   'October: free mammogram Saturday + meet Dr. Sutherland-Oke',
   'Tue, 01 Oct 2024 09:00:00 -0400',
   news4, html=simple_html(news4), cte='quoted-printable')

mk('clean', 'news',
   'Meridian Reference Laboratory <lab-update@%s>' % LAB,
   'clients@%s' % LAB,
   'Lab Update Q1 2024: new AMH reference ranges, test volume, holiday courier schedule',
   'Wed, 10 Apr 2024 07:00:00 -0500',
   """
MERIDIAN LAB UPDATE - Q1 2024

BY THE NUMBERS
- 412,880 specimens received (up 6% YoY)
- Cytology: 58,114 ThinPrep Paps; median turnaround 3.1 days
- HPV genotyping added to 71% of ASC-US results
- Women's health panel volume (AMH, FSH, estradiol, progesterone): 19,402

NEW REFERENCE RANGES - AMH (effective May 6)
Following method change to the new chemiluminescent platform, age-specific reference intervals will be reported. Expect values approximately 10-15% lower than the previous method. Results from before and after May 6 should not be compared directly.

COURIER SCHEDULE
No courier pickups Monday, May 27 (Memorial Day). Specimens may be held refrigerated and picked up Tuesday.

Questions: Client Services 1-800-555-0168.
""")

mk('clean', 'news',
   'Harbor Light Pregnancy Helpline <news@%s>' % HOT,
   'friends@%s' % HOT,
   'Harbor Light spring update: 1,284 calls and counting',
   'Thu, 18 Apr 2024 12:00:00 -0400',
   """
Dear friends,

Thank you for standing with us this winter. From January through March our volunteers answered 1,284 calls and 612 text conversations - our busiest quarter ever. About a third of callers were under 25, and nearly half said they had no health insurance.

One caller this winter, a young woman who had just moved to the area and didn't know anyone, told our advocate: "I didn't know who else to call." Within a day she had a free appointment at a partner clinic. Stories like hers are why we do this.

What's new:
- Text line hours extended to 2am on weekends
- 14 new volunteers completed training in March
- New referral partnership with Linden Grove Women's Health Family Planning Clinic

Save the date: our annual Harbor Lights dinner is June 7. Tickets and sponsorships at harborlightline.org/dinner.

With gratitude,
Natalie Ferro
Executive Director
""")

# =====================================================================
# CLEAN - staff
# =====================================================================
mk('clean', 'staff',
   '"Dr. Chiamaka Okafor" <cokafor@%s>' % LG,
   'gyn-providers@%s' % LG,
   'PMB workup - proposed update to our protocol',
   'Wed, 20 Mar 2024 21:14:09 -0400',
   """
All,

Following the M&M last month, proposal for the postmenopausal bleeding workup. Please comment by 4/1, then I'll take it to the quality committee.

1. Any PMB -> TVUS within 2 weeks (order set "PMB TVUS", already built).
2. Endometrial thickness <=4 mm and single episode: may follow clinically, but EMB if bleeding recurs.
3. >4 mm, or endometrium not well seen, or persistent bleeding regardless of thickness -> office EMB.
4. Nondiagnostic EMB or persistent bleeding after benign EMB -> hysteroscopy D&C.
5. Patients on tamoxifen: lower threshold, discuss with me or Hana.

Julian raised whether we should skip TVUS and go straight to EMB for the high-BMI group - I'm open to it, would like to see the data first.

CO
""")

mk('clean', 'staff',
   '"Julian Reyes, NP" <jreyes@%s>' % LG,
   'gyn-providers@%s' % LG,
   'weird one - curbside',
   'Thu, 11 Apr 2024 18:33:51 -0400',
   """
Curbside for whoever has a sec. Had a woman in her early 50s today, 14 months since LMP, on no hormones, who had one episode of light bleeding after starting a new SSRI. TVUS 3 mm stripe, exam normal, pap/HPV up to date and negative. She's not keen on a biopsy.

Is anyone comfortable watching that with a 3-month recheck, or do you all biopsy everyone? I know the protocol discussion is ongoing. Not asking for a specific rec, just what people actually do.

J
""")

mk('clean', 'staff',
   'Family Planning Clinic <fp-clinic@%s>' % LG,
   '"Sylvie Marchand" <smarchand@%s>' % LG,
   'short 2 MAs thurs',
   'Tue, 23 Apr 2024 14:20:06 -0400',
   """
Sylvie - we're short 2 MAs Thursday (Brenda out sick, Ashley at the LARC training). We have 3 insertions and the walk-in block in the afternoon. Can gyn float someone for the PM? Even 1-5 would help. Otherwise we'll need to cap walk-ins at 6.

Kofi
""")

mk('clean', 'staff',
   '"Ria Castellanos, RN" <rcastellanos@%s>' % LG,
   'Meridian Client Services <clientservices@%s>' % LAB,
   'ThinPrep vial stability question',
   'Mon, 15 Apr 2024 10:01:12 -0400',
   """
Hi,

General question, no specific specimen. Our satellite clinic only gets courier pickup twice a week now. How long are ThinPrep vials stable at room temp for cytology AND for the HPV and CT/NG add-ons? And is there any issue if they sit in a car in summer heat?

Thanks,
Ria Castellanos, RN
Nurse Manager, Gynecology

-----Original Message-----
From: Meridian Client Services
Sent: Monday, April 15, 2024 2:47 PM

Hi Ria - per our specimen manual: cytology up to 6 weeks at 15-30 C; HPV and CT/NG testing within 30 days of collection at 2-30 C. Please avoid temperatures above 30 C; we can supply insulated courier bags for the satellite. - Tom, Client Services
""")

mk('clean', 'staff',
   '"Megan Strauss, PT, DPT" <mstrauss@%s>' % LG,
   'pelvicpt@%s' % LG,
   'journal club thurs - biofeedback RCT',
   'Mon, 29 Apr 2024 12:45:00 -0400',
   """
Hi team,

For Thursday's journal club we're doing the multicentre RCT on adding EMG biofeedback to PFMT for stress incontinence (Halvorsen et al., 2023). 600 women, no significant difference at 24 months in ICIQ-UI SF scores. Lucía is presenting.

Discussion questions:
- Does this change how we use biofeedback for SUI vs. hypertonic/pain patients?
- Should we still bill 90912 routinely?
- How do we talk to patients who ask for "the machine"?

Bagels on me.
Megan
""")

mk('clean', 'staff',
   'Breast Imaging QA <bi-qa@%s>' % LG,
   'bi-techs@%s' % LG,
   'Unit 2 DOWN - phantom failed',
   'Fri, 01 Mar 2024 07:26:40 -0500',
   """
Unit 2 failed the weekly ACR phantom this morning (mass score 2.5, fiber score below threshold). Unit is OFF for patient use until cleared by physics.

- Dr. Torvald Halvorsen (medical physicist) will be on site around 11.
- Move today's Unit 2 screenings to Units 1 and 3; front desk is calling anyone who needs to shift by >30 min.
- Log everything in the QC binder.

Nikki Brandt, RT(R)(M)
Lead Mammography Technologist / QC Tech
""")

mk('clean', 'staff',
   '"Rochelle Dunn" <rdunn@%s>' % HOT,
   '"Kofi Mensah" <kmensah@%s>' % LG,
   'referral process going forward',
   'Tue, 07 May 2024 11:11:11 -0400',
   """
Hi Kofi,

Thanks for meeting with us last week. Summarizing what we agreed so our volunteers are all on the same page:

1. Volunteers only send a referral email when the caller gives verbal consent, and we note that in our call log.
2. We'll send the minimum needed: first name, callback method, and what she's looking for. No details beyond that unless she asks us to.
3. Anyone with heavy bleeding, severe pain, fainting, or thoughts of self-harm gets told to go to the ER / call 988 - not referred to walk-in.
4. Your team will let us know if the walk-in hours change.

I'll update the volunteer binder this week. Let me know if I missed anything.

Rochelle Dunn
Volunteer Coordinator, Harbor Light Pregnancy Helpline
""")

# =====================================================================
# CLEAN - training
# =====================================================================
mk('clean', 'training',
   'EHR Training Team <ehr-training@%s>' % LG,
   'new-hires-may@%s' % LG,
   'Breast Imaging workflow class - login + practice patients',
   'Thu, 02 May 2024 15:00:00 -0400',
   """
Welcome to Radiant/Breast Imaging workflow training on Monday 5/6, 9am-12pm, Training Room 3.

Log in to the TRAINING environment (blue background - NOT production):
  Username: your network ID + "t" (e.g. jsmitht)
  Password: Train2024!

Practice patients (training environment only, not real people):
  ZZTEST, MAMMO ONE    MRN 9990001   DOB 01/01/1950
  ZZTEST, MAMMO TWO    MRN 9990002   DOB 01/01/1965
  ZZTEST, CALLBACK     MRN 9990003   DOB 01/01/1972   (use for the BI-RADS 0 exercise)

Exercise 3: Check in ZZTEST, CALLBACK for a diagnostic mammogram, order the left US, and route the result to the breast navigator pool.

Reminder: never use a real patient's name in practice exercises or screenshots.

EHR Training Team | x4321
""")

mk('clean', 'training',
   'Lumen Interfaces Sales Engineering <demo@lumeninterfaces.example.com>',
   '"Priscilla Doan" <pdoan@%s>' % LG,
   'Demo follow-up: sample ORU messages for your lab feed',
   'Fri, 23 Feb 2024 16:20:10 -0600',
   """
Hi Priscilla,

Great speaking with your team today. As promised, here are the synthetic sample messages we used in the demo (all test data - generated, no real patients):

MSH|^~\\&|LUMENDEMO|DEMOLAB|EHR|DEMOCLINIC|20240101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||TEST0001^^^DEMO^MR||TESTPATIENT^JANE^Q||19000101|F|||123 ANY ST^^ANYTOWN^ZZ^00000
OBR|1|ORD0001|FIL0001|88175^CYTOPATH C/V AUTO THIN LAYER^CPT|||20240101090000
OBX|1|ST|19762-4^General categories^LN||NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY||||||F

Note MSH-11 = T (training/test). Our routing engine drops any P-flagged message in the sandbox, so you can safely point your test lab instrument at it.

Happy to set up the sandbox next week.

Jordan Pike
Sales Engineer, Lumen Interfaces
""")

mk('clean', 'training',
   'Billing Office <billing-team@%s>' % LG,
   'billing-new-staff@%s' % LG,
   'Training: reading an 837P (sample file)',
   'Mon, 11 Mar 2024 09:00:00 -0400',
   """
New billing staff - before Wednesday's session, please look through this sample claim from the X12 implementation guide training kit. It's fake (SAMPLE subscriber, dummy IDs) so feel free to print it.

NM1*IL*1*SAMPLE*SUBSCRIBER****MI*SAMPLE000001~
N3*123 TEST STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*F~
CLM*TESTCLAIM01*100.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z01.419~
SV1*HC:99395*100.00*UN*1***1~

Questions to answer:
1. Which loop is the NM1*IL in?
2. What does the "11" in CLM05 mean?
3. Why would a payer reject this claim? (Hint: look at the dates.)

See you Wednesday,
Denise
""")

hipaa = B("""
Annual HIPAA & Privacy Training - due June 30

All workforce members must complete the 2024 module in the Learning Center (approx. 40 min).

Sample scenario from this year's module:
"Jane Doe calls the front desk saying she is John Doe's sister and asks whether his biopsy results are back. John Doe has not listed anyone on his release form. What should you do?"
(a) Read her the results since she's family
(b) Confirm he had a biopsy but not the result
(c) Politely decline to confirm or share any information and offer to take a message for the patient
Answer: (c)

Remember: mail containing patient information may only be sent to external addresses using [secure] in the subject line.

Privacy Office - privacy@lindengrovewh.org - x2099
""")
mk('clean', 'training',
   'Privacy Office <privacy@%s>' % LG,
   'all-staff@%s' % LG,
   'Reminder: Annual HIPAA training due June 30',
   'Wed, 01 May 2024 08:00:00 -0400',
   hipaa, html=simple_html(hipaa), cte='base64')

mk('clean', 'training',
   '"Ravi Subramaniam" <rsubramaniam@%s>' % LG,
   '"Ellen Brandvold" <ebrandvold@mammotrackhq.example.com>',
   'RE: synthetic bundles for dev',
   'Tue, 12 Mar 2024 10:40:00 -0400',
   """
Ellen - per my earlier note, here are synthetic resources for mapping instead of real data. These are straight from the public FHIR spec examples, adjusted for our profile:

{
  "resourceType": "Patient",
  "id": "example",
  "name": [{"use": "official", "family": "Test", "given": ["Sample", "Patient"]}],
  "gender": "female",
  "birthDate": "1900-01-01",
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.99", "value": "TEST-000000"}]
}

The 99 arc in the OID is our test namespace - anything with it is synthetic. Please delete the earlier real bundle I sent from your dev tenant and confirm when done.

Ravi
""")

mk('clean', 'training',
   'Sim Lab <simlab@%s>' % LG,
   'pelvicpt@%s' % LG,
   'Pessary fitting workshop - sample case packet',
   'Thu, 25 Apr 2024 13:13:13 -0400',
   """
Hi all,

For the hands-on pessary fitting workshop (May 14, Sim Lab B), here is the sample case we'll use with the pelvic task trainer. This is a fictional teaching case.

SAMPLE RECORD - FOR TRAINING ONLY
Name: "Pat Example"   Age: 72   MRN: DEMO-0000
Hx: Stage III anterior vaginal wall prolapse, declines surgery, sexually inactive.
Task: select pessary type and size, fit on the trainer, counsel on care and follow-up interval.

Bring your own gloves in your size. Lube and the pessary fitting kits will be provided by CooperSurg rep Dalia Morgan.

Sim Lab Coordinator
""")

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in rows:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in rows)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(rows))
