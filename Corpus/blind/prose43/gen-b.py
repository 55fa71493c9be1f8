#!/usr/bin/env python3
"""Blind evaluation mail set, SEED=4302.
Setting: Lakeshore Fertility & Reproductive Medicine (embryology lab, donor programme,
BloomPath Family Finance as financing partner) and St. Aldric Regional Medical Center's
Patient Relations office (complaints, interpreter services, records release, portal support).
All people, numbers and organisations are invented."""
import sys, os, io, csv, zipfile, random, email.policy
from email.message import EmailMessage
from xml.sax.saxutils import escape

SEED = 4302
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
IDX = [0]


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, extra=None):
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    n = COUNT[key]
    IDX[0] += 1
    i = IDX[0]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('>').strip()
    m['Message-ID'] = '<%d.%s%03d.%d@%s>' % (i, kind, n, SEED, dom)
    for k, v in (extra or []):
        m[k] = v
    if cte is None and max(len(x) for x in body.splitlines()) < 900:
        # most clients send long-line plain text as-is; some re-encode as QP
        r = random.random()
        try:
            body.encode('ascii')
            cte = '7bit' if r < 0.65 else None
        except UnicodeEncodeError:
            cte = '8bit' if r < 0.5 else None
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for fname, data, mt, st in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == 'phi' else ''))


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return buf.getvalue()


def xlsx(rows):
    def ref(c, r):
        return '%s%d' % (chr(65 + c), r)
    out = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref(c, r), escape(str(v)))
                        for c, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (r, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + ''.join(out) + '</sheetData></worksheet>')
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
    return zbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                   ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


LFD = 'lakeshorefertility.com'
SAR = 'staldric.org'
BPF = 'bloompathfinance.com'

DISC_LF = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message."""

DISC_SAR = """
This message is intended only for the addressee and may contain information that is
privileged, confidential or exempt from disclosure under applicable law. St. Aldric Regional
Medical Center - Patient Relations | 1400 Harbor View Rd, Port Ellery, ME 04107"""

# =====================================================================
# PHI / care
# =====================================================================
mk('phi', 'care', 'Dana Whitfield <dwhitfield@%s>' % LFD, 'Dr. Samir Haddad <shaddad@%s>' % LFD,
   'retrieval this am', 'Mon, 06 May 2024 11:42:10 -0400',
   """Samir -

Priya Raman's retrieval went fine, 14 eggs collected, 11 mature. ICSI done at 1:30 with partner's fresh sample (motility was a bit low so we went ICSI on all 11 like you planned). Fert check tomorrow ~9, I'll text you the count.

She was pretty sore in recovery, Beth gave her the extra dose of tylenol before discharge. husband drove.

Dana
--
Dana Whitfield, MS, ELD(ABB)
Senior Embryologist, IVF Laboratory
Lakeshore Fertility & Reproductive Medicine
""" + DISC_LF, patient='Raman')

mk('phi', 'care', 'Colleen Obi, RN <cobi@%s>' % LFD, 'IVF Nursing <ivfnursing@%s>' % LFD,
   'FET calendar - Lindqvist', 'Tue, 07 May 2024 16:05:51 -0400',
   """Team, Heather Lindqvist had her lining check this morning, 8.2 mm and trilaminar, estradiol 312. Dr Haddad ok'd her for transfer.

Plan:
- start PIO 50 mg IM nightly on Tues 5/7 (tonight)
- keep estrace 2 mg TID
- thaw + transfer Mon 5/13, arrive 10:15, full bladder
- one embryo (day 5 4AA, PGT normal)
- beta 5/22

I already went over the injection teaching with her and her wife by phone. She asked about the valium before transfer - she's fine to take it, pls make sure it's on the transfer day orders.

thx
Colleen

Colleen Obi, BSN, RN
IVF Nurse Coordinator | ext 4417
""", patient='Lindqvist')

mk('phi', 'care', 'Marguerite Lyle <mlyle@%s>' % SAR, 'Dept Chair Orthopedics <ortho.chair@%s>' % SAR,
   'FW: complaint - discharge experience (ref PR-24-0611)', 'Wed, 08 May 2024 09:31:02 -0400',
   """Dr. Fenwick,

Forwarding the below for your review as part of our grievance process. We need a response from the service by 5/22.

Summary from our side: Mr. Whitcombe had an elective left total hip on 4/29 and went home 5/1. He developed a fever at home on 5/3, came back through the ED and was readmitted for a wound washout on 5/4; he's now on IV cefazolin via PICC and went to Harborside Rehab on 5/7. His complaint is mostly about the discharge teaching (he says nobody showed him the dressing change) and that his blood thinner prescription was not at the pharmacy.

Thanks,
Marguerite

Marguerite Lyle
Patient Relations Specialist
St. Aldric Regional Medical Center
(207) 555-0142

-----Original Message-----
From: Gerald Whitcombe <gwhitcombe54@mailbox.example.net>
Sent: Tuesday, May 7, 2024 8:12 PM
To: Patient Relations <patientrelations@staldric.org>
Subject: complaint

To whom it may concern. I am writing about my hip surgery at your hospital. I was sent home after two days with a bandage and nobody explained to me how to look after it. Three days later I was back in the emergency room with a temperature of 102 and they had to open the wound up again. Also the Eliquis I was supposed to take was never called in, my daughter had to drive to three pharmacies. I would like somebody to call me.

Gerald Whitcombe
""" + DISC_SAR, patient='Whitcombe')

mk('phi', 'care', 'Tara Blomquist <tblomquist@%s>' % LFD, 'Dr. Evelyn Park <epark@%s>' % LFD,
   'donor workup - Kayla Brandt', 'Thu, 09 May 2024 13:20:44 -0400',
   """Hi Dr Park,

Kayla's screening labs are back:
  AMH 3.1 ng/mL
  AFC 22 on baseline u/s (11 R / 11 L)
  FSH 5.8, E2 38
  infectious disease panel neg, urine drug screen neg
  CF / SMA carrier screen: she's a carrier for SMA (1 copy), rest pending (the expanded panel takes another 2 wks)

Psych eval with Dr. Oyelowo is done and cleared. Because of the SMA result I think we need genetics counselling before we match her - want me to book it?

Tara Blomquist
Donor Program Coordinator
Lakeshore Fertility & Reproductive Medicine
""", patient='Brandt')

html5 = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Per the signed authorization received 5/3/2024, please find the requested records for
<b>Denise Farrow</b> below. Records included:</p>
<ul>
<li>Operative note, diagnostic laparoscopy with excision of lesions, 02/11/2024 (Dr. A. Mensah)</li>
<li>Surgical pathology report</li>
<li>Post-op visit note 02/26/2024</li>
<li>Pelvic ultrasound 01/18/2024</li>
</ul>
<p>Paper copies of the images were not requested. Please let us know if you need anything else.</p>
<p>Ruth Carrow<br>Release of Information Specialist<br>Health Information Management<br>
St. Aldric Regional Medical Center<br>Fax (207) 555-0199</p></body></html>"""
mk('phi', 'care', 'Ruth Carrow <rcarrow@%s>' % SAR, 'records@%s' % LFD,
   'Records - Farrow (your request 5/2)', 'Thu, 09 May 2024 15:48:00 -0400',
   """Good afternoon,

Per the signed authorization received 5/3/2024, please find the requested records for Denise Farrow below. Records included:

 * Operative note, diagnostic laparoscopy with excision of lesions, 02/11/2024 (Dr. A. Mensah)
 * Surgical pathology report
 * Post-op visit note 02/26/2024
 * Pelvic ultrasound 01/18/2024

Paper copies of the images were not requested. Please let us know if you need anything else.

Ruth Carrow
Release of Information Specialist
Health Information Management
St. Aldric Regional Medical Center
Fax (207) 555-0199
""", html=html5, patient='Farrow')

mk('phi', 'care', 'Luis Arce <larce@%s>' % SAR, 'Interpreter Services <interpreters@%s>' % SAR,
   'session note 5/10 10:15', 'Fri, 10 May 2024 12:02:37 -0400',
   """session note for the log

interpreted (Spanish, in person) for Rosa Quintanilla at her HSG in radiology today 10:15-10:50, Dr. Patel doing the study. both tubes open per dr patel, he told her results go to her fertility doc. she had a lot of cramping after and was crying a bit, RN gave ibuprofen 600 and she rested 20 min. her sister came to drive her. she asked when to try iui and i told her to ask the fertility clinic (did not give advice).

-luis
Luis Arce, CMI-Spanish
Staff Medical Interpreter
""", patient='Quintanilla')

mk('phi', 'care', 'Joanne Pruitt <jpruitt@%s>' % LFD, 'Underwriting <underwriting@%s>' % BPF,
   'Treatment estimate for financing - Mercer', 'Mon, 13 May 2024 10:11:19 -0400',
   """Hello BloomPath team,

Attached below is the treatment plan and estimate for Alexis Mercer (partner Jordan Mercer) for your underwriting. Application is under her name.

Planned treatment:
  IVF cycle, antagonist protocol w/ ICSI ............ $14,800
  PGT-A, est. 4 embryos biopsied .................... $3,600
  Medications (Gonal-F, Menopur, cetrotide, trigger)  approx $5,200 (billed by pharmacy)
  Frozen embryo transfer x1 .......................... $4,100
  Embryo storage, first year ......................... included

She is on cycle day 2 on 5/20 so baseline is that week; we'd need funds confirmed before we can release the meds order. Previous IUI x3 here were self-pay.

Joanne Pruitt
Financial Counselor
Lakeshore Fertility & Reproductive Medicine | (207) 555-0110 x221
""" + DISC_LF, patient='Mercer')

mk('phi', 'care', 'MyStAldric Portal Support <portalhelp@%s>' % SAR, 'Kim Ostrowski <kostrowski@%s>' % SAR,
   'Ticket #PS-558210 - results not visible', 'Mon, 13 May 2024 14:27:05 -0400',
   """Kim - escalating this one to you since it's a release issue not a login issue.

Patient: Marcus Delacroix
Issue: says he got the notification that his semen analysis from 4/3 was resulted but it isn't showing in the portal. I checked and the result is there in the chart (reported 4/5) but it's held - looks like the urology results are set to manual release and Dr. Ibekwe never released it. He also wants to know why his referral to the urology/male infertility clinic still says "pending".

He's pretty frustrated, 3rd call. Callback # is on the ticket.

Trevor
Portal Support, Tier 1
""", patient='Delacroix')
# =====================================================================
# PHI / names
# =====================================================================
mk('phi', 'names', 'Beth Saunders <bsaunders@%s>' % LFD, 'Embryology Lab <embryology@%s>' % LFD,
   'Re: Nguyễn Thị Lan – transfer moved to Fri', 'Tue, 14 May 2024 08:14:22 -0400',
   """confirmed w/ Dr Park, she's on for 11:00 Friday now instead of Thursday. can you move the thaw to 9? it's the single day-6 blast.

b

On Mon, May 13, 2024 at 5:40 PM Dana Whitfield <dwhitfield@lakeshorefertility.com> wrote:
> Beth, do we have a new date? I have her on the Thursday board still.
> D
""", patient='Nguyễn')

mk('phi', 'names', 'Dr. Evelyn Park <epark@%s>' % LFD, 'Colleen Obi <cobi@%s>' % LFD,
   'beta', 'Tue, 14 May 2024 15:51:40 -0400',
   """Adeyemi-Okafor, Chiamaka -- hCG came back 412 today (14dp5dt). Good number. Repeat Thursday and pls keep her on the PIO/estrace. Tell her congrats from me, she's been through a lot.

EP
""", patient='Adeyemi-Okafor')

