#!/usr/bin/env python3
# Blind evaluation mail set: hospital patient relations / interpreter services /
# ethics consult / chaplaincy.  All people, numbers and organisations are invented.
import sys, os, io, csv, zipfile, random
from email.message import EmailMessage
from email import policy

SEED = 5802
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []

def add(label, kind, patient, frm, to, subj, date, body, cc=None, html=None,
        atts=(), cte=None, hdrs=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, cc=cc, html=html,
                     atts=list(atts), cte=cte, hdrs=hdrs or {}))

def zbytes(files):
    """deterministic zip: files = [(name, str_or_bytes)]"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()

def xesc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))

def xlsx(rows, sheet='Sheet1'):
    """minimal xlsx with inline strings"""
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(v)))
        sd.append('<row r="%d">%s</row>' % (ri + 1, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zbytes(files)

def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()

# ---------------------------------------------------------------- signatures
DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
        "the intended recipient(s) and may contain confidential and privileged information.\n"
        "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not\n"
        "the intended recipient, please contact the sender by reply e-mail and destroy all\n"
        "copies of the original message.")

SIG_DOLORES = ("Dolores Whitcombe, MHA\nManager, Patient Relations\nSt. Brendan Regional Medical Center\n"
               "Office 570-348-6100 | Fax 570-348-6199\n")
SIG_IFY = ("Ifeoma (Ify) Okonkwo-Barnes\nPatient Advocate | Patient Relations\nSt. Brendan Regional Medical Center\n"
           "ext. 6104\n")
SIG_TOMASZ = "Tomasz Wierzbicki\nPatient Advocate\nPatient Relations Office, Ground Floor Main Lobby\nx6107\n"
SIG_MARISOL = ("Marisol Quintero-Hale, CHI\nCoordinator, Interpreter & Language Access Services\n"
               "St. Brendan Regional Medical Center\n570-348-6230 (desk) | 570-555-0143 (on-call cell)\n")
SIG_ANAND = ("Anand Venkataraman, MD, MA\nChair, Clinical Ethics Consultation Service\n"
             "St. Brendan Regional Medical Center\nEthics pager 4-ETHX (4-3849)\n")
SIG_RACHEL = "Rachel Steinholt, JD, MBE\nClinical Ethicist\nSt. Brendan Regional Medical Center\n"
SIG_CALEB = ("Rev. Caleb Okafor, MDiv, BCC\nStaff Chaplain | Spiritual Care Department\n"
             "St. Brendan Regional Medical Center\nChaplain on call: dial 0, ask for spiritual care\n")
SIG_MIRIAM = "Chaplain Miriam Adeyemi-Ross, MDiv\nSpiritual Care\nSBRMC\n"
SIG_GRETCHEN = ("Gretchen Halvorsen, RN, JD, CPHRM\nSenior Risk Manager | Risk Management & Patient Safety\n"
                "St. Brendan Regional Medical Center\n570-348-6420\n")
SIG_KEISHA = "Keisha Broadnax, MSN, RN, NE-BC\nNurse Manager, 5 West Orthopedics\nSBRMC\nx5510\n"
SIG_PAUL = "Paul Tran-Whitley, BSN, RN, CCRN\nNurse Manager, Medical ICU\nSt. Brendan Regional Medical Center\n"

PR = 'Patient Relations <patientrelations@sbrmc.org>'
DOLORES = 'Dolores Whitcombe <dwhitcombe@sbrmc.org>'
IFY = 'Okonkwo-Barnes, Ifeoma <iokonkwobarnes@sbrmc.org>'
TOMASZ = 'Tomasz Wierzbicki <twierzbicki@sbrmc.org>'
MARISOL = 'Marisol Quintero-Hale <mquinterohale@sbrmc.org>'
INTERP = 'Interpreter Services <interpreters@sbrmc.org>'
ANAND = 'Venkataraman, Anand MD <avenkataraman@sbrmc.org>'
RACHEL = 'Rachel Steinholt <rsteinholt@sbrmc.org>'
ETHICS = 'Ethics Consult Service <ethics@sbrmc.org>'
CALEB = 'Caleb Okafor <cokafor@sbrmc.org>'
MIRIAM = 'Miriam Adeyemi-Ross <madeyemiross@sbrmc.org>'
SPIRIT = 'Spiritual Care <spiritualcare@sbrmc.org>'
GRETCHEN = 'Halvorsen, Gretchen <ghalvorsen@sbrmc.org>'
RISK = 'Risk Management <riskmgmt@sbrmc.org>'
KEISHA = 'Keisha Broadnax <kbroadnax@sbrmc.org>'
PAUL = 'Paul Tran-Whitley <ptranwhitley@sbrmc.org>'

# =====================================================================
# PHI: care
# =====================================================================
add('phi', 'care', 'Brinkerhoff', KEISHA, DOLORES,
    'RE: grievance PR-25-0311 - 5W pain med delay',
    'Tue, 04 Mar 2025 16:42:10 -0500',
"""Dolores,

I went through the chart and talked to the night RN (Jenna) and charge nurse. Here's the timeline
for Mr. Brinkerhoff, for your letter:

- came up to 5W from PACU 2/26 around 1900 after his R hip replacement
- was on the PCA overnight, used it fine
- 2/27 AM ortho d/c'd the PCA and started oxycodone 5-10 q4h prn + scheduled tylenol. the
  order didn't verify in pharmacy until 0940 and his first oral dose was 1015. so yes he went
  about 3 hrs with nothing after the PCA came off. that's on us, the PCA should not have been
  pulled before the oral order was active.
- PT came at 1100 and he couldn't get past the edge of the bed b/c of pain, so PT session was
  cut short and discharge got pushed from 2/28 to 3/1. I think that's what his son is most upset about.
- son also says no one answered the call light "for an hour" on the night of 2/27 - call light
  log shows 22 min longest wait, still too long.

We've already done a huddle on PCA-to-oral transitions and I'm adding it to the March skills fair.
Happy to call the son myself if you think it would help. Don't want to step on your process though.

Keisha

""" + SIG_KEISHA + """
-----Original Message-----
From: Dolores Whitcombe
Sent: Monday, March 3, 2025 10:05 AM
To: Keisha Broadnax
Subject: grievance PR-25-0311 - 5W pain med delay

