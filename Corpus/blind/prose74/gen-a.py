#!/usr/bin/env python3
# Blind evaluation set: transfer centre / critical-care transport mail.
import sys, os, io, csv, random, zipfile, email.policy
from email.message import EmailMessage
from email.utils import formataddr

random.seed(7401)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]

DISCL = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of "
         "the intended recipient(s) and may contain confidential and privileged information. Any "
         "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
         "intended recipient, please contact the sender by reply e-mail and destroy all copies of "
         "the original message.")

LHDISCL = ("This message is from Lakemont Health. It may contain information protected under "
           "state and federal law. If you received it in error notify the sender and delete it.")


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xlsxbytes(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        return chr(ord('A') + i)
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mk(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None, atts=(),
       cte=None, hdrs=None):
    COUNT[kind] = COUNT.get(kind, 0) + 1
    SEQ[0] += 1
    n = COUNT[kind]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        msg['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%s.%04d.7401@%s>' % (kind, SEQ[0] * 37 + random.randint(1000, 9999), dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (hdrs or []):
        msg[k] = v
    def dcte(t):
        return '7bit' if t.isascii() else '8bit'
    msg.set_content(body, cte=cte or dcte(body))
    if html:
        msg.add_alternative(html, subtype='html', cte=dcte(html))
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn, cte=dcte(data)) if mt == 'text' else \
                msg.add_attachment(data.encode('utf-8'), maintype=mt, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            j += 1
            part.set_boundary('----=_Part_%d_%d' % (SEQ[0], j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))

# ======================= PHI: care =======================
mk('phi', 'care',
   'Brianna Koehler <bkoehler@lakemonthealth.org>',
   'House Supervisor <housesup@lakemonthealth.org>',
   'accepted - Thibodeaux from Pine Hollow, needs MICU',
   """Pam,

Dr Frandsen accepted Gerald Thibodeaux from Pine Hollow ED about 10 min ago. He's on a heparin drip
they started at 0515, got 2 units PRBCs there and his pressure is holding in the 90s on one pressor.
CT of the belly was done at Pine Hollow, disc is coming with the crew.

LifeWing 2 is lifting from the pad at 0650, ETA our roof ~0735. He needs a MICU bed with a
fem line capable room if we can - Frandsen wants to take him straight to IR if the repeat H/H drops.

Can you let me know which bed so I can give report to the flight crew before they land?

thx
Bri

Brianna Koehler, BSN, RN
Transfer Center | Lakemont Regional Medical Center
Ph 555-301-7720  Fax 555-301-7799
""", 'Tue, 11 Mar 2025 06:41:07 -0500', patient='Thibodeaux')

mk('phi', 'care',
   'Casey Lindgren <clindgren@lakemonthealth.org>',
   'Flight QA <flightqa@lakemonthealth.org>',
   'run 25-0412 summary for chart review',
   """QA team - summary of last night's run for the Thursday review since the ePCR is still
locked on my end.

Pt: Ronald Asante, 58 M, scene-adjacent pickup at Ossian County Memorial helipad.
On arrival pt was on a NRB, sats 84%, GCS 11 and dropping. We did RSI in the ED bay before
loading: ketamine 150, roc 100. Grade 1 view, 7.5 tube on the first pass, 24 at the teeth.
Post-intubation BP dropped to 78/40, push-dose epi x2 then started norepi at 8 mcg.
In flight vent AC 450/18/PEEP 8/FiO2 100, sats came up to 93. OG placed, ~400 mL coffee-ground out.
Handed off to Dr. Vasquez-Moore's team in MICU bed 12 at 0214.

Things to look at: the 14 min delay waiting on the fuel truck at Ossian, and we should talk about
whether we push-dose before RSI when the shock index is >1.

Casey Lindgren, RN, CFRN, CCRN
Flight Nurse - LifeWing 3
Lakemont Critical Care Transport
""", 'Fri, 14 Mar 2025 09:12:44 -0500', patient='Asante')

mk('phi', 'care',
   'Helena Vasquez-Moore MD <hvasquezmoore@lakemonthealth.org>',
   'Curtis Ahlberg <cahlberg@pinehollowhospital.org>',
   'RE: your pt Mrs. Kowalczyk',
   """Curtis -

Quick follow up since you asked. Mrs. Kowalczyk went straight to the cath lab from the roof, they
found a 100% proximal LAD and put in 2 stents. She was extubated yesterday morning, off all drips,
and echo today shows EF about 35%. We started her on the usual - aspirin, ticagrelor, metoprolol,
atorvastatin - and cardiology will probably want a LifeVest before she goes home.

Your team's early lytics call and getting her on the helicopter inside 30 min made a real difference.
Thanks again.

Helena

Helena Vasquez-Moore, MD, FCCP
Medical Director, Medical ICU
Lakemont Regional Medical Center

-----Original Message-----
From: Curtis Ahlberg <cahlberg@pinehollowhospital.org>
Sent: Sunday, March 9, 2025 4:10 PM
To: Helena Vasquez-Moore MD <hvasquezmoore@lakemonthealth.org>
Subject: your pt Mrs. Kowalczyk

Hi Dr V, any word on Irena Kowalczyk we flew to you Friday night? Nurses here keep asking.
Curtis Ahlberg DO
Emergency Dept, Pine Hollow Community Hospital
""", 'Mon, 10 Mar 2025 07:58:30 -0500', patient='Kowalczyk',
   html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Curtis -</p>
<p>Quick follow up since you asked. Mrs. Kowalczyk went straight to the cath lab from the roof, they
found a 100% proximal LAD and put in 2 stents. She was extubated yesterday morning, off all drips,
and echo today shows EF about 35%. We started her on the usual - aspirin, ticagrelor, metoprolol,
atorvastatin - and cardiology will probably want a LifeVest before she goes home.</p>
<p>Your team's early lytics call and getting her on the helicopter inside 30 min made a real difference.
Thanks again.</p>
<p>Helena</p>
<p style="color:#555">Helena Vasquez-Moore, MD, FCCP<br>Medical Director, Medical ICU<br>Lakemont Regional Medical Center</p>
<hr>
<p><b>From:</b> Curtis Ahlberg<br><b>Sent:</b> Sunday, March 9, 2025 4:10 PM<br><b>Subject:</b> your pt Mrs. Kowalczyk</p>
<p>Hi Dr V, any word on Irena Kowalczyk we flew to you Friday night? Nurses here keep asking.<br>Curtis Ahlberg DO</p>
</div></body></html>""")

mk('phi', 'care',
   'Nkechi Obi <nobi@lakemonthealth.org>',
   ['Transfer Center <transfercenter@lakemonthealth.org>', 'Bed Management <bedmgmt@lakemonthealth.org>'],
   'step down for 4112 - Pettibone',
   """Hi all, hospitalist here. Lorraine Pettibone (the transfer from St Brendan's yesterday) is off
the insulin drip as of 0400 and eating breakfast, so she no longer needs ICU. Please move her to
6 West step-down today.

Nephrology saw her, she'll get her first HD session tomorrow am through the new tunneled cath IR
placed yesterday afternoon. Keep her on tele. Her potassium this morning was 5.9 so we gave
kayexalate and repeat BMP at noon.

Family (son) is aware she's moving.

Nkechi Obi, MD
Hospital Medicine, Lakemont Regional
pager 4471
""", 'Wed, 12 Mar 2025 07:20:02 -0500', patient='Pettibone')

mk('phi', 'care',
   'Marcus Tillotson <mtillotson@lakemonthealth.org>',
   'Transfer Center Team <tc-team@lakemonthealth.org>',
   'family call - Whitacre',
   """fyi documenting here too since the TC log was down at the time.

1315 spoke with daughter (Rhonda) re: her father Earl Whitacre, coming by ground from Harlan Flats.
Told her he was accepted to CVICU under Dr Frandsen, ground crew left Harlan at 1250, 2.5 hr drive.
She asked if he would need surgery - told her the cardiothoracic team would see him after arrival and
decide about the valve, I couldn't say more. She is driving up from Decatur Springs with her brother,
will go to the 3rd floor CVICU waiting room. Gave her the unit number. She said he takes
warfarin and "a water pill" - passed that on to the receiving RN.

Marcus T, RN
Transfer Center
""", 'Thu, 13 Mar 2025 13:29:51 -0500', patient='Whitacre')

mk('phi', 'care',
   'LifeWing Comm Center <commcenter@lakemonthealth.org>',
   'Ground CCT Unit 7 <cct7@lakemonthealth.org>',
   'CCT7 - IFT 1530 Ossian to LRMC',
   """CCT7,
IFT request for 1530. Ossian County Memorial, 2nd floor room 214 -> Lakemont 5 North.

Pt Tamsin Oyelaran, 34F. On BiPAP 14/8 40%, 2 pumps running (heparin + amio). Was cardioverted
at Ossian this morning, still in and out of afib. Weight 96 kg. Has a port, R chest.
Sending RN is Jody, 555-614-2230 x214.

Aircraft are both on hold for weather so this one is yours. Call when en route.

Trina Vogel
Communications Specialist, LifeWing Comm Center
""", 'Sat, 15 Mar 2025 14:55:00 -0500', patient='Oyelaran')

mk('phi', 'care',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'Glenda Harkness <gharkness@tririvers-billing.com>',
   'RE: med necessity - Lindqvist flight 2/22',
   """Glenda,

For the Lindqvist rotor claim (flight 2/22, St. Brendan's to LRMC) - the crew narrative supports it,
pulling the key parts for your appeal letter:

 - Harold Lindqvist, intubated at St Brendan's before our arrival, on 2 pressors (norepi + vaso)
 - ground time to us by road is 2 hr 40 min, flight time was 34 min
 - he went directly to the OR on arrival for an emergency aortic repair
 - sending facility has no surgical or ICU capability

I think that's plenty for medical necessity. The denial said "ground transport appropriate" which is
just wrong. Let me know if the payer wants the full run report and I'll request it from HIM.

Omar Siddiqui
Patient Financial Services - Transport Billing Liaison
Lakemont Health

> From: Glenda Harkness
> Sent: Tuesday, March 11, 2025 2:02 PM
> Can you send me something clinical for the Lindqvist denial? The payer is asking
> why air and not ground.
> Glenda Harkness, CPC | Tri-Rivers Medical Billing
""" + "\n" + LHDISCL + "\n", 'Wed, 12 Mar 2025 10:44:18 -0500', patient='Lindqvist')

mk('phi', 'care',
   'Mei-Ling Foster <mfoster@ocmh.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'Fwd: Re: declined transfer 3/7',
   """I want this reviewed. We called three times on Friday about Wanda Crowfeather and were told no
ICU beds. She sat in our ED 9 hours on a bicarb drip, and then got flown to Fairview in
Lewiston because you still had nothing. Her potassium was 7.1 when she left.
She's on dialysis now over there. I understand capacity problems but someone needs to call me back.

Mei-Ling Foster, MD
Emergency Medicine, Ossian County Memorial Hospital

---------- Forwarded message ---------
From: Transfer Center <transfercenter@lakemonthealth.org>
Date: Fri, Mar 7, 2025 at 11:52 PM
Subject: Re: declined transfer 3/7
To: Mei-Ling Foster <mfoster@ocmh.org>

Dr Foster, confirming our conversation at 2340: Lakemont is on ICU diversion and unable to accept
the patient (Crowfeather) at this time. We recommend contacting Fairview Regional. We will call
back if a bed opens.
Shay Delacroix RN, Transfer Center
""", 'Mon, 10 Mar 2025 08:03:12 -0600', patient='Crowfeather')

# ======================= PHI: names =======================
mk('phi', 'names',
   'Dwight Amundsen <damundsen@lakemonthealth.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'Re: Nakamura-Reyes bed?',
   """4112 is cleaned, she can come up now. whats the ETA?

-D

Sent from my iPhone
""", 'Sun, 16 Mar 2025 02:14:40 -0500', patient='Nakamura-Reyes')

mk('phi', 'names',
   'Shay Delacroix <sdelacroix@lakemonthealth.org>',
   ['Neuro ICU Charge <nicu-charge@lakemonthealth.org>'],
   'incoming NICU',
   """Nguyen, Thi Hoa -- accepted to Neuro ICU by Dr. Pham, coming from Pine Hollow.
LifeWing 3 lifting 1420, about 40 min flight. Bed 7 per bed board.
Large bleed on the head CT there, they're holding the BP with nicardipine.
Report # 555-301-7720.

Shay D RN
""", 'Mon, 17 Mar 2025 14:08:55 -0500', patient='Nguyen')

mk('phi', 'names',
   'Pamela Roarke <proarke@lakemonthealth.org>',
   'Marcus Tillotson <mtillotson@lakemonthealth.org>',
   "Mr. Adeyemi's daughter",
   """Marcus, Mr. Adeyemi's daughter called the operator again at 3am - Oluwaseun wants someone
to call her before they do the trach. She says her dad's power of attorney paperwork is with her
brother in Lagos and she's trying to get it faxed. Can you loop in case management in the
morning? Her number is on the facesheet.

Pam Roarke RN, House Supervisor (nights)
""", 'Tue, 18 Mar 2025 03:22:10 -0500', patient='Adeyemi')

mk('phi', 'names',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'Dale Whitcomb <dwhitcomb@lakemonthealth.org>',
   'Sra. de la Cruz Villalobos',
   """dale - did you ever find the glasses that Sra. de la Cruz Villalobos left in the aircraft? her
son says they were in the pocket of her coat and the coat came up with her to the cardiac unit
but no glasses. They're bifocals, tortoise frame. I checked the stretcher bag. Could be on N417LW
under the bench.

jo
""", 'Wed, 19 Mar 2025 11:05:33 -0500', patient='de la Cruz Villalobos')

mk('phi', 'names',
   'Tobias Frandsen MD <tfrandsen@lakemonthealth.org>',
   'Critical Care Attendings <cc-attendings@lakemonthealth.org>',
   'handoff - José Ramón Ibáñez & Zoë Lefèvre',
   """Two to watch over the weekend:

José Ramón Ibáñez in bed 3 - post-op day 1 from the bowel surgery, still needs fluids, lactate
trending down. Spanish only, use the interpreter line, wife will be in Sat afternoon.

Zoë Lefèvre, bed 9 - the young woman flown from Harlan Flats Thursday. Extubated today, doing well,
can probably go to the floor Sunday if she keeps clearing her secretions. Mom is French-speaking
too, dad speaks English.

TF
""", 'Fri, 21 Mar 2025 17:46:02 -0500', patient='Ibáñez', cte='quoted-printable')

mk('phi', 'names',
   'Ana Rosado <arosado@lakemonthealth.org>',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'Benedikt update?',
   """Hey Jo - any update on Benedikt from the rollover Sunday? the 19 y/o we got out of the ditch
on Route 9. His mom found me on facebook and asked if I was the one on the helicopter. Not sure
what I'm allowed to say so I told her I'd check. Heard he went to the OR twice?

Ana Rosado, NRP, FP-C
Flight Paramedic
""", 'Tue, 25 Mar 2025 20:31:19 -0500', patient='Benedikt')

mk('phi', 'names',
   'Rocco Benvenuti <rbenvenuti@lakemonthealth.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'transfer request - Mr Al-Sharif, St Brendans',
   """TC - Dr. Greer at St Brendan's calling for Mr. Abdulrahman Al-Sharif, 67. Dizziness and new weakness
on the left since 0900, they have a CTA pending. Wants neurology on the phone. Patched to
Dr Pham at 1112. Aircraft on standby. Family (son Khalid) at bedside speaks English.

Rocco
LifeWing Comm Center
""", 'Wed, 26 Mar 2025 11:14:02 -0500', patient='Al-Sharif')

mk('phi', 'names',
   'Dale Whitcomb <dwhitcomb@lakemonthealth.org>',
   'Flight QA <flightqa@lakemonthealth.org>',
   'Flight 25-0917 — Przybylski, Tadeusz',
   """Chart is done, signed and locked. The only thing I want the QA reviewer to see is the CPAP
I put him on at 15 min out, it's documented as a late entry because the tablet froze.
Also the receiving was Venkataraman (the cardiology fellow), not Vasquez-Moore, I corrected that.

Dale Whitcomb, FP-C, CCP-C
""", 'Thu, 27 Mar 2025 08:00:41 -0500', patient='Przybylski')
# ======================= PHI: self =======================
mk('phi', 'self',
   'Darlene Ruckersby <darlene.ruckersby62@yahoo.com>',
   'Patient Relations <patientrelations@lakemonthealth.org>',
   'Bill for helicopter - please help',
   """To whom it may concern,

My name is Darlene Ruckersby and I was flown by your LifeWing helicopter from Harlan Flats clinic
to Lakemont on January 3rd when I had the blood clot in my lung. I am grateful to the crew, they
were wonderful. But I just got a bill for $48,212.00 and my insurance only paid part of it.

I did not ask to be flown. The doctor at Harlan said I had to go and there wasnt time to drive.
I am on a fixed income and I am still on the blood thinner and seeing the lung doctor every month.
How do I appeal this or get on a payment plan?

Thank you,
Darlene
(555) 219-4408
""", 'Mon, 03 Mar 2025 19:22:05 -0600', patient='Ruckersby')

mk('phi', 'self',
   'Krista Birchfield <kbirch.family@gmail.com>',
   'Lakemont Transfer Center <transfercenter@lakemonthealth.org>',
   'my son Kayden - ambulance transfer tomorrow?',
   """Hello, I'm Kayden Birchfield's mom. Kayden (dob 11/02/2016) is in the peds unit at Pine Hollow with
the bad pneumonia and the doctor said they are trying to move him to your childrens floor by
ambulance. Nobody can tell me what time. He's still on the high flow oxygen. Can I ride with him?
I don't have a car right now.

Please call me 555-887-0143 anytime.
Krista
""", 'Tue, 04 Mar 2025 21:47:12 -0600', patient='Birchfield')

mk('phi', 'self',
   'Wes Haldane <wes.haldane@outlook.com>',
   'LifeWing <lifewing@lakemonthealth.org>',
   'thank you to the crew from Pine Hollow',
   """I'm the guy you flew out of Pine Hollow back in October after the tractor rolled on me. Wes Haldane.
I don't remember most of it but my wife tells me the flight nurse (a woman with red hair) kept
talking to me the whole time and held pressure on my leg. I lost the leg below the knee but I'm
walking on the new one now and back to feeding cattle.

Just wanted to say thanks. If the crew ever wants to come out to the farm for steaks, the
offer stands.

Wes
""", 'Sat, 08 Mar 2025 07:02:48 -0600', patient='Haldane')

mk('phi', 'self',
   'Marisol Quintanilla-Baca <mqbaca@icloud.com>',
   'Health Information Management <him-requests@lakemonthealth.org>',
   'records request - flight records',
   """Hi,

I need a copy of my flight records and the ER records from when I was transferred on 12/14/2024.
My attorney needs them for the accident claim. My information:

Marisol Quintanilla-Baca
DOB 7-19-1961
4418 Larkspur Trail, Ossian, ST 58120

I signed the release form at the front desk but they said I have to email for the helicopter part
because it is a different department? Please send to me or to my lawyer's office, whichever is faster.

Thank you
Marisol Q.
""", 'Thu, 06 Mar 2025 12:15:30 -0600', patient='Quintanilla-Baca')

mk('phi', 'self',
   'Grace Mwangi-Stroud <gmstroud@hotmail.com>',
   'ICU 3 Nurses <icu3@lakemonthealth.org>',
   'my husband Ignatius',
   """hi this is Grace, Ignatius Mwangi-Stroud's wife. I'm his health care proxy. I had to go home to
see to the kids last night and nobody has called. Is he still on the breathing machine? The doctor
on Tuesday said they might try to take it out Thursday. Also he is allergic to penicillin, I'm not
sure the hospital in Ossian sent that over.

please call 555-330-9167
thank you
Grace
""", 'Thu, 20 Mar 2025 06:11:00 -0500', patient='Mwangi-Stroud')

mk('phi', 'self',
   'Ferris Oyelowo <foyelowo@gmail.com>',
   'Lakemont Billing <billing@lakemonthealth.org>',
   'Fw: EOB - ground transport denied',
   """Hello,

Forwarding the letter from Heartland Mutual. I'm the patient, Ferris Oyelowo, member ID HMX440918273.
They say the ground ambulance from St. Brendan's to Lakemont in February wasn't medically necessary
but I was having chest pain and the doctor said I needed the cath lab. I ended up getting a stent.
Can your office resubmit with the records?

Ferris Oyelowo
555-406-7721

----- Forwarded Message -----
From: Heartland Mutual Claims <noreply@heartlandmutual.com>
Subject: Explanation of Benefits - Claim 25031100873
Claim 25031100873 | Service date 02/18/2025 | Provider: Lakemont Critical Care Transport
A0434 Specialty care transport - DENIED (CO-50 not medically necessary)
""", 'Fri, 21 Mar 2025 16:40:26 -0500', patient='Oyelowo')

mk('phi', 'self',
   'Jeannette Loisel <jloisel1949@yahoo.com>',
   'transfercenter@lakemonthealth.org',
   'ride home',
   """This is Jeannette Loisel in room 5214. The nurse said email this address about my ride home
to St Brendans when I'm discharged Monday. I need oxygen 2 liters for the trip and I can't sit
up long because of my back surgery. Will it be an ambulance?
Jeannette

Sent from Yahoo Mail for iPad
""", 'Sat, 22 Mar 2025 15:03:45 -0500', patient='Loisel')

# ======================= PHI: ids =======================
mk('phi', 'ids',
   'Shay Delacroix <sdelacroix@lakemonthealth.org>',
   'Registration - Transfer <reg-transfer@lakemonthealth.org>',
   'pre-reg for incoming - please build acct',
   """Please pre-register, arriving via LifeWing 2 ~1600:

Name: HOLLOWAY, Bernice M
DOB: 3.4.88
MRN (LRMC): 00731845
Sending: Pine Hollow Community Hosp, their MRN PH-229104
Ins: Medicaid, ID on facesheet (attached in EPIC media)
Accepting: Dr. Frandsen, MICU
Dx per referring: DKA, pH 6.98

thanks!
Shay
""", 'Mon, 24 Mar 2025 15:12:07 -0500', patient='Holloway')

mk('phi', 'ids',
   'Glenda Harkness <gharkness@tririvers-billing.com>',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'acct 4471290036 - DOB mismatch',
   """Omar - payer rejected acct 4471290036 for DOB mismatch. Our claim went out with 19880304, their
eligibility file has 19880403. Patient is Fairweather, Dominic, rotor-wing trip 02/27. Can you check
which is right in registration and correct on your side? I'll rebill once it's fixed.

Glenda Harkness, CPC
Tri-Rivers Medical Billing | 555-700-2212 x118
""", 'Tue, 25 Mar 2025 09:30:00 -0500', patient='Fairweather')

mk('phi', 'ids',
   'PACS Admin <pacs-admin@lakemonthealth.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'outside images failed - acc 7734410281',
   """The CT head from Ossian County Memorial for your transfer did not push. Details:

  Patient: Gunnarsdottir, Sigrid
  DOB: 4 Mar 1952
  Outside accession: 7734410281
  Study: CT HEAD WO CONTRAST  03/26/2025 10:41

Ossian's PACS rejected our AE title again. I'll call their IT. In the meantime radiology can view
on the PowerShare link if they need it before she lands.

PACS Support x4410
""", 'Wed, 26 Mar 2025 11:02:19 -0500', patient='Gunnarsdottir')

mk('phi', 'ids',
   'Case Management <casemgmt@lakemonthealth.org>',
   'LifeWing Comm Center <commcenter@lakemonthealth.org>',
   'discharge ground transport home - Friday',
   """Requesting BLS stretcher transport home Friday 3/28, pickup 1100 from 7 East room 731.

Pt: Vernon Castellanos-Whitby
Home address: 2209 County Road 14, Apt B, Harlan Flats, ST 58304
Contact: wife Loretta 555-912-3380 (cell), home 555-912-0027
Needs: 2L O2, wheelchair at home, second story - 14 steps, no rail on the left
Pt had his leg amputated 3/20, non weight bearing right.

Thx
Yolanda Meeks, RN, CCM
Case Management, Lakemont Regional
""", 'Wed, 26 Mar 2025 14:48:55 -0500', patient='Castellanos-Whitby')

mk('phi', 'ids',
   'Priya Ramaswamy <pramaswamy@heartlandmutual.com>',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'Prior auth decision - air transport - ref PA-25-0088217',
   """Mr. Siddiqui,

Regarding the retro authorization request for fixed-wing transport:

Member: Leilani Kahananui
Member #: HMX 330 187 442
Group: 40021-STATEEMP
DOS: 03/02/2025  Origin: Harlan Flats Clinic  Destination: Lakemont RMC
Ref: PA-25-0088217

The request has been approved following clinical review of the flight nurse notes documenting
massive GI hemorrhage requiring in-flight transfusion of 4 units. Claim may be submitted
referencing the auth number above.

Priya Ramaswamy, RN
Utilization Management, Heartland Mutual Health Plan
1-800-555-0190 ext 6621
""", 'Thu, 27 Mar 2025 10:20:03 -0500', patient='Kahananui')

mk('phi', 'ids',
   'Trina Vogel <tvogel@lakemonthealth.org>',
   'Casey Lindgren <clindgren@lakemonthealth.org>',
   'pt info for your 0330',
   """chart #2291048, Eberhardt, Lucille, 1/9/47. the one w/ the aortic stenosis + syncope. Ossian 3rd flr.
weight 51 kg. dnr/dni per paperwork but family wants the transfer. call ossian 555-614-2230 b4 lift.
""", 'Fri, 28 Mar 2025 03:04:27 -0500', patient='Eberhardt')

mk('phi', 'ids',
   'Registration QA <regqa@lakemonthealth.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'duplicate record merge - transfer 3/25',
   """Hello,

The transfer from St Brendan's on 3/25 created a duplicate. Please confirm before we merge:

 Record A  MRN 00612277  TRUJILLO, ESTEBAN   DOB 05/30/1970  SSN xxx-xx-4419
 Record B  MRN 00744013  TRUJILLO, ESTEVAN   DOB 05/30/1970  SSN xxx-xx-4419

Record B has the ED visit, the CT chest, and the admission to 5N. Record A has his prior
colonoscopy from 2019. Address matches (118 Quarry Rd, Harlan Flats).

Registration Quality | x2260
""", 'Fri, 28 Mar 2025 08:35:50 -0500', patient='Trujillo')

mk('phi', 'ids',
   'Pine Hollow HIM <him@pinehollowhospital.org>',
   'transfercenter@lakemonthealth.org',
   'records sent per your request',
   """Per phone request this AM, faxed 22 pages to 555-301-7799 (ED notes, labs, MAR, EKG).

LMC 00482913 / PHCH E-55019
Okafor-Lindgren, Adaeze  Feb 14 '79
Encounter 03/29/25 ED -> transfer

If pages are missing call 555-448-3100 opt 4.
Renee, HIM Clerk
Pine Hollow Community Hospital
""" + "\n" + DISCL + "\n", 'Sat, 29 Mar 2025 10:11:38 -0500', patient='Okafor-Lindgren')
# ======================= PHI: lists =======================
mk('phi', 'lists',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   ['Bed Management <bedmgmt@lakemonthealth.org>', 'House Supervisor <housesup@lakemonthealth.org>'],
   '0600 transfer board 3/31',
   "Morning board. Pending = accepted, no bed yet.\n\n"
   "STATUS\tPATIENT\tAGE\tFROM\tSVC/ATTENDING\tNEEDS\tMODE\n"
   "PENDING\tHarlow, Jeremiah\t71\tPine Hollow\tMICU/Frandsen\tvent, pressors\tLW2\n"
   "PENDING\tVenkataraman, Lakshmi\t45\tOssian Co Mem\tNeuro/Pham\tq1h neuro\tLW3\n"
   "BED ASSGN\tDuPree, Calvin\t59\tSt Brendan's\tCards/Sato\ttele 5N-518\tCCT7\n"
   "IN TRANSIT\tKrawczyk, Halina\t82\tHarlan Flats\tHosp/Obi\tmed-surg 7E-709\tBLS\n"
   "DECLINED\tBorrego, Ysidro\t33\tOssian Co Mem\tOrtho\tkept local, ortho f/u\t-\n\n"
   "Harlow has been waiting since 0210. Please prioritize.\n\n-Night TC\n",
   'Mon, 31 Mar 2025 06:02:00 -0500', patient='Harlow')

mk('phi', 'lists',
   'Pamela Roarke <proarke@lakemonthealth.org>',
   'Bed Huddle <bedhuddle@lakemonthealth.org>',
   '1400 bed huddle - ICU',
   """ICU capacity: 26/28, 2 dirty, 0 clean. Pending DCs to floor:

| Bed   | Patient              | Going to | Barrier                         |
|-------|----------------------|----------|---------------------------------|
| M-04  | Ostrowski, Dariusz   | 6W       | needs PT eval before transfer   |
| M-11  | Fontaine-Blake, Iris | 5N tele  | waiting on 2nd trop             |
| C-02  | Ramírez Soto, Luz    | 7E       | family meeting 1500 re: hospice |
| C-07  | Osei, Kwabena        | 6W       | chest tube still in, CT surg ok |

Incoming: 2 flights accepted (Harlow, Venkataraman). We need 2 beds by 1600.

Pam
""", 'Mon, 31 Mar 2025 13:41:30 -0500', patient='Ostrowski')

mk('phi', 'lists',
   'Dwight Amundsen <damundsen@lakemonthealth.org>',
   'Day House Supervisors <daysup@lakemonthealth.org>',
   'night sign out 4/1',
   """NIGHT SUPERVISOR SIGN-OUT  04/01/2025 0645

UNIT  RM    NAME                 ISSUE
----  ----  -------------------  ------------------------------------------
MICU  12    ASANTE, RONALD       extubated 0300, sitter for delirium
CVICU 04    WHITACRE, EARL       valve surg today 0730, consent done
5N    518   DUPREE, CALVIN       arrived 0115 via CCT7, cath lab add-on
ED    H22   BOATENG, AMA         boarding 11 hrs, needs ICU, 1st bed
7E    709   KRAWCZYK, HALINA     fell at 0410, CT head neg, family notified

Transfers declined overnight: 1 (no neurosurg coverage, sent to Fairview).
Aircraft: LW2 in service, LW3 mx until 1200.

Dwight
""", 'Tue, 01 Apr 2025 06:47:14 -0500', patient='Asante')

mk('phi', 'lists',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'LifeWing Crew <lw-crew@lakemonthealth.org>',
   'week of 3/24 - flights needing chart fixes',
   """Team - these still have open QA flags, please fix by Friday:

 * 3/24 LW2 - Moua, Pa Nhia - missing 2nd set of vitals after RSI
 * 3/25 LW3 - Trujillo, Esteban - blood admin form not attached (2 u PRBC)
 * 3/25 CCT7 - Delgado-Fitch, Ronan - vent settings not documented at handoff
 * 3/26 LW2 - Gunnarsdottir, Sigrid - GCS charted as 16 (typo?)
 * 3/27 LW3 - Przybylski, Tadeusz - late entry note ok, needs co-sign

thanks!
Jo Breckenridge, RN, CFRN
Clinical Base Educator, LifeWing
""", 'Fri, 28 Mar 2025 12:00:00 -0500', patient='Moua')

declined = [["date", "referring_facility", "patient_name", "dob", "age", "reason_for_request",
             "decline_reason", "accepting_alt"],
            ["2025-03-02", "Ossian County Memorial", "Pruitt, Delbert", "1951-08-14", "73",
             "GI bleed, Hgb 6.1", "ICU diversion", "Fairview Regional"],
            ["2025-03-07", "Ossian County Memorial", "Crowfeather, Wanda", "1966-01-29", "59",
             "hyperkalemia, AKI", "ICU diversion", "Fairview Regional"],
            ["2025-03-13", "Pine Hollow Community", "Lundqvist-Amari, Noor", "2009-05-02", "15",
             "appendicitis", "no peds surgery on call", "Children's Mercy North"],
            ["2025-03-19", "St Brendan's CAH", "Halvorsen, Marit", "1940-11-30", "84",
             "hip fracture", "appropriate for local care", ""],
            ["2025-03-22", "Harlan Flats Clinic", "Tsosie, Raymond", "1978-06-09", "46",
             "STEMI post lytics", "weather - no aircraft, ground 3h", "Fairview Regional"]]
mk('phi', 'lists',
   'Shay Delacroix <sdelacroix@lakemonthealth.org>',
   'Transfer Center Leadership <tc-leaders@lakemonthealth.org>',
   'March declines for the review committee',
   """Attached are the March declines with the reason codes, for Thursday's committee.
5 total, 3 were ICU diversion or weather. Crowfeather is the one Dr Foster complained about.

Shay
""", 'Mon, 31 Mar 2025 16:22:41 -0500', patient='Pruitt',
   atts=[(csvtext(declined), 'text', 'csv', 'march_declines.csv')])

claims = [["claim_batch", "trip_no", "acct", "patient_last", "patient_first", "dob", "member_id",
           "payer", "hcpcs", "loaded_miles", "dos"],
          ["B0325", "25-0388", "4471288810", "Asante", "Ronald", "1966-10-02", "HMX201773645",
           "Heartland Mutual", "A0431", "61", "2025-03-13"],
          ["B0325", "25-0391", "4471289021", "Kowalczyk", "Irena", "1957-04-18", "MCR1EG4TE5MK72",
           "Medicare", "A0431", "48", "2025-03-07"],
          ["B0325", "25-0402", "4471289377", "Lindqvist", "Harold", "1949-12-01", "MCR6HJ2KL9QR11",
           "Medicare", "A0431", "55", "2025-02-22"],
          ["B0325", "25-0417", "4471290036", "Fairweather", "Dominic", "1988-03-04", "CAID00918832",
           "State Medicaid", "A0431", "39", "2025-02-27"],
          ["B0325", "25-0420", "4471290412", "Oyelowo", "Ferris", "1972-07-25", "HMX440918273",
           "Heartland Mutual", "A0434", "88", "2025-02-18"]]
mk('phi', 'lists',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'Glenda Harkness <gharkness@tririvers-billing.com>',
   'batch B0325 - transport claims',
   """Glenda,

Zip attached for batch B0325, 5 claims. Goes out on the Thursday file.
Note Fairweather's DOB is fixed to 1988-03-04 per registration.

Omar
""" + "\n" + LHDISCL + "\n", 'Tue, 01 Apr 2025 10:05:00 -0500', patient='Asante',
   atts=[(zipbytes([('B0325_claims.csv', csvtext(claims))]), 'application', 'zip', 'B0325_claims.zip')])

census = [["Unit", "Bed", "Patient", "MRN", "Admit via", "Admit date", "Attending", "Expected DC"],
          ["MICU", "12", "Asante, Ronald", "00719934", "LifeWing 3", "03/13/2025", "Vasquez-Moore", "04/03"],
          ["MICU", "05", "Holloway, Bernice", "00731845", "LifeWing 2", "03/24/2025", "Frandsen", "04/02"],
          ["NICU", "07", "Nguyen, Thi Hoa", "00733102", "LifeWing 3", "03/17/2025", "Pham", "TBD"],
          ["CVICU", "04", "Whitacre, Earl", "00728561", "CCT ground", "03/13/2025", "Frandsen", "04/08"],
          ["5N", "518", "DuPree, Calvin", "00745120", "CCT7", "04/01/2025", "Sato", "04/03"]]
mk('phi', 'lists',
   'Katrina Feldmann <kfeldmann@lakemonthealth.org>',
   'Outreach Team <outreach@lakemonthealth.org>',
   'transfer-in census for referring MD letters',
   """Hi outreach team,

Here's the spreadsheet of current inpatients who came in by transfer, so we can send the
"thank you / update" letters to the referring docs. Only ones still in house.

Katrina Feldmann
Transfer Center Manager
""", 'Tue, 01 Apr 2025 15:30:12 -0500', patient='Asante',
   atts=[(xlsxbytes(census, 'TransferIn'), 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'transfer_in_census_0401.xlsx')])

# ======================= PHI: struct =======================
mk('phi', 'struct',
   'Derek Tran <dtran@lakemonthealth.org>',
   'Interface Team <interfaces@lakemonthealth.org>',
   'ADT from transfer center landing in wrong unit',
   """The A01s for direct-admit transfers are coming across with the sending facility in PV1-3
instead of our bed. Example from this morning:

MSH|^~\\&|TCM|LAKEMONT|EPIC|LRMC|20250402071522||ADT^A01|TC25040207152201|P|2.5.1
EVN|A01|20250402071500
PID|1||00731845^^^LRMC^MR~PH-229104^^^PHCH^MR||HOLLOWAY^BERNICE^M||19880304|F|||881 Sumac Ln^^Pine Hollow^ST^58211||5554471093|||||4471291180
PV1|1|I|PHCH^ED^02||||2210^FRANDSEN^TOBIAS^^^MD|||MED||||7|||2210^FRANDSEN^TOBIAS|IN||MCD
PV2|||DKA^DIABETIC KETOACIDOSIS

PV1-3 should be MICU^05^A. Can someone look at the TCM mapping?

Derek Tran
Integration Analyst, Lakemont Health IS
""", 'Wed, 02 Apr 2025 07:40:33 -0500', patient='Holloway')

mk('phi', 'struct',
   'Ossian Lab Interface <labinterface@ocmh.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'FW: results for transferred pt (resend)',
   """Resending results that finalized after the patient left. Raw message below as your
interface team asked.

MSH|^~\\&|OCMH_LAB|OCMH|LRMC_TC|LAKEMONT|202504021322||ORU^R01|OC88102|P|2.3
PID|1||OC-0048821||BOATENG^AMA^^^MS||19910612|F|||27 Birch Hollow Rd^^Ossian^ST^58120
OBR|1|||TROP^Troponin I HS|||202504021105
OBX|1|NM|TROPIHS^Troponin I high sens||1840|ng/L|0-34|HH|||F
OBX|2|NM|K^Potassium||3.1|mmol/L|3.5-5.1|L|||F
OBX|3|NM|LACT^Lactate||4.2|mmol/L|0.5-2.2|H|||F

Ossian County Memorial Laboratory
""", 'Wed, 02 Apr 2025 13:30:00 -0500', patient='Boateng')

x837 = ("ISA*00*          *00*          *ZZ*LAKEMONTCCT    *ZZ*HEARTLANDMUT   *250402*1015*^*00501*000004471*0*P*:~\n"
        "GS*HC*LAKEMONTCCT*HEARTLANDMUT*20250402*1015*4471*X*005010X222A1~\n"
        "ST*837*0001*005010X222A1~\n"
        "BHT*0019*00*B0325-0420*20250402*1015*CH~\n"
        "NM1*85*2*LAKEMONT CRITICAL CARE TRANSPORT*****XX*1588903321~\n"
        "HL*2*1*22*0~\n"
        "SBR*P*18*40021*****CI~\n"
        "NM1*IL*1*OYELOWO*FERRIS****MI*HMX440918273~\n"
        "N3*1120 WESTGATE DR~\n"
        "N4*ST BRENDAN*ST*58402~\n"
        "DMG*D8*19720725*M~\n"
        "CLM*4471290420*2280.00***41:B:1*Y*A*Y*Y~\n"
        "CR1*LB*210*A*A*DH*88~\n"
        "HI*ABK:I2111~\n"
        "LX*1~\n"
        "SV1*HC:A0434:RH*1650.00*UN*1***1~\n"
        "DTP*472*D8*20250218~\n"
        "LX*2~\n"
        "SV1*HC:A0425:RH*630.00*UN*88***1~\n"
        "SE*19*0001~\n")
mk('phi', 'struct',
   'Glenda Harkness <gharkness@tririvers-billing.com>',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'Oyelowo resubmission - 837 for your review',
   """Omar, here's the corrected 837P for the Oyelowo ground SCT before I send it. I added the
CR1 and the modifiers. Raw file attached too.

""" + x837 + """
Glenda
""", 'Wed, 02 Apr 2025 10:18:00 -0500', patient='Oyelowo',
   atts=[(x837, 'text', 'plain', 'B0325-0420_837P.txt')])

mk('phi', 'struct',
   'Omar Siddiqui <osiddiqui@lakemonthealth.org>',
   'PFS Transport Team <pfs-transport@lakemonthealth.org>',
   '835 - Medicare paid Kowalczyk, check the mileage line',
   """Look at the mileage line, they cut it to 40 miles. Pasting the CLP piece:

CLP*4471289021*1*38450*7212.44*0*MB*25069001288210*41*1~
NM1*QC*1*KOWALCZYK*IRENA****MI*1EG4TE5MK72~
DTM*232*20250307~
SVC*HC:A0431:RH*29880*6419.12**1~
CAS*CO*45*23460.88~
SVC*HC:A0436:RH*8570*793.32**48~
CAS*CO*45*7776.68~
LQ*HE*N640~

Rural rotor mileage should be 48 loaded. I think they applied the urban rate too. Will appeal.

O.
""", 'Thu, 03 Apr 2025 09:02:12 -0500', patient='Kowalczyk')

mk('phi', 'struct',
   'Eligibility Bot <elig-noreply@lakemonthealth.org>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   '271 response - DuPree, Calvin',
   """Real-time eligibility response for incoming transfer. Request sent at 04/01/2025 00:41.

ST*271*0001*005010X279A1~
BHT*0022*11*TC0401-0041*20250401*0041~
HL*3*2*22*0~
TRN*2*TC0401-0041*9LAKEMONT~
NM1*IL*1*DUPREE*CALVIN*J***MI*XWB847211905~
N3*63 OLD MILL RD~
N4*ST BRENDAN*ST*58402~
DMG*D8*19651107*M~
EB*1*IND*30^45^AE*HM*GOLD PPO~
EB*C*IND*45***23*1500~
EB*B*IND*AE***27*250~
MSG*AIR AMBULANCE REQUIRES PRIOR AUTH - CALL 800-555-0190~
SE*13*0001~

This is an automated message. Do not reply.
""", 'Tue, 01 Apr 2025 00:41:30 -0500', patient='DuPree')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lrmc-00733102",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00733102"}],
        "name": [{"family": "Nguyen", "given": ["Thi", "Hoa"]}],
        "gender": "female",
        "birthDate": "1961-09-23",
        "telecom": [{"system": "phone", "value": "555-448-7265"}],
        "address": [{"line": ["409 Elm St"], "city": "Pine Hollow", "state": "ST", "postalCode": "58211"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "status": "in-progress",
        "class": {"code": "IMP"},
        "subject": {"reference": "Patient/lrmc-00733102"},
        "hospitalization": {
          "admitSource": {"coding": [{"code": "hosp-trans", "display": "Transferred from other hospital"}]},
          "origin": {"display": "Pine Hollow Community Hospital"}
        },
        "location": [{"location": {"display": "Neuro ICU bed 7"}}],
        "reasonCode": [{"text": "Intracerebral hemorrhage"}]
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Anjali Mehta <amehta@carebridge-hie.org>',
   'Derek Tran <dtran@lakemonthealth.org>',
   'FHIR bundle from TC feed - reference missing',
   """Derek,

One of the bundles your transfer-center feed posted yesterday failed validation on our side
(Encounter.serviceProvider missing). Attaching the payload so you can see. Not urgent but it
stops the referring hospital from getting the admit notification.

Anjali Mehta
Integration Engineer, CareBridge Regional HIE
""", 'Fri, 04 Apr 2025 11:27:40 -0500', patient='Nguyen',
   atts=[(fhir, 'application', 'json', 'bundle_00733102.json')])

ccd = """<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
  <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
  <title>Encounters</title>
  <text>
    <table>
      <thead><tr><th>Encounter</th><th>Location</th><th>Date</th><th>Discharge</th></tr></thead>
      <tbody>
        <tr><td>Inpatient - transfer in via air ambulance</td><td>Lakemont Regional Medical Center, MICU</td>
            <td>03/24/2025</td><td>Discharged home 04/02/2025</td></tr>
      </tbody>
    </table>
  </text>
</section>
<recordTarget><patientRole>
  <id extension="00731845" root="2.16.840.1.113883.3.9921.1"/>
  <addr><streetAddressLine>881 Sumac Ln</streetAddressLine><city>Pine Hollow</city><state>ST</state></addr>
  <patient><name><given>Bernice</given><family>Holloway</family></name>
    <administrativeGenderCode code="F"/><birthTime value="19880304"/></patient>
</patientRole></recordTarget>"""
mk('phi', 'struct',
   'Renee Castillo <him@pinehollowhospital.org>',
   'Derek Tran <dtran@lakemonthealth.org>',
   'CCD from your side shows wrong discharge?',
   """Hi Derek, our EHR imported this CCD for a patient we sent you and the discharge disposition
looks off - she came back to our swing bed, not home. Piece of it below (I cut the rest):

""" + ccd + """

Can you check? Thanks,
Renee Castillo, RHIT
Pine Hollow Community Hospital HIM
""", 'Fri, 04 Apr 2025 14:05:59 -0500', patient='Holloway', cte='base64')
# ======================= PHI: lang =======================
mk('phi', 'lang',
   'Yesenia Barrón <yesebarron84@gmail.com>',
   'Centro de Traslados <transfercenter@lakemonthealth.org>',
   'mi mamá Guadalupe Barrón - helicóptero',
   """Buenas tardes,

Soy la hija de Guadalupe Barrón Espinoza, la señora que trajeron en el helicóptero desde Pine Hollow
esta mañana por el derrame cerebral. En la recepción me dijeron que ya está en la unidad de
cuidados intensivos de neurología pero no me dejan pasar todavía.

¿Me pueden decir si ya le hicieron la tomografía y si le van a poner la medicina para el coágulo?
Ella tiene diabetes y toma metformina e insulina en la noche. Su fecha de nacimiento es 02/08/1958.

Mi teléfono es 555-213-6608. Gracias por todo.

Yesenia Barrón
""", 'Sat, 05 Apr 2025 15:40:00 -0500', patient='Barrón Espinoza')

mk('phi', 'lang',
   'Thiago Monteiro <thiago.monteiro.sc@gmail.com>',
   'Patient Relations <patientrelations@lakemonthealth.org>',
   'Meu pai, Sebastião Monteiro - transferência',
   """Olá,

Meu pai, Sebastião Monteiro, foi transferido de ambulância do hospital de Ossian para o Lakemont na
quinta-feira. Ele fez uma cirurgia no coração (ponte de safena) ontem e está na UTI cardíaca.
Eu moro em Portugal e não consigo falar com ninguém por telefone por causa do fuso horário.

Ele não fala bem inglês. Vocês têm intérprete de português? Ele toma remédio para pressão
(losartana) e é alérgico a dipirona.

Obrigado,
Thiago Monteiro
+351 912 555 408
""", 'Sun, 06 Apr 2025 04:12:17 -0500', patient='Monteiro', cte='quoted-printable')

mk('phi', 'lang',
   'Lê Thị Mai <lethimai.family@yahoo.com>',
   'ICU 3 Nurses <icu3@lakemonthealth.org>',
   'Hỏi thăm bệnh nhân Trần Văn Hùng',
   """Xin chào,

Tôi là Mai, con gái của ông Trần Văn Hùng, bệnh nhân được chuyển bằng trực thăng từ bệnh viện
St. Brendan's tối hôm qua. Bác sĩ nói bố tôi bị xuất huyết dạ dày và đã truyền máu 3 đơn vị.
Hôm nay bố tôi có cần nội soi nữa không? Bố tôi 74 tuổi, có bệnh tim và đang uống thuốc chống đông.

Xin gọi cho tôi số 555-790-3341. Tôi nói được tiếng Anh một chút.

Cảm ơn nhiều,
Mai
""", 'Mon, 07 Apr 2025 08:55:03 -0500', patient='Trần Văn Hùng', cte='base64')

mk('phi', 'lang',
   'Nadège Pierre-Louis <nadegepl@gmail.com>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   'Mari mwen Jean-Robert Pierre-Louis',
   """Bonjou,

Mwen se madanm Jean-Robert Pierre-Louis. Yo te voye l nan elikoptè soti Harlan Flats ale Lakemont
yè swa paske kè l te bat twò vit epi li te endispoze. Mwen pa gen machin pou m vin wè l.

Èske doktè a te fè operasyon an deja? Yo te di m yo ta ka mete yon aparèy nan kè l (pacemaker).
Li gen tansyon ak sik tou. Tanpri rele m nan 555-662-1948, mwen pale kreyòl ak yon ti kras angle.

Mèsi anpil,
Nadège
""", 'Tue, 08 Apr 2025 10:30:44 -0500', patient='Pierre-Louis')

mk('phi', 'lang',
   'Valentina Sokolova <v.sokolova@mail.ru>',
   'Health Information Management <him-requests@lakemonthealth.org>',
   'Запрос медицинских документов — Соколов Андрей',
   """Здравствуйте,

Мой муж, Андрей Петрович Соколов (дата рождения 14.02.1969), был доставлен вертолётом
LifeWing из больницы Pine Hollow в ваш медицинский центр 22 марта после инфаркта.
Ему поставили два стента и выписали 29 марта.

Нам нужны копии выписки и результатов коронарографии для кардиолога в Москве.
Доверенность подписана мужем, прикрепляю скан отдельным письмом.

С уважением,
Валентина Соколова
+7 916 555-40-12
""", 'Wed, 09 Apr 2025 02:17:55 -0500', patient='Соколов')

mk('phi', 'lang',
   'Rowena Dimaculangan <rdimaculangan@lakemonthealth.org>',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'yung pt kagabi - Mrs. Tolentino',
   """Hi Jo! Sorry late reply, ang busy kagabi sa MICU.

Yung pinasa nyo kagabi na si Mrs. Tolentino (Corazon) from Ossian - na-intubate ulit siya mga 0300
kasi bumaba ulit yung sats, tapos nag-start na kami ng antibiotics para sa pneumonia. Nag-chest tube
din si Dr. Frandsen sa kanan. Yung anak nya galing Manila, darating daw bukas.

Sabi mo gusto mo malaman kung okay siya after the flight, so ayan. Salamat sa report, ang linis!

Rowena D., RN
MICU nights
""", 'Thu, 10 Apr 2025 07:45:10 -0500', patient='Tolentino')

mk('phi', 'lang',
   'Khalid Al-Sharif <khalid.alsharif@outlook.com>',
   'Patient Relations <patientrelations@lakemonthealth.org>',
   'بخصوص والدي عبد الرحمن الشريف',
   """السلام عليكم،

أنا خالد، ابن المريض عبد الرحمن الشريف الذي نُقل بالطائرة المروحية من مستشفى سانت بريندان
يوم الأربعاء بسبب جلطة دماغية. والدي الآن في وحدة العناية المركزة العصبية.

نريد أن نعرف موعد جلسة العلاج الطبيعي، وهل يستطيع أن يأكل بنفسه أم ما زال يحتاج إلى أنبوب التغذية؟
والدتي لا تتكلم الإنجليزية، فهل يوجد مترجم عربي يمكنه التحدث معها؟

رقمي: 555-301-8812

شكراً جزيلاً
خالد
""", 'Fri, 28 Mar 2025 18:20:00 -0500', patient='الشريف')

mk('phi', 'lang',
   'Chen Wei <chenwei.family@163.com>',
   'Transfer Center <transfercenter@lakemonthealth.org>',
   '关于我母亲林秀英的转院',
   """您好，

我母亲林秀英（出生日期：1955年6月3日）今天早上从Ossian County Memorial用救护车转到你们医院。
那边的医生说她是肺栓塞，需要在ICU用溶栓药。请问她现在住在哪个病房？
我们家人什么时候可以探视？她只会说普通话，请安排翻译。

我的电话：555-233-9087

谢谢！
陈伟
""", 'Sat, 12 Apr 2025 09:33:21 -0500', patient='林秀英', cte='base64')
# ======================= CLEAN: admin =======================
mk('clean', 'admin',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'LifeWing Crew <lw-crew@lakemonthealth.org>',
   'April crew schedule posted + swap requests',
   """Hi all,

April schedule is posted in ShiftBoard. A few notes:

 - LW2 days 4/6-4/9: Lindgren / Whitcomb
 - LW3 nights 4/11-4/14: Breckenridge / Rosado
 - CCT7 needs 2 more RN shifts covered 4/19 and 4/26 (0700-1900)

Swap requests to me by 4/3. If you're picking up CCT7, call Trina at comm center
555-301-7700 so she can update the board. Reminder that Kelsey Morrow starts orientation 4/14,
she'll shadow on LW2 for two weeks.

Jo Breckenridge, RN, CFRN
Clinical Base Educator | cell 555-901-2276
""", 'Mon, 24 Mar 2025 16:00:00 -0500')

mk('clean', 'admin',
   'Lakemont IS Service Desk <servicedesk@lakemonthealth.org>',
   'Katrina Feldmann <kfeldmann@lakemonthealth.org>',
   'INC0048821 - Transfer Center call recording not saving [Priority 2]',
   """Incident INC0048821 has been updated.

Caller: Katrina Feldmann (Transfer Center)
Short description: Call recordings on lines 7720-7729 not saving since 03/25 22:00
Assignment group: Telecom - Voice
Assigned to: Luis Echeverría
Status: In Progress

Work notes (03/26 09:14):
NICE recorder service restarted on TCREC02. Test call from 7721 to 7725 recorded successfully.
Will monitor for 24h before resolving. Vendor case NICE-33018872 opened for root cause.

To add comments, reply to this email keeping the subject line intact.
Lakemont Health IS Service Desk | x4357 | 555-301-4357
""", 'Wed, 26 Mar 2025 09:16:31 -0500')

mk('clean', 'admin',
   'AR Department <ar@flightdocsoftware.com>',
   'Accounts Payable <ap@lakemonthealth.org>',
   'Invoice FDS-2025-10472 - annual license renewal',
   """Dear Accounts Payable,

Please find below the details for invoice FDS-2025-10472:

  Customer: Lakemont Health - Critical Care Transport
  Customer ID: LKH-00217
  Product: FlightDoc ePCR Enterprise, 24 seats + 3 tablet kiosks
  Term: 05/01/2025 - 04/30/2026
  Amount due: $41,880.00
  PO: 4500219987
  Due: Net 45

Remit to: FlightDoc Software LLC, PO Box 77120, Denver CO 80217
Questions: Sandra Petrakis, 1-888-555-0147

Thank you for your business.
""", 'Thu, 27 Mar 2025 08:00:00 -0600',
   html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Accounts Payable,</p><p>Please find below the details for invoice <b>FDS-2025-10472</b>:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Customer</td><td>Lakemont Health - Critical Care Transport</td></tr>
<tr><td>Customer ID</td><td>LKH-00217</td></tr>
<tr><td>Product</td><td>FlightDoc ePCR Enterprise, 24 seats + 3 tablet kiosks</td></tr>
<tr><td>Term</td><td>05/01/2025 - 04/30/2026</td></tr>
<tr><td>Amount due</td><td>$41,880.00</td></tr><tr><td>PO</td><td>4500219987</td></tr></table>
<p>Remit to: FlightDoc Software LLC, PO Box 77120, Denver CO 80217<br>Questions: Sandra Petrakis, 1-888-555-0147</p>
</body></html>""")

mk('clean', 'admin',
   'Facilities Work Control <facilities@lakemonthealth.org>',
   ['LifeWing Comm Center <commcenter@lakemonthealth.org>', 'House Supervisor <housesup@lakemonthealth.org>'],
   'Helipad perimeter lighting - maintenance 4/3 0100-0400',
   """WO# 25-031877

Electrical will replace two perimeter lights and the wind cone lamp on the rooftop helipad
Thursday 4/3 between 0100 and 0400. The pad will be CLOSED during this window. NOTAM has been
filed by Gary Lindahl (aviation manager).

Any inbound aircraft during the closure should use the ground pad at the ED north lot, with
security escort. Call Security 555-301-5000 to set up.

Contact: Bill Overmyer, Electrical Foreman, 555-301-6620
""", 'Mon, 31 Mar 2025 11:00:00 -0500')

mk('clean', 'admin',
   'Education Office <education@lakemonthealth.org>',
   ['Casey Lindgren <clindgren@lakemonthealth.org>', 'Dale Whitcomb <dwhitcomb@lakemonthealth.org>',
    'Ana Rosado <arosado@lakemonthealth.org>'],
   'ACTION REQUIRED: certifications expiring before 5/31',
   """Hi,

Our records show the following certifications expire before May 31:

  Casey Lindgren   - PALS exp 04/30/2025
  Dale Whitcomb    - ACLS exp 05/15/2025, NRP exp 05/31/2025
  Ana Rosado       - TNCC exp 05/22/2025

Upload your new cards in the Learning Portal under My Credentials. Classes are open in April
(4/10 ACLS renewal, 4/17 PALS, 4/24 TNCC) at the Sim Center, room B112.

Education Office | x2290
""", 'Tue, 01 Apr 2025 08:30:00 -0500')

mk('clean', 'admin',
   'Bed Management <bedmgmt@lakemonthealth.org>',
   'All Nursing Leaders <nursing-leaders@lakemonthealth.org>',
   'TeleTracking downtime Sat 4/5 0200-0500 - downtime procedures',
   """Reminder: the bed management system (TeleTracking) upgrade is this Saturday 0200-0500.

During downtime:
 1. Transfer Center will track incoming transfers on the paper downtime log (yellow binder).
 2. Units call bed requests to Bed Management at x7755 - do not page.
 3. EVS will use radio channel 4 for dirty/clean bed status.
 4. After go-live, each unit enters any admits/transfers/discharges that happened during downtime
    by 0700.

Questions: Katrina Feldmann, Transfer Center Manager, x7701 / Neil Aspinwall, IS, x4412
""", 'Wed, 02 Apr 2025 14:10:00 -0500')

mk('clean', 'admin',
   'Northfield Jet Center <billing@northfieldjetcenter.com>',
   'Gary Lindahl <glindahl@lakemonthealth.org>',
   'Fuel invoice 88231 - N417LW / N418LW',
   """Gary,

March fuel invoice attached below.

  Inv 88231   Acct LAKEM-01
  03/03 N417LW  Jet-A 112.4 gal
  03/09 N418LW  Jet-A  96.0 gal
  03/14 N417LW  Jet-A 121.7 gal  (after-hours callout fee $75)
  03/22 N418LW  Jet-A 104.3 gal
  Total 434.4 gal @ $5.92 = $2,571.65 + $75.00 = $2,646.65

We'll have the new fuel truck in service by 4/15, so the callout delays should stop.

Marla Keene, Office Manager
Northfield Jet Center | 555-462-1180
""", 'Thu, 03 Apr 2025 13:22:09 -0500')

# ======================= CLEAN: lookalike =======================
mk('clean', 'lookalike',
   'Ironworks Fitness <noreply@ironworksfit.com>',
   'dwhitcomb.personal@gmail.com',
   'Your InBody scan results are ready, Dale!',
   """Hi Dale,

Your body composition scan from 03/29 is ready. Member #: IW-0088213

  Weight: 187.4 lb  (-3.2 since last scan)
  Skeletal muscle mass: 89.1 lb
  Body fat %: 18.6
  Visceral fat level: 7

Coach Tasha recommends booking a follow-up assessment in 6 weeks. Reply STOP to opt out of
progress emails.

Ironworks Fitness - Ossian | 555-614-9000
""", 'Sat, 29 Mar 2025 10:05:00 -0500')

mk('clean', 'lookalike',
   'Valley Emergency Veterinary <records@valleyervet.com>',
   'ana.rosado.nrp@gmail.com',
   'Discharge summary - Biscuit (canine) transfer from Ossian Animal Clinic',
   """Dear Ana Rosado,

Thank you for trusting us with Biscuit. Summary of her visit:

Patient: Biscuit  | Species: Canine, Beagle mix | Age: 9 yr | Weight: 13.2 kg
Referred by: Dr. Hanna Voss, Ossian Animal Clinic (transfer for overnight monitoring)
Presenting problem: ate approx. 6 ibuprofen tablets
Treatment: induced vomiting, activated charcoal, IV fluids 48h, kidney values rechecked - normal
Medications to go home: sucralfate 1/2 tab every 8 h for 5 days

Recheck bloodwork in 1 week with your regular vet. Account #VE-20931, balance $1,184.50.

Valley Emergency Veterinary Hospital | 24h line 555-771-0400
""", 'Sun, 30 Mar 2025 12:40:00 -0500')

mk('clean', 'lookalike',
   'Prairie Sky Credit Union <alerts@prairieskycu.org>',
   'glenda.harkness@yahoo.com',
   'Member #448810273 - your March statement is ready',
   """Hello Glenda,

Your e-Statement for the period 03/01/2025 - 03/31/2025 is now available in online banking.

  Member #: ****0273
  Share Savings (S01): $4,812.22
  Checking (S10): $1,390.07
  Auto Loan (L03): payment of $318.40 due 04/15/2025

Reminder: our Harlan Flats branch will be closed 4/18 for Good Friday.

Prairie Sky Credit Union - Federally insured by NCUA. Routing 291880017.
Never share your PIN or one-time passcode with anyone, including us.
""", 'Tue, 01 Apr 2025 06:00:00 -0500')

mk('clean', 'lookalike',
   'Great Plains Air <itinerary@greatplainsair.com>',
   'hvasquezmoore@lakemonthealth.org',
   'Your trip confirmation - DEN -> ORD - Record locator QH7TZK',
   """Thank you for flying Great Plains Air, HELENA VASQUEZ-MOORE.

Record locator: QH7TZK
Flight GP 2214  Thu 17 Apr 2025  DEN 07:15 -> ORD 10:42  Seat 14C
Flight GP 2291  Sun 20 Apr 2025  ORD 18:05 -> DEN 19:50  Seat 9A
SkyMiles #: GPA 770 418 293
Meal preference: vegetarian (VGML)

Need special assistance or a transfer between gates? Call 1-800-555-0166.
Baggage: 1 checked bag included.
""", 'Wed, 02 Apr 2025 19:30:00 -0600')

mk('clean', 'lookalike',
   'Harvest Mutual Auto Claims <claims@harvestmutualauto.com>',
   'trina.vogel77@gmail.com',
   'Claim 7700-41-22915 - tow and rental approved',
   """Hi Trina,

Your collision claim 7700-41-22915 (2019 Subaru Outback, VIN ending 44172) has been reviewed.
No injuries were reported on the first notice of loss.

 - Tow from County Rd 9 to Ossian Body Works: approved ($185.00)
 - Rental: approved up to $40/day, 14 days, Enterprise res #RX5501873
 - Deductible: $500

Your adjuster is Michael Stroud, 555-880-1274 ext 312. Please send photos of the damage to
claims@harvestmutualauto.com with the claim number in the subject.

Harvest Mutual Insurance Co.
""", 'Thu, 03 Apr 2025 11:48:00 -0500')

mk('clean', 'lookalike',
   'Bryce Oakley <bryce@oakleytreecare.com>',
   'Pamela Roarke <pamroarke@gmail.com>',
   'Re: the old bur oak - diagnosis and quote',
   """Hi Pam,

Went out Tuesday and had a look at the bur oak by your driveway. Honestly the patient's in
better shape than it looks. The dieback on the north side is from root compaction, not
oak wilt - I took a sample to be sure and the lab came back negative.

What I'd recommend:
 1. Crown reduction + deadwood removal, ~20% ........ $1,450
 2. Air-spade root collar excavation + mulch ring ..... $680
 3. Follow-up inspection in the fall .................. no charge

We're booked out about 3 weeks. Let me know and I'll put you on the schedule.

Bryce Oakley, ISA Certified Arborist WI-0918A
Oakley Tree Care | 555-338-4102
""", 'Fri, 04 Apr 2025 17:20:11 -0500')

mk('clean', 'lookalike',
   'Jenkins CI <ci-bot@ridgeline-dev.io>',
   'platform-team@ridgeline-dev.io',
   '[FAILED] transfer-service #2281: critical - patient-retry worker crash',
   """Build #2281 of transfer-service on branch main FAILED.

Stage: integration-tests
  test_patient_retry_backoff ................. FAILED
  test_transfer_queue_dead_letter ............ ok
  test_triage_priority_critical .............. ok

AssertionError: PatientRetryWorker gave up after 3 attempts (expected 5)
  at workers/patient_retry.py:118

The "patient" retry worker is the one that re-sends transfers to the bank settlement API after a
timeout. Last green build: #2279 by Olusegun Bamidele. Commit a41f9e2 by Karen Whitlock
("reduce retry ceiling for ACH transfers").

View console: https://ci.ridgeline-dev.io/job/transfer-service/2281/
""", 'Sat, 05 Apr 2025 02:14:00 +0000')
# ======================= CLEAN: news =======================
mk('clean', 'news',
   'State EMS Bureau <ems-bulletin@health.state.example.gov>',
   'ems-bulletin-list@lists.health.state.example.gov',
   'EMS Bulletin - Q4 2024 interfacility transfer data',
   """STATE OFFICE OF EMERGENCY MEDICAL SERVICES - QUARTERLY BULLETIN
Volume 18, Issue 1

RURAL INTERFACILITY TRANSFERS, Q4 2024
  Total interfacility transports statewide ........ 4,318
  Rotor-wing ...................................... 612 (14.2%)
  Fixed-wing ...................................... 97  (2.2%)
  Ground critical care ............................ 1,488 (34.5%)
  Median time referral-to-departure (rural CAH) ... 2 h 51 min
  Transfers delayed > 4 h due to no accepting bed . 338

Stroke and STEMI remain the top two reasons for rotor-wing requests. Regions 4 and 6 reported the
longest delays, driven largely by ICU capacity at the tertiary centers.

UPCOMING: Regional trauma advisory council meets April 22, 1:00 PM, virtual.
To unsubscribe reply with REMOVE in the subject.
""", 'Tue, 11 Mar 2025 10:00:00 -0500')

mk('clean', 'news',
   'Lakemont Pharmacy Services <pharmacy-alerts@lakemonthealth.org>',
   ['All Nursing <allnursing@lakemonthealth.org>', 'LifeWing Crew <lw-crew@lakemonthealth.org>'],
   'RECALL: Rocuronium Bromide 50 mg/5 mL (Verdane Pharma) - lots RC24118, RC24121',
   """DRUG RECALL - CLASS II

Product: Rocuronium Bromide Injection 50 mg/5 mL vials, Verdane Pharmaceuticals
Lots: RC24118 (exp 10/2026), RC24121 (exp 11/2026)
Reason: visible particulate matter found in retained samples
Action: Remove all affected vials from Pyxis, RSI kits, and aircraft drug boxes by 1700 today.
Return to Pharmacy in a sealed bag labeled "RECALL".

No patient harm has been reported. Replacement stock (Halden Labs lot HL-55201) is available
in central pharmacy. Flight crews: Pharmacy will swap the LW2/LW3/CCT7 boxes at 1400 shift change.

Questions: Dr. Colleen Marsh, PharmD, Clinical Pharmacy Manager, x6120
""", 'Wed, 19 Mar 2025 09:15:00 -0500',
   html="""<html><body><h2 style="color:#b00">DRUG RECALL - CLASS II</h2>
<p><b>Product:</b> Rocuronium Bromide Injection 50 mg/5 mL vials, Verdane Pharmaceuticals<br>
<b>Lots:</b> RC24118 (exp 10/2026), RC24121 (exp 11/2026)<br>
<b>Reason:</b> visible particulate matter found in retained samples</p>
<p><b>Action:</b> Remove all affected vials from Pyxis, RSI kits, and aircraft drug boxes by 1700 today.</p>
<p>No patient harm has been reported. Replacement stock (Halden Labs lot HL-55201) is available in central pharmacy.</p>
<p>Questions: Dr. Colleen Marsh, PharmD, x6120</p></body></html>""")

mk('clean', 'news',
   'Transfer Center News <tc-news@lakemonthealth.org>',
   'Lakemont Health - All Staff <allstaff@lakemonthealth.org>',
   'Transfer Center Quarterly - Spring 2025',
   """TRANSFER CENTER QUARTERLY | Spring 2025

BY THE NUMBERS (Jan-Mar)
 * 1,204 transfer requests, 86% accepted
 * Average call-to-accept time: 11 minutes (goal < 15)
 * Top referring facilities: Pine Hollow, Ossian County Memorial, St. Brendan's
 * Declines due to capacity: 58 (down from 91 last quarter)

STAFF SPOTLIGHT
Marcus Tillotson, RN, celebrates 10 years in the Transfer Center this April. Marcus started as a
med-surg nurse on 7 East and helped build our one-call line for rural EDs in 2019.

NEW THIS SPRING
 * Referring physicians can now get an automatic text when their patient is admitted (opt-in).
 * LifeWing 3 has a new night-vision goggle upgrade.

Katrina Feldmann, MSN, RN - Manager, Transfer Center
""", 'Tue, 01 Apr 2025 07:00:00 -0500', cte='quoted-printable')

mk('clean', 'news',
   'County Public Health <alerts@ossiancountyhealth.example.gov>',
   'health-alert-network@lists.ossiancountyhealth.example.gov',
   'HEALTH ADVISORY: Measles exposure - Ossian regional airport, 3/28',
   """HEALTH ALERT NETWORK - HEALTH ADVISORY

The County Health Department has confirmed one case of measles in a traveler who passed through
the Ossian Regional Airport terminal on March 28, 2025 between 2:00 PM and 6:30 PM.

Recommendations for clinicians:
 - Consider measles in patients with fever and rash, especially with travel or exposure history.
 - Place suspected cases in airborne isolation immediately; do not use the waiting room.
 - Notify Public Health at 555-640-2000 (24/7) BEFORE sending specimens.
 - EMS and interfacility transport teams: use N95 and notify the receiving facility in advance.

Exposed persons who are not immune should monitor for symptoms through April 18.

Dr. Renata Obuya, MD, MPH, County Health Officer
""", 'Mon, 31 Mar 2025 16:45:00 -0500')

mk('clean', 'news',
   'AirMed Safety Digest <digest@airmedsafety.example.org>',
   'jbreckenridge@lakemonthealth.org',
   'AirMed Safety Digest #112: inadvertent IMC, NVG currency, and hot loading',
   """AIRMED SAFETY DIGEST | Issue 112

1) INADVERTENT IMC: The NTSB released its final report on a 2023 night accident in which the crew
   continued VFR into deteriorating weather. Key finding: three programs had turned the flight
   down before it was accepted ("helicopter shopping"). Does your comm center share turn-downs?

2) NVG CURRENCY: New guidance recommends 3 goggle takeoffs and landings every 60 days per pilot.

3) HOT LOADING: A medical crew member was struck by a rotor-blade tip in a survey of 41 programs'
   near-misses. Keep loading to the front quadrant and never approach from uphill.

Upcoming webinar: "Fatigue in 24-hour shift models" - April 16, noon CT.
""", 'Wed, 02 Apr 2025 12:00:00 -0500')

mk('clean', 'news',
   'Revenue Cycle Bulletin <rcm-bulletin@lakemonthealth.org>',
   'PFS Transport Team <pfs-transport@lakemonthealth.org>',
   'Reg update: No Surprises Act - air ambulance QPA and reporting',
   """REVENUE CYCLE REGULATORY UPDATE

CMS published updated guidance this month on air ambulance billing under the No Surprises Act:

 * Out-of-network air ambulance providers may not balance bill patients for more than in-network
   cost sharing. This applies to rotor and fixed wing, NOT ground ambulance.
 * The qualifying payment amount (QPA) for A0431 and A0436 must be disclosed with the initial
   payment or denial.
 * Providers must submit air ambulance data reports (transport type, pick-up ZIP, payer mix)
   for calendar 2025 by the deadline announced in the rule.

Ground ambulance balance billing is still governed by state law. The state ground ambulance
advisory committee meets in May.

Training session for billing staff: April 9, 10:00-11:00, Teams.
Contact: Lucinda Farrow, Director, Revenue Integrity, x5510
""", 'Thu, 03 Apr 2025 08:00:00 -0500')

# ======================= CLEAN: staff =======================
mk('clean', 'staff',
   'Tobias Frandsen MD <tfrandsen@lakemonthealth.org>',
   'Katrina Feldmann <kfeldmann@lakemonthealth.org>',
   'STEMI post-lytic transfers - can we auto-accept?',
   """Katrina,

Got a call last night for a 60s male from one of the CAHs, lytics given at 2210, still having
pain and ST elevation at 90 min. The TC nurse spent 25 minutes trying to reach the cath attending
before I just accepted him myself.

I'd like the TC to be able to auto-accept failed-lytic STEMIs (no physician callback needed) and
launch the aircraft in parallel, same as we do for activated stroke. Can we put this on the
agenda for the transfer committee? I'll draft the criteria.

Tobias Frandsen, MD
Critical Care Medicine
""", 'Wed, 12 Mar 2025 08:12:00 -0500')

mk('clean', 'staff',
   'Casey Lindgren <clindgren@lakemonthealth.org>',
   'LifeWing Crew <lw-crew@lakemonthealth.org>',
   'airway debrief - what we learned',
   """All,

Short version of Tuesday's debrief (no identifiers, per policy):

- Adult, big neck, c-collar in place, blood in the airway. First attempt with the VL failed
  because the camera was covered in blood. Second attempt with the DL and bougie worked.
- Takeaways: suction BEFORE the blade goes in - we had the SSCOR set up but it was on the wrong
  side of the stretcher. Second: call for the bougie on attempt 1 in these patients.
- Sats never dropped below 88 thanks to the apneic ox.

We'll run this scenario at skills day. Good job by the crew.

Casey
""", 'Thu, 20 Mar 2025 14:00:00 -0500')

mk('clean', 'staff',
   'Pamela Roarke <proarke@lakemonthealth.org>',
   'Nursing Staffing Office <staffing@lakemonthealth.org>',
   'tonight - ICU short 2 RNs',
   """Staffing,

For tonight (1900-0700) MICU is at 14 pts with 6 RNs, which puts 2 nurses at 3:1. CVICU has one
float who can come over at 2300 when their fresh heart settles. Can you call the on-call list
and offer incentive? We also have 2 accepted transfers coming in and nowhere to put them
without another RN.

If we don't get anyone by 1700 I'll have to put us on ICU diversion with the Transfer Center.

Pam
""", 'Fri, 21 Mar 2025 13:10:00 -0500')

mk('clean', 'staff',
   'Dr. Alan Ruehle <aruehle@lakemonthealth.org>',
   'LifeWing Crew <lw-crew@lakemonthealth.org>',
   'Protocol update 4.12 - whole blood and TXA on all aircraft',
   """Effective April 15, all LifeWing aircraft will carry 2 units of low-titer O whole blood
in addition to the current 2 PRBC + 2 plasma.

Key changes in protocol 4.12 (Hemorrhagic Shock):
 * Whole blood is first line for suspected hemorrhage with SBP < 90 or shock index > 1.0
 * TXA 2 g IV push within 3 hours of injury (replacing 1 g + infusion)
 * Calcium chloride 1 g after the first unit, not after every unit
 * Document the blood unit numbers in the ePCR blood section - QA will be checking

Blood bank will swap coolers every 72 h. Training sessions 4/7-4/11, sign up with Jo.

Alan Ruehle, MD, FACEP
Medical Director, Lakemont Critical Care Transport
""", 'Tue, 25 Mar 2025 11:30:00 -0500')

mk('clean', 'staff',
   'Raj Subramaniam <rsubramaniam@lakemonthealth.org>',
   'Katrina Feldmann <kfeldmann@lakemonthealth.org>',
   'Re: hospitalist acceptance of rural transfers - capacity question',
   """Katrina,

General question, not about any one patient: when we're at 100% on medicine, what's the expectation
for accepting "needs a specialist we don't have" transfers from the CAHs? Right now the TC puts
them through to the hospitalist on call and we end up accepting people who then board in the ED
for 20 hours. Is there a threshold where we should redirect to Fairview?

Also - can the TC note the referring doc's cell in the call log? Calling back through the
hospital operator at 3 am is slow.

Raj Subramaniam, MD
Hospitalist Group Lead

> On Mon, Mar 24, 2025 at 9:02 AM Katrina Feldmann wrote:
> Hi Raj, we're revising the capacity escalation policy (TC-114). Any input from the hospitalists
> by Friday is welcome.
""", 'Mon, 24 Mar 2025 17:05:00 -0500')

mk('clean', 'staff',
   'Trina Vogel <tvogel@lakemonthealth.org>',
   'Comm Center Staff <commcenter-staff@lakemonthealth.org>',
   'weather turn-downs - reminder',
   """Reminder for everyone on the console:

When a pilot turns a flight down for weather, log it in the turn-down sheet and share it on the
regional weather turn-down line (555-800-4420) BEFORE you offer the referring facility a ground
CCT team. The pilot is never told anything about the patient before accepting, only the
pickup and destination. Same as always.

Also LW3 goes into scheduled maintenance Mon 0600 - Wed 1800. LW2 covers the whole region.

Trina
""", 'Fri, 28 Mar 2025 15:55:00 -0500')

mk('clean', 'staff',
   'Helena Vasquez-Moore MD <hvasquezmoore@lakemonthealth.org>',
   'Critical Care M&M <cc-mm@lakemonthealth.org>',
   'M&M April - cases for discussion (de-identified)',
   """Cases for April M&M, already de-identified per the peer-review policy:

Case 1: 70s female, referred from a critical access hospital with sepsis. 6 hours from first call
to arrival because of ICU diversion. Discuss: when should we accept to the ED and board instead
of declining?

Case 2: 40s male, interfacility transfer by ground, intubated. Unplanned extubation in the
ambulance. Discuss: sedation targets for transport, tube securing devices.

Case 3: Adolescent, flight transfer for trauma, massive transfusion started in flight.
Discuss: good outcome, communication with blood bank.

Slides are due to me by 4/14. This is a protected peer review document.

Helena
""", 'Mon, 31 Mar 2025 09:40:00 -0500')
# ======================= CLEAN: training =======================
mk('clean', 'training',
   'Epic Training Team <epictraining@lakemonthealth.org>',
   'Transfer Center Team <tc-team@lakemonthealth.org>',
   'Transfer Center module (TCM) - practice exercises for Thursday',
   """Hi Transfer Center,

Before Thursday's class, please log in to the TRAINING environment (PLY-TRN, not PRD) and
complete the exercises below. Use only these practice patients:

  ZZTRANSFER, ALPHA      MRN 99000101   DOB 01/01/1950
  ZZTRANSFER, BRAVO      MRN 99000102   DOB 06/15/1975
  ZZTEST, PEDS-CHARLIE   MRN 99000103   DOB 02/02/2018

Exercise 1: Create a transfer request for ZZTRANSFER, ALPHA from "Training Hospital A" for chest pain.
Exercise 2: Page the accepting physician (use the fake pager 9999) and document the decline.
Exercise 3: Assign a bed to ZZTRANSFER, BRAVO in the TRN bed board (unit TRN-ICU).

Do NOT enter real patient information in the training environment.

Linh Carver, Credentialed Trainer
Lakemont Health IS Education
""", 'Tue, 18 Mar 2025 10:00:00 -0500')

mk('clean', 'training',
   'Sandra Petrakis <spetrakis@flightdocsoftware.com>',
   'Jo Breckenridge <jbreckenridge@lakemonthealth.org>',
   'FlightDoc 9.2 demo - sample run report',
   """Hi Jo,

Thanks for the time on Tuesday. As promised, here's the sample chart from the demo so your
crew can see the new layout. This is fictional demo data only.

  --- SAMPLE RUN REPORT (DEMO) ---
  Patient: DOE, JOHN    Age: 45    Sex: M
  Trip #: DEMO-0001     Aircraft: N000DM
  Pickup: Demo County Hospital     Destination: Example Medical Center
  Chief complaint: chest pain (demo)
  Vitals: BP 120/80  HR 80  RR 16  SpO2 98%
  Interventions: 12-lead transmitted, aspirin 324 mg (demo)
  --------------------------------

The new blood product module auto-fills from the scanner, which should help with the QA
issue you mentioned. Trial license runs through 4/30.

Sandra Petrakis
Customer Success Manager, FlightDoc Software | 1-888-555-0147
""", 'Thu, 20 Mar 2025 15:22:00 -0600',
   atts=[("SAMPLE RUN REPORT - DEMO DATA ONLY\nPatient: DOE, JOHN\nDOB: 01/01/1980\nMRN: DEMO-000000\n"
          "Trip: DEMO-0001\nNarrative: This is a sample narrative for demonstration purposes.\n",
          'text', 'plain', 'FlightDoc_demo_runreport.txt')])

mk('clean', 'training',
   'Derek Tran <dtran@lakemonthealth.org>',
   'Interface Team <interfaces@lakemonthealth.org>',
   'TEST msgs for TCM->Epic ADT mapping fix (TST env)',
   """Sending test A01/A02 through TST after the PV1-3 mapping fix. Test patients only:

MSH|^~\\&|TCM|LAKEMONT|EPIC|LRMC|20250403090000||ADT^A01|TST0001|T|2.5.1
EVN|A01|20250403090000
PID|1||99000101^^^LRMC^MR||ZZTRANSFER^ALPHA||19500101|M|||123 TEST ST^^TESTVILLE^ST^00000
PV1|1|I|MICU^05^A||||9999^TEST^PHYSICIAN^^^MD|||MED

MSH|^~\\&|TCM|LAKEMONT|EPIC|LRMC|20250403090500||ADT^A02|TST0002|T|2.5.1
PID|1||99000101^^^LRMC^MR||ZZTRANSFER^ALPHA||19500101|M
PV1|1|I|6W^612^A|||MICU^05^A

Both landed in the right bed in TST. Will promote Monday if no objections.
(Processing ID = T so PRD will reject these if anyone pastes them wrong.)

Derek
""", 'Thu, 03 Apr 2025 09:15:00 -0500')

mk('clean', 'training',
   'Sim Center <simcenter@lakemonthealth.org>',
   ['LifeWing Crew <lw-crew@lakemonthealth.org>', 'Transfer Center Team <tc-team@lakemonthealth.org>'],
   'Skills day 4/22 - scenario packet (simulated patients)',
   """Skills day scenario packet. All patients are simulated - mannequins and standardized actors.

SCENARIO A - "Stan D. Ardman" (SimMan 3G)
  Simulated 58 y/o, referring ED calls for transfer with hypotension after a fall.
  Learner objectives: TC call script, accept/decline decision, launch criteria.

SCENARIO B - "Polly Peds" (SimJunior)
  Simulated 6 y/o with status asthmaticus, ground CCT transfer, needs BiPAP on the road.

SCENARIO C - Standardized family member (actor: Gwen Talbot from the theatre program)
  Practice a difficult family update by phone: the patient's daughter is upset about a decline.

Location: Sim Center, B112 and the mock aircraft in the east bay. 0800-1600.
Contact: Marco Ilves, RN, Sim Educator, x2295
""", 'Fri, 04 Apr 2025 10:40:00 -0500')

demo835 = ("ST*835*0001~\n"
           "BPR*I*1000.00*C*ACH*CCP*01*999999999*DA*000000000*1234567890**01*999999999*DA*000000000*20250101~\n"
           "CLP*SAMPLE0001*1*2000.00*1000.00*0*MB*TESTCLAIM0001*41*1~\n"
           "NM1*QC*1*DOE*JANE****MI*TEST00000001~\n"
           "SVC*HC:A0431*1500.00*800.00**1~\n"
           "CAS*CO*45*700.00~\n"
           "SVC*HC:A0436*500.00*200.00**10~\n"
           "CAS*CO*45*300.00~\n"
           "SE*9*0001~\n")
mk('clean', 'training',
   'Lucinda Farrow <lfarrow@lakemonthealth.org>',
   'PFS Transport Team <pfs-transport@lakemonthealth.org>',
   'training: reading an air ambulance 835 (sample file)',
   """For new billing staff - attached is a SAMPLE 835 with made-up data (patient "DOE, JANE",
test claim numbers) to go with Wednesday's session. Things to find:

 1. Which line is the base rate and which is mileage?
 2. What does CAS*CO*45 mean and can we bill the patient for it?
 3. How many loaded miles were paid?

Answers in the session. Do not use real remits for training - there's PHI in those.

Lucinda Farrow, CRCR
Director, Revenue Integrity
""", 'Mon, 07 Apr 2025 08:45:00 -0500',
   atts=[(demo835, 'text', 'plain', 'SAMPLE_835_training.txt')])

mk('clean', 'training',
   'Katrina Feldmann <kfeldmann@lakemonthealth.org>',
   'New Hires - Transfer Center <tc-newhire@lakemonthealth.org>',
   'Orientation: filling out the paper downtime transfer request form',
   """Welcome to the team! Attached below is the example from orientation on how to fill out the
paper transfer form when TCM is down. The example uses a sample record, not a real person:

  TRANSFER REQUEST (DOWNTIME)            Example only
  Date/time of call: 01/01/2025 0000
  Patient: Sample, Test           DOB: 01/01/1900      Sex: U
  Referring facility: (name of hospital)  Referring MD: Dr. Example
  Reason for transfer: "needs higher level of care" - write what the MD says, in their words
  Accepting MD: __________   Bed: __________   Mode: Air / Ground / Private vehicle
  Family contact: (name + phone)

Tips:
 * Read back the callback number every time.
 * Always write the time you paged the accepting doc and the time they called back.
 * When TCM is back up, enter the request and shred the paper in the blue bin.

Katrina Feldmann, MSN, RN
Transfer Center Manager | x7701
""", 'Tue, 08 Apr 2025 09:00:00 -0500',
   html="""<html><body><p>Welcome to the team! Below is the example from orientation on how to fill out the
paper transfer form when TCM is down. The example uses a <b>sample record</b>, not a real person:</p>
<pre>TRANSFER REQUEST (DOWNTIME)            Example only
Patient: Sample, Test           DOB: 01/01/1900      Sex: U
Referring facility: (name of hospital)  Referring MD: Dr. Example</pre>
<ul><li>Read back the callback number every time.</li>
<li>Always write the time you paged the accepting doc and the time they called back.</li>
<li>When TCM is back up, enter the request and shred the paper in the blue bin.</li></ul>
<p>Katrina Feldmann, MSN, RN<br>Transfer Center Manager | x7701</p></body></html>""")

# ======================= labels =======================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