mk('phi', 'names', 'Sharon Duquesne <sduquesne@%s>' % SAR, 'Billing Escalations <billingesc@%s>' % SAR,
   "Mrs. Van der Berg's complaint re: charges", 'Wed, 15 May 2024 10:03:12 -0400',
   """Hi all,

Mrs. Van der Berg called Patient Relations again this morning. She's disputing the facility charge from her egg retrieval on March 19 - she says Lakeshore told her the surgery center fee was included in their package price, but she got a separate bill from us for $2,340 for the OR time and anesthesia. She also says her EOB from Harbor Mutual shows the anesthesia as denied.

Can someone look at whether this was billed under the Lakeshore contract or as a regular outpatient encounter? She asked for a supervisor callback before Friday.

Thanks
Sharon Duquesne
Patient Relations Coordinator
""" + DISC_SAR, patient='Van der Berg')

mk('phi', 'names', 'Nadine Harker <nharker@%s>' % SAR, 'Marguerite Lyle <mlyle@%s>' % SAR,
   'ED follow up', 'Wed, 15 May 2024 17:22:09 -0400',
   """Marguerite,

Just spoke with Fatima again (the young woman who came into the ED Tuesday night w/ the hyperstimulation after her egg retrieval at Lakeshore - the one whose husband was upset about the 6 hr wait). She's out of the hospital now, they drained about 2 liters of fluid from her belly on Wednesday and she feels a lot better. She still wants to file a formal grievance about the wait and about being put in the hallway. I told her you'd call her tomorrow. Her callback number is in the ED chart.

Nadine
ED Patient Liaison
""", patient='Fatima')

mk('phi', 'names', 'Patient Relations <patientrelations@%s>' % SAR, 'Interpreter Services <interpreters@%s>' % SAR,
   'Solicitud de intérprete / interpreter needed Thurs', 'Thu, 16 May 2024 09:00:55 -0400',
   """Hi team, can we please get a Spanish interpreter (in person preferred, VRI ok) for Sra. Inés Muñoz-Calderón on Thursday 5/23 at 2:30, GYN clinic suite B, for her follow-up after the D&C. Last time the interpreter didn't show and the visit was done with her 14 yo son interpreting which is part of why she complained to us.

Please confirm back to this mailbox.

Thank you,
Patient Relations
St. Aldric Regional Medical Center
""", patient='Muñoz-Calderón')

mk('phi', 'names', 'Greg Talbot <gtalbot@%s>' % LFD, 'Andrology <andrology@%s>' % LFD,
   'storage renewal - Mr. Venkataraman', 'Thu, 16 May 2024 11:47:30 -0400',
   """Hi,

Mr. Venkataraman (Subramanian) came to the front desk today to renew the storage on his sperm samples - the ones banked before his chemo in 2021. He paid for 2 more years. Can you confirm which tank/canister they're in so I can update the storage agreement? I have 6 vials on the old form but he thinks there were 8.

Greg
Front Desk / Patient Accounts
""", patient='Venkataraman')

mk('phi', 'names', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Sharon Duquesne <sduquesne@%s>' % SAR,
   'Ms Dvořáková - interpreter complaint', 'Fri, 17 May 2024 08:30:18 -0400',
   """Sharon,

re the grievance from Ms. Zuzana Dvořáková: I pulled the interpreter log. Czech is not a language we have on staff so it went to the phone vendor; the call on 5/9 at 13:40 connected after 11 min and then dropped during her consent for the hysteroscopy. The surgeon went ahead with her daughter-in-law interpreting. That's clearly against our policy and she's right to be upset. Procedure itself went fine per the op note.

I'll write up the vendor incident. Let me know what you need for the response letter.

Olena Hrytsenko
Manager, Interpreter & Language Services
""", patient='Dvořáková')

mk('phi', 'names', 'greg talbot <gtalbot@%s>' % LFD, 'Joanne Pruitt <jpruitt@%s>' % LFD,
   'mcallister again', 'Fri, 17 May 2024 12:15:44 -0400',
   """fyi mcallister called again re: her embryo storage bill (says she never got the reminder that it went up to $900/yr) + she wants a copy of her retrieval op report and the embryology report for her new clinic in Denver. told her records req form has to be signed, she's going to do it thru the portal. can u call her back on the billing piece, she was pretty heated

g
""", patient='McAllister')

mk('phi', 'names', 'Portal Support <portalhelp@%s>' % SAR, 'HIM Release of Information <roi@%s>' % SAR,
   'proxy access - al-Harbi', 'Fri, 17 May 2024 14:09:03 -0400',
   """Hi ROI,

Mr. Abdulrahman al-Harbi is requesting proxy access to his wife Noor bint Saleh al-Harbi's portal account. She is an inpatient on L&D (delivered 5/15, c-section) and has signed the proxy form at the bedside with the unit clerk. Can you verify the form and turn on proxy? He'd like to see her discharge instructions and the baby's pediatrician appointment.

Thanks,
Portal Support
""", patient='al-Harbi')
# =====================================================================
# PHI / self
# =====================================================================
mk('phi', 'self', 'Megan Tolliver <megtolliver90@mailbox.example.net>', 'IVF Nursing <ivfnursing@%s>' % LFD,
   'question about my shots', 'Sat, 18 May 2024 21:36:12 -0400',
   """Hi, this is Megan Tolliver, DOB 07/22/1990. I started my stims on Friday (Gonal-f 225 and Menopur 75) and I have a big purple bruise around the Menopur spot, like 2 inches. Is that normal?? Also I accidentally did the Menopur at 9pm tonight instead of 7 - does that matter?

My monitoring appt is Monday 7:30.

Thanks so much,
Megan

Sent from my iPhone
""", patient='Tolliver')

mk('phi', 'self', 'Carol Benning <cbenning@mailbox.example.net>', 'patientrelations@%s' % SAR,
   'My father\'s care on 4 West', 'Sun, 19 May 2024 19:02:47 -0400',
   """Dear Patient Relations,

I am writing on behalf of my father, Harold Benning (born 2/14/1941), who was a patient on 4 West from May 10 to May 16 after his stroke. I am his health care agent.

Several things happened that I want looked into:

1. He was left in a wet bed for hours on the night of the 12th. The night nurse told me they were "short".
2. His swallow test was not done until day 3 and in the meantime somebody gave him a sandwich. He coughed for an hour.
3. Nobody told us he was being moved to rehab until the transport people showed up.

My dad spent 40 years working at the shipyard and he deserves better than this. I would like a written response.

Carol Benning
(207) 555-0163
""", patient='Benning')

mk('phi', 'self', 'Olusegun Bakare <obakare@mailbox.example.net>', 'Medical Records <records@%s>' % LFD,
   'Request for my records', 'Mon, 20 May 2024 07:55:31 -0400',
   """Good morning,

My name is Olusegun Bakare, born 3 Nov 1984. My wife and I did three IVF cycles at your clinic between 2021 and 2023. We are moving to another clinic and I would like copies of all my records, specifically:

- my semen analyses (I think there were 4)
- the DNA fragmentation test from 2022
- the urology consult letter from Dr. Ansah

My wife will send her own request separately. Please tell me if I need to fill a form. Email is fine for delivery.

Kind regards,
Segun
""", patient='Bakare')

mk('phi', 'self', 'Renee Castellanos <renee.castellanos@mailbox.example.net>', 'BloomPath Support <support@%s>' % BPF,
   'Re: Application BP-2024-118834 - funds release', 'Mon, 20 May 2024 12:40:09 -0400',
   """Hi Marcus,

Thanks for getting back to me. I need the funds released to Lakeshore by Wednesday if possible. I'm already on day 6 of stims and my retrieval is probably going to be this Saturday or Sunday, and the clinic said they can't schedule the OR until the balance is covered. I sent the signed promissory note on Friday.

This is really stressful, please let me know.

Renee

On Fri, May 17, 2024 at 4:02 PM BloomPath Support <support@bloompathfinance.com> wrote:
> Hi Renee,
> Your application BP-2024-118834 has been approved for $18,500. Before we can
> disburse to your provider we'll need the signed promissory note and the
> provider's treatment confirmation.
> Best,
> Marcus Lee, Loan Specialist
""", patient='Castellanos')

mk('phi', 'self', 'jess k <jkowalczyk92@mailbox.example.net>', 'portalhelp@%s' % SAR,
   'cant log in', 'Tue, 21 May 2024 06:48:15 -0400',
   """hi i cant log into mystaldric, it says account locked. im trying to see my beta results from yesterday, the clinic said theyd be in there this morning and im going crazy waiting lol. my name is jess kowalczyk dob 11-30-92

thanks
""", patient='Kowalczyk')

mk('phi', 'self', 'Brianna Tate <bri.tate@mailbox.example.net>', 'Tara Blomquist <tblomquist@%s>' % LFD,
   'day 1!', 'Tue, 21 May 2024 09:17:26 -0400',
   """Hi Tara! it's Brianna (donor #D-2217). I got my period last night so I guess today is day 1? Do I stop the birth control pills now or keep going until you tell me? Also I have a dentist appointment on the 30th, is that ok during the shots?

thanks!! 
Bri
""", patient='Tate')

mk('phi', 'self', 'Ana-Maria Ionescu <aionescu@mailbox.example.net>', 'Patient Relations <patientrelations@%s>' % SAR,
   'billed after my miscarriage', 'Wed, 22 May 2024 14:33:50 -0400',
   """To Patient Relations,

In March I lost a pregnancy at 9 weeks (it was an IVF pregnancy from Lakeshore Fertility). I had a D&C at your hospital on March 28. Since then I have received three bills, one of them for an "obstetric ultrasound - viable pregnancy" which is not even right, the ultrasound showed there was no heartbeat. Every time the bill comes it is like living through it again.

I have called billing twice. I would like someone to correct the charge and to stop sending me letters that say "congratulations on your pregnancy" from the OB department.

Account number 7700412290.

Ana-Maria Ionescu
""", patient='Ionescu')
# =====================================================================
# PHI / ids
# =====================================================================
mk('phi', 'ids', 'Beth Saunders <bsaunders@%s>' % LFD, 'Lab Draw <labdraw@%s>' % LFD,
   'add on', 'Wed, 22 May 2024 07:10:03 -0400',
   """pls add AMH + TSH to this am's draw for 00481773, dob 3.4.88 - dr haddad forgot to order at consult. she's in chair 2 at 7:30

thx b
""", patient='')

mk('phi', 'ids', 'Pathology Client Services <pathclient@%s>' % SAR, 'Dr. Samir Haddad <shaddad@%s>' % LFD,
   'Amended report S24-11872', 'Wed, 22 May 2024 13:58:41 -0400',
   """Dr. Haddad,

An amended report has been issued for accession S24-11872 (endometrial biopsy, collected 05/14/2024).
Patient: ESPINOZA, LUCIA M   DOB: 19880304   MRN: SA-2207619

Amendment: CD138 immunostain added. Result: 7 plasma cells per 10 HPF, consistent with chronic endometritis. Original diagnosis of "proliferative endometrium" is unchanged.

The amended report has been faxed to your office (207-555-0177). Please call with questions.

Pathology Client Services
St. Aldric Regional Medical Center
Ext 3321
""", patient='Espinoza')