Hi Keisha - we received a written grievance from the son of Harold Brinkerhoff (5W-512, d/c'd 3/1).
Main points: pain meds delayed the morning after surgery, call light not answered, discharge
delayed a day. Can you review and send me what you find by Thurs? We need the written response
out by 3/10 to stay inside our 7 day window.

Thanks,
Dolores
""")

add('phi', 'care', 'Ellingsworth', RACHEL, 'Salcedo, Victor MD <vsalcedo@sbrmc.org>',
    'ethics consult - MICU bed 7 - summary before Thursday meeting',
    'Wed, 05 Mar 2025 18:20:44 -0500',
"""Dr. Salcedo,

Thanks for calling us in. Quick summary so we're all working from the same page before the family
meeting Thursday at 2 in the MICU conference room.

Ruth Ellingsworth, 84, intubated since 3/2 after she was brought in from Maple Hollow (her
assisted living). Two failed SBTs (3/4, 3/5). Team is raising trach + PEG vs. a time-limited trial
vs. transition to comfort care. She has a POLST from 2023 that says "limited interventions" but
the intubation happened in the field before anyone found it.

Family: daughter Claire (HCPOA per the document in media tab, scanned 3/3) and son Martin who
lives in Oregon and will be on speakerphone. Claire told me today "Mom always said no machines"
but Martin has asked twice for "everything done." Nursing reports Martin has called the unit
several times at night.

What I'd suggest for Thursday:
 1. you give the medical update first, plain language, incl. what trach/PEG recovery would likely
    look like for her (likely LTACH, possibly not back to Maple Hollow)
 2. I'll walk through the POLST and what substituted judgment means
 3. chaplain Okafor will attend - family is Lutheran and Claire asked for him

No need for an interpreter. Palliative (Dr. Ames) said she can come for the first 20 min.

Rachel

--
""" + SIG_RACHEL)

add('phi', 'care', 'Fairweather', CALEB, SPIRIT,
    'visits today / handoff for tonight',
    'Sat, 08 Mar 2025 15:55:02 -0500',
"""Team,

Handing off a couple of things for whoever has the pager tonight.

Saw Mrs. Odette Fairweather on 4 North (rm 4117) this afternoon. She goes to the OR first case tomorrow for
the below-knee amputation on the left leg and she is frightened, mostly about "waking up without it."
We prayed together and she asked to receive communion before surgery - she is Episcopalian. Her
priest from St. Anne's can't come until Monday. Could someone bring communion tonight or before
0630 tomorrow? She'll be NPO after midnight so it would need to be tonight really - please check
with her nurse first.

Her daughter Paulette will be there till about 8pm. Very sweet, also very tired.

Thanks all. I'm off till Tuesday.

Caleb

""" + SIG_CALEB)

add('phi', 'care', 'Achterberg', 'Loughlin, Bridget RN <bloughlin@sbrmc.org>', INTERP,
    'ASL interpreter needed - cath lab 0730 tomorrow',
    'Mon, 10 Mar 2025 14:12:37 -0400',
"""Hi Interpreter Services,

Requesting an in-person ASL interpreter for Mr. Desmond Achterberg, currently on 3 East telemetry rm 3321.
He's scheduled for a left heart cath tomorrow 3/11 at 0730 in Cath Lab 2, possible stent.
Cardiology (Dr. Oyelowo's fellow) needs to do consent this evening if at all possible, ideally
around 1800, and then we need the interpreter again in the morning for pre-procedure and in the lab
since he'll only have light sedation.

He told us VRI on the iPad was really hard for him yesterday (screen froze twice during his echo
results discussion) so please, in person. His wife is also Deaf and will be there.

Thank you!!
Bridget Loughlin RN
3 East / Cardiac Telemetry  x3307
""")

add('phi', 'care', 'Pruitt', TOMASZ, 'ED Nurse Manager <edmanager@sbrmc.org>',
    'lost upper denture - L. Pruitt - ED to 6S transfer 2/28',
    'Mon, 03 Mar 2025 11:03:51 -0500',
"""Hi Anita,

Following up on a lost belongings claim. Leonard Pruitt's wife called our office this morning. He came
into the ED on Friday 2/28 around noon with the sudden weakness and trouble speaking, went
to CT and then MRI, and was admitted up to 6 South that evening. She says he had his upper denture in
when the ambulance brought him and it was taken out in the ED before the CT. It never arrived on 6S
and it's not in his belongings bag.

He's eating a soft diet now and speech therapy is working with him but she says the denture matters a lot
for his speech sessions. 6S already looked. Could your staff check the ED lost & found, CT, and the
MRI screening area (they sometimes take them out there)? It would be in a blue case, maybe or maybe not.

If we can't find it by end of week I'll open a reimbursement request with Risk.

Thanks
Tomasz

""" + SIG_TOMASZ + "\n" + DISC)

kacz_txt = """Dear Mr. Kaczmarek,

Thank you for contacting the Patient Relations Office on February 26, 2025 regarding the care your wife,
Irene Kaczmarek, received in our Endoscopy Suite on February 24, 2025. We take your concerns seriously
and have completed our review.

You shared that Mrs. Kaczmarek completed her bowel preparation at home as instructed, arrived at 7:00 a.m.
for her colonoscopy, and waited until nearly 1:30 p.m. before being told the procedure would be
rescheduled. You also stated that no one explained why, and that she had not been allowed to eat or drink
during that time and felt faint.

Our review found that two emergency procedures were added to the schedule that morning, which delayed all
planned cases. We agree that you and your wife should have been updated regularly and that staff should
have checked on her blood sugar and offered IV fluids sooner given the long wait. The Endoscopy manager has
reviewed this with the team.

Mrs. Kaczmarek's colonoscopy has been rescheduled for March 12, 2025 as the first case of the day, and
the charges for the February 24 visit have been removed.

If you have further questions, please call me at 570-348-6100. You also have the right to contact the
Pennsylvania Department of Health or The Joint Commission.

Sincerely,

Dolores Whitcombe, MHA
Manager, Patient Relations
"""
add('phi', 'care', 'Kaczmarek', DOLORES, GRETCHEN,
    'draft response letter - Kaczmarek endoscopy grievance - pls review',
    'Thu, 06 Mar 2025 09:31:18 -0500',
"""Gretchen - draft below for the Kaczmarek letter. Endo manager signed off on the facts. Can you look at
the wording about the blood sugar/IV fluids? I don't want to concede more than we need to, but it's true.
Need to mail by Monday.

-D

""" + kacz_txt,
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Gretchen - draft below for the Kaczmarek letter. Endo manager signed off on the facts. Can you look at
the wording about the blood sugar/IV fluids? I don't want to concede more than we need to, but it's true.
Need to mail by Monday.</p><p>-D</p><hr>
""" + ''.join('<p>%s</p>\n' % p.replace('\n', '<br>') for p in kacz_txt.split('\n\n')) +
"</body></html>\n")

add('phi', 'care', 'Hutchins', DOLORES, 'Greer, Natalie <ngreer@sbrmc.org>',
    'FW: thank you to 7 East!!',
    'Fri, 28 Feb 2025 13:47:00 -0500',
"""Natalie - a lovely one for your staff board. Please share with the team. - Dolores

-----Original Message-----
From: Sharon Hutchins-Dale <sharonhd62@outlook.com>
Sent: Thursday, February 27, 2025 9:14 PM
To: Patient Relations <patientrelations@sbrmc.org>
Subject: thank you to 7 East!!

To whoever reads these,

My father Gerald Hutchins was on 7 East for almost three weeks in February while he got his chemo
started and then needed two blood transfusions when his counts dropped. I want the nurses to know how
much they meant to our family. Marcus on nights sat with Dad at 3am when he was confused and
pulling at his IV and talked to him about the Phillies until he calmed down. Kim explained the port and the
new pills in a way my dad actually understood. Dr. Basu called me personally when he had the fever.

Dad is home now and doing his next rounds as an outpatient at the cancer center. Please tell them
thank you from all of us.

Sharon Hutchins-Dale
""")

add('phi', 'care', 'Bellweather', 'Dunleavy, Sean <sdunleavy@sbrmc.org>', SPIRIT,
    'chaplain pls - 3112',
    'Tue, 11 Mar 2025 19:08:33 -0400',
"""pt in 3112 (Bellweather) asking for a chaplain tonight if anyone is around. pacemaker going in tmrw
AM, very anxious, first time in a hospital since her husband died here. Catholic, would like a priest
if possible but anyone is ok she said.

Sean D, RN 3 East

Sent from my iPhone""")
# =====================================================================
# PHI: names
# =====================================================================
add('phi', 'names', 'Pham', MARISOL, 'Salcedo, Victor MD <vsalcedo@sbrmc.org>, ' + RACHEL,
    'Re: Mrs. Thi Bich Ngoc Pham - family meeting Thu 3/13',
    'Tue, 11 Mar 2025 10:26:09 -0400',
"""Confirmed - 2:00 pm Thursday, MICU family room B. Huong Lam (Vietnamese, in person) is booked 1:45-3:30
so she can brief with you first. The grandson said he'd rather not interpret for his grandmother's
family, so please don't ask him to fill gaps.

Marisol

""" + SIG_MARISOL)

add('phi', 'names', 'Obi', IFY, TOMASZ,
    'call back needed',
    'Wed, 26 Feb 2025 12:40:15 -0500',
"""Tomasz,
Chukwuemeka Obi's son Kelechi called twice while you were at lunch. He's upset that his dad was moved from
the step-down unit to 6 South overnight without anyone calling him and that his dad's walker didn't
come with him. He wants a call back before 3, number is on the voicemail (I think 267-xxx, sorry the
line was bad). His dad is Mr. Obi in 6S-614 if you want to walk up.

ify
""")

add('phi', 'names', 'Szczepański', GRETCHEN, PAUL,
    'Szczepański, Bartłomiej - family concern re: restraints',
    'Thu, 27 Feb 2025 08:55:40 -0500',
"""Paul,

Risk got a call from the family of Szczepański, Bartłomiej (MICU 11, transferred to 5E yesterday). His
wife says she arrived Monday night and found him in bilateral wrist restraints and nobody could tell her
why. She says she had told day shift he doesn't hear well without his hearing aids and "wasn't confused,
just couldn't hear you."

Can you pull the restraint order, the q2h monitoring docs and the CAM-ICU scores for 2/24-2/25? I'd
also like to know if interpreter services was ever called - wife says he is more comfortable in Polish
when he's stressed.

Not an incident report yet, just gathering.

Thanks,
Gretchen

""" + SIG_GRETCHEN)

add('phi', 'names', 'Abdelrahman', 'Mercado, Lyle <lmercado@sbrmc.org>', SPIRIT + ', ' + INTERP,
    'gentleman in 4N-22',
    'Fri, 07 Mar 2025 07:48:03 -0500',
"""Good morning,

The gentleman in 4N-22, Abdelrahman, has been asking since yesterday for someone to help him face Qibla
and for a prayer rug - I think he asked for "imam" too but his English is limited and we've been using
the phone line. It's Ramadan and he's trying to fast even though he's on IV antibiotics and his sugars
have been all over the place, so the team also wants to talk to him about that (with an Arabic
interpreter in person please, not the phone, doc says it's a bigger conversation).

Can spiritual care and interpreter services maybe coordinate a time today? He's usually awake early.

Lyle Mercado, RN
4 North Med-Surg
""")

add('phi', 'names', 'van der Berg-de Vries', MIRIAM, CALEB,
    'Mrs. van der Berg-de Vries',
    'Sun, 02 Mar 2025 17:30:22 -0500',
"""Caleb,

Saw Mrs. Willemijn van der Berg-de Vries on Oncology 7E this afternoon as you asked. She is Dutch
Reformed, very clear-minded, and said she's "done with the hospital" - she wants to go home with hospice
after this round of the fluid being drained from her belly and she hasn't told her son in Michigan yet. She
asked if a chaplain could be present when she calls him tomorrow evening. I said I'd ask you since you
know her from her last stay. Also: she would love a Dutch-language Bible if we have one in the closet.

Miriam
""")

add('phi', 'names', 'Subramaniam', ANAND, 'Nephrology Consults <nephro@sbrmc.org>',
    'RE: ethics question - dialysis',
    'Mon, 10 Mar 2025 13:15:59 -0400',
"""Dr. Kwarteng,

Yes, we can see her. I stopped by 5 East at noon. Mrs. Padmavathi Subramaniam understood clearly that
without dialysis she would likely die within a couple of weeks, and she repeated it back to me in her
own words (in Tamil, via interpreter, then in English). Capacity for this decision seems intact to me,
though I'd like psych to document a formal assessment given the family is contesting.

The tension is really with her husband and two sons, who want us to keep going and asked whether
"the doctors can just do it." The answer is no. I'd suggest a family meeting Wednesday; I'll ask
Marisol for a Tamil interpreter and the chaplain (family is Hindu, they've asked for a priest from the
Sri Venkateswara temple - spiritual care can help with that).

Anand

""" + SIG_ANAND + """
> -----Original Message-----
> From: Kwarteng, Abena MD
> Sent: Monday, March 10, 2025 9:02 AM
> Subject: ethics question - dialysis
>
> Anand - 5E-538, 79F, wants to stop HD after 4 years. family very upset. can ethics see today?
""")

add('phi', 'names', 'Hrytsenko', TOMASZ, 'Security Dispatch <security@sbrmc.org>',
    'missing phone - Ms. Hrytsenko, Women\'s Health 2nd fl',
    'Wed, 05 Mar 2025 15:22:48 -0500',
"""Hi Sgt. Dowd,

Ms. Oksana Hrytsenko (spelled H-R-Y-T-S-E-N-K-O) left her phone in the ultrasound waiting area on the 2nd
floor Women's Health Center this morning around 10:15, right before she was called back for her scan. When
she came back out it was gone. Black Samsung, cracked corner, pink case with a photo of a little girl.
She only speaks some English, we did the report with a Ukrainian interpreter on the phone.

She doesn't have another phone, so if found please call her sister Iryna, 570-914-3382, or me.

Thank you,
Tomasz Wierzbicki
Patient Relations x6107
""")

add('phi', 'names', 'Bérubé-Laroche', 'Greer, Natalie <ngreer@sbrmc.org>', DOLORES,
    'compliment card - Hélène Bérubé-Laroche',
    'Mon, 24 Feb 2025 10:10:10 -0500',
"""Hi Dolores,

Sending you a photo of the card we got (attached got too big, I'll bring it down). Typed out:

"To the staff of 7 East - Thank you for caring for maman, Hélène Bérubé-Laroche, during her last days
in January. The nurses let us stay together, sang with her, and nobody ever rushed us. Père Gagnon told
us the chaplain Fr. Nowicki came every day even when she could not answer him. Merci infiniment.
- Josée, Luc et toute la famille"

Could you route a copy to Fr. Nowicki and to the DAISY committee? Josée specifically named Amira on nights.

Natalie Greer, RN
Nurse Manager 7 East Oncology
""")
# =====================================================================
# PHI: self
# =====================================================================
add('phi', 'self', 'Throckmorton', 'Dennis Throckmorton <dthrock61@gmail.com>', PR,
    'Complaint about ER visit Feb 11',
    'Sat, 15 Feb 2025 22:03:19 -0500',
"""To whom it may concern,

My name is Dennis Throckmorton, DOB 07/19/1961. I came to your emergency room on Tuesday Feb 11 at
about 4:30 pm with chest pain and pain going down my left arm. I was triaged and had an EKG within maybe
15 minutes which I appreciate, but then I sat in the waiting room for SIX hours. Nobody rechecked me. I
finally got a bed at 10:40 pm, they did blood work twice and a stress test the next morning and told me
it was not my heart, probably my esophagus, and to follow up with GI.

I understand you are busy. But if it had been my heart I could have died in that chair. I also was
charged for "observation" even though I spent most of the time in the waiting room.

I'd like someone to explain to me what your policy is for chest pain patients and I want the
observation charge reviewed.

Dennis
(570) 282-7719
""")

add('phi', 'self', 'Villanueva', 'Ana Villanueva <ana.v.villanueva@yahoo.com>', PR,
    'lost stuffed bunny - peds surgery',
    'Thu, 06 Mar 2025 20:41:55 -0500',
"""hi, sorry if this is the wrong place to send this.

my son Mateo Villanueva (he is 6) had his tonsils and adenoids out on tuesday 3/4 in the pediatric
day surgery. he brought a gray stuffed bunny named "Conejo" with him into the OR, the nurse said it
could go with him. when he woke up in recovery it wasn't there and in all the rush with him throwing up
and the pain we forgot to ask. he is recovering ok but he cries at night for it and cant sleep which
is not good for healing his throat.

it has a little blue bandana and one ear is sewn back on. is there a lost & found for the OR?

thank you so much
Ana
484-557-1206""")

add('phi', 'self', 'Zhou', 'Wen Jie Zhou <zhouwj88@163.com>', INTERP,
    'need interpreter for my appointment',
    'Fri, 07 Mar 2025 08:12:44 -0500',
"""hello,
this is Wen Jie Zhou. i have appointment endocrinology clinic (Dr. Halpern) on 3/20 at 10:40am, for my
thyroid follow up and they will talk about the radioactive iodine treatment. my english is ok for
normal but not for doctor words. please i need Cantonese interpreter (not Mandarin, last time they send
Mandarin). my birthday is 1988-11-02 if you need to find me.

also can interpreter come to the nuclear medicine after? i dont know if same day.

thank you
Wen""")

add('phi', 'self', 'Olsen-Toal', 'Marguerite Olsen-Toal <m.olsentoal@comcast.net>', PR,
    'A thank you note',
    'Sun, 23 Feb 2025 14:05:00 -0500',
"""Hello,

I had my left knee replaced on February 3rd by Dr. Ferraro and his team and spent three nights on
5 West. I am 74 and quite nervous of hospitals, so I wanted to write and say how well I was looked after.

Nurse Bethany took the time to show me the exercises again when I couldn't remember them after the
nerve block wore off, and the physical therapist (Dev?) got me up the practice stairs on day two, which
I did not believe was possible. The only complaint I have is the food, but I suppose everyone says that.

I'm now doing outpatient therapy twice a week at your Clarks Summit location and walking with just a cane.

Please pass this along to the 5 West staff.

Gratefully,
Marguerite Olsen-Toal
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr"><div>Hello,</div><div><br></div>
<div>I had my left knee replaced on February 3rd by Dr. Ferraro and his team and spent three nights on 5 West.
I am 74 and quite nervous of hospitals, so I wanted to write and say how well I was looked after.</div><div><br></div>
<div>Nurse Bethany took the time to show me the exercises again when I couldn&#39;t remember them after the nerve
block wore off, and the physical therapist (Dev?) got me up the practice stairs on day two, which I did not believe
was possible. The only complaint I have is the food, but I suppose everyone says that.</div><div><br></div>
<div>I&#39;m now doing outpatient therapy twice a week at your Clarks Summit location and walking with just a cane.</div>
<div><br></div><div>Please pass this along to the 5 West staff.</div><div><br></div>
<div>Gratefully,</div><div><b>Marguerite Olsen-Toal</b></div></div></body></html>
""")

add('phi', 'self', 'Oyelaran-Smith', 'Franklin Oyelaran-Smith <foyesmith@gmail.com>', ETHICS,
    'Question about stopping treatment - who do I talk to',
    'Tue, 04 Mar 2025 06:58:12 -0500',
"""Good morning,

I found this address on the back of the patient rights pamphlet. I am 72 years old and I have been on
dialysis three days a week at your outpatient unit on Mulberry St for going on five years. I also had the
second amputation last fall. I am tired. I have been thinking for a long time about stopping dialysis and
going on hospice, and I'm of sound mind about it.

My daughter says I am depressed and that the hospital will not "let" me stop. My nephrologist Dr. Kwarteng
said to talk to the ethics people. Is that something you do, talk to the patient? Can my pastor be there?

I am at the dialysis unit Mon Wed Fri 6am to 10am, chair 14, if it is easier to find me there.

Franklin Oyelaran-Smith
""", cte='quoted-printable')

add('phi', 'self', 'Greely', 'Lorraine Greely <lgreely@ptd.net>', SPIRIT,
    'my husband in ICU',
    'Mon, 03 Mar 2025 23:17:26 -0500',
"""Dear chaplain,

My husband Raymond Greely has been in your ICU bed 14 since Sunday after his heart stopped at home and
they brought him back. He is on the breathing machine and they are doing the cooling treatment. The doctors
say we won't know anything about his brain for a few more days.

We are Methodist but our pastor is in Florida for the winter. I have been sleeping in the waiting room. I
don't need anything fancy. I think I would just like someone to pray with me tomorrow, maybe in the
morning before rounds.

My cell is 570-466-0931.

Thank you,
Lorraine""")

add('phi', 'self', 'Rowe-Akers', 'tamsin rowe <tamsinra79@icloud.com>', IFY,
    'Re: Your case PR-2025-0412',
    'Wed, 12 Mar 2025 12:33:08 -0400',
"""hi ify, thanks for calling back. as i said on the phone im Tamsin Rowe-Akers born 2 Sept 1979.
the bill for the pelvic ultrasound on jan 22 went to my ex husbands insurance which i havent been on
since 2023, even though i gave them my new card at check in. now i have a collection letter. also
the results went into his portal account?? thats the part that really bothers me.

sorry for the typos on my phone
tamsin

On Tue, Mar 11, 2025 at 4:02 PM Okonkwo-Barnes, Ifeoma <iokonkwobarnes@sbrmc.org> wrote:
> Hi Ms. Rowe-Akers,
>
> Thank you for speaking with me today. As promised, I've opened case PR-2025-0412 and referred the
> billing portion to our Patient Financial Services team. Could you reply with a short summary in
> your own words so I can attach it to the case?
>
> Ifeoma (Ify) Okonkwo-Barnes
> Patient Advocate | Patient Relations
""")
# =====================================================================
# PHI: ids
# =====================================================================
add('phi', 'ids', 'Joseph', 'Womens Health Clinic Front Desk <whcfrontdesk@sbrmc.org>', INTERP,
    'Kreyol interpreter 3/18 OB',
    'Thu, 13 Mar 2025 09:02:31 -0400',
"""Pt: Fabienne Joseph
MRN 00482913
DOB 3.4.88
Lang: Haitian Creole
Appt: 3/18 1:30pm OB (Dr. Ikwuemesi) - 28 wk visit + glucose test, will be here ~2hrs
in person preferred, pt requested female interp if possible

thx - Yesenia, WHC front desk x2214
""")

add('phi', 'ids', '', 'HIM Registration Integrity <him-dq@sbrmc.org>', TOMASZ,
    'RE: belongings form on wrong acct',
    'Fri, 28 Feb 2025 10:44:19 -0500',
"""Tomasz,

Found it. She was registered twice in the ED on 2/27 - once as a trauma alias (MRN 7719302) and then the
real record got pulled up once her daughter arrived (MRN 0655418). Your lost belongings form and the
security property receipt are on the alias encounter, acct 40018827716. Everything clinical (the CT head,
the splint, the ortho consult) is on the real one, acct 40018828093.

We're merging the alias into 0655418 this afternoon, so after 3pm search under that one.

Ruthanne Biggs
Registration Data Integrity Specialist
HIM, ext 4481
""")

add('phi', 'ids', 'Delacroix-Mbeki', GRETCHEN, 'Release of Information <roi@sbrmc.org>',
    'records request from attorney - hold for Risk review',
    'Tue, 25 Feb 2025 15:10:03 -0500',
"""ROI team,

Please do not release anything on the request below without routing it to me first. There is an open
grievance and a potential claim.

Patient: DELACROIX-MBEKI, ANTOINE
DOB: 19521117
Address on file: 2231 Larchmont Ave Apt 4B, Dunmore PA 18512
Home ph: 570-343-0817
Requesting party: Brandt & Oyelowo LLC (authorization dated 2/20/25, looks valid)
Dates of service: 01/06/2025 - 01/19/2025 (inpatient, incl. OR 1/8 and return to OR 1/11)

They are asking for complete chart incl. nursing notes, OR record and "all incident reports." Incident
reports are PSWP and are not part of the legal record - do not include.

Thanks,
Gretchen
""" + "\n" + DISC)

add('phi', 'ids', 'Kowalczyk', IFY, 'Utilization Review <ur@sbrmc.org>',
    'denial grievance - member XJH884201937',
    'Mon, 10 Mar 2025 11:27:45 -0400',
"""Hi UR,

Patient Relations has a grievance from a patient whose inpatient rehab stay was denied by her plan after
the fact. Details:

Name: Teresa Kowalczyk
DOB 4 Mar 1988
Keystone Heartland Health member ID XJH884201937, group 00719-B
Admitted 1/30 after the motorcycle accident (passenger), acute stay to 2/9, then inpatient rehab on 4 South
2/9 - 2/24. Plan is saying the rehab days weren't authorized.

She is very stressed - she's a single mom still on crutches and got a bill for $41,870. Can someone tell
me if we ever got an auth number for the rehab portion? I'd like to give her an answer this week.

Thanks so much
Ify
ext. 6104
""")

add('phi', 'ids', 'Ostrowski', 'Lab Client Services <labclientservices@sbrmc.org>', PR,
    'Re: family complaint - blood drawn twice',
    'Wed, 05 Mar 2025 14:58:27 -0500',
"""Hello Patient Relations,

Re your inquiry on Mr. Ostrowski (6S): we looked up accession 25-CH-0048817, collected 3/3 at 0512.
The specimen was received hemolyzed and potassium could not be resulted, so the lab called the floor
for a redraw (accession 25-CH-0048902, collected 0640). The second draw resulted normally.

So yes the family is correct he was stuck twice, but it was because of the sample quality, not lost
paperwork as they were told. We apologize for the inconvenience and have shared with phlebotomy.

Regards,
Darnell Wise, MLS(ASCP)
Lab Client Services
""", cte='quoted-printable')

add('phi', 'ids', 'Baptiste', CALEB, 'Bereavement Program <bereavement@sbrmc.org>',
    'bereavement follow-up referral',
    'Thu, 06 Mar 2025 16:30:50 -0500',
"""Please add to the 13-month bereavement mailing:

Deceased: Lionel Baptiste, died 3/1/25 in MICU after withdrawal of life support (family at bedside)
Next of kin: Claudette Baptiste (wife)
    148 Wyoming Ave, Kingston PA 18704
    (570) 288-4603 home, (570) 902-1178 cell
Language: English and French; Claudette prefers French for written material if we have it
Faith: Catholic, St. Ignatius parish
Notes: very close to her granddaughter Noemie who was present. Asked for a call at the 1-month mark.

Thank you
Caleb
""")

add('phi', 'ids', 'Quigley', 'Unit Clerk 6 North <6n.clerk@sbrmc.org>', PR,
    'hearing aids missing 618B',
    'Sat, 01 Mar 2025 13:19:42 -0500',
"""patient relations -

Quigley, Eamon  chart# 2291-448  rm 618B  DOB Jan 9, '47
came up from PACU yesterday after his gallbladder surgery, daughter says both hearing aids were in a
denture cup labeled with his name in pre-op holding. not on the unit. PACU says they sent everything.
he cant hear the nurses at all without them. daughter number 610-733-2041.

- Kayla (unit secretary, 6N)
""")

add('phi', 'ids', 'Ferreira Lopes', 'Financial Counseling <fincounsel@sbrmc.org>', IFY,
    'FW: charity care application - complaint',
    'Tue, 11 Mar 2025 09:45:12 -0400',
"""Ify - forwarding as requested. Note the patient's SSN was partially typed in her email so I've left
it, please don't forward further outside PFS/PR.

Carmen Ruiz
Financial Counselor

-----Original Message-----
From: Gabriela Ferreira Lopes <gabi.ferreiralopes@hotmail.com>
Sent: Monday, March 10, 2025 8:22 PM
To: Financial Counseling
Subject: charity care application

i sent my application for the financial help THREE times since december. my name Gabriela Ferreira Lopes,
birth 1990-06-21, medicaid # 4410927763 (but it was off in november, that is why i apply), ssn ends 6618.
the bill is for my c-section and the 4 days my baby was in the NICU in november. now i get call from
collection. nobody call me back. i will go to the newspaper.
""")
# =====================================================================
# PHI: lists
# =====================================================================
add('phi', 'lists', 'Marchetti; Nwachukwu; Le; Haddad; Sorensen', DOLORES, GRETCHEN + ', ' + RISK,
    'open grievances wk of 3/3 - for Thurs risk huddle',
    'Wed, 05 Mar 2025 17:02:39 -0500',
"""Gretchen,

Here's the open list for tomorrow. The two highlighted last week (Marchetti, Haddad) are the ones I think
may turn into claims.

Case#\tPatient\tUnit\tDOS\tCategory\tStatus
PR-25-0288\tMarchetti, Vincent\t5W\t02/18\tfall w/ injury, family says bed alarm off\tawaiting RCA
PR-25-0297\tNwachukwu, Adaeze\tL&D\t02/21\tepidural delay, communication\tletter sent 3/4
PR-25-0301\tLe, Van Thanh\tED\t02/24\tno interpreter for d/c instructions\tinterp svcs reviewing
PR-25-0305\tHaddad, Samira\tOR/PACU\t02/25\twrong-site marking caught in timeout\tRisk owns
PR-25-0311\tBrinkerhoff, Harold\t5W\t02/27\tpain med delay post-op\tletter due 3/10
PR-25-0316\tSorensen, Ingrid\t7E\t02/28\tchemo dose held w/o explanation\tonc mgr reviewing

Let me know if you want anything else pulled.

Dolores
""")

add('phi', 'lists', 'Greely; Fairweather; Whitlock; Ngata; Esposito', MIRIAM, SPIRIT,
    'weekend spiritual care sign-out Sat 3/8',
    'Sat, 08 Mar 2025 20:15:07 -0500',
"""Sign-out for overnight / Sunday:

* MICU 14 - GREELY, Raymond - post arrest, cooling. wife Lorraine very tearful, Methodist. prayed w/ her
  Tues and Fri. neuro prognosis talk likely Mon - she asked to have a chaplain there.
* 4N-4117 - FAIRWEATHER, Odette - BKA tomorrow 0730. communion given 1900 tonight (thank you Fr. N). Just
  check in AM if possible.
* 7E-706 - WHITLOCK, June - comfort care since this am, family (lots!) at bedside. Baptist. may die tonight;
  family wants chaplain called at time of death regardless of hour.
* 5E-521 - NGATA, Hemi - Maori, family bringing elders Sun afternoon for a karakia, ok'd w/ charge RN.
  They may sing - please give a heads up to security so no one shuts it down.
* ED hold bay 9 - ESPOSITO (first name?) - asked for rosary; gave one. not admitted yet.

pager is charged, code book is in the drawer.
- Miriam
""")

sched = """INTERPRETER SERVICES - IN-PERSON ASSIGNMENTS  Wed 03/12/2025        printed 03/11 16:40

TIME   LOC            PATIENT                  MRN       LANG       INTERP     NOTES
------ -------------- ------------------------ --------- ---------- ---------- ---------------------------
0730   Cath Lab 2     ACHTERBERG, DESMOND      00319577  ASL        R.Fenwick  consent done 3/11, in lab
0800   Endo Suite     TRAN, MINH KHOA          00827140  Vietnamese H.Lam       EGD, post-proc d/c teach
0915   OB Clinic      ALVARADO RUIZ, YESENIA   00934402  Spanish    C.Ibarra   20 wk anatomy US results
1030   5E-538         SUBRAMANIAM, PADMAVATHI  00577261  Tamil      VRI only   family mtg moved to 3/13
1100   Peds Clinic    BELIZAIRE, JUNIOR        01012286  Kreyol     J-R.Pierre well child + shots, dad present
1300   Oncology Inf   VOLKOVA, GALINA          00648815  Russian    OPI        cycle 3 teaching
1400   MICU fam rm    PHAM, THI BICH NGOC      00401938  Vietnamese H.Lam       ** ethics family mtg 3/13 not today **
1530   Rehab 4S       ABUBAKAR, HAUWA          00990357  Hausa      OPI        PT eval
"""
add('phi', 'lists', 'Achterberg; Tran; Alvarado Ruiz; Subramaniam; Belizaire; Volkova; Pham; Abubakar',
    MARISOL, 'Interpreter Staff <interp-staff@sbrmc.org>',
    'tomorrow\'s in-person board',
    'Tue, 11 Mar 2025 16:45:30 -0400',
"""All - tomorrow's board below (monospace font if it looks weird). Note Pham is 3/13 not 3/12, Huong
please disregard the 1400. OPI = phone, VRI = video cart.

""" + sched + """
Marisol
""")

lost_csv = csvtext([
    ['Log#', 'Date found', 'Patient name', 'Room/Area', 'Item', 'Where stored', 'Status'],
    ['LF-0219', '02/24/2025', 'Kessler, Arthur', '5W-508', 'reading glasses (brown case)', 'PR office bin 2', 'returned 2/26'],
    ['LF-0220', '02/25/2025', 'Amankwah, Esi', 'L&D triage', 'gold hoop earring x1', 'Security safe', 'pt notified'],
    ['LF-0221', '02/26/2025', 'UNKNOWN', 'Main lobby', 'black umbrella', 'PR office bin 4', 'holding 30d'],
    ['LF-0222', '02/27/2025', 'Pruitt, Leonard', 'ED / CT', 'upper denture (blue case)', 'not found', 'open - reimb request'],
    ['LF-0223', '02/28/2025', 'Quigley, Eamon', 'Pre-op holding', 'hearing aids x2 in denture cup', 'found PACU 3/2', 'returned to 618B'],
    ['LF-0224', '03/02/2025', 'Nguyen-Ortiz, Lily', 'Peds 3W', 'iPad + charger', 'Security safe', 'mom picking up 3/7'],
    ['LF-0225', '03/04/2025', 'Villanueva, Mateo', 'Peds day surg OR 4', 'gray stuffed rabbit w/ blue bandana', 'found in OR linen', 'mailed to family 3/7'],
    ['LF-0226', '03/05/2025', 'Hrytsenko, Oksana', 'WHC ultrasound', 'Samsung phone pink case', 'not found', 'open'],
])
add('phi', 'lists', 'Kessler; Amankwah; Pruitt; Quigley; Nguyen-Ortiz; Villanueva; Hrytsenko', TOMASZ, DOLORES,
    'lost & found log Feb/Mar',
    'Fri, 07 Mar 2025 15:50:00 -0500',
"""Dolores - current lost & found log attached for the monthly report. 2 still open (Pruitt denture, Hrytsenko phone).
Tomasz
""",
    atts=[('LostFound_Log_Feb-Mar2025.csv', 'text', 'csv', lost_csv)])

ethics_csv = csvtext([
    ['consult_id', 'date_req', 'patient', 'mrn', 'age', 'unit', 'requestor', 'question', 'outcome'],
    ['EC-25-014', '2025-01-07', 'Delgado, Ramon', '00288104', '67', 'MICU', 'attending', 'surrogate conflict - siblings disagree re: trach', 'recs given; family mtg; trach placed'],
    ['EC-25-015', '2025-01-15', 'Fitzsimmons, Agnes', '00113759', '91', '6S', 'RN', 'pt refusing feeding tube, capacity?', 'capacity intact; pt choice honored'],
    ['EC-25-016', '2025-01-22', 'Boateng, Kwabena', '00745120', '45', 'ED/MICU', 'resident', 'unrepresented pt, no ID at first, DNR?', 'sister located day 3'],
    ['EC-25-017', '2025-02-03', 'Ha, Seo-yeon', '00860091', '34', 'L&D', 'OB attending', 'refusal of blood products (JW)', 'bloodless protocol; delivered 2/4'],
    ['EC-25-018', '2025-02-19', 'Ellingsworth, Ruth', '00092266', '84', 'MICU', 'attending', 'POLST vs son request for full code', 'pending mtg 3/6'],
    ['EC-25-019', '2025-03-10', 'Subramaniam, Padmavathi', '00577261', '79', '5E', 'nephrology', 'pt wishes to stop HD, family opposes', 'open'],
])
add('phi', 'lists', 'Delgado; Fitzsimmons; Boateng; Ha; Ellingsworth; Subramaniam', RACHEL, 'Ethics Committee <ethicscommittee@sbrmc.org>',
    'Q1 consult log for committee (zip)',
    'Tue, 11 Mar 2025 21:04:47 -0400',
"""Committee members,

Attached is the Q1-to-date consult log for next week's meeting. Zipped because Outlook kept flagging it.
Please do NOT forward; for committee review only and delete after the meeting.

Rachel
""",
    atts=[('EthicsConsultLog_Q1_2025.zip', 'application', 'zip',
           zbytes([('EthicsConsultLog_Q1_2025.csv', ethics_csv)]))])

fm_rows = [
    ['Date', 'Time', 'Patient', 'Unit/Bed', 'Reason', 'Attendees', 'Interpreter', 'Chaplain'],
    ['3/10/2025', '11:00', 'Castellanos, Héctor', 'MICU 3', 'goals of care after 2nd arrest', 'Dr. Salcedo, palliative, SW', 'Spanish - C.Ibarra', 'Fr. Nowicki'],
    ['3/11/2025', '15:30', 'Lindqvist, Britta', '7E-712', 'hospice transition', 'Dr. Basu, onc NP', 'n/a', 'M. Adeyemi-Ross'],
    ['3/12/2025', '09:00', 'Achebe, Chinonso', 'NICU pod B', 'prognosis, 24wk infant', 'neonatology, SW', 'n/a', 'C. Okafor'],
    ['3/13/2025', '14:00', 'Pham, Thi Bich Ngoc', 'MICU 9', 'ethics - trach/PEG decision', 'Dr. Salcedo, R. Steinholt', 'Vietnamese - H.Lam', 'requested Buddhist chaplain'],
    ['3/14/2025', '10:00', 'Mahmoud, Yusuf', '5E-530', 'dialysis access refusal', 'nephrology, SW', 'Arabic - OPI backup', 'imam (community) contacted'],
]
add('phi', 'lists', 'Castellanos; Lindqvist; Achebe; Pham; Mahmoud', 'Social Work Dept <socialwork@sbrmc.org>',
    DOLORES + ', ' + MARISOL + ', ' + SPIRIT,
    'family meeting tracker - this week',
    'Mon, 10 Mar 2025 07:30:00 -0400',
"""Good morning - updated family meeting tracker attached (xlsx). Please reply-all with changes, do not edit
the shared copy directly until IT fixes the lock issue.

Thanks,
Priya Raghunathan, LCSW
Inpatient Social Work Supervisor
""",
    atts=[('FamilyMeetings_wk0310.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx(fm_rows, 'Week of 3-10'))])

add('phi', 'lists', 'Marchetti; Tobin; Oduya; Kessler', DOLORES, KEISHA,
    '5W concerns Feb - quick list',
    'Mon, 03 Mar 2025 08:20:14 -0500',
"""Keisha - Feb items for 5W for your staff meeting. Ok to show names in the closed meeting, not on the board.

 Pt              | Rm   | Type       | Summary
-----------------+------+------------+---------------------------------------------
 Marchetti, V.   | 504  | grievance  | fall 2/18, hip fx on the other side now
 Tobin, Rosalind | 511  | complaint  | waited 45 min for bedpan after spinal fusion
 Oduya, Festus   | 519  | complaint  | roommate noise, asked to move, denied
 Kessler, Arthur | 508  | compliment | "Dev in PT is a miracle worker" - knee repl
 Brinkerhoff, H. | 512  | grievance  | (separate email)

D.
""")
# =====================================================================
# PHI: struct
# =====================================================================
add('phi', 'struct', 'Belizaire', MARISOL, 'Interface Team <interfaces@sbrmc.org>',
    'PID-15 language coming over wrong again - example',
    'Wed, 12 Mar 2025 13:37:22 -0400',
"""Hi interface team,

The interpreter scheduling app is showing this little boy as English again, so nobody got booked for his
dad today. Here's the ADT we got (copied from the message viewer). PID-15 is blank but the Creole is
sitting in the NK1 - I think registration is putting it in the wrong field. Can you look at the mapping?

MSH|^~\\&|EPICADT|SBRMC|LANGLINK|SBRMC|20250312105512||ADT^A04|MSG00418823|P|2.5.1
EVN|A04|20250312105500
PID|1||01012286^^^SBRMC^MR||BELIZAIRE^JUNIOR^WOOD||20230915|M|||77 Oak St^^Scranton^PA^18505||(570)555-0188|||||40019003377
NK1|1|BELIZAIRE^WOODLEY^|FTH|77 Oak St^^Scranton^PA^18505|(570)555-0188||||||||||||||HAT
PV1|1|O|PEDS^CLIN^01||||1987^Achampong^Ama^^^MD|||PED||||||||||40019003377
OBX|1|ST|LANGPREF^Preferred language||^Haitian Creole

Ticket INC0052217 if you need it. This is the 4th one this month.

Marisol
""")

oru = ("MSH|^~\\&|SUNQUEST|SBRMC_LAB|MYCHART|SBRMC|20250121171503||ORU^R01|LAB2501210998|P|2.3\r"
       "PID|1||00771045^^^SBRMC^MR||ROWE-AKERS^TAMSIN^L||19790902|F|||19 Birch Ln^^Clarks Summit^PA^18411||5709881120\r"
       "PV1|1|O|RAD^US^02||||5521^Mallory^Ines^^^MD\r"
       "OBR|1|RAD2501220041|RAD2501220041|76856^US PELVIS COMPLETE^CPT|||20250122081200|||||||||5521^Mallory^Ines|||||||||F\r"
       "OBX|1|TX|76856^US PELVIS||Uterus measures 9.1 x 4.8 x 5.6 cm. Two intramural fibroids, largest 2.3 cm.||||||F\r"
       "OBX|2|TX|76856^US PELVIS||Right ovary with 3.1 cm simple cyst. Recommend follow-up US in 6-8 weeks.||||||F\r"
       "ZPT|1|PROXY^KEVIN AKERS^MYC-0044817\r")
add('phi', 'struct', 'Rowe-Akers', IFY, 'Privacy Office <privacy@sbrmc.org>',
    'possible portal proxy exposure - PR-2025-0412',
    'Wed, 12 Mar 2025 15:05:40 -0400',
"""Privacy Office,

Referring a possible privacy issue from a grievance. Patient says her ultrasound result appeared in her
ex-husband's portal. IS pulled the outbound result message for me (attached as .txt); the ZPT segment at
the bottom seems to show a proxy link to his portal account that should have been removed after the
divorce. I haven't told the patient anything about the cause yet.

Ify
""", atts=[('ORU_LAB2501210998.txt', 'application', 'octet-stream', oru.encode('ascii'))])

x837 = """ISA*00*          *00*          *ZZ*SBRMC0001      *ZZ*KEYHRTLND      *250228*1410*^*00501*000004471*0*P*:~
GS*HC*SBRMC0001*KEYHRTLND*20250228*1410*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*SBR4471*20250228*1410*CH~
NM1*85*2*ST BRENDAN REGIONAL MEDICAL CENTER*****XX*1457338201~
NM1*IL*1*HOLLOWAY*PRUDENCE*A***MI*KHH20993318~
N3*612 CEDAR CREST DR~
N4*MOOSIC*PA*18507~
DMG*D8*19450612*F~
CLM*PA250219-07*1840***13:A:1*Y*A*Y*Y~
DTP*434*RD8*20250219-20250219~
HI*ABK:R55*ABF:I951~
SV2*0450*HC:99284*1120*UN*1~
SV2*0300*HC:80053*210*UN*1~
SV2*0569*HC:99199*510*UN*1~
SE*16*0001~
"""
add('phi', 'struct', 'Holloway', TOMASZ, 'PFS Billing Supervisor <pfs-supv@sbrmc.org>',
    'chaplain visit billed?? - Holloway',
    'Thu, 06 Mar 2025 10:19:55 -0500',
"""Hi Marcy,

Mrs. Holloway's son came in today angry that his mom's insurance EOB shows a $510 charge for what he thinks
was the chaplain visit in the ED on 2/19 (she fainted at church and was brought in, chaplain sat with her
while they waited on the CT). Chaplaincy is never billed as far as I know. Our billing analyst pasted the
claim - line 3 with rev code 0569 / 99199 looks like the culprit. Can you tell me what that is?

""" + x837 + """
Thanks,
Tomasz
""")

x835 = """ISA*00*          *00*          *ZZ*KEYHRTLND      *ZZ*SBRMC0001      *250307*0602*^*00501*000118822*0*P*:~
GS*HP*KEYHRTLND*SBRMC0001*20250307*0602*118822*X*005010X221A1~
ST*835*0001~
BPR*I*0*C*NON************20250307~
TRN*1*EFT0000771902*1231234567~
N1*PR*KEYSTONE HEARTLAND HEALTH~
N1*PE*ST BRENDAN REGIONAL MEDICAL CENTER*XX*1457338201~
LX*1~
CLP*IR250209-22*4*41870*0**MC*2250668019337*61~
NM1*QC*1*KOWALCZYK*TERESA****MI*XJH884201937~
DTM*232*20250209~
DTM*233*20250224~
CAS*CO*197*41870~
MOA***N179~
SE*14*0001~
"""
add('phi', 'struct', 'Kowalczyk', 'Utilization Review <ur@sbrmc.org>', IFY,
    'RE: denial grievance - member XJH884201937',
    'Tue, 11 Mar 2025 08:14:26 -0400',
"""Ify,

The 835 is below - CARC 197 (precert/auth absent). We did NOT have an auth for the rehab days; the
acute-to-rehab transfer happened on a Sunday and the request went in Monday. We're filing a retro auth
appeal with clinicals today (PT/OT notes, the FIM scores, the ortho note about the pelvic fixation). Tell
her not to pay anything while the appeal is pending.

""" + x835 + """
Liz Carmody, RN
Utilization Review / Denials
""")

x271 = """ISA*00*          *00*          *ZZ*PADHSMA        *ZZ*SBRMC0001      *250313*0911*^*00501*000330419*0*P*:~
GS*HB*PADHSMA*SBRMC0001*20250313*0911*330419*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELIG330419*20250313*0911~
HL*1**20*1~
NM1*PR*2*PA MEDICAL ASSISTANCE*****PI*PAMA~
HL*2*1*21*1~
NM1*1P*2*ST BRENDAN REGIONAL MEDICAL CENTER*****XX*1457338201~
HL*3*2*22*0~
NM1*IL*1*ABUBAKAR*HAUWA****MI*8804417726~
N3*1405 N WASHINGTON AVE APT 2~
N4*SCRANTON*PA*18509~
DMG*D8*19610814*F~
EB*1*IND*30^AL^MH*MC*AMERIHEALTH CARITAS NE~
EB*1*IND*45~
MSG*LANGUAGE ACCESS SERVICES COVERED UNDER MCO - CONTACT PLAN FOR FACE TO FACE~
SE*15*0001~
"""
add('phi', 'struct', 'Abubakar', 'Chen, Gloria <gchen@sbrmc.org>', MARISOL,
    'Hausa interp for rehab - MA eligibility',
    'Thu, 13 Mar 2025 09:20:03 -0400',
"""Marisol, you asked whether Ms. Abubakar's MA plan would reimburse an in-person Hausa interpreter for her
rehab sessions on 4S (she's got PT/OT/speech daily for about 2 more weeks). Here's the 271 response. Looks
like she's in the AmeriHealth Caritas MCO, and they say to contact the plan. I'll call them but wanted
you to see it first.

""" + x271 + """
Gloria Chen
Patient Access Specialist
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "sbrmc-00648815",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00648815"}
        ],
        "name": [{"family": "Volkova", "given": ["Galina", "Petrovna"]}],
        "gender": "female",
        "birthDate": "1956-10-03",
        "telecom": [{"system": "phone", "value": "570-347-2290", "use": "home"}],
        "address": [{"line": ["301 Pittston Ave"], "city": "Scranton", "state": "PA", "postalCode": "18505"}],
        "communication": [
          {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "ru", "display": "Russian"}]},
           "preferred": true}
        ]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-40019117820",
        "status": "finished",
        "class": {"code": "AMB"},
        "type": [{"text": "Oncology infusion - cycle 2"}],
        "subject": {"reference": "Patient/sbrmc-00648815"},
        "period": {"start": "2025-02-19T08:30:00-05:00", "end": "2025-02-19T14:10:00-05:00"}
      }
    },
    {
      "resource": {
        "resourceType": "Communication",
        "id": "griev-PR-25-0293",
        "status": "completed",
        "subject": {"reference": "Patient/sbrmc-00648815"},
        "encounter": {"reference": "Encounter/enc-40019117820"},
        "category": [{"text": "grievance"}],
        "payload": [{"contentString": "Pt states no interpreter offered during infusion teaching; son not present; pt did not understand which nausea pills to take at home and went to ED 2/21 with vomiting."}]
      }
    }
  ]
}
"""
add('phi', 'struct', 'Volkova', 'Hollis, Brandon <bhollis@sbrmc.org>', 'CaseWorks Support <support@caseworkshq.com>',
    'Re: [Case 88213] FHIR grievance import failing on Communication resource',
    'Fri, 07 Mar 2025 16:48:11 -0500',
"""Hi Priyanka,

Here's the actual bundle that failed in prod last night (you asked for a real one, not our test file).
The error was "payload.contentString exceeds 250 chars" but this one is only ~200 so I think the
validator is counting bytes after escaping. Please treat as confidential - BAA is on file.

""" + fhir + """
Brandon Hollis
Applications Analyst II, Clinical Quality Systems
St. Brendan Regional Medical Center

> On Thu, Mar 6, 2025 at 11:02 AM CaseWorks Support wrote:
> Can you send us the exact payload that fails? Screenshots are hard for us to reproduce.
""")

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250301143000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="PM-2208831" root="2.16.840.1.113883.3.7711"/>
      <addr><streetAddressLine>88 Spring Garden Rd</streetAddressLine><city>Honesdale</city><state>PA</state><postalCode>18431</postalCode></addr>
      <patient>
        <name><given>Walter</given><given>E</given><family>Stadnyk</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19380207"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="42348-3" codeSystem="2.16.840.1.113883.6.1" displayName="Advance Directives"/>
      <title>ADVANCE DIRECTIVES</title>
      <text>Living will on file 04/2019: no CPR, no mechanical ventilation, no artificial nutrition if
      terminal or permanently unconscious. Healthcare agent: Nadia Stadnyk-Pell (daughter) 570-251-0064.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>MEDICATIONS</title>
      <text>apixaban 5 mg BID; donepezil 10 mg qHS; furosemide 40 mg daily</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct', 'Stadnyk', ANAND, RACHEL + ', ' + PAUL,
    'transfer from Wayne Memorial - living will in the CCD',
    'Sun, 02 Mar 2025 12:11:09 -0500',
"""Rachel, Paul -

The gentleman who came over from Honesdale overnight (MICU 4) was intubated there. His daughter arrived
this morning saying he never wanted this. The outside CCD came through the HIE and, sure enough, the
advance directive section says what she says. Pasting the relevant part. We should probably convene
today rather than wait for Monday.

""" + ccd + """
A.

""" + SIG_ANAND)
# =====================================================================
# PHI: lang
# =====================================================================
add('phi', 'lang', 'Gutiérrez Morales', 'Lucía Gutiérrez <luciagtz.morales@gmail.com>', PR,
    'Queja - atención a mi papá en el 6 Sur',
    'Sun, 09 Mar 2025 21:36:50 -0400',
"""Buenas noches,

Les escribo porque estoy muy molesta con la atención que recibió mi papá, Jesús Gutiérrez Morales, de 81
años, que está internado en el 6 Sur, cuarto 622, desde el miércoles 5 de marzo. Entró por la neumonía y
le están poniendo antibióticos por la vena.

El viernes le cambiaron la pastilla de la presión y nadie nos explicó nada. Mi papá no habla inglés y
las enfermeras de la noche le hablan en inglés o con señas. El sábado en la mañana lo encontramos sucio
y con la bandeja del desayuno sin tocar porque nadie le ayudó a comer. Él tiene la mano derecha débil
desde hace años.

Yo pedí un intérprete dos veces y me dijeron que "el iPad no funciona". Quiero saber qué medicina le
están dando ahora y quiero una reunión con la enfermera encargada y con el doctor.

Mi número es 570-209-4456.

Atentamente,
Lucía Gutiérrez (hija)
""")

add('phi', 'lang', 'Carvalho', 'Rosângela Carvalho <rosangela.carvalho@uol.com.br>', PR,
    'Agradecimento e objeto perdido',
    'Tue, 04 Mar 2025 19:22:15 -0300',
"""Olá,

Meu nome é Rosângela Aparecida Carvalho. Estive internada no hospital de 24 a 27 de fevereiro para
retirar a vesícula (cirurgia por vídeo) e queria agradecer à equipe do 6 Norte, principalmente à
enfermeira Daniela, que falava um pouco de português e me explicou os remédios para dor e o curativo.

Tenho também um pedido: esqueci no quarto 607 um terço de madeira que era da minha avó, dentro da gaveta
da mesinha. Tem muito valor para mim. Se alguém encontrar, podem enviar para minha filha que mora aí:
Juliana Carvalho, 55 Keyser Ave, Scranton PA 18504.

Eu já voltei para o Brasil, estou me recuperando bem.

Muito obrigada,
Rosângela
""")

add('phi', 'lang', 'Đặng', 'Đặng Thu Trang <thutrang.dang@gmail.com>', INTERP + ', ' + ETHICS,
    'Xin thông dịch viên cho buổi họp gia đình - mẹ tôi Đặng Thị Hoa',
    'Wed, 26 Feb 2025 22:10:04 -0500',
"""Kính gửi bộ phận thông dịch,

Tôi là Trang, con gái của bà Đặng Thị Hoa (sinh năm 1949), đang nằm ở ICU phòng 9 từ ngày 20/2. Mẹ tôi
bị đột quỵ và hiện đang thở máy. Bác sĩ muốn họp gia đình vào thứ Sáu để nói về việc mở khí quản và đặt
ống ăn qua dạ dày.

Ba tôi và các cô chú chỉ nói tiếng Việt. Lần trước bác sĩ nói chuyện qua điện thoại với thông dịch viên
nhưng ba tôi không hiểu hết. Xin vui lòng sắp xếp một thông dịch viên tiếng Việt đến trực tiếp.

Ngoài ra gia đình tôi theo đạo Phật, nếu có thể xin mời một vị sư hoặc tuyên úy Phật giáo đến cầu nguyện
cho mẹ tôi.

Số điện thoại của tôi: 570-335-8120.

Cảm ơn rất nhiều,
Trang
""")

add('phi', 'lang', 'Dorvilus', 'Jean-Robert Pierre-Louis <jrpierrelouis@sbrmc.org>', IFY,
    'FW: plent - Mesye Dorvilus (tradiksyon anba a)',
    'Thu, 27 Feb 2025 11:55:36 -0500',
"""Ify, men plent Madam Dorvilus la te voye nan fòm sit entènèt la. Mwen mete tradiksyon an anba.
(Here is the complaint Mrs. Dorvilus sent via the web form. My translation is below.)

-------- original --------
Bonjou, mwen rele Marie-Ange Dorvilus. Mari m, Frantz Dorvilus, te nan sal ijans lan jou madi 25 fevriye
paske li te gen gwo doulè nan vant ak vomisman. Yo fè l fè yon eskanè epi yo di l se kalkil nan ren.
Yo ba l papye pou l soti an angle sèlman, pèsonn pa t esplike l ki jan pou l pran grenn yo. Li pa
konprann angle byen. Lè m te mande yon entèprèt yo di m "pa gen moun ki pale kreyòl jodi a". Li te
oblije retounen jedi paske li pa t konn li te dwe bwè anpil dlo epi pran tamsulosin chak jou.

Mwen vle konnen poukisa nou pa t jwenn entèprèt. Nimewo m: 570-906-2273.

-------- translation (J-R P-L) --------
Hello, my name is Marie-Ange Dorvilus. My husband, Frantz Dorvilus, was in the ER on Tuesday Feb 25
because of severe belly pain and vomiting. They did a scan and said it was a kidney stone. They gave
him discharge papers in English only, nobody explained how to take the pills. He doesn't understand
English well. When I asked for an interpreter they said "no one speaks Creole today." He had to come
back Thursday because he didn't know he should drink lots of water and take tamsulosin every day.

I want to know why we didn't get an interpreter. My number: 570-906-2273.

Jean-Robert Pierre-Louis
Haitian Creole Medical Interpreter, CoreCHI
Interpreter Services
""")

add('phi', 'lang', 'Sokolov', 'Дмитрий Соколов <d.sokolov77@mail.ru>', SPIRIT,
    'Просьба о священнике для отца',
    'Sat, 01 Mar 2025 09:44:27 -0500',
"""Здравствуйте,

Мой отец, Соколов Виктор Андреевич, 1941 г.р., находится в реанимации (ICU, палата 12) с 26 февраля
после операции на сердце (шунтирование). Врачи говорят, что состояние тяжёлое, он на аппарате ИВЛ и
почки работают плохо, вчера начали диализ.

Мы православные. Отец очень хотел бы, чтобы его причастили и соборовали. Можно ли пригласить
православного священника? Мы знаем отца Сергия из церкви Св. Николая в Уилкс-Барре, но у нас нет его
телефона. Если вы можете помочь связаться с ним, будем очень благодарны.

Я говорю по-английски, но мама только по-русски. Если будет встреча с врачами, нужен переводчик.

С уважением,
Дмитрий Соколов
+1 (570) 417-0392
""")

add('phi', 'lang', 'Dimaculangan', 'Rhea Dimaculangan <rhea.dimac@yahoo.com>', PR,
    'Re: complaint sa billing + yung MRI ni Lola',
    'Mon, 10 Mar 2025 07:05:59 -0400',
"""Hi po,

Follow up lang po sa tawag ko last week. Yung lola ko po si Conchita Dimaculangan, 88 years old,
na-admit po sa 5 East noong Feb 14 dahil nahulog siya sa banyo. Nag-CT at MRI po siya ng ulo at
balakang. Okay naman daw walang bali pero hanggang ngayon wala pang tumatawag sa amin tungkol sa
resulta ng MRI, sabi kasi ng doctor may "small spot" daw na kailangan i-follow up.

Tapos po may bill kami na $2,300 para sa ambulance kahit Medicare naman po siya. Pakitulungan naman po
kami kasi si Lola hindi na makalakad mag-isa at nag-aalala na siya sa pera.

Salamat po,
Rhea (apo)
0917 555 2201 / US cell 570-212-6643
""")

add('phi', 'lang', 'Al-Masri', 'Interpreter Services <interpreters@sbrmc.org>', MIRIAM + ', ' + 'Dr. Farah Siddiqui <fsiddiqui@sbrmc.org>',
    'طلب من عائلة السيدة آمنة المصري / request from Al-Masri family (translation below)',
    'Fri, 07 Mar 2025 13:20:00 -0500',
"""السلام عليكم،

أنا ابن السيدة آمنة يوسف المصري، الموجودة في الطابق الخامس غرفة 5E-527. والدتي عمرها 76 سنة وتم إجراء
عملية لها في الأمعاء يوم الثلاثاء، والآن عندها التهاب في الجرح وحرارة. نرجو أن يكون الطبيب الذي يفحصها
امرأة إذا أمكن، وأن تأتي ممرضة عند تغيير الضماد. كما نطلب زيارة من إمام أو مرشد ديني مسلم، فهي صائمة في
رمضان رغم أن الأطباء طلبوا منها ألا تصوم.

شكراً جزيلاً
خالد المصري - 570-350-7714

---- English (Interpreter Services, N. Haddad) ----
Peace be upon you. I am the son of Mrs. Amna Yousef Al-Masri, on the 5th floor, room 5E-527. My mother is
76, had bowel surgery on Tuesday, and now has a wound infection and fever. We ask that the doctor who
examines her be a woman if possible, and that a female nurse come for dressing changes. We also request
a visit from an imam or Muslim spiritual counselor; she is fasting for Ramadan even though the doctors
asked her not to.
Thank you. Khaled Al-Masri - 570-350-7714
""")

add('phi', 'lang', 'Lin', 'Lin Mei-Ling <meiling.lin@qq.com>', PR,
    '投诉：我父亲林国华的出院安排',
    'Tue, 04 Mar 2025 10:03:48 +0800',
"""您好，

我是林国华的女儿林美玲，我父亲今年83岁，2月27日因为胆管阻塞住进贵院7楼，做了ERCP放了支架。
3月2日他出院的时候，护士只给了英文的出院说明，没有中文翻译，也没有人用普通话给他解释新的药
（抗生素和止痛药）怎么吃。我人在台湾，弟弟上班，父亲一个人回家。

昨天他发烧又回到急诊，医生说可能是支架的问题。我们希望医院解释为什么没有提供翻译，并希望下次
出院时安排普通话翻译员。

病历号好像是 00713360。我的电话：+886 912 338 406。

谢谢
林美玲
""")
# =====================================================================
# CLEAN: admin
# =====================================================================
add('clean', 'admin', '', MARISOL, 'Interpreter Staff <interp-staff@sbrmc.org>',
    'weekend coverage 3/15-3/16 + on-call phone',
    'Wed, 12 Mar 2025 12:01:00 -0400',
"""Hi all,

Weekend coverage (in-person):

Sat 3/15  0700-1530  Carlos Ibarra (Spanish)        cell 570-555-0161
Sat 3/15  1500-2330  Huong Lam (Vietnamese)          cell 570-555-0177
Sun 3/16  0700-1530  Jean-Robert Pierre-Louis (HC)   cell 570-555-0129
Sun 3/16  1500-2330  Carlos Ibarra (Spanish)

On-call cell (570-555-0143) goes with Carlos Fri night -> Sun AM, then J-R. Everything else goes to
the phone/video vendor, access code on the blue card taped to every VRI cart (same code as last month).

Reminder timesheets are due Monday by noon - Kronos was acting up last pay period so please double check
your punches. Natalia is out 3/17-3/21 (PTO), approved.

Marisol

""" + SIG_MARISOL)

add('clean', 'admin', '', 'IT Service Desk <servicedesk@sbrmc.org>', PR + ', ' + RISK,
    '[INC0051876] Scheduled downtime: SafeTrack grievance & incident system - Sat 3/15 2200-0200',
    'Mon, 10 Mar 2025 14:00:00 -0400',
"""*** PLANNED DOWNTIME NOTIFICATION ***

System:       SafeTrack Incident & Patient Feedback (v11.2 -> v11.4 upgrade)
Change #:     CHG0019442
Ticket:       INC0051876
When:         Saturday 03/15/2025 22:00 to Sunday 03/16/2025 02:00
Impact:       No access to incident reporting, grievance/complaint entry, or the compliments module.
Workaround:   Use downtime paper forms (PS-101 incident, PR-12 feedback) located in the unit downtime
              binders. Enter them in SafeTrack after 0200 Sunday or on next business day.

What's new in 11.4: new "Interpreter used?" yes/no field on complaint entry, fixed the duplicate-email
bug where acknowledgment letters were sent twice, and a new report for grievances open > 7 days.

Questions: IT Service Desk x4357 (HELP) or Brandon Hollis, Applications Analyst, x4419.

This is an automated message from the SBRMC IT Service Management system. Please do not reply.
""")

add('clean', 'admin', '', 'LinguaBridge Billing <ar@linguabridge-interp.com>', MARISOL,
    'Invoice LB-2025-0219 - February 2025 OPI/VRI services - St. Brendan RMC',
    'Mon, 03 Mar 2025 06:00:12 -0500',
"""Dear Marisol Quintero-Hale,

Please find below your invoice summary for February 2025. A PDF copy is available in the client portal.

Invoice #:       LB-2025-0219
Account #:       SBR-00417
PO #:            PO-77120418
Invoice date:    03/01/2025
Due:             Net 45 (04/15/2025)

Service                      Minutes     Rate      Amount
Over-the-phone (OPI)          18,402     $0.79   $14,537.58
Video remote (VRI) - spoken    6,115     $1.95   $11,924.25
Video remote (VRI) - ASL         938     $3.25    $3,048.50
Rare language surcharge          412     $0.50      $206.00
                                                ----------
TOTAL DUE                                       $29,716.33

Top languages by minutes: Spanish 61%, Arabic 8%, Vietnamese 7%, Haitian Creole 5%, Nepali 4%.

Remit to: LinguaBridge Language Solutions, PO Box 40291, Harrisburg PA 17110
ACH questions: ar@linguabridge-interp.com | 717-555-0190

Thank you for your business!
LinguaBridge Accounts Receivable
""")

add('clean', 'admin', '', 'Talent Acquisition <hr-onboarding@sbrmc.org>', CALEB + ', ' + 'Daniel Oyebanji <doyebanji.cpe@gmail.com>',
    'Onboarding: CPE Chaplain Resident start date 3/24',
    'Thu, 06 Mar 2025 11:11:11 -0500',
"""Hi Daniel,

Welcome to St. Brendan! Below is your onboarding checklist for your start date of Monday, March 24, 2025
as a CPE Chaplain Resident in the Spiritual Care Department (manager: Rev. Caleb Okafor).

1. New hire orientation: 3/24, 0800-1630, Education Center Room 3 (parking in Lot C, bring your offer letter)
2. Badge photo: 3/24 at lunch, Security office, ground floor
3. Employee Health: please complete your pre-employment screening (immunization records + annual TB test)
   by 3/21 - walk-in hours M-F 0700-1100, x4620. Bring your vaccination card.
4. Epic training (Spiritual Care documentation, 4 hrs): 3/25, 1300
5. I-9: bring one List A or one List B + List C document on day one

Employee ID: 0091874 (you'll need this for the benefits portal)

Please call me with any questions.

Tamika Jefferson
Talent Acquisition Specialist
570-348-6800
""")

add('clean', 'admin', '', 'Facilities Work Control <workcontrol@sbrmc.org>', DOLORES,
    'WO-33817 completed: Family Consult Room 2B - HVAC + furniture',
    'Tue, 25 Feb 2025 15:32:08 -0500',
"""Work order WO-33817 has been marked COMPLETE.

Location:     Main building, 2nd floor, Family Consultation Room 2B (near MICU)
Requested by: Dolores Whitcombe (Patient Relations)  x6100
Description:  Room too hot during family meetings (thermostat stuck at 79F). Replace sofa with torn
              cushion; add 4 chairs, tissue box holders, wall clock.
Resolution:   Replaced thermostat actuator (T. Brennan). Sofa replaced from surplus. 4 stacking chairs
              delivered. Tissue holders installed. Wall clock on backorder - PO 77120533.
Labor:        3.5 hrs
Cost center:  7041-PATIENT REL

Please reply within 3 business days if this work is not satisfactory.
""")

add('clean', 'admin', '', RACHEL, 'Ethics Committee <ethicscommittee@sbrmc.org>',
    'Ethics Committee - March 18 agenda + parking',
    'Thu, 13 Mar 2025 08:45:00 -0400',
"""Committee members,

Our March meeting is Tuesday 3/18, 12:00-1:30, Board Room (4th floor admin). Lunch from Panera.
Community members: parking validation at the front desk, just give your name.

Agenda
 1. Welcome new community member, Rev. Dr. Evelyn Strand (Calvary AME)            12:00
 2. Approve February minutes                                                      12:05
 3. Policy review: ADM-214 "Medically Non-Beneficial Treatment" - 2nd reading     12:10
 4. Policy review: NUR-088 "Use of Family Members as Interpreters"                12:40
 5. Consult service Q1 numbers (R. Steinholt) - counts only                        1:00
 6. Education: Fall ethics grand rounds speaker ideas                              1:15

Reminder that case discussion at committee is de-identified; please don't bring printouts from the chart.

Dial-in for remote: 570-555-0101, access 44182930#

Rachel Steinholt
""")

add('clean', 'admin', '', 'Telecom Services <telecom@sbrmc.org>', 'All Patient Support Services <pss-all@sbrmc.org>',
    'New phone numbers for Patient Relations, Interpreter Services & Spiritual Care (effective 3/31)',
    'Fri, 14 Mar 2025 10:00:00 -0400',
"""As part of the VoIP migration, the following department numbers will change on Monday, March 31.
Old numbers will forward for 90 days.

Department                       Old            New
Patient Relations main           570-348-6100   570-348-7100
Patient Relations fax            570-348-6199   570-348-7199
Interpreter Services desk        570-348-6230   570-348-7230
Spiritual Care office            570-348-6300   570-348-7300
Ethics Consult (pager unchanged) 4-3849         4-3849
Risk Management                  570-348-6420   570-348-7420

Please update your email signatures, business cards, and the patient rights poster (Marketing will
reprint - order form PSS-44). Patient rights brochures in English, Spanish, Vietnamese and Arabic will be
reprinted by 3/28.

Telecom Services | x4000
""", cte='quoted-printable')
# =====================================================================
# CLEAN: lookalike
# =====================================================================
add('clean', 'lookalike', '', 'Valley Paws Animal Hospital <frontdesk@valleypawsvet.com>', 'Tomasz Wierzbicki <tomaszw1984@gmail.com>',
    'Biscuit\'s dental cleaning + bloodwork results',
    'Wed, 05 Mar 2025 16:20:30 -0500',
"""Hi Tomasz,

Biscuit did great today! Here's a summary of her visit.

Patient: Biscuit (Patient ID 20931)
Species/Breed: Canine / Beagle mix, spayed female
DOB: 04/11/2016   Weight: 27.4 lb (down 1.2 lb since Sept - good job!)

Procedures: Anesthesia, full-mouth dental radiographs, scaling & polishing, 2 extractions (upper left
premolars). Recovery was smooth.
Pre-anesthetic bloodwork: kidney and liver values normal, slight elevation in ALKP (common in older dogs,
we'll recheck in 6 months).

Medications going home: Carprofen 25 mg, 1 tab twice daily x 5 days with food. Soft food only for 7 days.

Recheck: 03/19/2025 at 10:20 AM with Dr. Ingrid Halloway, DVM.

Invoice #VP-118823, total $842.16, paid by Visa ending 4471. Questions? 570-555-0122

Valley Paws Animal Hospital
"Because they're family"
""")

add('clean', 'lookalike', '', 'Anthracite Federal Credit Union <alerts@anthracitefcu.org>', 'Gretchen Halvorsen <ghalvorsen.home@outlook.com>',
    'Your auto loan payoff statement - Member #0048821-03',
    'Sat, 01 Mar 2025 07:00:00 -0500',
"""Dear Gretchen Halvorsen,

As requested, here is the payoff statement for your auto loan.

Member #:            0048821-03
Loan suffix:         L-42
Payoff amount:       $6,214.87 (good through 03/15/2025)
Per diem interest:   $0.71
Collateral:          2019 Subaru Outback, VIN ends 3390

To pay off, visit any branch, use Online Banking > Transfers, or mail a check to AFCU Loan Servicing,
PO Box 118, Olyphant PA 18447. The lien release will be mailed within 10 business days.

Questions? Call Member Services at 570-555-0135, Mon-Fri 8-6, Sat 9-12.

Anthracite FCU will never ask for your PIN or password by email.
Federally insured by NCUA. Equal Housing Lender.
""")

add('clean', 'lookalike', '', 'Keystone Mutual Auto Claims <claims@keystonemutualauto.com>', 'Caleb Okafor <caleb.okafor@gmail.com>',
    'Claim AC-7781-2290 - rental authorization and estimate',
    'Tue, 18 Feb 2025 13:40:55 -0500',
"""Hello Caleb,

Thank you for reporting your claim. Summary:

Claim number:      AC-7781-2290
Policy number:     KMA-4410-88213
Date of loss:      02/14/2025
Loss type:         Rear-end collision, parking lot of 1200 Mulberry St
Injuries reported: None (insured and other driver declined medical treatment at scene)
Vehicle:           2021 Honda CR-V

Estimate #E-55102 from Dunmore Collision: $3,812.40 (rear bumper cover, reinforcement bar, liftgate
alignment, blend). Your collision deductible is $500.

A rental has been authorized with Enterprise (reservation 9KQ7731), up to $40/day for 10 days.

Your adjuster is Renee Szabo, 1-800-555-0177 ext 3391.

Keystone Mutual Auto Insurance
""")

add('clean', 'lookalike', '', 'Lackawanna Tree Surgeons <office@lackawannatree.com>', 'Dolores Whitcombe <dwhitcombe58@verizon.net>',
    'Estimate #2291 - ash tree assessment & removal',
    'Thu, 27 Feb 2025 17:25:00 -0500',
"""Hi Dolores,

Thanks for having us out Tuesday. As discussed, here is our assessment of the trees on your property at
the back fence line.

Patient #1 - White ash, approx 28" DBH. Emerald ash borer damage confirmed (D-shaped exit holes, canopy
dieback ~60%). Prognosis poor. Recommend removal before spring leaf-out; the tree is leaning toward the
garage. - $2,450 (includes stump grinding)

Patient #2 - Sugar maple, approx 22" DBH. Some girdling roots and a cavity at 8 ft, but healthy crown.
Recommend crown cleaning, deadwood removal, and a follow-up check in 12 months. - $680

Patient #3 - Dogwood by the patio: anthracnose on leaves last fall. Treatment optional: $145.

We are fully insured (certificate available). ISA Certified Arborist #PD-4417A on site for all jobs.

Mike Gallagher
Lackawanna Tree Surgeons | 570-555-0148
""")

add('clean', 'lookalike', '', 'Ridgeline Athletic Club <members@ridgelineathletic.com>', 'Ify Okonkwo <ifyokonkwo.b@gmail.com>',
    'Your InBody scan + PT (personal training!) session is booked',
    'Sun, 09 Mar 2025 08:00:00 -0400',
"""Hi Ify!

You're booked:

What:    Complimentary InBody body composition scan + 1 personal training (PT) assessment
When:    Thursday 3/13 at 6:15 PM
Where:   Ridgeline Athletic Club - Dickson City, 2nd floor wellness studio
Coach:   Andre V. (NASM-CPT)
Member#: RAC-220418

Please arrive 10 minutes early, hydrated, and avoid a big meal 2 hrs before the scan. If you have any
injuries, tell your coach at the start of your session so we can modify your program.

Need to reschedule? Reply to this email or call 570-555-0166.

See you on the floor!
Ridgeline Athletic Club
""")

add('clean', 'lookalike', '', 'Coastline Air <no-reply@coastlineair.com>', 'Caleb Okafor <caleb.okafor@gmail.com>',
    'Itinerary confirmation QXT7RM - OKAFOR/CALEB REV - SCR to BWI',
    'Mon, 24 Feb 2025 12:02:48 -0500',
"""CONFIRMATION CODE: QXT7RM

Passenger:         OKAFOR/CALEB REV
Loyalty #:         CA 4418 2290 17
Ticket #:          7182 4410 992018

Fri 04 Apr  CA 1183  Scranton (AVP) 06:10 -> Baltimore (BWI) 07:24   Seat 9C   Main Cabin
Sun 06 Apr  CA 1190  Baltimore (BWI) 18:50 -> Scranton (AVP) 20:02   Seat 11A  Main Cabin

Special service requests: none
Checked bags: 1 included (Loyalty Silver)

Traveling for the APC Annual Conference? Save 10% at the Harbor Court Hotel with code APC25.

Need assistance at the airport? Manage your trip at coastlineair.com/manage.
""")

add('clean', 'lookalike', '', 'Brandon Hollis <bhollis@sbrmc.org>', 'Integration Dev <int-dev@sbrmc.org>',
    're: "patient" worker keeps dying in the queue',
    'Thu, 13 Mar 2025 15:14:09 -0400',
"""ok so the "patient" worker (it's literally named PatientRetryWorker, I didn't name it) is getting
OOM-killed every ~40 minutes on intsvc-03. It's the one that retries failed outbound messages with
backoff ("be patient" - I know).

pid 44123 killed at 14:02, 14:41, 15:20. heap hits 2GB. triage so far:
  - it's not the admit/discharge feed volume, that's flat
  - the dead-letter table has 118,204 rows, half of them from the Feb 28 test load (ZZ/TEST msgs)
  - retry counter isn't capped, some rows are at attempt 9,000+

proposed fix: cap retries at 50, purge DLQ rows older than 7d from the test load, bump Xmx to 3g as a
stopgap. change ticket CHG0019517. will do it after 1800 unless someone objects.

no patient data involved in the purge, those are all synthetic messages from the load test.

-b
""")
# =====================================================================
# CLEAN: news
# =====================================================================
add('clean', 'news', '', 'Lackawanna County Health Dept <healthalerts@lackcohealth.org>', 'Infection Prevention <infectionprevention@sbrmc.org>',
    'HEALTH ADVISORY: Measles exposure risk - regional update #3',
    'Fri, 07 Mar 2025 14:30:00 -0500',
"""LACKAWANNA COUNTY HEALTH DEPARTMENT
HEALTH ADVISORY #2025-07   |   March 7, 2025

Measles - Regional Update

Summary: As of March 6, 2025, four confirmed measles cases have been reported in the northeast region
(two in Lackawanna County, two in Luzerne County). All cases were in unvaccinated or unknown-status
individuals. One case required hospitalization. Public exposure locations are posted at the county
website and are updated daily.

Actions requested of healthcare facilities:
 - Screen patients presenting with fever AND rash for travel, exposure and MMR status at triage.
 - Immediately mask and isolate suspected cases in an airborne infection isolation room.
 - Notify the Health Department by phone at the time of suspicion; do not wait for lab confirmation.
 - Verify measles immunity for all healthcare personnel.
 - Provide MMR catch-up to eligible patients, including adults born in or after 1957 without evidence
   of immunity.

Translated fact sheets (Spanish, Vietnamese, Arabic, Haitian Creole, Nepali, Russian) are available for
download.

24/7 disease reporting line: 570-555-0100
""")

add('clean', 'news', '', 'Pharmacy Drug Information <druginfo@sbrmc.org>', 'All Nursing <nursing-all@sbrmc.org>',
    'RECALL: Heplock-Flush (heparin lock flush 100 units/mL) - lots HF24J118, HF24J121',
    'Tue, 11 Mar 2025 07:15:00 -0400',
"""Product recall - Class II

Product:      Heplock-Flush (heparin lock flush solution, USP) 100 units/mL, 5 mL prefilled syringe
Manufacturer: Meridale Pharmaceutics
Lots:         HF24J118 (exp 10/2026), HF24J121 (exp 10/2026)
Reason:       Possible particulate matter identified during stability testing. No adverse events reported
              to date.

ACTION:
 1. Check Pyxis and unit stock for the affected lots TODAY. Pharmacy has already pulled central supply.
 2. Place affected syringes in a bag labeled "RECALL - DO NOT USE" and send to Pharmacy.
 3. Replacement lot HF25A004 is being loaded to all cabinets by 1200.
 4. No patient notification is required per the manufacturer's letter.

Questions: Drug Information x4790, or pharmacy supervisor pager 4-7788.

Ngozi Ilori, PharmD, BCPS
Medication Safety Officer
""")

pr_news_txt = """PATIENT RELATIONS QUARTERLY - Winter 2025 (Oct-Dec 2024)

BY THE NUMBERS
  Compliments received ........ 412  (up 12% from Q3)
  Complaints .................. 298
  Formal grievances ........... 61   (94% acknowledged within 7 days)
  Lost belongings reports ..... 87   (58% recovered)
  Interpreter encounters ...... 21,940 (in-person 3,105; phone/video 18,835)
  Ethics consults ............. 24
  Spiritual care visits ....... 5,612

TOP GRIEVANCE CATEGORIES: communication (31%), wait times (22%), billing (14%), care concerns (13%),
discharge process (9%).

SHOUT-OUTS
 * 7 East Oncology - most compliments naming a specific nurse (47!)
 * Huong Lam, Vietnamese interpreter - Interpreter of the Quarter, nominated by three units
 * Fr. Dariusz Nowicki - 30 years of service to St. Brendan. Thank you Father!

WHAT WE LEARNED
Discharge instructions in the patient's language continue to be our #1 language-access gap. Starting in
April, discharge paperwork will print in the patient's preferred language for our top 6 languages.

Questions or ideas? Patient Relations, x6100.
"""
add('clean', 'news', '', 'Dolores Whitcombe <dwhitcombe@sbrmc.org>', 'SBRMC Leaders <leaders-dl@sbrmc.org>',
    'Patient Relations Quarterly - Winter 2025',
    'Mon, 17 Feb 2025 09:00:00 -0500',
    pr_news_txt,
    html="""<html><body style="font-family:Georgia,serif">
<h2 style="color:#1d4e89">Patient Relations Quarterly &ndash; Winter 2025</h2>
<p><i>October &ndash; December 2024</i></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Compliments received</td><td>412 (up 12% from Q3)</td></tr>
<tr><td>Complaints</td><td>298</td></tr>
<tr><td>Formal grievances</td><td>61 (94% acknowledged within 7 days)</td></tr>
<tr><td>Lost belongings reports</td><td>87 (58% recovered)</td></tr>
<tr><td>Interpreter encounters</td><td>21,940</td></tr>
<tr><td>Ethics consults</td><td>24</td></tr>
<tr><td>Spiritual care visits</td><td>5,612</td></tr>
</table>
<h3>Shout-outs</h3>
<ul><li>7 East Oncology &ndash; most compliments naming a specific nurse (47!)</li>
<li>Huong Lam, Vietnamese interpreter &ndash; Interpreter of the Quarter</li>
<li>Fr. Dariusz Nowicki &ndash; 30 years of service to St. Brendan</li></ul>
<h3>What we learned</h3>
<p>Discharge instructions in the patient&#39;s language continue to be our #1 language-access gap. Starting in April,
discharge paperwork will print in the patient&#39;s preferred language for our top 6 languages.</p>
</body></html>
""")

add('clean', 'news', '', SPIRIT, 'SBRMC All Staff <allstaff@sbrmc.org>',
    'Spiritual Care: Ramadan, Lent & Holi observances - chapel hours and resources',
    'Fri, 28 Feb 2025 12:00:00 -0500',
"""Dear colleagues,

March brings several observances for our patients, families and staff:

RAMADAN (approx. Feb 28 - Mar 30): Many Muslim patients and staff will fast from dawn to sunset. Patients
who are ill are generally exempt from fasting, but some will still wish to fast - please involve the
care team and, if helpful, spiritual care. Suhoor/iftar meal trays can be ordered through Food & Nutrition
(dietary code RMD). Prayer rugs and Qibla cards are available from the Spiritual Care office.

LENT (begins Ash Wednesday, March 5): Ashes will be distributed in the Chapel at 7:00 am, 12:00 pm and
5:00 pm, and chaplains will bring ashes to patient rooms on request. Catholic Mass daily at 12:10 pm.

HOLI (March 14): Our Hindu community partners from the Sri Venkateswara temple will host a small
celebration in the Atrium at noon (no colored powder indoors, sorry!).

Interfaith Chapel, 1st floor near the gift shop, open 24/7. Muslim prayer room, 2nd floor room 2210.

Chaplain on call 24/7: dial 0 and ask for Spiritual Care.

Peace,
The Spiritual Care Team
Rev. Caleb Okafor | Chaplain Miriam Adeyemi-Ross | Fr. Dariusz Nowicki | Imam Tariq Bassiouni (volunteer)
""")

add('clean', 'news', '', 'PA Hospital Language Access Collaborative <news@palanguageaccess.org>', MARISOL,
    'Data brief: Limited English proficiency in PA hospitals, 2024',
    'Wed, 19 Feb 2025 10:30:00 -0500',
"""DATA BRIEF 2025-02  |  Limited English Proficiency (LEP) Patients in Pennsylvania Hospitals, 2024

Key findings from 112 reporting hospitals:

 - LEP patients were 8.7% of inpatient discharges statewide (up from 7.9% in 2022).
 - Median time to connect to a remote interpreter: 38 seconds (phone), 71 seconds (video).
 - Only 41% of hospitals provided translated discharge instructions in the top 3 non-English languages.
 - LEP patients had a 30-day readmission rate of 15.2% vs 12.9% for English-proficient patients
   (unadjusted).

Top languages requested (share of interpreter minutes):
   Spanish           58.1%
   Arabic             6.4%
   Chinese (all)      5.9%
   Vietnamese         4.8%
   Haitian Creole     3.6%
   Russian            2.7%
   Nepali             2.2%
   ASL                2.0%
   Other             14.3%

Webinar: "Closing the discharge gap" - Thursday, March 20, 12:00 pm. Register on our site.

You are receiving this because you are a member of the PA Hospital Language Access Collaborative.
Unsubscribe | Update preferences
""")

add('clean', 'news', '', 'Hội Người Việt Đông Bắc PA <info@nepavietnamese.org>', 'Community Partners <communitypartners@sbrmc.org>',
    'Bản tin tháng 3 / March newsletter - Free health fair March 22',
    'Sat, 01 Mar 2025 09:00:00 -0500',
"""BẢN TIN THÁNG 3 - HỘI NGƯỜI VIỆT ĐÔNG BẮC PENNSYLVANIA
(English below)

Ngày hội sức khỏe miễn phí - Thứ Bảy 22/3, 9 giờ sáng - 1 giờ chiều, tại chùa Từ Quang, 418 Prospect Ave.
 - Đo huyết áp, đường huyết miễn phí
 - Chích ngừa cúm
 - Tư vấn bảo hiểm Medicaid / Medicare bằng tiếng Việt
 - Thông dịch viên của bệnh viện St. Brendan sẽ có mặt để giải thích về dịch vụ thông dịch miễn phí

Liên lạc: Cô Nguyễn Thị Lan, 570-555-0109

---
FREE HEALTH FAIR - Saturday March 22, 9am-1pm, Tu Quang Temple, 418 Prospect Ave.
Free blood pressure and blood sugar checks, flu shots, Medicaid/Medicare help in Vietnamese. Staff from
St. Brendan's Interpreter Services will explain how to request a free interpreter at your appointments.
Volunteers needed! Contact Ms. Lan Nguyen, 570-555-0109.

Hội Người Việt Đông Bắc PA - 501(c)(3)
""")
# =====================================================================
# CLEAN: staff
# =====================================================================
add('clean', 'staff', '', RACHEL, ANAND + ', ' + 'Lipsky, Aaron MD <alipsky@sbrmc.org>',
    'unrepresented patients - do we need a policy change?',
    'Tue, 04 Mar 2025 17:55:12 -0500',
"""Anand, Aaron,

We've had three unrepresented patients so far this quarter (no surrogate under the PA statute, no AD,
no friend who can be located). Each time the team asked us "who decides," and each time we ended up
improvising: two-physician concurrence plus ethics review.

Questions I'd like us to take to the committee:
  1. Should the hierarchy search (SW + Security + outside records) have a time limit before we move to
     the two-physician process? Currently it's "reasonable efforts," which means 6 hours or 6 days
     depending on who's on.
  2. Do we want a standing "patient advocate" (not the treating team) for these decisions, like some
     systems do with a volunteer committee?
  3. Guardianship petitions - Legal says 3-5 weeks in Lackawanna. That's far too long for ICU decisions.

I'll draft a one-pager for the March meeting. No cases, just the process issues.

R.
""")

add('clean', 'staff', '', KEISHA, MARISOL,
    'family members interpreting - what\'s the actual rule?',
    'Thu, 20 Feb 2025 13:02:44 -0500',
"""Hi Marisol,

Quick question that came up at our staff meeting. Some of my nurses think it's fine to let an adult
family member interpret if the patient asks for it, others think it's never ok, and one traveler said at
her last hospital they let kids interpret for simple stuff like meal orders.

What's our actual policy? Specifically:
 - patient explicitly declines our interpreter and wants their daughter: ok?
 - minors: never, even for "can I get you some water"?
 - consent / discharge teaching: always a qualified interpreter even if the patient says no?

I'd like to do a 10 min in-service. If you have a one-pager or could come to our 3/6 huddle at 0715
that would be great.

Thanks!
Keisha

""" + SIG_KEISHA)

add('clean', 'staff', '', ANAND, 'Ethics Committee <ethicscommittee@sbrmc.org>',
    'de-identified case for education session',
    'Mon, 24 Feb 2025 20:31:06 -0500',
"""For the education portion next month, here's the case I'd propose. Details changed and merged from
a couple of consults, so please don't try to match it to anyone.

A man in his 70s with advanced dementia, living in a nursing facility, is admitted with aspiration
pneumonia for the third time in a year. He no longer recognizes family and eats only a few spoonfuls
per meal. The team raises feeding tube placement. His two adult children disagree: one says "he would
never want to live like this," the other says "we can't let him starve." There is no written advance
directive. The facility has said it can't take him back without a plan for nutrition.

Discussion questions:
  - What does the evidence say about tube feeding in advanced dementia?
  - How should the team weigh the two children's accounts of his values?
  - Is "comfort feeding only" a real option for the facility, and who should negotiate that?
  - What's the role of the chaplain here, given the children's different faith traditions?

Anand
""")

add('clean', 'staff', '', CALEB, SPIRIT,
    'overnight on-call and death notification coverage - proposal',
    'Wed, 26 Feb 2025 09:14:37 -0500',
"""Team,

Following our retreat, here's the draft for overnight coverage starting April:

 - One chaplain in-house 1600-2400 Mon-Fri (rotating, incl. CPE residents once they're cleared).
 - Home call 0000-0800 with a 30 min response for: deaths, codes with family present, trauma
   activations, and any request from a dying patient or family.
 - For deaths in the ED with no family present, the ED social worker makes the notification call;
   chaplain follows up next morning. (ED leadership has agreed in principle.)
 - Weekend: one chaplain 0800-1630 Sat/Sun, home call after.

Miriam raised a good point that we're seeing more calls from the NICU at night; I'd like to look at the
last 6 months of pages before we finalize. Please send any concerns before 3/7.

Also - Fr. Nowicki has agreed to cover Catholic sacraments for the 30 days around Easter, bless him.

Caleb
""")

add('clean', 'staff', '', GRETCHEN, 'Patient Relations Team <pr-team@sbrmc.org>, ' + 'Unit Managers <unitmgrs@sbrmc.org>',
    'Reminder: CMS grievance timelines + what counts as a grievance',
    'Mon, 03 Mar 2025 07:45:00 -0500',
"""Good morning,

Gentle reminder after our last survey readiness walk-through:

1) A complaint becomes a GRIEVANCE when it is written (incl. email, web form, text), OR verbal but cannot
   be resolved promptly by staff present, OR it alleges abuse/neglect, OR it involves a billing issue tied
   to quality of care, OR the patient asks for it to be handled as a grievance.
2) We acknowledge in writing within 7 calendar days. If we can't resolve it in 7 days, the letter says
   so and gives a date.
3) The written response must include: contact person, steps taken to investigate, results, and the date
   it was completed. Templates are in the shared drive under PR > Letters > 2025.
4) Anything that sounds like harm, an unexpected outcome, or a threat of legal action - call Risk the
   same day (x6420) before responding.
5) Do not put grievance details into the chart. Do not cc family members on internal emails.

Thank you for all you do. I know these are hard conversations.

Gretchen

""" + SIG_GRETCHEN)

add('clean', 'staff', '', IFY, DOLORES + ', ' + 'Facilities Work Control <workcontrol@sbrmc.org>',
    'noise complaints 6 South - trend',
    'Fri, 14 Mar 2025 11:30:00 -0400',
"""Dolores,

Flagging a trend: we've had 9 noise complaints from 6 South since Feb 1, more than the rest of the
house combined. Themes: the ice machine by the nurses' station, overhead pages at night (they're
still paging transport overhead after 2200), and the pneumatic tube station that slams.

Nobody has asked for it to be a formal grievance, they're all verbal or comment cards, so no names
attached. HCAHPS "quiet at night" on 6S was 41% top box in January.

Could Facilities look at the ice machine and the tube station? I'll ask the manager about the overhead
paging. Happy to do quiet-hours signage with the unit council.

Ify
""")

add('clean', 'staff', '', MARISOL, 'Unit Managers <unitmgrs@sbrmc.org>',
    'VRI carts - known issues + workarounds',
    'Tue, 18 Feb 2025 16:10:28 -0500',
"""Managers,

We've had a run of VRI cart problems (frozen screens, no audio, carts not charged). IT and the vendor are
working on it. In the meantime:

 - If the video freezes during a clinical conversation, STOP and switch to the phone line (speed dial
   on the cart handset, or x7777 from any phone). Don't finish consent with a frozen screen.
 - Carts need to be plugged in between uses. 4 of 12 were found dead on rounds last week.
 - ASL users: video is not always appropriate (vision issues, sedation, positioning). Call us for in-person.
 - Rare languages (e.g., Nepali, Tigrinya, Karen) can take 5-10 min on video. Plan ahead for rounds.

Last week a patient in the ED waited about 40 minutes for a rare-language video interpreter because
the cart kept dropping; we've escalated with the vendor.

Cart locations and asset tags are in the attached list.

Marisol
""", atts=[('VRI_cart_locations.txt', 'text', 'plain',
            "Asset    Location          Status\n"
            "VRI-01   ED main           ok\n"
            "VRI-02   ED peds           dead battery 2/14\n"
            "VRI-03   L&D               ok\n"
            "VRI-04   MICU              screen freeze - ticket INC0050912\n"
            "VRI-05   3 East            ok\n"
            "VRI-06   4 North           ok\n"
            "VRI-07   5 East            no audio - ticket INC0050977\n"
            "VRI-08   5 West            ok\n"
            "VRI-09   6 South           ok\n"
            "VRI-10   7 East            ok\n"
            "VRI-11   Peds clinic       ok\n"
            "VRI-12   Women's Health    ok\n")])
# =====================================================================
# CLEAN: training
# =====================================================================
add('clean', 'training', '', 'Brandon Hollis <bhollis@sbrmc.org>', 'Patient Relations Team <pr-team@sbrmc.org>',
    'SafeTrack 11.4 practice environment - use the TEST patients only',
    'Wed, 12 Mar 2025 10:05:00 -0400',
"""Hi PR team,

The SafeTrack 11.4 training environment (safetrack-trn.sbrmc.org) is ready for your practice before
the upgrade. Please ONLY use the sample records below - the training environment is refreshed nightly.

  TEST, PATIENTONE     MRN 99999901   DOB 01/01/1900   Unit: TRAINING 1
  TEST, PATIENTTWO     MRN 99999902   DOB 01/01/1900   Unit: TRAINING 2
  ZZZTRAIN, GRIEVANCE  MRN 99999910   DOB 02/02/1902   Unit: TRAINING 1

Exercise 1: Enter a compliment for TEST, PATIENTONE naming a staff member.
Exercise 2: Enter a complaint for TEST, PATIENTTWO (category: Communication), check "Interpreter used?
            = No", then escalate to grievance and generate the 7-day acknowledgment letter.
Exercise 3: Open ZZZTRAIN, GRIEVANCE and close the case with a resolution letter.

Login: your network ID, password Train2025! (training env only).

Brandon
""")

add('clean', 'training', '', MARISOL, 'Bilingual Staff Program <bilingual-staff@sbrmc.org>',
    'Dual-role interpreter assessment - practice scenario (Spanish)',
    'Mon, 24 Feb 2025 08:30:00 -0500',
"""Hola a todos / Hi all,

Below is the practice role-play for next Thursday's dual-role interpreter assessment. The names are
made up. Read it with a partner; one plays the clinician, one the patient, and you interpret.

SCENARIO 3 (Spanish) - "John Doe" ED discharge
  Clinician: Mr. Doe, your X-ray shows a sprain, not a fracture. I'd like you to use the crutches for
             a week and take ibuprofen 600 mg three times a day with food.
  Patient:   ¿Puedo trabajar? Trabajo en construcción.
  Clinician: Not for at least 7 days. I'll give you a work note. If the swelling gets worse or your toes
             turn cold or blue, come back right away.
  Patient:   ¿Y si no tengo seguro para las muletas?

Scoring focuses on: accuracy, completeness, first-person interpreting, managing the flow, and asking for
clarification ("Interpreter speaking: may I ask the doctor to repeat...").

Reminder: passing this assessment does NOT qualify you to interpret consent or end-of-life conversations.

Marisol
""")

add('clean', 'training', '', 'Jordan Pike <jpike@caseworkshq.com>', 'Brandon Hollis <bhollis@sbrmc.org>, ' + DOLORES,
    'CaseWorks demo follow-up - sample record + slides',
    'Thu, 20 Feb 2025 15:40:22 -0500',
"""Hi Brandon, Dolores,

Thanks for the time yesterday! As promised, here's the demo record we walked through, so your team can
recreate it in the sandbox. All data is fictional.

  Demo patient:   Jane Sample
  MRN:            DEMO-0001
  DOB:            01/01/1970
  Case:           CW-DEMO-2291 "Discharge instructions not in preferred language"
  Linked staff:   "Nurse Demo", "Interpreter Demo"
  Workflow:       Intake -> Triage -> Investigation -> Letter -> Closed (with CMS clock)

The piece you liked - auto-routing to Interpreter Services whenever "language" or "interpreter" is
mentioned - is configurable per facility. Pricing for 350 users is in the attached quote (Q-SBR-0041).

Best,
Jordan Pike
Senior Solutions Consultant, CaseWorks
(412) 555-0156
""", html="""<html><body><p>Hi Brandon, Dolores,</p>
<p>Thanks for the time yesterday! As promised, here's the demo record we walked through. <b>All data is fictional.</b></p>
<table border="1" cellpadding="3"><tr><th>Demo patient</th><td>Jane Sample</td></tr>
<tr><th>MRN</th><td>DEMO-0001</td></tr><tr><th>DOB</th><td>01/01/1970</td></tr>
<tr><th>Case</th><td>CW-DEMO-2291</td></tr></table>
<p>Pricing for 350 users is in the attached quote (Q-SBR-0041).</p>
<p>Best,<br>Jordan Pike<br>Senior Solutions Consultant, CaseWorks</p></body></html>
""")

hl7test = ("MSH|^~\\&|EPICADT|SBRMC_TST|LANGLINK|SBRMC_TST|20250310090000||ADT^A04|TST000001|T|2.5.1\r"
           "EVN|A04|20250310090000\r"
           "PID|1||TEST0001^^^SBRMC_TST^MR||ZZTEST^ALPHA^||19000101|F|||1 TEST ST^^TESTVILLE^PA^00000||(000)000-0000|||||TST90000001\r"
           "PV1|1|O|TEST^CLIN^01||||0000^DOCTOR^TEST^^^MD\r"
           "OBX|1|ST|LANGPREF^Preferred language||^Spanish\r"
           "MSH|^~\\&|EPICADT|SBRMC_TST|LANGLINK|SBRMC_TST|20250310090500||ADT^A04|TST000002|T|2.5.1\r"
           "EVN|A04|20250310090500\r"
           "PID|1||TEST0002^^^SBRMC_TST^MR||ZZTEST^BRAVO^||19000101|M|||1 TEST ST^^TESTVILLE^PA^00000||(000)000-0000|||||TST90000002||||||||||||||||HAT\r")
add('clean', 'training', '', 'Interface Team <interfaces@sbrmc.org>', MARISOL,
    'RE: PID-15 mapping - test messages for UAT',
    'Fri, 14 Mar 2025 09:12:00 -0400',
"""Marisol,

We changed the mapping in TST so the language comes from PID-15 and falls back to the OBX LANGPREF.
Attached are two synthetic test messages (ZZTEST patients, processing ID T). Please run them through the
interpreter scheduling app's test instance and confirm ALPHA shows Spanish and BRAVO shows Haitian Creole.

If both look right we'll promote to PROD on 3/20 under CHG0019560.

Thanks,
Omar Sheikh
Integration Engineer
""", atts=[('UAT_lang_mapping_test.hl7', 'application', 'octet-stream', hl7test.encode('ascii'))])

add('clean', 'training', '', MIRIAM, 'CPE Residents <cpe-residents@sbrmc.org>',
    'verbatim template + sample for Friday peer group',
    'Tue, 11 Mar 2025 14:48:33 -0400',
"""Residents,

For Friday's peer group, please bring one verbatim using the template below. Remember: NO real names,
room numbers, dates, or details that could identify a patient. Use "Patient A," change age by a decade,
and change the unit. Here's a sample I wrote (entirely invented) so you can see the level of detail.

---- SAMPLE VERBATIM (fictional) ----
Background: Patient A, a woman in her 60s, on a medical unit. Referred by nursing: "tearful, asked for
a chaplain."
Preliminary plan: introduce myself, assess for spiritual distress, offer presence.

C1: Hello, I'm the chaplain. Your nurse said you might like a visit.
P1: (looks at window) I don't know what I want.
C2: That's okay. I can sit for a bit if you like.
P2: My husband would know what to say. He always knew.
C3: Tell me about him.
...
Assessment: grief, loss of a key relationship, meaning-making.
Theological reflection: ...
---- END SAMPLE ----

Template is on the shared drive: Spiritual Care > CPE > Verbatim_Template_2025.docx

Miriam
""")

add('clean', 'training', '', RACHEL, 'Medicine Residents <imresidents@sbrmc.org>',
    'Thursday noon conference: family meeting role-play (mock case)',
    'Mon, 17 Feb 2025 11:20:00 -0500',
"""Residents,

Thursday's noon conference is a hands-on family meeting simulation with our standardized patient
actors. Mock case below - please read before you come. Everyone in it is fictional.

MOCK CASE: "Mr. Sample Testcase," 78, is in the ICU day 9 after a large stroke. He is not expected to
regain the ability to speak or swallow. His daughter ("Ms. Testcase," played by an actor) is his
health care agent. His son (phone, also an actor) believes "Dad is a fighter."

Your tasks:
  1. Run a 20-minute family meeting using the SPIKES / REMAP framework.
  2. Use a professional interpreter (the daughter's husband is "Portuguese-speaking" in round 2 - our
     interpreter staff will play the interpreter).
  3. Elicit values, make a recommendation, and document (practice template, not Epic).

Chaplain Adeyemi-Ross and I will observe and debrief. Lunch provided.

Rachel Steinholt, JD, MBE
""")
# =====================================================================
# writer
# =====================================================================
import re

def fix_addrs(s):
    out = []
    for a in re.split(r'(?<=>),\s*', s.strip()):
        m = re.match(r'^([^"<]+?)\s*<([^>]+)>$', a)
        if m and re.search(r'[,.()]', m.group(1)):
            a = '"%s" <%s>' % (m.group(1), m.group(2))
        out.append(a)
    return ', '.join(out)

# a few messages go out base64 / quoted-printable, as some mail clients send them
CTE_OVERRIDE = {
    'phi-names-007.eml': 'base64',
    'phi-lang-002.eml': 'quoted-printable',
    'phi-lang-003.eml': 'base64',
    'phi-lang-008.eml': 'base64',
    'phi-care-006.eml': 'quoted-printable',
    'clean-news-006.eml': 'base64',
    'clean-lookalike-002.eml': 'base64',
    'phi-lists-002.eml': 'quoted-printable',
}

def plain_cte(text):
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        return '8bit'

def build(i, m, fname):
    msg = EmailMessage()
    msg['From'] = fix_addrs(m['frm'])
    msg['To'] = fix_addrs(m['to'])
    if m['cc']:
        msg['Cc'] = fix_addrs(m['cc'])
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = re.search(r'@([A-Za-z0-9.-]+)', m['frm']).group(1)
    msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i, m['kind'], dom)
    for k, v in m['hdrs'].items():
        msg[k] = v
    cte = m['cte'] or CTE_OVERRIDE.get(fname) or plain_cte(m['body'])
    msg.set_content(m['body'], cte=cte)
    if m['html']:
        hcte = 'quoted-printable' if cte in ('quoted-printable', 'base64') else plain_cte(m['html'])
        msg.add_alternative(m['html'], subtype='html', cte=hcte)
    for fname, maintype, subtype, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    return msg

def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = [['file', 'label', 'kind', 'patient_name']]
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m, fname)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    for k in sorted(counters):
        print('%s-%s: %d' % (k[0], k[1], counters[k]))
    print('total:', sum(counters.values()))

if __name__ == '__main__':
    main()