mk('phi', 'ids', 'Ruth Carrow <rcarrow@%s>' % SAR, 'Mailroom <mailroom@%s>' % SAR,
   'certified mail - ROI', 'Thu, 23 May 2024 10:20:11 -0400',
   """Hi, please send the envelope on the ROI shelf via certified mail, return receipt. It's the records packet for:

Theodora Ashworth-Pike
DOB 4 Mar 1988
118 Pell Street Apt 3B
Cranston, RI 02910
ph (401) 555-0187

(it's the fertility workup / hysteroscopy records she asked for, about 60 pages). Patient does not want it left at the door.

Thanks, Ruth
""", patient='Ashworth-Pike')

mk('phi', 'ids', 'Joanne Pruitt <jpruitt@%s>' % LFD, 'Prior Auth <priorauth@harbormutual.example.com>',
   'Pre-cert request - IUI w/ ovulation induction', 'Thu, 23 May 2024 15:02:36 -0400',
   """Please find pre-certification request below.

Member: Jasmine Whitlock-Reyes
Member ID: XQH884120933   Group: 77120
DOB: 09/17/1993
Requested: IUI x3 cycles (CPT 58322) with letrozole ovulation induction, monitoring ultrasounds (76857)
Dx: N97.9, E28.2
Ordering: Evelyn Park MD, NPI 1093847562

Clinical notes (HSG 4/30 normal bilateral spill, day 21 progesterone 2.1 on two cycles) faxed separately.

Joanne Pruitt
Financial Counselor, Lakeshore Fertility
""", patient='Whitlock-Reyes')

mk('phi', 'ids', 'Sharon Duquesne <sduquesne@%s>' % SAR, 'Patient Financial Services <pfs@%s>' % SAR,
   'acct 7700219384 - hold collections pls', 'Fri, 24 May 2024 09:44:28 -0400',
   """PFS,

Please put a 60-day hold on account 7700219384 (guarantor Kwame Asante). This is the HSG from 2/20 that he says was pre-authorized under his wife's plan; there's an open grievance with us (PR-24-0655). He got a collections letter yesterday.

Sharon
x2219
""", patient='Asante')

mk('phi', 'ids', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Quality & Risk <risk@%s>' % SAR,
   'Incident - consent without qualified interpreter', 'Fri, 24 May 2024 11:30:00 -0400',
   """Chart #: 2231-774
Pt: K. Oyelaran   DOB 1979-10-02
Encounter: 05/21/2024 GYN procedure unit

Pt's preferred language is Yoruba. Consent for operative hysteroscopy / polypectomy was obtained in English with no interpreter documented. Pt told Patient Relations afterwards she thought she was having "a camera look" only and did not understand a polyp would be removed. Filed as a grievance and as a safety event #SE-24-2290.

Olena
""", patient='Oyelaran')

mk('phi', 'ids', 'Marcus Lee <mlee@%s>' % BPF, 'Joanne Pruitt <jpruitt@%s>' % LFD,
   'Verification needed - egg freezing loan', 'Fri, 24 May 2024 16:18:52 -0500',
   """Hi Joanne,

We need the clinic to verify the treatment for the applicant below before we can fund:

Applicant: Priyanka Deshmukh
SSN: xxx-xx-4417
DOB: 12/09/1986
Phone: 312-555-0134
Procedure listed on app: elective oocyte cryopreservation, 2 cycles, start June

Can you confirm she's an active patient and the dates? A reply to this email is fine.

Thanks,
Marcus Lee
Loan Specialist | BloomPath Family Finance
""", patient='Deshmukh')
# =====================================================================
# PHI / lists
# =====================================================================
mk('phi', 'lists', 'Dana Whitfield <dwhitfield@%s>' % LFD, 'IVF Team <ivfteam@%s>' % LFD,
   'OR board Tues 5/28', 'Mon, 27 May 2024 18:05:14 -0400',
   "Board for tomorrow. Pls check the names/MRNs against your list, the EMR export was weird again.\n\n"
   "Time\tPatient\tMRN\tProcedure\tMD\tNotes\n"
   "07:30\tHolloway, Brooke\t00492210\tRetrieval\tHaddad\tICSI, PGT-A\n"
   "08:15\tChen, Yu-Ting\t00477135\tRetrieval\tPark\tconventional IVF; latex allergy\n"
   "09:00\tRamírez-Ortega, Paola\t00501844\tRetrieval\tHaddad\tdonor sperm #CB-8812\n"
   "10:00\tAbernathy, Claire\t00468390\tFET\tPark\tday 5 5AB thaw 08:45\n"
   "10:30\tOsei, Ama\t00488102\tFET\tPark\tdouble transfer approved\n"
   "11:15\tSzabo, Réka\t00503377\tMock ET\tHaddad\tstenotic cervix last time\n\n"
   "Anesthesia is Dr. Kuehn. Retrievals NPO after midnight, reminder calls done.\n\nDana\n",
   patient='Holloway')

mk('phi', 'lists', 'Colleen Obi <cobi@%s>' % LFD, 'IVF Nursing <ivfnursing@%s>' % LFD,
   'huddle notes 5/29', 'Wed, 29 May 2024 08:41:00 -0400',
   """Huddle 5/29 - pls read if you weren't there

Betas today:
  * Jasmine W-R - IUI #2, draw at 8
  * Tamara Oduya - FET 5/17, 2nd beta (first was 88)
  * Lin Zhao - called yesterday w/ spotting, beta + u/s w/ Park at 11

Call backs:
  * Abernathy - neg pregnancy test at home, wants to stop PIO. NO, wait for beta tmrw
  * Paola Ramirez-Ortega - post retrieval bloating, 2 lb wt gain overnight, check in at noon, OHSS precautions sent
  * Mr. Feldstein - semen analysis repeat, needs requisition

Meds:
  * Brooke Holloway - CVS didn't have cetrotide, use specialty pharm
  * Osei - approved for double transfer, needs updated consent signed before Thurs

Also: new RN Hannah starts Monday, shadowing Colleen.
""", patient='Oduya')

mk('phi', 'lists', 'Sharon Duquesne <sduquesne@%s>' % SAR, 'Patient Relations <patientrelations@%s>' % SAR,
   'open grievances - weekly', 'Thu, 30 May 2024 16:30:22 -0400',
   """Open grievance list as of Thurs. Anything over 7 days needs the extension letter.

Case#       Patient                 Unit/Svc     Opened   Owner  Issue
----------  ----------------------  -----------  -------  -----  ----------------------------------
PR-24-0611  Whitcombe, Gerald       Ortho/5N     05/07    ML     readmit wound infxn, d/c teaching
PR-24-0640  Benning, Harold         Neuro/4W     05/19    SD     care after CVA, swallow eval delay
PR-24-0655  Asante, Kwame           Rad/PFS      05/24    SD     HSG billing, collections
PR-24-0658  Ionescu, Ana-Maria      OB/PFS       05/22    ML     D&C billed as viable preg US
PR-24-0662  Dvorakova, Zuzana       Periop       05/17    OH     consent via family interpreter
PR-24-0670  Oyelaran, Kehinde       Periop       05/24    OH     consent w/o interp, polypectomy
PR-24-0671  Muñoz-Calderón, Inés    GYN clinic   05/16    SD     minor son used as interpreter

Sharon
""", patient='Whitcombe')

roi_rows = [
    ['req_id', 'patient_name', 'dob', 'mrn', 'requester', 'records', 'received', 'sent', 'method'],
    ['ROI-51877', 'Farrow, Denise', '06/02/1985', 'SA-1988420', 'Lakeshore Fertility', 'op note; path; US', '05/03/2024', '05/09/2024', 'email-secure'],
    ['ROI-51880', 'Ashworth-Pike, Theodora', '03/04/1988', 'SA-2011937', 'Self', 'fertility workup; hysteroscopy', '05/06/2024', '05/23/2024', 'certified mail'],
    ['ROI-51884', 'Gutierrez, Manuel', '11/21/1959', 'SA-0877213', 'Attorney - Reid & Lowe LLP', 'ED visit 01/02/2024; CT head', '05/07/2024', '', 'pending auth'],
    ['ROI-51891', 'Pham, Bao Ngoc', '08/08/1991', 'SA-2301156', 'Self (portal)', 'labs 2023-2024', '05/10/2024', '05/10/2024', 'portal'],
    ['ROI-51893', 'Lindgren, Eric', '01/30/1977', 'SA-1410072', 'SSA Disability', 'cardiology 2022-present', '05/13/2024', '05/20/2024', 'eFax'],
    ['ROI-51899', 'Oyelaran, Kehinde', '10/02/1979', 'SA-2231774', 'Self', 'op note 05/21; consent form', '05/24/2024', '', 'in process'],
]
mk('phi', 'lists', 'Ruth Carrow <rcarrow@%s>' % SAR, 'Deb Fairley <dfairley@%s>' % SAR,
   'ROI log May (for audit)', 'Fri, 31 May 2024 11:12:45 -0400',
   """Deb - here's the May log so far for the quarterly accounting-of-disclosures audit. Two still pending. Let me know if you want the full year.

Ruth
""", atts=[('ROI_log_May2024.csv', csvtext(roi_rows), 'text', 'csv')], patient='Farrow')

donor_rows = [
    ['Donor ID', 'Donor name', 'DOB', 'Recipient', 'Recipient MRN', 'Stim start', 'Retrieval', 'Oocytes', 'Status'],
    ['D-2217', 'Brianna Tate', '1999-04-11', 'Greenberg, Leah', '00455019', '2024-06-03', '', '', 'on OCP'],
    ['D-2190', 'Kayla Brandt', '1998-12-02', '(unmatched)', '', '', '', '', 'genetics consult - SMA carrier'],
    ['D-2174', 'Marisol Fuentes', '1996-07-19', 'Patel, Anjali / Patel, Rohan', '00461788', '2024-05-02', '2024-05-14', '19', 'complete - 9 blasts'],
    ['D-2166', 'Hannah Lindstrom', '2000-02-27', 'Okafor, Ijeoma', '00470032', '2024-05-09', '2024-05-21', '8', 'poor response, rpt cycle?'],
    ['D-2151', 'Sierra Blackwood', '1997-10-05', 'Meyers, Dana & Kowal, Jo', '00449876', '2024-04-11', '2024-04-23', '24', 'complete - OHSS mild, resolved'],
]
mk('phi', 'lists', 'Tara Blomquist <tblomquist@%s>' % LFD, 'Dr. Evelyn Park <epark@%s>' % LFD,
   'donor tracker', 'Fri, 31 May 2024 15:05:09 -0400',
   """Updated tracker attached. Hannah L. only got 8 - do you want to offer her recipients a second cycle at our cost per the guarantee? Need to decide by Weds.

T
""", atts=[('Donor_cycle_tracker_0531.xlsx', xlsx(donor_rows), 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')], patient='Tate')

interp_csv = csvtext([
    ['date', 'time', 'mrn', 'patient', 'language', 'modality', 'dept', 'appt_type', 'minutes', 'interpreter'],
    ['2024-05-01', '08:30', 'SA-2290114', 'Tran, Van Duc', 'Vietnamese', 'in person', 'Oncology', 'chemo teaching', '45', 'HN'],
    ['2024-05-01', '10:15', 'SA-1774532', 'Jean-Baptiste, Mirlande', 'Haitian Creole', 'VRI', 'OB', 'prenatal 28wk', '30', 'vendor'],
    ['2024-05-02', '13:00', 'SA-2207619', 'Espinoza, Lucia', 'Spanish', 'in person', 'Fertility/GYN', 'endometrial biopsy', '25', 'LA'],
    ['2024-05-03', '09:40', 'SA-0912288', 'Volkov, Dmitri', 'Russian', 'phone', 'Cardiology', 'stress test', '50', 'vendor'],
    ['2024-05-06', '14:20', 'SA-2301775', 'Al-Sayed, Mariam', 'Arabic', 'in person', 'Peds', 'well child 9mo', '35', 'RK'],
    ['2024-05-09', '13:40', 'SA-2198840', 'Dvorakova, Zuzana', 'Czech', 'phone', 'Periop', 'consent hysteroscopy', '11', 'vendor-dropped'],
    ['2024-05-10', '10:15', 'SA-2250061', 'Quintanilla, Rosa', 'Spanish', 'in person', 'Radiology', 'HSG', '35', 'LA'],
])
mk('phi', 'lists', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Finance - Cost Center 4410 <cc4410@%s>' % SAR,
   'interpreter encounters export (zip)', 'Mon, 03 Jun 2024 09:22:31 -0400',
   """Attached is the first-week sample of the encounter export you asked for to reconcile against the vendor invoice. Zipped because the mail system strips csv from external sends sometimes. Full month to follow.

Olena
""", atts=[('interp_encounters_wk1.zip', zbytes([('interp_encounters_2024-05_wk1.csv', interp_csv)]),
            'application', 'zip')], patient='Tran')

mk('phi', 'lists', 'Trevor Nakamura <tnakamura@%s>' % SAR, 'Kim Ostrowski <kostrowski@%s>' % SAR,
   'lockouts from the weekend', 'Mon, 03 Jun 2024 08:05:57 -0400',
   """Kim, these are the weekend lockouts that need ID verification before we unlock (they failed the security questions). Most are fertility pts waiting on results again - can we ask Lakeshore to stop telling people results will be in the portal same day?

| Patient              | DOB        | Portal user     | Issue                                  |
|----------------------|------------|-----------------|----------------------------------------|
| Kowalczyk, Jessica   | 11/30/1992 | jkowal92        | locked - waiting on beta hCG           |
| Hollis, Dwayne       | 05/06/1968 | dhollis         | pw reset loop, wants MRI report        |
| Chen, Yu-Ting        | 02/14/1989 | ytchen          | locked - retrieval day labs            |
| Adebayo, Folake      | 07/01/1983 | fadebayo        | sees someone else's appt?? ESCALATE    |
| Ruiz, Carmen         | 12/12/1950 | (proxy: daughter)| proxy expired                         |

The Adebayo one is concerning - she says she saw an upcoming "colonoscopy" appt that isn't hers. Opening a P2 with Epic team.

Trevor
""", patient='Kowalczyk')
# =====================================================================
# PHI / struct
# =====================================================================
mk('phi', 'struct', 'Raj Iyer <riyer@%s>' % SAR, 'Interface Team <interfaces@%s>' % LFD,
   'beta results not crossing to your EMR', 'Tue, 04 Jun 2024 10:33:18 -0400',
   r"""Hi Lakeshore interface folks,

This ORU went out of our engine at 09:14 and we got an AA back but your side says it never filed. Pasting it below - I think your system is rejecting on OBR-16 since the ordering provider NPI is in the wrong component. Can you check?

MSH|^~\&|SUNQUEST|STALDRIC|LFRM_EMR|LAKESHORE|20240604091402||ORU^R01|SQ20240604091402377|P|2.5.1
PID|1||SA-2301156^^^STALDRIC^MR~00487733^^^LAKESHORE^PI||PHAM^BAO NGOC^^^^^L||19910808|F|||77 Quarry Ln^^Port Ellery^ME^04107||^PRN^PH^^^207^5550126
PV1|1|O|LAB^^^STALDRIC||||1093847562^PARK^EVELYN
ORC|RE|LF556201|SQ882104
OBR|1|LF556201|SQ882104|HCGQ^HCG QUANTITATIVE^L|||20240604071500|||||||||PARK^EVELYN^^^^^^^NPI^1093847562
OBX|1|NM|HCGQ^HCG, BETA QUANT^L||287|mIU/mL|<5|H|||F|||20240604090855

thanks
Raj Iyer | Integration Analyst | St. Aldric IS | x5530
""", patient='Pham')

adt = ('MSH|^~\\&|EPIC|STALDRIC|PRQUEUE|STALDRIC|20240605142210||ADT^A03|884120057|P|2.3\r'
       'EVN|A03|20240605142200\r'
       'PID|1||SA-2210458^^^MRN||BENNING^HAROLD^J||19410214|M|||22 Tidewater Rd^^South Ellery^ME^04106||(207)555-0188\r'
       'NK1|1|BENNING^CAROL|DAU|||(207)555-0163\r'
       'PV1|1|I|4W^412^A||||8812^ROSSI^MARK^^^MD|||NEU||||||||IP|5530019812|||||||||||||||||01|HARBORSIDE REHAB||||||20240510031500|20240516110000\r'
       'DG1|1|I10|I63.512^Cerebral infarction due to embolism of left middle cerebral artery^I10\r'
       'DG1|2|I10|R13.10^Dysphagia^I10\r')
mk('phi', 'struct', 'Kim Ostrowski <kostrowski@%s>' % SAR, 'Raj Iyer <riyer@%s>' % SAR,
   'A03 feed to grievance tool - sample', 'Wed, 05 Jun 2024 14:40:02 -0400',
   """Raj - attaching one of the A03s that came into the patient relations queue so you can see what we get. We really only need PID, PV1 and the discharge disposition, we should not be getting the DG1s. Can we filter those out?

Kim Ostrowski
Manager, Patient Experience Systems
""", atts=[('A03_sample_0605.hl7', adt, 'text', 'plain')], patient='Benning')

mk('phi', 'struct', 'Joanne Pruitt <jpruitt@%s>' % LFD, 'EDI Support <edisupport@clearpointedi.example.com>',
   'rejected 837P - ticket 44710', 'Wed, 05 Jun 2024 16:55:40 -0400',
   """Hi, our retrieval claim keeps rejecting with "2010BA NM109 invalid". Segment from the file below, subscriber is the patient. What are we doing wrong?

ISA*00*          *00*          *ZZ*LAKESHOREFRM   *ZZ*CLEARPOINT     *240605*1602*^*00501*000004471*0*P*:~
GS*HC*LAKESHOREFRM*CLEARPOINT*20240605*1602*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*LF4471*20240605*1602*CH~
NM1*85*2*LAKESHORE FERTILITY AND REPRODUCTIVE MED*****XX*1548820931~
HL*2*1*22*0~
SBR*P*18*77120******CI~
NM1*IL*1*WHITLOCK-REYES*JASMINE****MI*XQH884120933~
N3*45 CANAL ST APT 2~
N4*PORT ELLERY*ME*04101~
DMG*D8*19930917*F~
CLM*LF24-88120*2650***11:B:1*Y*A*Y*Y~
HI*ABK:N970*ABF:E282~
SV1*HC:58970*2650*UN*1***1~
DTP*472*D8*20240528~

Joanne Pruitt, Lakeshore Fertility billing
""", patient='Whitlock-Reyes')

mk('phi', 'struct', 'Patient Financial Services <pfs@%s>' % SAR, 'Sharon Duquesne <sduquesne@%s>' % SAR,
   'RE: acct 7700219384 - what the payer said', 'Thu, 06 Jun 2024 11:07:13 -0400',
   """Sharon - pulled the 835 for the HSG. Payer denied it CO-197 (no precert) so the whole thing went to pt resp. If the wife's plan precerted it we'd need the auth #. Hold is on through 8/1.

CLP*7700219384*4*1480*0*1480*12*HM24051188201*13*1~
NM1*QC*1*ASANTE*KWAME****MI*HMX20017734~
NM1*74*1*ASANTE*KWAME~
DTM*232*20240220~
SVC*HC:74740*980*0**1~
CAS*CO*197*980~
SVC*HC:58340*500*0**1~
CAS*CO*197*500~

-----Original Message-----
From: Sharon Duquesne
Sent: Friday, May 24, 2024 9:44 AM
To: Patient Financial Services
Subject: acct 7700219384 - hold collections pls

Please put a 60-day hold on account 7700219384 ...
""", patient='Asante')

mk('phi', 'struct', 'Greg Talbot <gtalbot@%s>' % LFD, 'Joanne Pruitt <jpruitt@%s>' % LFD,
   'FW: 271 back for Greenberg - IVF benefit?', 'Thu, 06 Jun 2024 14:12:45 -0400',
   """Joanne can you read this, i can't tell if she has IVF coverage or just diagnostic. Looks like lifetime max $25k and some used?

EB*1**30*PS*COMMONWEALTH CHOICE~
NM1*IL*1*GREENBERG*LEAH*R***MI*CWC402215587~
N3*9 ORCHARD TER~
N4*FALMOUTH*ME*04105~
DMG*D8*19840627*F~
EB*B*IND*83*HM***50*****Y~
MSG*INFERTILITY TREATMENT INCL ART~
EB*F*IND*83*HM*****25000****Y~
MSG*LIFETIME MAXIMUM~
EB*F*IND*83*HM**29*14850*****Y~
MSG*REMAINING~

-g
""", patient='Greenberg')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lf-00479911",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00479911"}],
        "name": [{"family": "Feldstein", "given": ["Aaron", "M"]}],
        "gender": "male",
        "birthDate": "1982-01-23",
        "telecom": [{"system": "phone", "value": "207-555-0191"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "sa-20240530-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "10622-6", "display": "Sperm count"}], "text": "Semen analysis - concentration"},
        "subject": {"reference": "Patient/lf-00479911"},
        "effectiveDateTime": "2024-05-30T08:40:00-04:00",
        "valueQuantity": {"value": 4.2, "unit": "10*6/mL"},
        "interpretation": [{"text": "Low"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "sa-20240530-2",
        "status": "final",
        "code": {"text": "Progressive motility"},
        "subject": {"reference": "Patient/lf-00479911"},
        "valueQuantity": {"value": 18, "unit": "%"}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Amir Sadeghi <asadeghi@%s>' % LFD, 'dev@andrologix.example.io',
   'payload that 500s your /ingest endpoint', 'Fri, 07 Jun 2024 09:50:27 -0400',
   """Hi Andrologix dev team,

Attached is the bundle we POSTed from the andrology analyzer bridge that got a 500 back. It's a real result so please delete after you reproduce. I think it's the Observation without a coding array.

Amir Sadeghi
Applications Analyst, Lakeshore Fertility
""", atts=[('bundle_sa_20240530.json', fhir.encode('utf-8'), 'application', 'json')], patient='Feldstein')

mk('phi', 'struct', 'Ruth Carrow <rcarrow@%s>' % SAR, 'HIM Systems <himsystems@%s>' % SAR,
   'CCD export missing problems section', 'Fri, 07 Jun 2024 13:26:38 -0400',
   """When I export the CCD for ROI requests the problem list section is empty even when the chart has problems. Example header from this morning's export (Oyelaran request) below. Can someone look? I can't release these incomplete.

<recordTarget>
  <patientRole>
    <id extension="SA-2231774" root="2.16.840.1.113883.3.7701.1"/>
    <addr use="HP">
      <streetAddressLine>310 Cumberland Ave Unit 4</streetAddressLine>
      <city>Portland</city><state>ME</state><postalCode>04101</postalCode>
    </addr>
    <telecom value="tel:+1-207-555-0148" use="HP"/>
    <patient>
      <name use="L"><given>Kehinde</given><family>Oyelaran</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19791002"/>
      <languageCommunication><languageCode code="yo"/><preferenceInd value="true"/></languageCommunication>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <title>Problems</title>
  <text>No data</text>
</section>
<section>
  <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="Procedures"/>
  <text><table><tr><td>Hysteroscopy, polypectomy</td><td>05/21/2024</td></tr></table></text>
</section>

Ruth
""", patient='Oyelaran')
# =====================================================================
# PHI / lang
# =====================================================================
mk('phi', 'lang', 'Paola Ramírez Ortega <paola.ramirezo@mailbox.example.net>', 'IVF Nursing <ivfnursing@%s>' % LFD,
   'pregunta después de la extracción', 'Fri, 07 Jun 2024 22:14:09 -0400',
   """Hola, buenas noches. Soy Paola Ramírez Ortega, me hicieron la extracción de óvulos el martes 28 con el Dr. Haddad. Desde ayer tengo el abdomen muy hinchado, subí casi 3 libras y me cuesta respirar un poco cuando me acuesto. Estoy tomando el cabergolina como me dijeron. ¿Debo ir a emergencias o puedo esperar a la cita del lunes?

Mi número es 207-555-0129.

Gracias,
Paola
""", cte='quoted-printable', patient='Ramírez Ortega')

mk('phi', 'lang', 'Marcos Albuquerque <marcos.alb@mailbox.example.net>', 'Relações com Pacientes <patientrelations@%s>' % SAR,
   'Reclamação - atendimento da minha esposa', 'Sat, 08 Jun 2024 10:41:55 -0400',
   """Prezados,

Escrevo em nome da minha esposa, Luciana Albuquerque Sousa (data de nascimento 15/08/1987). Ela foi atendida no pronto-socorro no dia 2 de junho com sangramento, com 7 semanas de gestação (gravidez de FIV). Esperamos mais de cinco horas, e o ultrassom só foi feito depois da meia-noite. O médico confirmou o aborto espontâneo e ela recebeu alta com misoprostol, mas ninguém explicou em português como tomar o remédio. Pedimos intérprete duas vezes.

Gostaríamos de uma resposta por escrito.

Atenciosamente,
Marcos Albuquerque
(207) 555-0171
""", patient='Albuquerque Sousa')

mk('phi', 'lang', 'Trần Quốc Huy <tranquochuy@mailbox.example.net>', 'Lakeshore Fertility <info@%s>' % LFD,
   'Kết quả xét nghiệm của vợ tôi', 'Sun, 09 Jun 2024 20:05:33 -0400',
   """Chào phòng khám,

Vợ tôi là Lê Thị Mai Anh, sinh ngày 21/03/1990, mã bệnh nhân 00494417. Tuần trước chị ấy đã làm xét nghiệm AMH và siêu âm đếm nang noãn với bác sĩ Park. Bác sĩ nói kết quả AMH thấp (0,6) và cần nói chuyện về IVF. Chúng tôi muốn đặt lịch hẹn tư vấn có thông dịch viên tiếng Việt.

Xin cảm ơn,
Huy
""", cte='base64', patient='Lê Thị Mai Anh')

mk('phi', 'lang', 'Mirlande Jean-Baptiste <mirlandejb@mailbox.example.net>', 'Dosye Medikal <roi@%s>' % SAR,
   'Mwen bezwen dosye medikal mwen', 'Mon, 10 Jun 2024 08:30:00 -0400',
   """Bonjou,

Mwen se Mirlande Jean-Baptiste, mwen fèt 6 oktòb 1994. Mwen ansent 32 semèn kounye a, e m ap demenaje Boston nan fen mwa a. Mwen bezwen kopi tout dosye prenatal mwen yo: ekografi yo, rezilta tès sik la (dyabèt gwosès), ak lis medikaman mwen (ensilin). Tanpri voye yo ban mwen pa imel oswa nan pòtay la.

Mèsi anpil,
Mirlande
telefòn 207-555-0152
""", patient='Jean-Baptiste')

mk('phi', 'lang', 'Дмитрий Волков <d.volkov@mailbox.example.net>', 'Andrology <andrology@%s>' % LFD,
   'Вопрос по анализу спермы', 'Mon, 10 Jun 2024 12:18:47 -0400',
   """Здравствуйте,

Меня зовут Дмитрий Волков, дата рождения 14.09.1983. В прошлый четверг я сдавал спермограмму у вас в лаборатории. Врач сказал по телефону, что подвижность низкая и есть много аномальных форм, и что нужно повторить анализ через три месяца и начать принимать кломифен. Могу ли я продолжать принимать мои таблетки от давления (лизиноприл) вместе с кломифеном?

Спасибо,
Дмитрий
""", cte='base64', patient='Волков')

mk('phi', 'lang', 'Maricel Dizon, RN <mdizon@%s>' % LFD, 'Colleen Obi <cobi@%s>' % LFD,
   're: pt sa 2pm', 'Mon, 10 Jun 2024 14:55:21 -0400',
   """Hi Colleen, ok na si Mrs. Santiago (Rowena, yung FET kahapon). Tumawag siya kanina, may konting spotting daw pero walang sakit. Sinabi ko na normal lang yan pero i-continue niya yung progesterone in oil at estrace. Medyo kinakabahan siya kasi nag-miscarry siya last year. Pakisabi kay Dr Park baka gusto niyang i-check ang progesterone level bukas ng umaga.

salamat!
Maricel

Maricel Dizon, RN
IVF Nursing, Lakeshore Fertility
""", patient='Santiago')

mk('phi', 'lang', 'Khalid Al-Sayed <khalid.alsayed@mailbox.example.net>', 'Portal Support <portalhelp@%s>' % SAR,
   'مساعدة في البوابة الإلكترونية لابنتي', 'Tue, 11 Jun 2024 19:30:12 -0400',
   """السلام عليكم،

أنا والد الطفلة مريم خالد السيد، تاريخ الميلاد ٢٠٢٣/٠٩/٠٢، رقم الملف SA-2301775. ابنتي أخذت التطعيمات في عيادة الأطفال يوم ٦ مايو وقال الطبيب إن لديها فقر دم بسيط ويجب أن تأخذ شراب الحديد. لا أستطيع رؤية نتائج تحليل الدم في البوابة لأن حساب الوكيل (proxy) منتهي الصلاحية. أرجو المساعدة.

شكراً،
خالد السيد
""", cte='base64', patient='مريم خالد السيد')

mk('phi', 'lang', '林晓雯 <linxiaowen88@mailbox.example.net>', 'Lakeshore Fertility <info@%s>' % LFD,
   '关于我冻卵的结果', 'Wed, 12 Jun 2024 09:03:40 -0400',
   """您好，

我是林晓雯（Xiaowen Lin），出生日期1988年5月30日。我上周五在贵中心做了取卵手术（冷冻卵子），护士告诉我一共取了9个卵子，其中7个成熟并已冷冻。我想问一下：
1. 我需要再做第二个周期吗？Park医生之前说38岁以前最好冻15个以上。
2. 取卵后我还有一点腹胀，可以正常上班吗？

谢谢！
晓雯
""", patient='林晓雯')
# =====================================================================
# CLEAN / admin
# =====================================================================
mk('clean', 'admin', 'ServiceDesk <servicedesk@%s>' % LFD, 'Dana Whitfield <dwhitfield@%s>' % LFD,
   'INC0048812 updated - Incubator monitoring PC (EMBRYO-WS03) offline', 'Wed, 12 Jun 2024 07:45:10 -0400',
   """Incident INC0048812 has been updated.

Short description: Incubator monitoring PC (EMBRYO-WS03) offline - alarms not forwarding
Priority: 2 - High
Assigned to: Network Ops / Phil Gregorek
Caller: Dana Whitfield (ext 4402)

Work notes (Phil Gregorek, 06/12/2024 07:41):
Switch port Gi1/0/14 in IDF-2 was err-disabled after the weekend power test. Bounced the port, WS03 back online, alarm relay to the on-call pager tested OK with lab (Dana confirmed test alarm received on 207-555-0106). Leaving open 24h for monitoring.

To view the incident, log in to the Service Portal. Please do not reply to this message.
""")

mk('clean', 'admin', 'Dr. Samir Haddad <shaddad@%s>' % LFD, 'IVF Lab Staff <ivflab@%s>' % LFD,
   'July call schedule - embryology + andrology', 'Wed, 12 Jun 2024 17:20:36 -0400',
   """All - July weekend/holiday coverage below. Swaps go through Dana, not me. Remember July 4 is a full retrieval day (we have 4 booked), so two embryologists in.

Date        Embryology lead    Second        Andrology
Sat 7/6     Whitfield          Sadeghi       Lowry
Sun 7/7     Whitfield          --            Lowry
Thu 7/4     Kapoor             Whitfield     Nguyen
Sat 7/13    Kapoor             Ortiz         Nguyen
Sun 7/14    Ortiz              --            Nguyen
Sat 7/20    Sadeghi            Kapoor        Lowry
Sun 7/21    Sadeghi            --            Lowry
Sat 7/27    Ortiz              Whitfield     Nguyen
Sun 7/28    Kapoor             --            Nguyen

On-call cell: 207-555-0106 (pass the phone Friday 5pm).

Samir Haddad, MD
Laboratory Director
""")

mk('clean', 'admin', 'Accounts Receivable <ar@nordiccryogas.example.com>', 'Accounts Payable <ap@%s>' % LFD,
   'Invoice INV-2024-06-3318 - LN2 delivery / dewar rental', 'Thu, 13 Jun 2024 08:02:58 -0500',
   """Dear Customer,

Please find below your invoice for June deliveries.

Invoice #: INV-2024-06-3318
Customer #: C-77410  (Lakeshore Fertility & Reproductive Medicine)
PO #: LF-PO-11902
Terms: Net 30

06/03/2024  Liquid nitrogen bulk fill, 230 L          $  412.50
06/10/2024  Liquid nitrogen bulk fill, 230 L          $  412.50
06/01/2024  Dewar rental, 4 x 50L (monthly)           $  320.00
            Hazmat delivery surcharge x2              $   90.00
                                             TOTAL    $1,235.00

Remit to: Nordic Cryogas Supply, PO Box 6612, Lewiston ME 04243
Questions: Bev Harlan, (207) 555-0135

Thank you for your business!
""", atts=[('INV-2024-06-3318.txt', 'INVOICE INV-2024-06-3318\nCustomer C-77410\nPO LF-PO-11902\nAmount due: 1235.00 USD\nDue: 07/13/2024\n', 'text', 'plain')])

mk('clean', 'admin', 'HR Benefits <benefits@%s>' % SAR, 'All Staff <allstaff@%s>' % SAR,
   'Open enrollment closes Friday - new fertility & family-building benefit', 'Thu, 13 Jun 2024 12:00:00 -0400',
   """Reminder: open enrollment closes this Friday, June 14 at 11:59 PM.

What's new for plan year 2024-25:
 - Fertility & family-building benefit (administered by our partner Cradlewell Benefits) now covers IVF, egg freezing and donor services up to $20,000 lifetime for employees on the PPO and HDHP plans.
 - Adoption and surrogacy reimbursement increased to $7,500.
 - Mental health visits $0 copay in network.

Questions? Drop-in hours Wednesday 2-4 in the Cafeteria Annex, or call Benefits at x2040. Ask for Tamsin Coyle or Rob Guerrero.

You do not need to tell us anything about your health to enroll, and HR never sees your claims.

St. Aldric Human Resources
""", html="""<html><body><h2 style="color:#1c4e80">Open enrollment closes Friday</h2>
<p>Reminder: open enrollment closes this <b>Friday, June 14 at 11:59 PM</b>.</p>
<ul><li>Fertility &amp; family-building benefit now covers IVF, egg freezing and donor services up to $20,000 lifetime (PPO and HDHP).</li>
<li>Adoption and surrogacy reimbursement increased to $7,500.</li>
<li>Mental health visits $0 copay in network.</li></ul>
<p>Questions? Drop-in hours Wednesday 2-4 in the Cafeteria Annex, or call Benefits at x2040. Ask for Tamsin Coyle or Rob Guerrero.</p>
<p><i>You do not need to tell us anything about your health to enroll, and HR never sees your claims.</i></p>
</body></html>""")

mk('clean', 'admin', 'Facilities Work Orders <facilities@%s>' % SAR, 'Patient Relations <patientrelations@%s>' % SAR,
   'WO-240613-0087 scheduled: elevator B modernization, Admin wing', 'Thu, 13 Jun 2024 15:34:19 -0400',
   """Work order WO-240613-0087 has been scheduled.

Location: Admin Wing, Elevator B (serves Patient Relations, HIM, Interpreter Services, floors 1-3)
Work: Controller replacement + door operator upgrade (Otis-type), contractor Kennebec Lift Co.
Dates: Mon 6/24 - Fri 7/12, elevator out of service
Contact: Dennis Marchand, Facilities Project Mgr, (207) 555-0121 / pager 4471

Please direct visitors and patients coming to Patient Relations to Elevator A by the main lobby, or offer to meet them in the first-floor family consult room. Wheelchair users should be escorted by Guest Services (x2000).
""")

mk('clean', 'admin', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Contracts Office <contracts@%s>' % SAR,
   'RE: LinguaBridge renewal - pricing', 'Fri, 14 Jun 2024 10:48:03 -0400',
   """Hi Pete,

Responses to your questions on the LinguaBridge renewal (contract C-2021-0448):

- FY24 volume: 61,204 OPI minutes, 18,770 VRI minutes, 212 on-site ASL hours.
- Top languages by minutes: Spanish 38%, Arabic 11%, Portuguese 9%, Haitian Creole 8%, Vietnamese 7%, other 27%.
- Their proposed rate: OPI $0.79/min (up from $0.72), VRI $1.05/min. Connect time SLA stays at 30 sec for Spanish, 90 sec for others - I'd like that down to 60 for everything given the incidents this spring.
- Invoices: May invoice LB-884120 was $61,330.18, I'm reconciling against our logs now.

I'm free Tuesday for the vendor call. Their rep is Camille Frost, 617-555-0109.

Olena Hrytsenko
Manager, Interpreter & Language Services
St. Aldric Regional Medical Center | x2260

-----Original Message-----
From: Pete Lanigan <planigan@staldric.org>
Sent: Thursday, June 13, 2024 4:15 PM
To: Olena Hrytsenko
Subject: LinguaBridge renewal - pricing

Olena, before I go back to them can you send last FY volumes by modality and anything on service levels? Thx, Pete
""")

mk('clean', 'admin', 'IS Change Management <change@%s>' % SAR, 'Portal Support <portalhelp@%s>' % SAR,
   'CHG0031177 approved: MyStAldric portal upgrade - downtime Sun 6/23 01:00-05:00', 'Fri, 14 Jun 2024 16:00:01 -0400',
   """Change CHG0031177 has been approved by CAB.

Summary: MyStAldric patient portal upgrade to release 24.2 (new proxy workflow, results release rules engine, bilingual sign-up)
Window: Sunday 06/23/2024 01:00 - 05:00 ET
Impact: Portal and mobile app unavailable; scheduling self-service unavailable; test result notifications queued and sent after window.
Implementer: Priya Natarajan (IS Ambulatory), backout owner: Raj Iyer
Bridge line: 888-555-0140, code 771204#

Portal Support: please update the IVR message by Saturday 6 PM. Downtime FAQ attached to the change record.
""", cte='quoted-printable')
# =====================================================================
# CLEAN / lookalike
# =====================================================================
mk('clean', 'lookalike', 'Tidewater Athletic Club <frontdesk@tidewaterathletic.example.com>', 'Gwen Harlow <gwenharlow@mailbox.example.net>',
   'Your Cycle Recovery class starts Day 1 - member #44821', 'Sat, 15 Jun 2024 07:00:00 -0400',
   """Hi Gwen,

You're booked! Here are your details:

Member #: 44821
Program: 6-week "Cycle & Recovery" (indoor cycling + mobility)
Day 1: Monday 6/17, 6:15 AM, Studio 2, Coach Malik Tran
Transfer policy: you may transfer your spot to another member up to 12 hrs before class.

Please complete the PAR-Q readiness questionnaire at the front desk before your first session and bring a water bottle. Your complimentary body-composition scan is scheduled for week 3.

Questions? Call us at (207) 555-0117.

See you on the bike!
Tidewater Athletic Club
""")

mk('clean', 'lookalike', 'Harbor Paws Veterinary Hospital <care@harborpawsvet.example.com>', 'Tom Ekwueme <tekwueme@mailbox.example.net>',
   "Biscuit's discharge instructions - Patient ID 55102", 'Sat, 15 Jun 2024 13:22:41 -0400',
   """Hi Tom,

Biscuit did great today! Here is a summary of her visit.

Patient: Biscuit (canine, beagle mix, spayed female, 7 yrs)
Patient ID: 55102   Client #: C-18870
Procedure: dental cleaning under general anesthesia, 2 extractions (lower premolars)
Pre-anesthetic bloodwork: normal kidney and liver values
Medications sent home: carprofen 25 mg once daily x5 days with food; clindamycin 75 mg twice daily x7 days

Soft food only for 1 week. She may be groggy tonight. Recheck in 10 days with Dr. Sorensen.

If she vomits more than twice or won't eat by tomorrow evening, call us at (207) 555-0180 (24h line).

Harbor Paws Veterinary Hospital
""")

mk('clean', 'lookalike', 'Pinecrest Federal Credit Union <alerts@pinecrestfcu.example.org>', 'Dolores Aquino <daquino@mailbox.example.net>',
   'Loan application received - Member #00481773', 'Mon, 17 Jun 2024 09:15:27 -0400',
   """Dear Dolores Aquino,

Thank you for applying for a Personal Loan with Pinecrest FCU.

Member number: 00481773
Application #: PL-24-061733
Amount requested: $12,000
Purpose: Family planning / medical expenses
Date received: 06/17/2024

A loan officer will contact you within 2 business days at the phone number on file ending in 0187. To check status, log in to online banking or call Member Services at 1-800-555-0166.

For your security, we will never ask for your full SSN or PIN by email.

Pinecrest Federal Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike', 'Claims - Bayline Auto Insurance <claims@baylineauto.example.com>', 'Victor Delacroix <vdelacroix@mailbox.example.net>',
   'Claim 4410-887-2201: vehicle recovery & rental authorization', 'Mon, 17 Jun 2024 14:48:02 -0400',
   """Dear Victor Delacroix,

Your collision claim has been assigned.

Claim number: 4410-887-2201
Policy: BAP-7720419
Date of loss: 06/14/2024
Vehicle: 2019 Subaru Outback, VIN ending 4417
Injuries reported: none

Your vehicle has been recovered from the scene and is at Ellery Auto Body for a damage appraisal. A rental is authorized up to $40/day for 14 days at Ridgeline Rentals. Your adjuster is Kendra Moss, (207) 555-0124, ext 3.

Please upload photos of the other vehicle's plate and the police report #PEPD-24-11820 through the app.

Bayline Auto Insurance
""")

mk('clean', 'lookalike', 'Oak & Ash Tree Surgeons <quotes@oakashtree.example.com>', 'Helen Marsh <hmarsh@mailbox.example.net>',
   'Quote Q-3320 - red maple: diseased limb removal and crown reduction', 'Tue, 18 Jun 2024 11:05:50 -0400',
   """Hi Helen,

Thanks for having us out on Saturday. As discussed, the large red maple by the driveway has a diseased lead limb (looks like verticillium wilt - the sapwood staining was pretty clear when we took the sample) and some included bark at the union.

Quote Q-3320:
 1. Remove diseased limb, sterilize cuts between trees ............ $850
 2. Crown reduction ~20%, deadwood removal ........................ $1,100
 3. Deep root fertilization + follow-up visit in 8 weeks .......... $275
 4. Stump grinding (old birch, back corner) ...................... $180
                                                                  ------
                                                                 $2,405

Prognosis for the tree is fair if we get the infected wood out this season. We could schedule the week of July 8.

Dave Lindqvist
ISA Certified Arborist NE-7721A
Oak & Ash Tree Surgeons, LLC | (207) 555-0193
""")

mk('clean', 'lookalike', 'Jenkins CI <ci@build.fernlight.example.dev>', 'backend-team@fernlight.example.dev',
   '[fernlight/scheduler] FAILED: patient-retry worker - child process killed (OOM), donor pool exhausted', 'Tue, 18 Jun 2024 02:17:44 +0000',
   """Build #4412 of fernlight/scheduler (branch: feature/embryo-queue) FAILED.

Stage: integration-tests
Test: test_patient_retry_policy_transfers_orphans

    Traceback (most recent call last):
      File "scheduler/workers/patient.py", line 218, in transfer
        donor = self.pool.acquire_donor(timeout=30)
    PoolExhausted: donor pool exhausted (0/16 available)
    ...
    child process 88120 (pid) was killed by signal 9 (OOM); parent reaped orphan, readmitting job 7741

Last commits:
  a91f3c2  (Rhea Kowalczyk) patient worker: back off exponentially before transfer
  07de1b9  (Sam Okafor)      rename incubator -> staging buffer

Console: https://build.fernlight.example.dev/job/scheduler/4412/console
""")

mk('clean', 'lookalike', 'Hillside Genetics ET Service <et@hillsidegenetics.example.com>', 'Marian Stoltz <stoltzdairy@mailbox.example.net>',
   'Embryo transfer results - Stoltz Dairy, 6/11 flush', 'Wed, 19 Jun 2024 16:30:12 -0500',
   """Marian,

Results from the flush on your donor cow and the transfers on the 11th:

Donor: Stoltz Galaxy Rosie 2207 (reg. HOUSA000071204417), superovulated with FSH, 2 AI breedings to sexed semen (sire code 7HO18812)
Recovered: 14 embryos, 11 grade 1-2 transferable, 3 degenerate
Fresh transfers: 6 recipients (tags 418, 422, 431, 440, 447, 452)
Frozen (direct transfer): 5 embryos, straws in your tank #2, canister 4

Preg check recipients by ultrasound at day 30, week of July 8. Recip 447 had a small CL so don't get your hopes up on that one.

Invoice to follow. Call me with questions.

Dr. Aaron Pike, DVM
Hillside Genetics Embryo Transfer Service
(715) 555-0148
""")
# =====================================================================
# CLEAN / news
# =====================================================================
mk('clean', 'news', 'Lakeshore Fertility <news@%s>' % LFD, 'Lakeshore Fertility Community <community@lists.%s>' % LFD,
   'Summer newsletter: time-lapse incubators, new donor program, success rates', 'Thu, 20 Jun 2024 10:00:00 -0400',
   """LAKESHORE FERTILITY - SUMMER 2024

Time-lapse incubators are here
This spring our embryology lab installed three new time-lapse incubators. Embryos stay undisturbed from fertilization to blastocyst while a camera takes an image every 10 minutes, so our embryologists can watch development without taking the dish out.

Our 2023 numbers
Based on our preliminary 2023 data reported to the national registry: 412 retrieval cycles, 538 frozen embryo transfers. Live birth rate per first transfer, patients under 35: 52%; 35-37: 44%; 38-40: 31%. Remember that these are averages and your doctor will talk with you about your own situation.

Donor program expanding
We are now recruiting egg donors aged 21-31. Donors are compensated for their time and undergo medical, genetic and psychological screening. Know someone who may be interested? Visit our website.

Financing made simpler
Through our partner BloomPath Family Finance, patients can now apply for treatment loans online in about 10 minutes, with decisions usually the same day.

Support group
Our free monthly support group meets the second Tuesday of each month, 6:30 pm, led by counselor Dr. Naomi Ferris, PsyD.

You are receiving this because you subscribed at lakeshorefertility.com. Unsubscribe: reply STOP.
""", html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#2a6f6f">Lakeshore Fertility &mdash; Summer 2024</h1>
<h3>Time-lapse incubators are here</h3>
<p>This spring our embryology lab installed three new time-lapse incubators. Embryos stay undisturbed from fertilization to blastocyst while a camera takes an image every 10 minutes.</p>
<h3>Our 2023 numbers</h3>
<table border="1" cellpadding="4"><tr><th>Age</th><th>Live birth rate per first transfer</th></tr>
<tr><td>&lt;35</td><td>52%</td></tr><tr><td>35-37</td><td>44%</td></tr><tr><td>38-40</td><td>31%</td></tr></table>
<p>412 retrieval cycles, 538 frozen embryo transfers (preliminary registry data).</p>
<h3>Donor program expanding</h3><p>We are now recruiting egg donors aged 21-31.</p>
<h3>Financing made simpler</h3><p>Apply for treatment loans online through BloomPath Family Finance.</p>
<h3>Support group</h3><p>Second Tuesday monthly, 6:30 pm, led by Dr. Naomi Ferris, PsyD.</p>
<p style="font-size:9pt">Unsubscribe: reply STOP.</p></body></html>""")

mk('clean', 'news', 'Cumberland County Public Health <alerts@cumberlandph.example.gov>', 'Health Alert Network - Providers <han-providers@lists.cumberlandph.example.gov>',
   'HEALTH ADVISORY: Measles exposure, Port Ellery Transit Center, June 14-15', 'Fri, 21 Jun 2024 17:45:00 -0400',
   """HEALTH ADVISORY - 2024-HAN-019
Distribution: hospitals, emergency departments, urgent care, primary care, OB/GYN, infection prevention

Summary: A confirmed case of measles in an unvaccinated adult traveler has been reported. The individual was infectious while at the following locations:
  - Port Ellery Transit Center, June 14, 3:00 PM - 7:30 PM
  - Harborview Mall food court, June 15, 11:00 AM - 2:00 PM

Recommendations for clinicians:
  1. Consider measles in patients with fever and rash presenting through July 6.
  2. Mask and isolate suspected cases immediately (airborne precautions); do not send to waiting rooms.
  3. Collect NP swab for measles PCR and serum IgM; notify public health at (207) 555-0100 before sending specimens.
  4. Pregnant patients and those attempting pregnancy: check MMR immunity; MMR vaccine is contraindicated in pregnancy and patients should avoid conception for 4 weeks after vaccination.

No further identifying information about the case will be released.

Cumberland County Public Health - Division of Disease Control
""")

mk('clean', 'news', 'Pharmacy Recalls <rxrecalls@%s>' % SAR, 'Clinical Pharmacy Distribution <pharmdist@%s>' % SAR,
   'RECALL (Class II): Progesterone in Oil 50 mg/mL, Meridian Sterile Labs - lots listed', 'Mon, 24 Jun 2024 08:30:00 -0400',
   """Pharmacy Recall Notice #RX-2024-041

Product: Progesterone Injection USP (in sesame oil) 50 mg/mL, 10 mL multi-dose vial
Manufacturer: Meridian Sterile Labs
NDC: 70811-0442-10
Lots: PG23K118, PG23K121, PG24A007   Exp: 11/2025 - 01/2026
Reason: visible particulate matter observed in retained samples
Recall class: II (voluntary, to user level)

Action:
 - Pharmacy staff: quarantine all affected lots on hand in main pharmacy, Pyxis stations and the Women's Health satellite. Return via the recall vendor (label attached to the notice).
 - Lakeshore Fertility (affiliated clinic) has been notified and will contact their own patients directly through their specialty pharmacy.
 - No adverse events have been reported to date.

Questions: Ian McCreary, PharmD, Medication Safety Officer, x3390
""")

mk('clean', 'news', 'Patient Experience Office <patientexperience@%s>' % SAR, 'Leadership Council <leadership@%s>' % SAR,
   'Q2 Patient Relations dashboard', 'Mon, 01 Jul 2024 09:00:00 -0400',
   """Q2 2024 Patient Relations & Language Access - summary

Complaints & grievances
  Total contacts: 1,118 (Q1: 1,042)
  Formal grievances: 86 (7.7%); 81 resolved within 30 days (94%)
  Top categories: communication 29%, billing 22%, wait times 17%, care concerns 15%, interpreter/language 6%
  Compliments logged: 402

Interpreter services
  Encounters: 14,903 (in-person 31%, VRI 44%, phone 25%)
  Average phone connect time: 41 sec (target 30)
  Top 5 languages: Spanish, Arabic, Portuguese, Haitian Creole, Vietnamese

Medical records (ROI)
  Requests: 6,227; median turnaround 4 business days; 98.6% within 30 days

Patient portal
  Active users: 71,340 (+3.2%)
  Support tickets: 2,994; 58% password/lockout, 14% proxy access, 11% results questions

Full dashboard on the intranet under Quality > Patient Experience.
""")

mk('clean', 'news', 'NE Society for Reproductive Medicine <newsletter@nesrm.example.org>', 'members@lists.nesrm.example.org',
   'NESRM Bulletin: call for abstracts, registry update, embryo storage guidance', 'Tue, 02 Jul 2024 07:30:00 -0400',
   """NESRM BULLETIN - JULY 2024

1. Annual meeting - Burlington, VT, October 17-19
   Abstract deadline August 9. Themes: embryo selection, donor anonymity in the age of DNA testing, equity in access to ART.

2. Regional registry update
   Member clinics reported 18,406 ART cycles in 2023. Single embryo transfer accounted for 91% of transfers in patients under 35 (up from 84% in 2021). Twin rate fell to 3.9%.

3. Member abstract highlight
   "Cumulative live birth after PGT-A vs untested transfers in 1,204 autologous cycles" (Okonjo, Brandt et al.) - no difference in cumulative live birth in patients under 38; modest benefit in miscarriage rate in 38-42.

4. Guidance on abandoned embryos in storage
   The ethics committee has published a model consent and an outreach checklist for clinics with embryos in storage where patients cannot be reached. Download from the members' area.

To update your subscription preferences visit the members' portal.
""")

mk('clean', 'news', 'PortalWorks Product News <product-news@portalworks.example.com>', 'Kim Ostrowski <kostrowski@%s>' % SAR,
   'PortalWorks 24.2 release notes: proxy access, results release rules, accessibility', 'Wed, 03 Jul 2024 12:00:00 -0500',
   """PortalWorks 24.2 is generally available.

Highlights
 * Proxy access: adolescent confidentiality rules (ages 12-17) now configurable per department; parent proxies can be limited to scheduling and billing.
 * Results release rules engine: set delay windows per test type (e.g. immediate for lipid panels, 72 hours for pathology, manual for genetic testing and pregnancy tests) to meet Cures Act information-blocking exceptions.
 * Bilingual sign-up flow in 12 languages including Haitian Creole, Vietnamese and Arabic (right-to-left support).
 * WCAG 2.2 AA conformance for all patient-facing screens.

Fixed
 * PW-18812: occasional display of another household member's appointment when proxy and patient share a device (fix in 24.2.1 hotfix).

Customer webinar: July 11, 1:00 PM CT. Register in the customer community.

PortalWorks, Inc. | 400 Lake Street, Minneapolis MN
""")
# =====================================================================
# CLEAN / staff
# =====================================================================
mk('clean', 'staff', 'Amir Sadeghi <asadeghi@%s>' % LFD, 'IVF Lab Staff <ivflab@%s>' % LFD,
   'vitrification - proposed change to warming timing', 'Thu, 04 Jul 2024 16:12:09 -0400',
   """Hi all,

Following up on Tuesday's lab meeting. Proposal for the SOP change (LAB-SOP-031 rev F):

- blasts: warm 2.5 h before transfer instead of 3-4 h. Our internal audit of the last 200 warmings showed re-expansion was complete in >95% by 2 h.
- biopsied blasts: keep at 3 h, they re-expand slower.
- day 3 embryos: no change.
- collapse before vitrification: we'll standardize laser-assisted collapse for all expanded blasts (grade 4+) instead of leaving it to the embryologist.

Survival rate over the audit period was 98.5% so we're not trying to fix a problem, it's mostly about not having embryos sit in culture around the OR schedule. Comments by next Friday pls, then Samir signs off.

Amir
""")

mk('clean', 'staff', 'Dr. Evelyn Park <epark@%s>' % LFD, 'Dr. Samir Haddad <shaddad@%s>' % LFD,
   'curbside - low AMH, DuoStim?', 'Fri, 05 Jul 2024 12:33:50 -0400',
   """Samir, quick curbside, no rush.

New consult this week: 41 y/o, G0, AMH 0.4, AFC 4, partner normal SA, wants own eggs and is set on PGT. I'm thinking DuoStim (follicular + luteal in the same cycle) to bank blasts before testing rather than 3 separate cycles. You've done more of these - did you find the luteal-phase eggs performed worse? And did you use letrozole in the luteal stim?

I'll also talk to her about donor eggs obviously but want to have a realistic plan for autologous first.

E
""")

mk('clean', 'staff', 'Marguerite Lyle <mlyle@%s>' % SAR, 'Patient Relations <patientrelations@%s>' % SAR,
   'team mtg notes 7/8', 'Mon, 08 Jul 2024 13:05:27 -0400',
   """Notes from this morning:

- Trend: 3 complaints in June about the parking garage pay stations being down. Facilities says new machines by Aug 1. Until then, give validation stickers.
- Trend: fertility patients calling us about portal results timing. This is a Lakeshore workflow issue (they tell people "same day"). Kim is meeting with their practice manager.
- Reminder: grievance letters must go out within 7 days OR we send the extension letter. We missed 2 in June.
- Language access: if a family member interpreted for consent, that is automatically a safety event, not just a grievance. Olena will do a 15-min refresher at the next meeting.
- Sharon is out 7/15-7/19, Nadine covers the ED liaison line.

Marguerite
""")

mk('clean', 'staff', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Interpreter Staff <interpreters@%s>' % SAR,
   'Mandarin/Cantonese coverage gap - Aug', 'Tue, 09 Jul 2024 08:50:41 -0400',
   """Team,

Wei is on leave Aug 5-30, which leaves us with no in-person Mandarin or Cantonese coverage. Plan:

- Weekday mornings: LinguaBridge VRI (Mandarin avg connect 45 s, Cantonese ~2 min).
- Scheduled surgeries and anything with consent: book the agency in-person interpreter at least 48 h ahead, Jackie has the form.
- Fertility center referrals (they've been sending more Mandarin-speaking patients for HSG and hysteroscopy): ask the clinic to schedule on Tues/Thurs when the agency interpreter is available.

If anyone is certified in Mandarin and wants extra shifts, let me know.

Olena
""")

mk('clean', 'staff', 'Colleen Obi <cobi@%s>' % LFD, 'IVF Nursing <ivfnursing@%s>' % LFD,
   'OHSS phone triage - reminder of the criteria', 'Wed, 10 Jul 2024 17:02:18 -0400',
   """Since we've had a few after-hours calls this summer, reminder of the phone triage criteria for post-retrieval patients (full protocol in the nursing manual, NUR-P-014):

Send to ED / call MD on call now:
  - shortness of breath, or can't lie flat
  - urine output noticeably decreased (less than ~3 voids in 24 h)
  - weight gain > 2 lb/day for 2 days
  - severe abdominal pain, vomiting and can't keep fluids down
  - calf pain/swelling or chest pain

Can be seen in clinic next morning:
  - bloating and mild pain, tolerating fluids, normal urine

Everyone gets: electrolyte drinks, daily weights, no heavy exercise, no intercourse, call back if worse.

Document the call in the phone encounter even if you just gave reassurance.

Colleen Obi, BSN, RN
""")

mk('clean', 'staff', 'Deb Fairley <dfairley@%s>' % SAR, 'HIM ROI Team <roi@%s>' % SAR,
   'Q: attorney requests + psychotherapy notes', 'Thu, 11 Jul 2024 10:27:03 -0400',
   """Good question from Ruth at huddle, answer for everyone:

1. Attorney requests with a HIPAA-compliant authorization signed by the patient: process like any other authorization. Check expiration date, that it names us, and that it lists what is being released. A letter from the attorney alone is NOT enough.
2. Subpoena without a court order: we need satisfactory assurance (notice to the patient or qualified protective order). Route to Legal.
3. Psychotherapy notes (separately kept therapy notes) need their own specific authorization - they can't be bundled with a general release.
4. Substance use disorder records from the Recovery Program (Part 2): separate consent, and the redisclosure notice must go with them.
5. Reproductive health: per the new policy, requests that may be used to investigate lawful reproductive care need the attestation form. Fertility and pregnancy-loss records are included. When in doubt, ask me before releasing.

Deb Fairley, RHIA
HIM Compliance & Release of Information Supervisor
""")

mk('clean', 'staff', 'Tara Blomquist <tblomquist@%s>' % LFD, 'Donor Program Committee <donorcmte@%s>' % LFD,
   'agenda - donor eligibility criteria update', 'Fri, 12 Jul 2024 14:44:39 -0400',
   """Agenda for Weds donor committee:

1. Expanded carrier screening: move from 250-gene to 500-gene panel for all new donors starting Sept? Cost diff ~ $180/donor.
2. Carrier-positive donors: current rule is we match only if recipient partner tests negative for the same gene. Do we want to keep accepting SMA carriers at all? (we had one this spring.)
3. FDA donor eligibility: the updated travel deferrals, and the new questions on the donor history questionnaire.
4. Repeat donors: cap at 6 cycles lifetime - any reason to change?
5. Donor compensation: benchmarking shows we're $1,000 under the regional median.

No individual donor files will be discussed, bring the aggregate report only.

Tara
""")
# =====================================================================
# CLEAN / training
# =====================================================================
mk('clean', 'training', 'EHR Training <ehrtraining@%s>' % LFD, 'New Hires - July <newhires@%s>' % LFD,
   'Training environment logins + practice patients', 'Mon, 15 Jul 2024 08:00:00 -0400',
   """Welcome! For Wednesday's EMR class you'll use the TRAINING environment (LF-TRN), not production. Your login is your network ID with the password Train2024! (you'll be forced to change it).

Practice patients (all fictitious - they exist only in LF-TRN):

  ZZTEST, FERTILITY ONE      MRN 99900001   DOB 01/01/1990   use for: new consult + IVF order set
  ZZTEST, FERTILITY TWO      MRN 99900002   DOB 02/02/1985   use for: FET calendar
  ZZTEST, PARTNER MALE       MRN 99900003   DOB 03/03/1982   use for: semen analysis order
  ZZTEST, DONOR EGG          MRN 99900004   DOB 04/04/1999   use for: donor cycle linking

Exercise 3: Document a retrieval for ZZTEST, FERTILITY ONE with 12 oocytes and send the embryology handoff. Exercise 4: Enter a positive beta of 150 and release it to the portal.

Never practice in production. If you accidentally open a real chart, close it and tell your trainer - access is audited.

Lakeshore Fertility Clinical Informatics
""")

mk('clean', 'training', 'Devin Moss <dmoss@portalworks.example.com>', 'Kim Ostrowski <kostrowski@%s>' % SAR,
   'Demo recap + sandbox access', 'Tue, 16 Jul 2024 15:20:44 -0500',
   """Hi Kim,

Thanks for your time today. Recap of the demo:

- We walked through the proxy workflow using our demo patient Jane Doe (DOB 01/01/1980, MRN DEMO-000123) and her "daughter" Janie Doe, age 14.
- Results release rules: we showed the sample pregnancy test (hCG) being held for manual release, and the sample lipid panel released immediately.
- The mis-display bug (another household member's appointment showing) is fixed in 24.2.1.

Sandbox: https://sandbox.portalworks.example.com/staldric
Username: staldric_demo  (password sent separately)
All data in the sandbox is synthetic; please don't load real patients.

Devin Moss
Solutions Engineer, PortalWorks
""", html="""<html><body><p>Hi Kim,</p><p>Thanks for your time today. Recap of the demo:</p>
<ul><li>Proxy workflow using our demo patient <b>Jane Doe</b> (DOB 01/01/1980, MRN DEMO-000123) and her "daughter" Janie Doe, age 14.</li>
<li>Results release rules: sample hCG held for manual release; sample lipid panel released immediately.</li>
<li>The mis-display bug is fixed in 24.2.1.</li></ul>
<p>Sandbox: <a href="https://sandbox.portalworks.example.com/staldric">sandbox.portalworks.example.com/staldric</a><br>
All data in the sandbox is synthetic; please don't load real patients.</p>
<p>Devin Moss<br>Solutions Engineer, PortalWorks</p></body></html>""")

mk('clean', 'training', 'Raj Iyer <riyer@%s>' % SAR, 'Interface Team <interfaces@%s>' % LFD,
   'test messages for the new results interface (TEST env)', 'Wed, 17 Jul 2024 10:04:12 -0400',
   r"""Hi,

Here are the test ORUs for Thursday's validation in TEST. These are all our standard test patients (TEST^PATIENT names, ZZ MRNs), nothing real. Please confirm they file.

MSH|^~\&|SUNQUEST|STALDRIC|LFRM_EMR|LAKESHORE|20240717100000||ORU^R01|TEST0001|T|2.5.1
PID|1||ZZ0000001^^^STALDRIC^MR||TEST^PATIENT^ONE||19000101|F|||123 TEST ST^^ANYTOWN^ME^00000
OBR|1|T0001|T0001|HCGQ^HCG QUANTITATIVE^L|||20240717090000
OBX|1|NM|HCGQ^HCG, BETA QUANT^L||999|mIU/mL|<5|H|||F

MSH|^~\&|SUNQUEST|STALDRIC|LFRM_EMR|LAKESHORE|20240717100100||ORU^R01|TEST0002|T|2.5.1
PID|1||ZZ0000002^^^STALDRIC^MR||TEST^PATIENT^TWO||19000101|M|||123 TEST ST^^ANYTOWN^ME^00000
OBR|1|T0002|T0002|AMH^ANTI-MULLERIAN HORMONE^L|||20240717090000
OBX|1|NM|AMH^AMH^L||1.23|ng/mL|||||F

Note MSH-11 = T (training/test). Prod traffic would be P.

Raj
""")

mk('clean', 'training', 'Deb Fairley <dfairley@%s>' % SAR, 'HIM ROI Team <roi@%s>' % SAR,
   'ROI annual competency - practice scenarios', 'Thu, 18 Jul 2024 09:15:00 -0400',
   """Please complete the practice scenarios before your competency check. Answers in the shared drive after 7/31.

Scenario 1. You receive a request for the records of "John Doe", DOB 01/01/1900, from an attorney. The authorization is signed by John Doe but the "records to be released" line is blank. What do you do?

Scenario 2. A sample record request arrives by fax for "Jane Q. Sample" from a fertility clinic for "all records". The authorization names St. Aldric Medical Group, not St. Aldric Regional Medical Center. Valid?

Scenario 3. A patient asks via the portal for her own records to be emailed unencrypted to her Gmail. Can you? What must you tell her?

Scenario 4. A detective calls asking whether "Patient X" had a pregnancy-related procedure in May. What is the process?

Deb Fairley, RHIA
""")

mk('clean', 'training', 'Olena Hrytsenko <ohrytsenko@%s>' % SAR, 'Interpreter Staff <interpreters@%s>' % SAR,
   'role-play script for Friday skills session', 'Fri, 19 Jul 2024 11:40:29 -0400',
   """Script for Friday (fictional case, pairs switch roles halfway):

Setting: Fertility clinic consult room. Provider explains egg retrieval to Patient A, a 34-year-old woman whose preferred language is your working language. Patient A's partner (Partner B) speaks some English and keeps trying to answer for her.

Provider lines:
 - "We'll give you medicine through the IV so you'll be asleep. A thin needle goes through the vaginal wall to collect the eggs from the follicles."
 - "Afterwards you may feel bloated. If you're short of breath or can't urinate, call us right away - that can be a sign of ovarian hyperstimulation."
 - "Do you have any questions before you sign the consent?"

Your skills: first-person interpreting, managing the partner's interruptions, asking for clarification of "follicle" and "hyperstimulation", cultural brokering if Patient A appears uncomfortable with the anatomy discussion.

Olena
""")

mk('clean', 'training', 'Lakeshore Clinical Informatics <informatics@%s>' % LFD, 'Donor Program <donorprogram@%s>' % LFD,
   'DonorTrack go-live training - sample record walkthrough', 'Mon, 22 Jul 2024 13:00:00 -0400',
   """DonorTrack training - Module 2

We'll walk through the SAMPLE donor record that ships with the demo database. Please follow along in the TRAINING instance (https://donortrack-trn.lakeshorefertility.com).

Donor ID: DONOR SAMPLE 0001
Name: Sample, Donor A (TEST)
DOB: 01/01/2000
Blood type: O+   Height 5'6"   Eye colour: brown
Screening tab: AMH 9.99 (placeholder), infectious disease panel "TEST - NOT A RESULT"
Matching tab: linked to "RECIPIENT, TEST" (MRN 99900010)

Exercises:
 1. Mark the sample donor as "cleared - pending genetics".
 2. Create a new cycle and attach the (blank) consent template.
 3. Try to match a donor to a recipient with a conflicting carrier result and note the warning.

Real donor records must never be opened in a training session.
""", atts=[('DonorTrack_Module2_sample.csv',
            csvtext([['donor_id', 'name', 'dob', 'status'],
                     ['DONOR SAMPLE 0001', 'Sample, Donor A (TEST)', '2000-01-01', 'TEST'],
                     ['DONOR SAMPLE 0002', 'Sample, Donor B (TEST)', '2000-01-01', 'TEST']]),
            'text', 'csv')])

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
