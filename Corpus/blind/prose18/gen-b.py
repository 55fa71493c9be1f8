#!/usr/bin/env python3
"""Blind evaluation set prose18b: women's/maternity hospital + LTACH/IRF. Hand-written messages."""
import csv, io, os, random, zipfile, sys
from email.message import EmailMessage
from email import policy
import email

random.seed(1819)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(), cs='utf-8',
      cte=None, cc=None, hdrs=None, fwd=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, atts=list(atts), cs=cs, cte=cte, cc=cc, hdrs=hdrs or {}, fwd=fwd))

def mid(frm):
    dom = frm.split('@')[-1].strip('> ')
    return '<%08X.%04X%06d@%s>' % (random.getrandbits(32), random.getrandbits(16), random.randint(0, 999999), dom)

def build(m):
    e = EmailMessage(policy=policy.SMTP)
    e['From'] = m['frm']
    e['To'] = m['to']
    if m['cc']:
        e['Cc'] = m['cc']
    e['Subject'] = m['subj']
    e['Date'] = m['date']
    e['Message-ID'] = mid(m['frm'])
    e['MIME-Version'] = '1.0'
    for k, v in m['hdrs'].items():
        e[k] = v
    kw = {'charset': m['cs']}
    if m['cte']:
        kw['cte'] = m['cte']
    if m['body'] is not None:
        e.set_content(m['body'], **kw)
        if m['html'] is not None:
            e.add_alternative(m['html'], subtype='html', **kw)
    elif m['html'] is not None:
        e.set_content(m['html'], subtype='html', **kw)
    else:
        e.set_content('', **kw)
    for a in m['atts']:
        fn, data, ctype = a[0], a[1], a[2]
        acte = a[3] if len(a) > 3 else None
        if ctype == 'zip':
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                zi = zipfile.ZipInfo(data[0], date_time=(2026, 11, 3, 9, 15, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data[1])
            e.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=fn)
        elif ctype.startswith('text/'):
            k2 = {'subtype': ctype.split('/')[1], 'filename': fn}
            if acte:
                k2['cte'] = acte
            e.add_attachment(data, **k2)
        else:
            mt, st = ctype.split('/')
            b = data.encode('utf-8') if isinstance(data, str) else data
            e.add_attachment(b, maintype=mt, subtype=st, filename=fn)
    if m['fwd'] is not None:
        inner = build(m['fwd'])
        e.add_attachment(inner)
    return e

def F(frm, to, subj, date, body=None, html=None, atts=(), cs='utf-8', cte=None, cc=None):
    return dict(frm=frm, to=to, subj=subj, date=date, body=body, html=html, atts=list(atts), cs=cs,
                cte=cte, cc=cc, hdrs={}, fwd=None)

LW = 'lindenwomens.org'
CR = 'cedarridgerehab.org'

# ============================ PHI-CARE ============================
M('phi', 'phi-care', 'Okafor',
  '"Renata Salas, RNC-OB" <rsalas@lindenwomens.org>', '"L&D Charge" <ld-charge@lindenwomens.org>',
  'Okafor - NST today', 'Tue, 03 Nov 2026 07:42:18 -0500',
  body="""Charge,

Adaeze Okafor is coming in at 1300 for her twice-weekly NST + AFI, she's 36+2. Dr. Whitcombe wants
a BPP if the NST isn't reactive within 40 min, don't just extend it. She'll probably bring her
toddler, so if you can put her in triage 4 (the bigger one) that helps.

Also she asked about moving her scheduled IOL from the 19th to the 17th because her mother flies
in on the 16th. I told her I'd ask, not promise.

Renata
""")

M('phi', 'phi-care', 'Brannigan',
  '"Tomasz Wielgus, PT, DPT" <twielgus@cedarridgerehab.org>',
  '"Nora Feld" <nfeld@cedarridgerehab.org>, "Ivy Chen, OTR/L" <ichen@cedarridgerehab.org>',
  'RE: minutes for Mr. Brannigan this week', 'Wed, 04 Nov 2026 16:05:51 -0500',
  body="""Nora - he got 165 min today (PT 75 / OT 60 / SLP 30), so we're fine for the 3-hour rule on a
5-day basis even with Monday's short day. Monday he refused PT after the dialysis run, I documented
it as a patient refusal with reason, not a missed session.

Ivy is going to do the kitchen eval Thursday AM. Gait today: 120 ft with RW, min A x1, one
loss of balance on the turn. Family meeting is still on for Friday 2pm, his daughter Colleen
confirmed by phone.

Tom

-----Original Message-----
From: Nora Feld <nfeld@cedarridgerehab.org>
Sent: Wednesday, November 4, 2026 11:20 AM
To: Tomasz Wielgus <twielgus@cedarridgerehab.org>
Subject: minutes for Mr. Brannigan this week

Tom, can you confirm Gerald Brannigan's therapy minutes for Mon-Wed? Utilization review is asking
before the 7-day review with the payer tomorrow.

Nora Feld, RN
Case Management, Cedar Ridge
""")

M('phi', 'phi-care', 'Delacroix-Hume',
  '"Lactation Services" <lactation@lindenwomens.org>', '"Priya Raman, IBCLC" <praman@lindenwomens.org>',
  'outpatient f/u', 'Thu, 05 Nov 2026 10:12:03 -0500',
  html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}
.sig{color:#7a2e5c;font-size:9pt}</style></head><body>
<p>Priya,</p><p>&nbsp;</p>
<p>Can you take the 2:30 tomorrow? It's Simone Delacroix-Hume, baby Margot, 9 days old. Weighted feed
on Monday showed 38 mL transfer on the left, 22 on the right. Peds wants a recheck weight and
another weighted feed before they decide on the supplementation plan. She's pumping 8x/day
with the hospital-grade rental.</p><p>&nbsp;</p>
<p>She prefers texts to calls, cell in the chart.</p><p>&nbsp;</p>
<p class="sig">Danielle Oyelaran, IBCLC<br>Outpatient Lactation Clinic | Linden Women's &amp; Newborn Hospital<br>
Pavilion B, 2nd floor</p>
<p style="font-size:8pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail may contain information that is
privileged and confidential. If you received it in error please notify the sender and delete it.</p>
</body></html>""")

M('phi', 'phi-care', 'Kowalczyk',
  '"Dr. Amara Whitcombe" <awhitcombe@lindenwomens.org>', '"Fertility Clinic Nursing" <ivf-rn@lindenwomens.org>',
  'Kowalczyk trigger tonight', 'Sat, 07 Nov 2026 18:31:40 -0500',
  body="""E2 came back 2,840, lead follicles 19/18/18/17 on the right, 18/16 left. Please call
Marta Kowalczyk and have her trigger at 2130 tonight (Ovidrel 250 mcg). Retrieval Monday 0930,
NPO after midnight Sunday, partner sample at 0830.

Sent from my iPhone
""")

M('phi', 'phi-care', 'Abernathy',
  '"Jonah Pruitt, RRT" <jpruitt@cedarridgerehab.org>',
  '"Pulm Team" <pulm-team@cedarridgerehab.org>', 'SBT results 11/09 - rm 214',
  'Mon, 09 Nov 2026 09:58:27 -0500',
  body="""Morning SBT summary

Rm 214, Loretta Abernathy: 2 hr CPAP/PS 5/5 trial, RSBI 62 at 30 min, RR 22-26, SpO2 93-95% on
35%. Tolerated the whole 2 hrs. Back on PRVC overnight per Dr. Sandoval. Plan is trach collar
trial tomorrow 4 hrs if she looks like this again. Speech wants to try the PMV during it.

Daughter asked if they can be there for the trach collar trial. I said yes, 10am-ish.

-- Jonah
""")

M('phi', 'phi-care', 'Haverford',
  '"Linden Women\'s Scheduling" <noreply-scheduling@lindenwomens.org>',
  '"Elise Haverford" <elise.haverford@gmail.com>',
  'Appointment reminder: Postpartum visit on 11/16', 'Tue, 10 Nov 2026 08:00:02 -0500',
  body="""Hello Elise,

This is a reminder of your upcoming appointment:

  Postpartum Visit (6 week)
  Monday, November 16, 2026 at 10:40 AM
  Provider: Jasmine Toller, CNM
  Linden Women's Midwifery Practice, 88 Orchard Street, Suite 300

Please arrive 15 minutes early. You will be asked to complete a short questionnaire before your
visit. If you are bringing your baby, an infant car seat is welcome in the exam room.

To cancel or reschedule call 617-482-3390 or reply through the patient portal.

Please do not reply to this email.
""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e0d4de">
<tr><td style="background:#7a2e5c;color:#fff;padding:14px;font-size:18px">Linden Women's &amp; Newborn Hospital</td></tr>
<tr><td style="padding:18px">
<p>Hello Elise,</p><p>This is a reminder of your upcoming appointment:</p>
<table cellpadding="4" style="background:#f7f1f5;width:100%">
<tr><td><b>Visit</b></td><td>Postpartum Visit (6 week)</td></tr>
<tr><td><b>When</b></td><td>Monday, November 16, 2026 at 10:40 AM</td></tr>
<tr><td><b>Provider</b></td><td>Jasmine Toller, CNM</td></tr>
<tr><td><b>Where</b></td><td>Linden Women's Midwifery Practice, 88 Orchard Street, Suite 300</td></tr>
</table>
<p>Please arrive 15 minutes early. You will be asked to complete a short questionnaire before your visit.
If you are bringing your baby, an infant car seat is welcome in the exam room.</p>
<p>To cancel or reschedule call 617-482-3390 or reply through the patient portal.</p>
</td></tr><tr><td style="font-size:11px;color:#888;padding:10px">Please do not reply to this email.</td></tr>
</table></body></html>""")

M('phi', 'phi-care', 'Pemberton',
  '"Kayla Ruiz" <kruiz@cedarridgerehab.org>', '"Wound Care Team" <woundcare@cedarridgerehab.org>',
  'wound vac change - Pemberton sacrum', 'Wed, 11 Nov 2026 14:47:09 -0500',
  cte='quoted-printable',
  body="""Hi all,

Changed Harold Pemberton's NPWT this afternoon - sacral wound measured 6.2 x 4.8 x 2.1 cm with 3 cm
tunneling at 12 o'clock (last week 7.0 x 5.1 x 2.6). Black foam, 125 mmHg continuous. Granulation
looks beefy, no odor. Photo uploaded to the wound module.

He was pre-medicated with oxycodone 5 mg 30 min before and tolerated it much better than Monday.
Next change Friday. Can whoever is on Friday also check the heel - I offloaded it but it's
blanchable, just watching it.

Kayla Ruiz, BSN, RN, CWON
Cedar Ridge Specialty & Rehabilitation Hospital
""")

M('phi', 'phi-care', 'Lindqvist',
  '"Hana Moradi" <hmoradi@lindenwomens.org>', '"Dr. Felix Adeyemi" <fadeyemi@lindenwomens.org>',
  'Fw: Rh immune globulin - Lindqvist', 'Thu, 12 Nov 2026 11:03:55 -0500',
  body="""Dr. Adeyemi, forwarding from the blood bank. Please see below, I left her a voicemail too.

Hana

---------- Forwarded message ---------
From: Blood Bank <bloodbank@lindenwomens.org>
Date: Thu, Nov 12, 2026 at 10:41 AM
Subject: Rh immune globulin - Lindqvist
To: Hana Moradi <hmoradi@lindenwomens.org>

Hana - cord blood on Baby Boy Lindqvist came back Rh positive, DAT negative. Mom (Karin
Lindqvist, rm 412) is O neg, Kleihauer-Betke pending. She still needs her RhIG within 72 h of
delivery, which puts us at before 0615 Saturday. The order in the system is for 300 mcg; if the
KB comes back > 30 mL fetal whole blood we'll call for a second vial.

Blood Bank, ext 4471
""")

# ============================ PHI-NAMES ============================
M('phi', 'phi-names', 'Ferreira',
  '"Beth Antonelli" <bantonelli@lindenwomens.org>', '"NICU Social Work" <nicu-sw@lindenwomens.org>',
  'Baby Girl Ferreira / parking & Ronald McDonald House', 'Fri, 13 Nov 2026 15:22:10 -0500',
  body="""Hi Rosa,

Mom for Baby Girl Ferreira in pod C stopped me at the desk - they're driving in 90 minutes each way
and she's been sleeping in the car twice this week. She asked about the RMH rooms and whether we
still do the parking vouchers. Dad is back at work and can only come weekends.

Baby is 29 weeks corrected and they're saying at least another 5-6 weeks, so this isn't going to
get better on its own. Can you get to them before 4? Mom's name is Luciana, she's usually at
the bedside for the 1500 care time.

Thanks!
Beth (charge, NICU)
""")

M('phi', 'phi-names', 'Whitlock',
  '"Marcy Dunleavy" <marcy.dunleavy@outlook.com>', '"Cedar Ridge Case Management" <casemgmt@cedarridgerehab.org>',
  "Dad's discharge - we are NOT ready", 'Sat, 14 Nov 2026 21:14:38 -0500',
  body="""To whoever reads this on the weekend,

My father is on your 3rd floor (Walt Whitlock, the room by the nurses station) and someone told my
brother tonight that he's being discharged to Brookhaven Skilled Nursing on Tuesday. Nobody told
ME and I am the health care proxy. The last family meeting we had, Dr. Sandoval said he still
needed the IV antibiotics through the 24th for the bone infection in his foot and that the SNF
had to be able to do that. Does Brookhaven even do IV? Last time he was there they couldn't keep
his PICC line flushed and he came back to the ER.

I want a call Monday morning before anything is signed. 860-731-2284.

Marcy Dunleavy
""")

M('phi', 'phi-names', 'Tran',
  '"Jasmine Toller, CNM" <jtoller@lindenwomens.org>',
  '"Midwifery Group" <midwives@lindenwomens.org>', 'weekend handoff', 'Sun, 15 Nov 2026 19:50:44 -0500',
  body="""Handoff for the Monday crew, short version:

- Thuy-Linh (Tran) delivered Sat 0412, NSVD over intact perineum, 3.6 kg boy. EBL 350. Going
  home tomorrow if peds clears him, she asked for the Vietnamese-speaking lactation consultant.
- The Castellanos twins' mom is still on antepartum, BP better on nifedipine, 24-hr urine sent.
  Dr. Adeyemi is following.
- Kendra B. in triage Saturday with decreased FM, reactive NST, sent home. Please call her Monday
  to check in; she was really anxious and her last pregnancy was a stillbirth at 37 wks.

Jas
""")

M('phi', 'phi-names', 'Greaves',
  '"Paul Greaves" <pgreaves1961@yahoo.com>', '"Ivy Chen" <ichen@cedarridgerehab.org>',
  'Re: Bunny', 'Mon, 16 Nov 2026 07:05:12 -0500',
  body="""Ivy,

Thank you for the video of Bunny doing the stairs. She'd kill me for calling her that in an
email but nobody calls my wife Bernadette except her sister. I showed it to the grandkids.

Her OT homework sheet got left in the room, can you put a copy in her bag? And she keeps saying
the new blood thinner makes her bruise like a peach, she doesn't want to tell the doctor because
she thinks they'll keep her longer. I'm telling you so someone knows.

Paul

> On Nov 15, 2026, at 4:48 PM, Ivy Chen <ichen@cedarridgerehab.org> wrote:
>
> Hi Mr. Greaves, here's the clip from today's session - 12 steps with one rail and standby assist!
> She's doing great. See you Wednesday for the home setup talk.
> Ivy
""")

M('phi', 'phi-names', 'Mbeki',
  '"Nora Feld" <nfeld@cedarridgerehab.org>', '"Dr. Lucia Sandoval" <lsandoval@cedarridgerehab.org>',
  'Mbeki, Thandiwe -- peer to peer at 3', 'Tue, 17 Nov 2026 11:40:29 -0500',
  body="""Lucia,

Peer-to-peer with Dr. Hollis from Keystone Health Plan is at 3:00 today re: Mbeki, Thandiwe. They
denied continued stay past 11/18 saying she can be weaned at a SNF. Points I'd make:
- still on the vent at night, failed 2 trach collar trials last week (desat to 84%)
- PEG feeds just restarted after the residuals issue
- SNFs we've tried (3) won't take night vent

Call-in number is in your calendar invite. I'll be on the line too.

Nora
""")

M('phi', 'phi-names', "O'Rourke",
  '"Sinead O\'Rourke" <sinead.orourke@icloud.com>', '"Fertility Center" <fertility@lindenwomens.org>',
  'for my partner Declan - semen analysis', 'Wed, 18 Nov 2026 12:17:03 -0500',
  body="""Hi there,

I'm writing on behalf of my partner Declan (Declan O'Rourke, we're both patients, I'm the IUI one)
because he's hopeless with the portal. He did his repeat semen analysis last Thursday and the
results show in MY portal as "received" but we can't open them. Dr. Whitcombe said we'd talk about
whether to go straight to IVF depending on his numbers.

Can someone call him? 412 906 5513. He's on night shifts so after 1 pm is better.

Sinead
""")

M('phi', 'phi-names', 'Szabo',
  '"Gail Trent" <gtrent@cedarridgerehab.org>', '"Rehab Unit 2 Staff" <unit2@cedarridgerehab.org>',
  'The Szabo family visit - heads up', 'Thu, 19 Nov 2026 13:33:48 -0500',
  body="""Team,

Mrs. Szabo's son and daughter are coming Saturday from Ohio and apparently there's a lot of tension
about where Mom goes after us. Ilona herself has said several times she wants to go home, and she
has capacity to make that decision. The son is pushing for assisted living.

Please don't discuss discharge plans in the hallway with either of them. Refer to me or Dr.
Kaminski. Her FIM scores are on the whiteboard in the conference room if anyone asks what she's
actually doing now (she's mod I for transfers as of Tuesday).

Gail Trent, LCSW
""")

M('phi', 'phi-names', 'Moreau',
  '"Dr. Felix Adeyemi" <fadeyemi@lindenwomens.org>', '"Perinatal QA" <perinatal-qa@lindenwomens.org>',
  'case for M&M - needs scrubbing first', 'Fri, 20 Nov 2026 17:21:07 -0500',
  cc='"Hana Moradi" <hmoradi@lindenwomens.org>',
  body="""Before anyone puts slides together: this is Genevieve Moreau's shoulder dystocia from the 2nd.
I want to present it in December but the slides need to be de-identified, no initials, no dates,
no room number. Last time somebody left the MRN in a screenshot.

Summary for whoever drafts it: 41+1, EFW 3.9 kg, head-to-body 90 s, McRoberts + suprapubic, then
posterior arm. Baby Apgars 2/6/8, went to NICU for cooling eval, not cooled. Mom 3rd degree tear.
Baby's right arm is moving fine per neuro as of this week.

Felix
""")

# ============================ PHI-SELF ============================
M('phi', 'phi-self', 'Albright',
  '"Courtney Albright" <courtalbright@gmail.com>', '"Linden Midwives" <midwives@lindenwomens.org>',
  'question after my 28 week appt', 'Sat, 21 Nov 2026 09:44:15 -0500',
  cs='windows-1252', cte='quoted-printable',
  body="""Hi, this is Courtney Albright (due Feb 9th), I saw Jasmine on Thursday.

I got the result from my 1-hour glucose test in the portal and it says 148 with a little red flag
next to it. Nobody’s called me yet. Does that mean I have to do the 3-hour one? I’m really
hoping not, I threw up after the orange drink last time. Also is it OK that I’m still taking the
iron pills the same day as the test?

Thanks so much – Courtney
""")

M('phi', 'phi-self', 'Castellanos',
  '"Diego Castellanos" <dcastellanos@castellanosroofing.com>', '"Billing Office" <billing@lindenwomens.org>',
  'Bill for my wife and twins - wrong insurance??', 'Mon, 23 Nov 2026 20:02:51 -0500',
  body="""Hello,

We got three separate bills today, one for my wife Valeria Castellanos and one for each of the
twins (Mateo and Lucia, born Oct 29). The babies' bills say "self pay" and are $41,880 and
$38,215, which I assume is the NICU. We added them to my plan at work (Cigna, through
Castellanos Roofing LLC) within a week, I have the confirmation letter. Member ID for me is
U8842 19307 and the babies should be -02 and -03.

Please re-submit to Cigna and stop the statements. I do not want this going to collections
while we are still up every two hours with two babies.

Diego Castellanos
(978) 355-0142
""")

M('phi', 'phi-self', 'Whitlock',
  '"Arnold Whitlock" <awhitlock44@comcast.net>', '"Dr. Lucia Sandoval" <lsandoval@cedarridgerehab.org>',
  'from Walt (typed by the nurse aide)', 'Tue, 24 Nov 2026 14:10:22 -0500',
  body="""Dr Sandoval

this is Walt Whitlock in 308, Marisol the aide is typing for me on my brother Arnie's email since
my hands are no good with the phone. I want it in writing that I will go to Brookhaven if they
can do the IV in my arm through the 24th like you said, my daughter is upset but its my choice.
Also I would like the foot doctor to look at the other foot before I go, the big toe is dark
again.

thank you
Walter Whitlock
""")

M('phi', 'phi-self', 'Nakagawa',
  'MyLinden Portal <portal-messages@lindenwomens.org>', '"Fertility Clinic Nursing" <ivf-rn@lindenwomens.org>',
  'New portal message from NAKAGAWA, EMI (Fertility Center)', 'Wed, 25 Nov 2026 06:51:33 -0500',
  body="""You have a new patient message.

From: Emi Nakagawa
Regarding: Medication question
Sent: 11/25/2026 6:49 AM

-----
Good morning, I am on day 6 of stims (Gonal-f 225 + Menopur 75). Last night I think I lost
maybe half the Menopur because the needle came off the syringe when I was mixing it. Should I
take extra this morning or just continue? My monitoring appt is tomorrow at 7:15. Also my
stomach is so bloated that my jeans won't close, is that normal this early?

Thank you,
Emi
-----

Reply in the MyLinden staff inbox. Do not reply to this email.
""")

M('phi', 'phi-self', 'Petrakis',
  '"Nikos Petrakis" <n.petrakis@protonmail.com>', '"Cedar Ridge Patient Relations" <patientrelations@cedarridgerehab.org>',
  'Complaint - my mother Eleni Petrakis', 'Thu, 26 Nov 2026 23:38:07 -0500',
  html="""<div dir="ltr"><div>To Patient Relations,</div><div><br></div>
<div>I visited my mother, Eleni Petrakis, tonight (Thanksgiving) and found her soaked, with the call
light on the floor out of reach. She told me she had been calling for over an hour. She is on the
vent weaning unit and cannot shout. When the nurse came she was kind but said they had two call-outs.</div>
<div><br></div><div>My mother also has a pressure sore on her heel that was NOT there when she came
from Mercy General on the 9th. I took a photo. I want to know what the plan is for it and why the
family was not told.</div><div><br></div>
<div>I expect a call from the unit manager. I am not interested in a form letter.</div>
<div><br></div><div>Nikos Petrakis<br>(215) 877-6020</div></div>""")

M('phi', 'phi-self', 'Brooks-Adair',
  '"Tamsin Brooks-Adair" <tamsin.ba@me.com>', '"Jasmine Toller" <jtoller@lindenwomens.org>',
  'Re: thank you', 'Fri, 27 Nov 2026 10:15:40 -0500',
  body="""Jasmine - sorry, one more thing and then I'll leave you alone! My incision (I know, you're not
the surgeon, but you're who I trust) has a little spot at the left end that's been weeping a
yellowish fluid since yesterday and it's warmer than the rest. No fever, 99.1 this morning.
Should I call the OB line or just come to my 2-week check on Tuesday? Baby Wren is nursing like a
champ at least :)

T.

On Mon, Nov 23, 2026 at 4:02 PM Jasmine Toller <jtoller@lindenwomens.org> wrote:
> Tamsin, it was a privilege to be at Wren's birth even if she decided to come out the sunroof in
> the end. Take it slow with the stairs. J.
""")

M('phi', 'phi-self', 'Hollister',
  '"Greg Hollister" <ghollister@hollisterlaw.net>', '"Linden Women\'s Medical Records" <him@lindenwomens.org>',
  'Records request for my wife', 'Mon, 30 Nov 2026 09:29:18 -0500',
  atts=[('authorization_signed.txt', """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION

Patient name: Andrea Lynn Hollister
Date of birth: 04/17/1991
Records requested: Labor & delivery records, operative report, anesthesia record, and NICU
  records for infant (Hollister, Baby Boy), admission 10/02/2026 - 10/06/2026
Release to: Greg Hollister (spouse), 41 Wickham Rd, Glastonbury CT 06033
Purpose: personal / insurance
Signature: /s/ Andrea L. Hollister     Date: 11/28/2026
""", 'text/plain')],
  body="""Good morning,

My wife Andrea asked me to send this as she is still recovering. Attached is her signed
authorization for the complete L&D record from her October admission, including the anesthesia
record (the epidural failed and she was put under for the C-section, we want to understand what
happened) and our son's NICU records.

Electronic copy is fine.

Greg Hollister
""")

# ============================ PHI-LISTS ============================
M('phi', 'phi-lists', 'Iwu',
  '"Nora Feld" <nfeld@cedarridgerehab.org>', '"UR Committee" <ur@cedarridgerehab.org>',
  'LTACH census / payer review this week', 'Mon, 30 Nov 2026 07:15:00 -0500',
  body="""Pasting from my tracker, sorry for the formatting.

Rm   Patient              Payer        LOS  Vent status             Next review  Dispo plan
---  -------------------  -----------  ---  ----------------------  -----------  ---------------------
204  Iwu, Chinedu         Medicare A    19  trach collar 12h/day    12/02        home w/ HH + O2
207  Mbeki, Thandiwe      Keystone HP   27  night vent              denied->P2P  ??? (no SNF w/ vent)
211  Ostrowski, Frank     Medicare A    11  off vent 72h            12/01        IRF transfer 3rd fl
214  Abernathy, Loretta   Humana MA     22  PMV + TC trials         12/03        SNF - Brookhaven
219  Petrakis, Eleni      Aetna         21  PRVC, SBT daily         12/02        family mtg needed
222  Reyes-Vega, Amparo   Medicaid MCO   8  PRVC                    12/04        TBD

Mbeki is the one to talk about. Petrakis family has filed a grievance (heel wound), patient
relations is looped in.
""")

M('phi', 'phi-lists', 'Santos',
  '"Angela Pike, RN" <apike@lindenwomens.org>', '"Postpartum Unit" <pp-unit@lindenwomens.org>',
  'Call-back list from discharges, please split', 'Tue, 01 Dec 2026 08:02:36 -0500',
  html="""<html><head><style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;font:10pt Calibri}</style></head>
<body><p style="font:11pt Calibri">Morning! 48-hour post-discharge calls. Please initial when done. If no answer, leave the
generic message only (no details on voicemail).</p>
<table><tr><th>Name</th><th>Phone</th><th>Delivered</th><th>Flag</th><th>Caller</th></tr>
<tr><td>Santos, Bianca</td><td>(617) 290-4418</td><td>11/28 C/S</td><td>BP 148/94 at d/c, on labetalol</td><td></td></tr>
<tr><td>Haddad, Rania</td><td>(781) 640-3375</td><td>11/28 SVD</td><td>Arabic interpreter</td><td></td></tr>
<tr><td>Flynn, Caitlin</td><td>(617) 555-0183</td><td>11/29 SVD</td><td>EPDS 13 - SW referral placed</td><td></td></tr>
<tr><td>Oduya, Blessing</td><td>(508) 712-9920</td><td>11/29 VBAC</td><td>-</td><td></td></tr>
<tr><td>Tran, Thuy-Linh</td><td>(617) 338-0761</td><td>11/14 SVD</td><td>re-call, missed x2</td><td></td></tr>
</table>
<p style="font:11pt Calibri">Angela</p></body></html>""")

M('phi', 'phi-lists', 'Kessler',
  '"Ivy Chen" <ichen@cedarridgerehab.org>', '"Therapy Schedulers" <therapy-sched@cedarridgerehab.org>',
  'Thursday PT/OT grid - changes', 'Wed, 02 Dec 2026 16:44:19 -0500',
  body="""Changes for tomorrow, everything else as posted:

* Kessler (301) - move OT to 10:30, wound care is at 9 and he's wiped after
* Bunny Greaves (305) - add 30 min OT for tub transfer training, DC Monday
* Ostrowski (new admit from LTACH side) - PT/OT evals, he's on 2L O2, trach capped
* Mrs. Szabo - family observing PT at 1:00, please put her with Tom
* Rm 312 Alvarado - HOLD all therapy, INR 5.8 this am, MD aware

Ivy
""")

M('phi', 'phi-lists', 'Dorsey',
  '"Dr. Rajiv Menon" <rmenon@lindenwomens.org>', '"NICU Attendings" <nicu-attendings@lindenwomens.org>',
  'ROP screening list for Thursday', 'Wed, 02 Dec 2026 18:20:55 -0500',
  body="""Dr. Liang (ophtho) is here Thursday 0800. Please have dilating drops started 1 hr before.

Baby Girl Dorsey      GA 26+4  CGA 33+1  BW 780g   1st exam
Baby Boy Ferreira-Cruz GA 28+0  CGA 32+6 BW 1,050g  f/u stage 1 zone II OU
Baby Girl Ferreira    GA 27+2  CGA 34+0  BW 910g   f/u immature zone II
Amara (Nwosu)         GA 25+6  CGA 36+2  BW 690g   f/u stage 2 zone II OD, plus? - mom wants
                                                   to be present, she'll be here by 0730
Baby Boy Lindgren     GA 29+5  CGA 31+5  BW 1,260g 1st exam

Rajiv
""")

M('phi', 'phi-lists', 'Rahimi',
  '"Fertility Center Billing" <fc-billing@lindenwomens.org>', '"Marcus Bell" <mbell@progenydirect.example.com>',
  'Outstanding auths - November cycles', 'Thu, 03 Dec 2026 10:07:44 -0500',
  atts=[('nov_cycle_auths.csv', """Patient,DOB,Member ID,Cycle type,Start date,Auth #,Status
"Rahimi, Sara",03/11/1989,PGY7730118,IVF w/ ICSI,11/04/2026,,pending > 21 days
"Nakagawa, Emi",09/30/1990,PGY7715542,IVF,11/19/2026,A-55120,approved - retrieval not yet billed
"Kowalczyk, Marta",12/02/1987,PGY7703391,IVF,10/30/2026,A-54871,approved
"O'Rourke, Sinead",06/22/1992,PGY7740027,IUI #3,11/12/2026,,pending
"Bautista, Joy",01/15/1985,PGY7699804,FET,11/21/2026,,denied - lifetime max?
""", 'text/csv')],
  body="""Marcus,

Attached are the five November cycles where we either have no auth or the status doesn't match
what your portal shows. Rahimi and O'Rourke are the urgent ones - both have already started
meds. Bautista was denied as "lifetime maximum reached" but by our count she's had 2 of 4
covered transfers.

Thanks,
Leticia Gomes
Fertility Center Billing
""")

M('phi', 'phi-lists', 'Whitlock',
  '"Dr. Lucia Sandoval" <lsandoval@cedarridgerehab.org>', '"Cedar Ridge Hospitalists" <hospitalists@cedarridgerehab.org>',
  'signout', 'Fri, 04 Dec 2026 18:58:02 -0500',
  body="""weekend signout, LTACH 3rd fl

308 Whitlock 79M  L foot osteo, vanc/cefepime via PICC thru 12/24. Dc to Brookhaven Tue
     pending their IV confirmation. R great toe dusky - podiatry saw, ABI ordered. Daughter
     (HCP) is upset, call her if ANY change: Marcy 860-731-2284.
312 Alvarado 66F  INR 5.8 -> held warfarin, recheck AM. no bleeding. no vit K unless >9 or bleeding
315 Kessler 58M  sacral flap POD 9, strict offloading, air bed. ok
318 Greenbaum 84F  comfort-focused per family mtg 12/3, DNR/DNI, morphine SL prn. do not transfer

L
""")

M('phi', 'phi-lists', 'Yusuf',
  '"Tara Quinlan" <tquinlan@lindenwomens.org>', '"OB Clinic Schedulers" <obclinic-sched@lindenwomens.org>',
  'FW: no-shows to reschedule', 'Mon, 07 Dec 2026 09:12:27 -0500',
  body="""Can someone take these? All missed last week. The two flagged ones are high risk, please try
twice and then let me know so I can send a letter.

Tara

________________________________
From: Clinic Reports <reports@lindenwomens.org>
Sent: Saturday, December 5, 2026 2:00 AM
To: Tara Quinlan
Subject: Weekly no-show report - OB Clinic

APPT DATE   PATIENT                 MRN        VISIT TYPE             PROVIDER
11/30/2026  YUSUF, HODAN A          LW0418827  NOB w/ US              ADEYEMI
11/30/2026  PIERRE-LOUIS, MARIE     LW0422150  ROB 32 wk  ** HR **    TOLLER
12/01/2026  DAVENPORT, KELSEY       LW0391144  GTT 3 hr               CLINIC RN
12/02/2026  NGUYEN, PHUONG          LW0420039  ROB 20 wk anatomy US   WHITCOMBE
12/03/2026  BAPTISTE, ROSELINE      LW0413376  NST/AFI  ** HR **      MFM
""")

# ============================ PHI-STRUCT ============================
HL7_ADT = ("MSH|^~\\&|EPICADT|LINDENWH|CLOVERLEAF|LINDENWH|202612071422||ADT^A01^ADT_A01|LW8832017|P|2.5.1\r"
"EVN|A01|202612071420\r"
"PID|1||LW0430288^^^LWH^MR||HALVORSEN^INGRID^M||19940613|F|||212 BEACON ST APT 4^^BROOKLINE^MA^02446||(617)739-2210|||M||LW90211874\r"
"PV1|1|I|LD^L&D 07^A^LWH||||4471^ADEYEMI^FELIX^O^^^MD|||OBS||||1|||4471^ADEYEMI^FELIX|IN||BCBSMA|||||||||||||||||||||||||202612071415\r"
"PV2|||Z3A.39^39 weeks gestation of pregnancy^I10|||||||||||||||||||N\r"
"IN1|1|BCBSMA01|60054|BLUE CROSS BLUE SHIELD MA||||||||||||HALVORSEN^INGRID|SELF|19940613|||||||||||||||||||XJH880145221\r")
M('phi', 'phi-struct', 'Halvorsen',
  '"Interface Monitor" <cloverleaf-alerts@lindenwomens.org>', '"Integration Team" <integration@lindenwomens.org>',
  '[ALERT] ADT thread LW_ADT_OUT -> FETALLINK: 1 msg in error queue', 'Mon, 07 Dec 2026 14:23:05 -0500',
  body="""Thread: LW_ADT_OUT_FETALLINK
Error: Remote ACK AE - "PV1-3 location LD^L&D 07 not mapped in receiving system"
Retries: 3 / 3  -- message moved to error database
Time: 12/07/2026 14:22:51

Message text attached. Resend from the error DB once the location table is updated.
""",
  atts=[('LW8832017.hl7', HL7_ADT, 'application/octet-stream')])

X12_835 = ("ISA*00*          *00*          *ZZ*KEYSTONEHP     *ZZ*CEDARRIDGE     *261201*0930*^*00501*000004417*0*P*:~"
"GS*HP*KEYSTONEHP*CEDARRIDGE*20261201*0930*4417*X*005010X221A1~"
"ST*835*0001~BPR*I*48210.55*C*ACH*CCP*01*031100209*DA*8830021*1234567890**01*011000138*DA*44019920*20261203~"
"TRN*1*EFT88120331*1234567890~N1*PR*KEYSTONE HEALTH PLAN~N1*PE*CEDAR RIDGE SPECIALTY AND REHAB HOSP*XX*1629047711~"
"LX*1~CLP*CR2611-00418*1*96400*48210.55*0*13*KHP2611882201*21*1~NM1*QC*1*MBEKI*THANDIWE****MI*KHP00418827~"
"DTM*232*20261022~DTM*233*20261118~AMT*AU*96400~CAS*CO*45*48189.45~"
"CLP*CR2611-00422*4*41870*0*0*13*KHP2611882202*21*1~NM1*QC*1*REYES-VEGA*AMPARO****MI*KHP00519034~"
"CAS*CO*50*41870~MOA***N115~DTM*232*20261120~DTM*233*20261127~"
"SE*19*0001~GE*1*4417~IEA*1*000004417~")
M('phi', 'phi-struct', 'Mbeki',
  '"Ron Esposito" <resposito@cedarridgerehab.org>', '"Nora Feld" <nfeld@cedarridgerehab.org>',
  'RE: Keystone remit - one paid, one zeroed', 'Tue, 08 Dec 2026 11:48:20 -0500',
  body="""Nora,

Here's the raw 835 from Monday. Mbeki paid the LTC-DRG rate for 10/22-11/18, so the P2P outcome
stuck for that stretch. Reyes-Vega zeroed with CARC 50 (not medically necessary), N115 remark -
that's the one we need a clinical appeal on. I pulled the segments out of the file so you don't
have to read the whole thing.

Ron Esposito
Patient Financial Services

> From: Nora Feld
> Sent: Tuesday, December 8, 2026 9:02 AM
> Did Keystone pay anything on the two Nov claims yet?
""",
  atts=[('KHP_835_20261201.x12', X12_835, 'text/plain')])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-8842",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": "LW0427713"}],
        "name": [{"family": "Osei", "given": ["Abena", "Serwaa"]}],
        "gender": "female",
        "birthDate": "1996-02-28",
        "telecom": [{"system": "phone", "value": "(617) 802-4419", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
        "subject": {"reference": "Patient/pt-8842"},
        "effectiveDateTime": "2026-12-01T08:40:00-05:00",
        "valueQuantity": {"value": 6.1, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "1504-0", "display": "Glucose [Mass/volume] in Serum or Plasma --1 hour post 50 g glucose PO"}]},
        "subject": {"reference": "Patient/pt-8842"},
        "effectiveDateTime": "2026-12-01T09:45:00-05:00",
        "valueQuantity": {"value": 171, "unit": "mg/dL"}
      }
    }
  ]
}
"""
M('phi', 'phi-struct', 'Osei',
  '"Wen Zhao" <wzhao@lindenwomens.org>', '"Nathan Brody" <nbrody@mamatrack-app.example.com>',
  'FHIR payload that broke your parser', 'Wed, 09 Dec 2026 15:30:11 -0500',
  body="""Nathan,

This is the actual bundle from this morning that your endpoint rejected with a 422 ("unexpected
display length"). It's a real patient, so please delete it from your side once you've reproduced
the bug, and don't paste it into your Jira. I know, I should have made a synthetic one, but you
asked for the exact failing payload.

Wen Zhao
Integration Engineer, Linden Women's
""",
  atts=[('bundle_failed_1209.json', FHIR, 'application/json')])

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261204"/>
  <recordTarget><patientRole>
    <id extension="CRS-220571" root="2.16.840.1.113883.3.9112"/>
    <addr><streetAddressLine>17 Pell Ave</streetAddressLine><city>Cranston</city><state>RI</state><postalCode>02920</postalCode></addr>
    <patient><name><given>Frank</given><given>J</given><family>Ostrowski</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19510408"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted from Mercy General after 24 days of mechanical ventilation. Liberated from vent on
      hospital day 8, trach downsized to 4 cuffless and capped x72h. Transferred to Cedar Ridge IRF
      for comprehensive rehabilitation.</text></section></component>
    <component><section><title>Discharge Medications</title>
      <text><list><item>apixaban 5 mg PO BID</item><item>metoprolol tartrate 25 mg PO BID</item>
      <item>guaifenesin 600 mg PO BID</item></list></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
M('phi', 'phi-struct', 'Ostrowski',
  '"HIM - Cedar Ridge" <him@cedarridgerehab.org>', '"Records Requests - Mercy General" <roi@mercygeneral.example.org>',
  'Requested CCD - transfer summary', 'Thu, 10 Dec 2026 09:05:46 -0500',
  body="""Per your request #RR-44190, the C-CDA for the referenced patient is attached in the zip file.
Password is sent separately.

Cedar Ridge Health Information Management
""",
  atts=[('RR-44190.zip', ('Ostrowski_F_DischargeSummary_20261204.xml', CCD), 'zip')])

M('phi', 'phi-struct', 'Pierre-Louis',
  '"RightFax" <fax@lindenwomens.org>', '"OB Clinic Front Desk" <obclinic-desk@lindenwomens.org>',
  'Fax received from 6174429105 (4 pages)', 'Fri, 11 Dec 2026 13:14:09 -0500',
  body="""You have received a fax.

Pages: 4
From: 617 442 9105
Received: 12/11/2026 1:13 PM
OCR preview of page 1:

    ===================================================
     DORCHESTER COMMUNITY HEALTH CENTER -- FAX COVER
    ===================================================
    TO: Linden Women's OB Clinic / MFM        FAX: 617-482-3391
    FROM: Dr. Yvonne Achebe                    PHONE: 617-442-9100
    DATE: 12/11/26                             PAGES: 4 (incl cover)
    RE: PIERRE-LOUIS, Marie   DOB 07/03/1990

    [x] URGENT   [ ] For review   [x] Please call

    Pt seen here today for headache and swelling, BP 156/102, 1+
    protein on dip, 33 wks. Sent to your L&D triage by car with
    husband. Prenatal record and today's labs attached.

    This facsimile contains confidential health information...
    ===================================================

The full fax is available in RightFax under Inbox > OB Clinic.
""")

CSV_EXPORT = """MRN\tPatient Name\tDOB\tAdmit Date\tUnit\tDiagnosis Group\tDischarge Date\tDischarge Disposition
CRS-220571\tOSTROWSKI, FRANK J\t04/08/1951\t11/19/2026\tIRF-3\tPulmonary/Debility\t\t
CRS-219938\tGREAVES, BERNADETTE\t08/14/1948\t11/05/2026\tIRF-3\tOrthopedic - hip fx\t12/07/2026\tHome w/ HH
CRS-218204\tSZABO, ILONA\t02/27/1941\t10/30/2026\tIRF-2\tStroke\t12/04/2026\tHome w/ HH
CRS-221460\tKESSLER, DWAYNE R\t10/01/1968\t11/25/2026\tIRF-2\tSpinal cord - nontraumatic\t\t
CRS-220877\tALVARADO, ROSA M\t06/15/1960\t11/22/2026\tIRF-3\tAmputation LE\t\t
"""
M('phi', 'phi-struct', 'Greaves',
  '"Quality Data" <qualitydata@cedarridgerehab.org>', '"IRF-PAI Coordinator" <irfpai@cedarridgerehab.org>',
  'IRF census export for PAI review', 'Mon, 14 Dec 2026 07:30:00 -0500',
  body="""Automated export from Meditech, run 12/14/2026 07:30. Tab-delimited. Two discharges since last run
need discharge assessments completed within 5 days.
""",
  atts=[('irf_census_20261214.tsv', CSV_EXPORT, 'text/tab-separated-values', 'base64')])

X12_270 = ("ISA*00*          *00*          *ZZ*LINDENWH       *ZZ*AVAILITY       *261214*1102*^*00501*000019922*0*P*:~"
"GS*HS*LINDENWH*AVAILITY*20261214*1102*19922*X*005010X279A1~ST*270*0001*005010X279A1~"
"BHT*0022*13*LW-EV-19922*20261214*1102~HL*1**20*1~NM1*PR*2*AETNA*****PI*60054~HL*2*1*21*1~"
"NM1*1P*2*LINDEN WOMENS AND NEWBORN HOSP*****XX*1184902233~HL*3*2*22*0~TRN*1*EV19922*9LINDENWH~"
"NM1*IL*1*DAVENPORT*KELSEY*A***MI*W288140557~DMG*D8*19980911*F~DTP*291*D8*20261215~EQ*30~EQ*BT~"
"SE*12*0001~GE*1*19922~IEA*1*000019922~")
M('phi', 'phi-struct', 'Davenport',
  '"Pat Lowry" <plowry@lindenwomens.org>', '"Rev Cycle IT" <revcycle-it@lindenwomens.org>',
  '270s going out with wrong payer ID?', 'Mon, 14 Dec 2026 11:20:37 -0500',
  body="""Hi team - eligibility checks for tomorrow's OB clinic keep coming back AAA*N**51 (provider not on
file) for every Aetna patient. I looked at one of the outbound 270s and the payer ID looks like
the BCBS one (60054) not Aetna's. Example below, this is Kelsey Davenport's rescheduled 3-hr GTT.

""" + X12_270.replace('~', '~\n') + """

Can someone check the payer mapping table? We have 14 Aetna OBs tomorrow.

Pat Lowry, Patient Access
""")

LABERR = """LAB INTERFACE EXCEPTION REPORT  -  Sunquest -> Epic Beaker results
Run: 12/15/2026 05:00          Facility: LINDEN WOMENS (LWH)

ORDER#      ACCESSION   MRN          PATIENT                TEST       RESULT     ERROR
----------  ----------  -----------  ---------------------  ---------  ---------  -------------------------------
O-5581902   26-349-0115 LW0432991    BG HALVORSEN           TSB        9.8 mg/dL  No matching order - baby MRN merged
O-5581877   26-349-0092 LW0431006    MCALLISTER, JUNE       GBS PCR    POSITIVE   Provider NPI inactive
O-5581911   26-349-0131 LW0422150    PIERRE-LOUIS, MARIE    UPCR       0.92       Unit code mismatch (mg/mg vs g/g)
O-5581940   26-349-0177 LW0430288    HALVORSEN, INGRID      RPR        NONREACT   Duplicate result - suppressed

4 exceptions. Results NOT filed to chart until resolved. Critical values were phoned per policy.
"""
M('phi', 'phi-struct', 'McAllister',
  '"Lab Interfaces" <lis-support@lindenwomens.org>', '"Lab Supervisors" <lab-sups@lindenwomens.org>',
  'Nightly exception report 12/15', 'Tue, 15 Dec 2026 05:01:12 -0500',
  body=LABERR, cte='quoted-printable')

# ============================ PHI-IDS ============================
M('phi', 'phi-ids', '',
  '"Ron Esposito" <resposito@cedarridgerehab.org>', '"PFS Team" <pfs@cedarridgerehab.org>',
  'claim CR2611-00422', 'Tue, 15 Dec 2026 13:02:44 -0500',
  body="""KHP member KHP00519034, DOS 11/20-11/27, LTACH stay, denied CO-50. Appeal packet due 01/14.
Need the vent flowsheets and the pulm consult from 11/21 attached before it goes. Whoever has
the Keystone queue this week.

R
""")

M('phi', 'phi-ids', '',
  '"Kim Vo" <kvo@lindenwomens.org>', '"Maria Stanek" <mstanek@lindenwomens.org>',
  'RE:', 'Wed, 16 Dec 2026 08:47:31 -0500',
  body="""LW0418827 - the NOB with ultrasound, rescheduled to 12/22 at 9:15 w/ Dr. A, interpreter
(Somali) booked. Reminder letter went out.

Kim

-----Original Message-----
From: Maria Stanek
Sent: Tuesday, December 15, 2026 5:10 PM
To: Kim Vo
Subject:

did the no-show from 11/30 ever get rebooked? MRN ends 8827
""")

M('phi', 'phi-ids', '',
  '"Leticia Gomes" <lgomes@lindenwomens.org>', '"Pat Lowry" <plowry@lindenwomens.org>',
  'FW: Claim acknowledgement - Reference 2611-LWH-880342', 'Wed, 16 Dec 2026 10:52:19 -0500',
  body="""Pat - the twin B resubmission finally took. Forwarding the ack so you can note the account and
pull it off the self-pay statement run. Twin A's should be right behind it.

Leticia
""",
  fwd=F('"Cigna Provider Services" <provider.notices@cigna.example.com>', '"Linden Women\'s Billing" <billing@lindenwomens.org>',
  'Claim acknowledgement - Reference 2611-LWH-880342', 'Wed, 16 Dec 2026 10:30:00 -0500',
  body="""Claim Status Notification

Claim #:          E26334880342
Member ID:        U884219307-03
Patient DOB:      10/29/2026
Date(s) of svc:   10/29/2026 - 11/21/2026
Type of bill:     0111  Inpatient - NICU Level III (REV 0174)
Billed:           $38,215.00
Status:           RECEIVED - IN PROCESS (re-submission, original CLM self-pay)

Please allow 30 days for processing. This message is for the provider of record only.
"""))

M('phi', 'phi-ids', '',
  '"Dr. Rajiv Menon" <rmenon@lindenwomens.org>', '"NICU Pharmacy" <nicu-rx@lindenwomens.org>',
  'bed 14', 'Thu, 17 Dec 2026 02:18:09 -0500',
  body="""MRN LW0433152, DOB 12/09/26, 1.02 kg. Start caffeine citrate 20 mg/kg load now then 5 mg/kg
daily. Apnea x4 overnight with bradys to 70s. Can you rush the load.

-RM
""")

M('phi', 'phi-ids', '',
  '"Patient Access" <access@cedarridgerehab.org>', '"Humana Clinical Intake" <intake-ltac@humana.example.com>',
  '278 follow-up: auth request HUM-LT-7740193', 'Thu, 17 Dec 2026 15:55:20 -0500',
  body="""Re: Member H58210447, DOB 1949-05-02
Auth request HUM-LT-7740193 (extension of LTACH stay 12/04 - 12/18)

Clinicals faxed 12/15 and 12/16 (confirmation attached in your portal). We have not received a
determination and the current auth expires tomorrow. Patient remains on trach collar with PMV
trials, SNF placement accepted for 12/21 pending your approval of the 3 additional days.

Please call 401-944-2170 x331.
Cedar Ridge Patient Access
""")

M('phi', 'phi-ids', '',
  '"Fertility Embryology Lab" <embryology@lindenwomens.org>', '"Dr. Amara Whitcombe" <awhitcombe@lindenwomens.org>',
  'Day 5 update - cycle 26-IVF-0877', 'Sat, 19 Dec 2026 12:40:03 -0500',
  body="""Cycle 26-IVF-0877 / pt ID FC-30192 / partner FC-30193

Day 5: 4 blasts biopsied for PGT-A (4AA, 4AB, 3BB, 4BC), vitrified. 2 more being watched to
day 6. Patient notified by portal that the call will come Monday. Results expected in 10-14 days.

Embryology
""")

M('phi', 'phi-ids', '',
  '"Sandeep Kaur" <skaur@cedarridgerehab.org>', '"Pharmacy" <pharmacy@cedarridgerehab.org>',
  'vanc trough', 'Mon, 21 Dec 2026 06:12:55 -0500',
  body="""acct 77130492 rm 308 - vanc trough 22.4 this AM, was 17 Friday. Creat 1.4 (1.1). Holding the 0800
dose, please re-dose per protocol. Leaving for SNF tomorrow so the SNF will need the new plan.
""")

# ============================ PHI-LANG ============================
M('phi', 'phi-lang', 'Ferreira',
  '"Luciana Ferreira" <lu.ferreira88@hotmail.com>', '"UTIN Linden / NICU" <nicu-family@lindenwomens.org>',
  'Pergunta sobre a Sofia (leito C-6)', 'Mon, 21 Dec 2026 22:41:18 -0500',
  cs='iso-8859-1', cte='quoted-printable',
  body="""Boa noite,

Sou a mãe da Sofia Ferreira, que está na UTIN no leito C-6. A enfermeira de hoje disse que o
exame dos olhos de quinta-feira mostrou que a retinopatia está "imatura" e que vão repetir daqui
a duas semanas. Eu não entendi bem se isso é bom ou ruim. Também queria saber se já posso começar
a dar o peito para ela, ela já está com 1.480 g e toma o meu leite pela sonda.

Não falo bem inglês, se alguém puder me ligar com intérprete de português agradeço muito.
Meu telefone é (508) 662-3107.

Obrigada,
Luciana Ferreira
""")

M('phi', 'phi-lang', 'Trần',
  '"Tran Thuy Linh" <thuylinh.tran.90@gmail.com>', '"Linden Lactation" <lactation@lindenwomens.org>',
  'Hỏi về việc cho con bú', 'Tue, 22 Dec 2026 09:03:27 -0500',
  cte='base64',
  body="""Chào chị,

Em là Trần Thùy Linh, em sinh bé trai ở bệnh viện Linden ngày 14 tháng 11. Từ tuần trước bên
ngực trái của em bị sưng, đỏ và rất đau, tối qua em sốt 38,6 độ. Em vẫn cho bé bú bình thường.
Bác sĩ Toller có kê thuốc kháng sinh cephalexin hôm thứ Bảy nhưng em uống hai ngày rồi vẫn
chưa bớt. Em có nên ngưng cho bú bên trái không ạ? Em có thể đến phòng khám cho con bú
chiều nay được không?

Cảm ơn chị nhiều.
Linh - 617-338-0761
""")

M('phi', 'phi-lang', '林',
  '"林美华" <meihua.lin.chen@163.com>', '"Cedar Ridge Family Liaison" <familyliaison@cedarridgerehab.org>',
  '关于我父亲林国强的出院安排', 'Wed, 23 Dec 2026 07:55:49 -0500',
  body="""您好，

我是林国强的女儿林美华。我父亲现在在你们医院三楼康复科，上周中风后从Mercy医院转过来。
昨天治疗师告诉我们他下周可能出院回家，但是他现在右手还不能自己吃饭，走路也需要人扶。
我和我先生白天都要上班，家里没有人照顾他。请问可以安排家属会议吗？我们需要中文翻译。
另外，他的降压药（氨氯地平）是不是换了？他说药片颜色不一样了。

谢谢！
林美华
电话：(617) 297-5830
""")

M('phi', 'phi-lang', 'Baptiste',
  '"Roseline Baptiste" <roselinebaptiste@yahoo.com>', '"OB Clinic" <obclinic@lindenwomens.org>',
  'randevou mwen - Roseline Baptiste', 'Thu, 24 Dec 2026 11:26:02 -0500',
  body="""Bonjou,

Se Roseline Baptiste, mwen gen 35 semèn ansent. Mwen pa t ka vini pou randevou NST mwen 3 desanm
paske pitit mwen an te malad. Dokte a te di m fòk mwen vini de fwa pa semèn paske tansyon m wo
e mwen gen sik nan san an. Mwen bezwen yon lòt randevou, men mwen pa ka vini lendi. Eske nou ka
rele m ak yon entèprèt kreyòl?

Telefòn: 857-244-6031

Mèsi anpil,
Roseline
""")

M('phi', 'phi-lang', 'Reyes-Vega',
  '"Gabriel Reyes" <greyes.vega@gmail.com>', '"Trabajo Social Cedar Ridge" <socialwork@cedarridgerehab.org>',
  'Mi mamá Amparo Reyes-Vega - cuarto 222', 'Sat, 26 Dec 2026 16:12:40 -0500',
  cs='iso-8859-1', cte='quoted-printable',
  body="""Buenas tardes,

Le escribo por mi mamá, Amparo Reyes-Vega, que está en el cuarto 222 con el respirador. Ayer
nos llamó alguien de facturación y nos dijo que el seguro (Medicaid) no va a pagar la estadía
desde el 20 de noviembre y que podríamos recibir una cuenta. Nadie nos explicó nada. Ella
todavía no puede respirar sin la máquina, ¿cómo puede ser que no sea "necesario"?

Por favor, ¿quién nos puede ayudar con la apelación? Yo hablo inglés un poco pero mi papá no,
y él es el que está con ella todos los días.

Gracias,
Gabriel Reyes
(401) 378-9915
""")

M('phi', 'phi-lang', 'Volkova',
  '"Ирина Волкова" <i.volkova77@mail.ru>', '"Linden Fertility Center" <fertility@lindenwomens.org>',
  'Re: Результаты анализов / lab results', 'Mon, 28 Dec 2026 10:48:15 -0500',
  cs='koi8-r', cte='base64',
  body="""Здравствуйте,

Спасибо за письмо. Я получила результаты: АМГ 0,8 и ФСГ 14 на третий день цикла. Доктор
Уиткомб сказала, что это "сниженный овариальный резерв" и предложила ЭКО с донорскими
яйцеклетками. Мне 42 года, я хотела бы сначала попробовать ещё один цикл со своими.
Можно ли записаться на консультацию в январе, лучше по видео? Мой муж тоже хочет участвовать.

С уважением,
Ирина Волкова
дата рождения 14.06.1984

> Dear Ms. Volkova, your AMH and day 3 FSH results are now available in the portal.
> Please schedule a follow-up consult with Dr. Whitcombe to review them.
""")

M('phi', 'phi-lang', 'Bautista',
  '"Joy Bautista" <joybautista.rn@gmail.com>', '"Leticia Gomes" <fc-billing@lindenwomens.org>',
  'Re: denial for my FET', 'Tue, 29 Dec 2026 19:33:58 -0500',
  body="""Hi Ms. Leticia,

Salamat po for calling ProgenyDirect for me. Grabe, sabi nila lifetime max daw pero 2 transfers
pa lang ako (yung March 2025 at yung August 2026, both here sa Linden). Yung November FET ko
nag-start na ako ng estrace and PIO shots, so kung hindi nila i-approve, magkano po ang self-pay?
Kinakabahan talaga ako, my husband says just do it but ang mahal po.

Pwede po ba ako mag-appeal myself? Member ID ko PGY7699804.

Thank you po,
Joy Bautista
""")

# ============================ CLEAN-STAFF ============================
M('clean', 'clean-staff', '',
  '"Renata Salas" <rsalas@lindenwomens.org>', '"L&D RNs" <ld-rns@lindenwomens.org>',
  'Christmas / New Year grid - 3 holes left', 'Tue, 01 Dec 2026 12:05:33 -0500',
  body="""Hi all,

Holiday grid is posted on the board and in the shared drive. We still have:

  12/24 nights - 1 RN
  12/25 days   - 1 RN (charge-capable preferred)
  12/31 nights - 1 RN

Remember the rule: if you had Christmas last year you're on New Year's this year. Swaps need
both signatures and mine by 12/10. We averaged 17 deliveries/day over Thanksgiving weekend so
I'm not dropping below 9 on nights.

Cookie swap is 12/18 in the break room, bring 2 dozen.

Renata
""")

M('clean', 'clean-staff', '',
  '"Jonah Pruitt" <jpruitt@cedarridgerehab.org>', '"Respiratory Therapy" <rt-dept@cedarridgerehab.org>',
  'Passy-Muir valves - we are down to 6', 'Wed, 02 Dec 2026 07:10:18 -0500',
  body="""FYI the PMV 007s (aqua) are down to 6 in the clean supply room and the next shipment is
backordered until the 14th. Please don't open a new one for a trial if there's already one
labeled at the bedside - clean it per the IFU and reuse it for that patient. The purple ones
(2000) are fine, we have 30.

Also the Trilogy with the cracked housing is tagged out in the equipment room, do not use it,
Biomed is coming Thursday.

Jonah
""")

M('clean', 'clean-staff', '',
  '"Gail Trent" <gtrent@cedarridgerehab.org>', '"Rehab Unit 2 Staff" <unit2@cedarridgerehab.org>',
  'RE: family meeting room', 'Thu, 03 Dec 2026 10:40:55 -0500',
  body="""Good catch. From now on family meetings go in the Birch room (2nd floor by the elevators), not
the conference room - it has the whiteboards with the scores on them and we can't keep
remembering to erase them before families come in. I've asked facilities for a lock on the
conference room.

If the Birch room is booked, use the chapel annex, it has a speakerphone for relatives calling
in. The interpreter line is extension 4040 from any phone.

Gail

> From: Ivy Chen
> Sent: Thursday, December 3, 2026 9:12 AM
> Gail - a family member was in the conference room alone for 10 min yesterday waiting for the
> meeting to start. Whiteboard was full. Not sure what they saw.
""")

M('clean', 'clean-staff', '',
  '"Chloe Mendes, CD(DONA)" <chloe@birthkeepersdoulas.example.com>', '"Jasmine Toller" <jtoller@lindenwomens.org>',
  'doulas in the OR - new policy question', 'Fri, 04 Dec 2026 14:17:26 -0500',
  html="""<p>Hi Jasmine!</p>
<p>A few of our doulas have heard that Linden is now allowing a doula in the OR for scheduled
cesareans <i>in addition to</i> the partner. Is that official? If so, do they need to do the OR
orientation video again, and is there a badge process? We'd love to get a clear answer before
we tell our January clients something wrong.</p>
<p>Also - thank you for the midwife/doula mixer last month. Half my team is still talking about it.</p>
<p>Warmly,<br>Chloe<br><span style="color:#8a6;font-size:9pt">BirthKeepers Doula Collective &middot; serving the South Shore since 2014</span></p>""")

M('clean', 'clean-staff', '',
  '"Beth Antonelli" <bantonelli@lindenwomens.org>', '"NICU All Staff" <nicu-all@lindenwomens.org>',
  'Milk freezer A alarm overnight - all bottles moved', 'Sat, 05 Dec 2026 07:33:40 -0500',
  body="""Freezer A (the one by pod B) alarmed at 0240 for high temp, it got up to -12C. Night shift moved
every bottle to freezer C and the temp log is attached to the door. Nothing thawed.

When you pull milk today, check freezer C first - the shelves are labeled by bed space same as
before. Please do the two-person scan as always, the bins are more crowded than usual.

Engineering says a door gasket. Should be fixed Monday.

Beth
""")

M('clean', 'clean-staff', '',
  '"Dr. Felix Adeyemi" <fadeyemi@lindenwomens.org>', '"OB Department" <ob-dept@lindenwomens.org>',
  'PPH drill debrief - OR 2', 'Tue, 08 Dec 2026 16:52:09 -0500',
  body="""Thanks to everyone who was pulled into today's unannounced hemorrhage drill in OR 2.
The "patient" (SimMom, with her usual 2,500 mL of red water) was stabilized, but:

- time from call to first unit of O-neg in the room was 14 min. Target is 10.
- the PPH cart was missing the Bakri balloon (restocked now)
- nobody called the quantitative blood loss out loud until 1,200 mL

Next drill will be on nights. No, I won't tell you when.

Felix
""")

M('clean', 'clean-staff', '',
  '"Tomasz Wielgus" <twielgus@cedarridgerehab.org>', '"Ivy Chen" <ichen@cedarridgerehab.org>',
  'lunch?', 'Wed, 09 Dec 2026 11:58:02 -0500',
  body="""Thai place or the cafeteria? I've got 30 min before my 1:00, and I need to vent about the new
productivity report. They're counting co-treat minutes as half again.
""")

# ============================ CLEAN-ADMIN ============================
M('clean', 'clean-admin', '',
  '"Linden Benefits" <benefits@lindenwomens.org>', '"All Employees" <all-staff@lindenwomens.org>',
  'Open Enrollment closes Friday - fertility benefit changes for 2027', 'Mon, 30 Nov 2026 08:00:00 -0500',
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<h3 style="color:#7a2e5c">Open Enrollment ends Friday, December 4 at 5:00 PM</h3>
<p>If you do nothing, your 2026 medical, dental and vision elections roll over, <b>but your FSA
does not</b>. You must re-elect your Health Care FSA every year.</p>
<p><b>What's new for 2027</b></p>
<ul><li>Fertility benefit through ProgenyDirect increases from 3 to 4 lifetime Smart Cycles</li>
<li>Doula services now reimbursed up to $1,500 per pregnancy on the Linden PPO</li>
<li>Employee premium for employee + family tier increases 3.1%</li></ul>
<p>Questions? Visit the Benefits page on LindenNet or call the HR Service Center at x2200.</p>
<p style="font-size:8pt;color:#999">Linden Women's &amp; Newborn Hospital Human Resources</p>
</body></html>""")

M('clean', 'clean-admin', '',
  '"IT Service Desk" <servicedesk@cedarridgerehab.org>', '"All Users" <allusers@cedarridgerehab.org>',
  'Planned downtime: Meditech Expanse Sunday 12/13 0100-0500', 'Thu, 10 Dec 2026 13:00:00 -0500',
  body="""PLANNED DOWNTIME

System:   Meditech Expanse (all modules incl. eMAR, therapy documentation, IRF-PAI)
When:     Sunday 12/13/2026, 01:00 - 05:00
Impact:   Read-only mode from 00:45. Full outage 01:00 - 05:00.

Units: print your downtime census and MAR reports at 00:30 (Reports > Downtime > BCA).
Paper downtime forms are in the red binders. Late-entry all documentation once the system is back.

Questions: x5000.
""")

M('clean', 'clean-admin', '',
  '"Accounts Receivable - Medela Rentals" <ar@breastpumprentals.example.com>', '"Accounts Payable" <ap@lindenwomens.org>',
  'Invoice INV-2026-11-4471 - hospital-grade pump fleet', 'Tue, 01 Dec 2026 09:15:44 -0500',
  atts=[('INV-2026-11-4471.csv', """Item,Description,Qty,Unit,Amount
SYM-HG-RENT,Symphony hospital-grade pump - monthly fleet rental,40,$38.00,$1520.00
SYM-KIT-DBL,Double pumping kit (single-patient use),220,$6.25,$1375.00
SVC-PM,Preventive maintenance - 12 units,12,$45.00,$540.00
,,,,
,Subtotal,,,$3435.00
,Net 30 - PO 4500229117,,,
""", 'text/csv')],
  body="""Please find attached our November invoice for the pump fleet at the Linden Women's outpatient
lactation clinic and postpartum units. Remit to the address on file. Thank you for your business.
""")

M('clean', 'clean-admin', '',
  '"Medical Staff Office" <medstaff@lindenwomens.org>', '"Credentials Committee" <credentials@lindenwomens.org>',
  'Agenda - Credentials Committee 12/16', 'Fri, 11 Dec 2026 16:20:31 -0500',
  body="""Agenda, Wednesday 12/16, 7:00 AM, Board Room B

1. Initial appointments
   - Yara Haddad-Kline, CNM - Midwifery (board cert AMCB #14422, license verified)
   - Dr. Owen Petrosyan - Neonatology (FPPE plan attached)
2. Reappointments (14) - consent agenda
3. Privilege request: Dr. Lucia Sandoval, cross-credentialing for LTACH telemedicine coverage
4. Doula badge program update (J. Toller)
5. Old business: time-to-credential metrics, Q3 (median 71 days)

Please review packets in the credentialing system before the meeting.
""")

M('clean', 'clean-admin', '',
  '"Cedar Ridge Parking & Security" <security@cedarridgerehab.org>', '"All Staff" <allstaff@cedarridgerehab.org>',
  'Visitor badges and the new front desk hours', 'Mon, 14 Dec 2026 10:02:17 -0500',
  cs='windows-1252', cte='quoted-printable',
  body="""Starting Monday 12/21 the main lobby desk will be staffed 6 AM – 10 PM. After 10 PM visitors
use the ED/ambulance entrance and will be badged by security there.

Families who are staying overnight for end-of-life visits or ventilator teaching can get a
7-day pass – the unit manager signs the form (“Extended Visitor Pass,” on the intranet).

Employee lot C will be plowed first in snow events; please don’t park in the visitor spaces.

Cedar Ridge Security
""")

M('clean', 'clean-admin', '',
  '"Linden Quality Office" <quality@lindenwomens.org>', '"Perinatal Leadership" <perinatal-leads@lindenwomens.org>',
  'Q3 perinatal dashboard', 'Wed, 16 Dec 2026 09:44:00 -0500',
  body="""Q3 2026 perinatal quality dashboard (all deliveries, n = 1,412)

  NTSV cesarean rate ............ 23.8%   (target <= 23.9%)
  Early elective delivery ....... 0.4%
  Severe maternal morbidity ..... 2.1 per 100 deliveries
  Exclusive breast milk feeding . 61%     (down from 64% Q2)
  Unexpected newborn complications 2.9%
  NICU admissions ............... 187 (13.2%)
  PPH > 1,000 mL QBL ............ 71 cases

Small-cell numbers (<11) have been suppressed in the unit breakdowns per policy. Full deck at
Perinatal Leadership on 12/22.
""")

M('clean', 'clean-admin', '',
  '"Keystone Health Plan Provider Relations" <provrelations@keystonehp.example.com>', '"Contracting" <contracting@cedarridgerehab.org>',
  '2027 LTACH fee schedule and prior auth changes', 'Thu, 17 Dec 2026 14:31:52 -0500',
  body="""Dear Provider,

Effective January 1, 2027, Keystone Health Plan will require prior authorization for all LTACH
admissions within 24 hours of transfer (currently 72 hours), and concurrent review every 5
calendar days (currently 7). Peer-to-peer requests must be made within 2 business days of an
adverse determination.

The updated fee schedule (LTC-DRG base rate $44,120.00, site-neutral adjustment unchanged) is
available in the Provider Portal under Documents > Contracts.

Keystone Health Plan Provider Relations
""")

# ============================ CLEAN-LOOKALIKE ============================
M('clean', 'clean-lookalike', '',
  '"Riverbend Animal Hospital" <frontdesk@riverbendvet.example.com>', '"Megan Doyle" <megdoyle@gmail.com>',
  "Mochi's discharge instructions - spay surgery 12/2", 'Wed, 02 Dec 2026 17:40:11 -0500',
  body="""Hi Megan,

Mochi did great today! Her spay went smoothly and her pre-op bloodwork was all normal. She's
groggy tonight, which is expected.

Discharge instructions:
 - Carprofen 25 mg: 1/2 tablet by mouth once daily with food for 5 days (start tomorrow AM)
 - Keep the cone on for 10-14 days, no licking the incision
 - No running, jumping or baths for 2 weeks
 - Recheck / suture check: Wed 12/16 at 4:20 PM with Dr. Albers

Call us at 508-233-7790 if you see swelling, discharge, or she stops eating.

Riverbend Animal Hospital - "Because they're family."
""")

M('clean', 'clean-lookalike', '',
  '"Hollow Oak Farm" <barn@hollowoakfarm.example.com>', '"Dr. Petra Lund, DVM" <plund@equinerepro.example.com>',
  'foaling report - Baby Girl and Juniper', 'Thu, 03 Dec 2026 05:52:40 -0500',
  body="""Petra,

Baby Girl (the bay mare) foaled at 0310, filly, standing by 0345 and nursing by 0430. Placenta
passed intact at 0425, weighed 13 lbs, it's in the bucket in the fridge for you. IgG snap test
at 12 hours like last year?

Juniper is waxed up and her milk calcium strip went to 250 ppm last night so I think tonight.
Her Caslick is still in, can you come open it this morning?

Dana
""")

M('clean', 'clean-lookalike', '',
  '"Greenway Nursery & Garden" <orders@greenwaynursery.example.com>', '"Facilities - Linden Women\'s" <facilities@lindenwomens.org>',
  'Your nursery order #GN-88214 is ready for delivery', 'Fri, 04 Dec 2026 11:11:11 -0500',
  html="""<table width="100%" style="font-family:Georgia;font-size:14px"><tr><td>
<h2 style="color:#2e6b2e">Your order is ready!</h2>
<p>Hello Facilities Team,</p><p>Your order for the <b>Linden Healing Garden</b> is ready for delivery on
<b>Tuesday, December 8</b> between 8 and 11 AM.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Qty</th><th>Item</th></tr>
<tr><td>3</td><td>Tilia cordata 'Greenspire' (Littleleaf Linden), 2.5" caliper B&amp;B</td></tr>
<tr><td>24</td><td>Helleborus 'Christmas Carol', 1 gal</td></tr>
<tr><td>10</td><td>Bags pine bark mulch, 3 cu ft</td></tr></table>
<p>Our crew will need access to the courtyard outside the NICU family lounge.</p>
<p>Greenway Nursery &amp; Garden &middot; Growing since 1962</p></td></tr></table>""")

M('clean', 'clean-lookalike', '',
  '"Northeast Mechanical Services" <dispatch@nemech.example.com>', '"Plant Operations" <plantops@cedarridgerehab.org>',
  'Work order WO-55817 complete - vent balancing 3rd floor', 'Mon, 07 Dec 2026 15:25:06 -0500',
  body="""Work order WO-55817 - COMPLETE

Site: Cedar Ridge Specialty & Rehabilitation Hospital, 3rd floor east wing
Tech: R. Galvin

Summary: Rebalanced supply and exhaust vents rooms 301-318. Two isolation rooms (309, 316)
verified negative pressure at -0.02 in. w.c.; smoke test passed. Replaced failed damper actuator
on AHU-3 zone 4. Weaning of the old pneumatic controls to DDC is 70% complete, rest scheduled
for January.

Invoice to follow. Thank you for choosing Northeast Mechanical.
""")

M('clean', 'clean-lookalike', '',
  '"CoreBalance Fitness" <hello@corebalancefit.example.com>', '"Alyssa Reardon" <alyssa.reardon@gmail.com>',
  'Alyssa, your first Prenatal Flow class is on us', 'Tue, 08 Dec 2026 07:00:00 -0500',
  html="""<div style="font-family:Helvetica;max-width:560px;margin:auto">
<img src="https://corebalancefit.example.com/img/prenatal-banner.jpg" alt="Prenatal Flow" width="560">
<h1 style="font-size:24px">Hi Alyssa,</h1>
<p>As a CoreBalance member you get your first <b>Prenatal Flow</b> or <b>Postnatal Core Restore</b> class free.
Our instructors are certified in pre- and postnatal fitness and every class is low-impact.</p>
<p>Classes run Tuesdays and Thursdays at 6:30 PM at our Newton studio.</p>
<p><a href="https://corebalancefit.example.com/book" style="background:#e07a5f;color:#fff;padding:10px 18px;text-decoration:none">Book my free class</a></p>
<p style="font-size:11px;color:#999">Always consult your healthcare provider before beginning any exercise program.
You're receiving this because you're a CoreBalance member. <a href="#">Unsubscribe</a></p></div>""")

M('clean', 'clean-lookalike', '',
  '"Plymouth Rock Auto Claims" <claims@plymouthautoins.example.com>', '"Hector Alvarado" <halvarado.bos@gmail.com>',
  'Claim 7-2260-88413: appraisal complete', 'Wed, 09 Dec 2026 12:48:33 -0500',
  body="""Dear Hector Alvarado,

The appraisal for your 2019 Honda Odyssey (claim 7-2260-88413, date of loss 11/30/2026) is
complete. Estimated repair: $6,412.80 less your $500 collision deductible. The vehicle has been
released to Brigham Auto Body for repairs; your rental coverage is authorized for up to 10
days at $40/day.

No injuries were reported on this claim. If that changes, please contact your adjuster,
Sam Okoye, at 800-555-0147 ext. 6620.

Plymouth Auto Insurance
""")

M('clean', 'clean-lookalike', '',
  '"Harborside Bank HSA" <alerts@harborsidebank.example.com>', '"Paul Greaves" <pgreaves1961@yahoo.com>',
  'Your HSA investment threshold has been reached', 'Thu, 10 Dec 2026 06:30:00 -0500',
  body="""Hello Paul,

Your Health Savings Account cash balance has reached the $2,000 investment threshold. You can
now invest any amount above the threshold in the mutual funds available in your HSA.

2027 contribution limits: $4,450 self-only / $8,900 family, plus $1,000 catch-up if you are 55+.

Log in to Online Banking > Accounts > HSA > Invest to get started.

Harborside Bank. Member FDIC. Investments are not FDIC insured, may lose value.
""")

# ============================ CLEAN-NEWS ============================
M('clean', 'clean-news', '',
  '"State Hospital Association Daily" <daily@statehospassn.example.org>', '"Nora Feld" <nfeld@cedarridgerehab.org>',
  'Daily Brief: CMS proposes LTCH site-neutral changes; RSV season early', 'Fri, 04 Dec 2026 06:00:00 -0500',
  html="""<html><body style="font-family:Arial;font-size:13px">
<h2>Daily Brief &mdash; December 4, 2026</h2>
<h3>CMS proposes narrowing LTCH site-neutral exemption</h3>
<p>The proposed rule would require patients to have at least 96 hours of prolonged mechanical ventilation
in the referring ICU (up from 96 consecutive hours) to qualify for the full LTCH standard federal rate.
Association analysts estimate 11% of current LTCH discharges statewide would shift to site-neutral payment.
Comments are due February 2.</p>
<h3>RSV arriving early; maternal vaccine uptake lags</h3>
<p>Pediatric RSV admissions statewide doubled over the past two weeks. Only an estimated 38% of eligible
pregnant people received the maternal RSV vaccine between 32 and 36 weeks this season, the health department said.</p>
<h3>Nurse staffing ballot question heads to legislature</h3>
<p>...</p><p style="font-size:10px">You are receiving this as an association member. Manage subscriptions.</p>
</body></html>""")

M('clean', 'clean-news', '',
  '"Linden Communications" <news@lindenwomens.org>', '"All Employees" <all-staff@lindenwomens.org>',
  "Linden Weekly: NICU expansion opens, 10,000th water birth, and more", 'Mon, 07 Dec 2026 09:00:00 -0500',
  body="""LINDEN WEEKLY - December 7, 2026

NICU expansion opens
Twelve new single-family rooms opened on Pavilion C, bringing the NICU to 56 beds. Families
can now stay overnight in every room. Ribbon cutting photos on LindenNet.

A milestone in Midwifery
The midwifery practice welcomed its 10,000th water birth since the program began in 2004.
"It's a testament to our families and our nurses," said Jasmine Toller, CNM, practice director.

Safe Sleep Month
December is Safe Sleep Month. ABCs: Alone, on their Back, in a Crib. Free sleep sacks for
every family at discharge, thanks to the Linden Foundation.

Kudos corner
Thanks to the Environmental Services night team for 100% on the last terminal-clean audit.
""")

M('clean', 'clean-news', '',
  '"JournalWatch Alerts" <alerts@journalwatch.example.com>', '"Dr. Lucia Sandoval" <lsandoval@cedarridgerehab.org>',
  'New in Chest: protocolized weaning in LTACH patients', 'Tue, 08 Dec 2026 05:45:00 -0500',
  body="""Your saved search "prolonged mechanical ventilation" has 1 new result.

Protocol-Directed Weaning vs Physician-Directed Weaning in Long-Term Acute Care Hospitals:
A Multicenter Cluster-Randomized Trial
Chest. 2026;170(6):1402-1413.

Among 1,184 patients receiving prolonged mechanical ventilation (>21 days) in 22 LTACHs,
protocol-directed weaning with daily spontaneous breathing trials and trach collar trials
progressing by 4-hour increments shortened median time to liberation (15 vs 21 days;
HR 1.38, 95% CI 1.17-1.62). One-year mortality did not differ (44% vs 46%).

Read the abstract >
Manage alerts >
""")

M('clean', 'clean-news', '',
  '"Maternal Health Policy Watch" <newsletter@mhpwatch.example.org>', '"Tara Quinlan" <tquinlan@lindenwomens.org>',
  'Postpartum Medicaid: 48 states now at 12 months', 'Wed, 09 Dec 2026 08:10:00 -0500',
  cs='iso-8859-1', cte='quoted-printable',
  body="""MATERNAL HEALTH POLICY WATCH · Issue 112

Postpartum coverage. With the latest state plan amendment approved last week, 48 states and
D.C. now extend Medicaid postpartum coverage to 12 months after delivery. Research has shown
extended coverage is associated with more postpartum visits and fewer emergency department
visits in the first year.

Congenital syphilis. National congenital syphilis cases rose for the 12th consecutive year,
to roughly 4,100 cases. About half of cases involved a missed opportunity for testing or
treatment during prenatal care.

Doula reimbursement. Eleven state Medicaid programs now reimburse community doulas, with
rates ranging from $450 to $1,500 per pregnancy.

© 2026 Maternal Health Policy Watch
""")

M('clean', 'clean-news', '',
  '"Tomasz Wielgus" <twielgus@cedarridgerehab.org>', '"Therapy Department" <therapy-all@cedarridgerehab.org>',
  'FW: article on the 3-hour rule - worth reading', 'Thu, 10 Dec 2026 13:36:48 -0500',
  body="""Good summary of where CMS is going with the IRF intensity requirement. The part about
"group and concurrent therapy" is relevant to our productivity argument.

Tom

---------- Forwarded message ---------
From: APTA News <news@apta.example.org>
Subject: IRF Intensity of Therapy: What the New Review Contractor Is Looking For

Inpatient rehabilitation facilities are seeing more pre-payment reviews focused on whether
patients received the intensity of therapy described in their plan of care. Reviewers are
flagging records where more than 25% of minutes were group or concurrent therapy, or where
missed minutes were not explained. Experts recommend documenting the reason for every missed
session and avoiding blanket phrases such as "patient fatigued."
""")

M('clean', 'clean-news', '',
  '"Fertility Today" <digest@fertilitytoday.example.com>', '"Linden Fertility Center" <fertility@lindenwomens.org>',
  'This week: SART national data, egg freezing trends', 'Fri, 11 Dec 2026 07:00:00 -0500',
  body="""FERTILITY TODAY - weekly digest

* SART releases 2024 national summary: 432,000 ART cycles reported; live birth rate per
  intended egg retrieval 51.8% for patients under 35, 4.1% over 42 using own eggs.
* Planned oocyte cryopreservation cycles up 21% year over year.
* Study: PGT-A did not improve cumulative live birth rate in good-prognosis patients.
* State roundup: two more states pass IVF coverage mandates.

Unsubscribe | Update preferences
""")

# ============================ CLEAN-TRAINING ============================
HL7_TRAIN = ("MSH|^~\\&|EPIC|LWH_TST|FETALLINK|LWH_TST|202612011200||ADT^A01|TRAIN0001|T|2.5.1\r"
"PID|1||TST000001^^^LWH^MR||ZZTEST^MOM^ONE||19900101|F|||1 TEST ST^^ANYTOWN^MA^00000||(000)000-0000\r"
"PV1|1|I|LD^LD01^A^LWH||||9999^DOCTOR^TEST|||OBS\r"
"PID|1||TST000002^^^LWH^MR||ZZTEST^BABYGIRL||20261201|F\r")
M('clean', 'clean-training', '',
  '"Wen Zhao" <wzhao@lindenwomens.org>', '"Integration Team" <integration@lindenwomens.org>',
  'Training: reading ADT messages (test env samples)', 'Tue, 01 Dec 2026 15:00:00 -0500',
  body="""For Thursday's lunch-and-learn, here are the sample messages from the TST environment. All
patients in TST are ZZTEST with MRNs starting TST - if you ever see a real-looking name in TST,
tell me, because it means someone copied prod data and we need to purge it.

Exercise: find the mother/baby link. (Hint: it isn't in PID.)
""",
  atts=[('adt_samples_TST.hl7', HL7_TRAIN, 'text/plain')])

M('clean', 'clean-training', '',
  '"NRP Instructors" <nrp@lindenwomens.org>', '"L&D RNs" <ld-rns@lindenwomens.org>',
  'NRP mega-code scenario #3 for Wednesday', 'Mon, 07 Dec 2026 12:30:00 -0500',
  body="""Scenario 3 - "Baby Girl Sim"

Stem: You are called to a delivery of a term infant. Mom is a 29-year-old G1P0 at 40+3 weeks,
prolonged second stage, thick meconium. Baby is born limp and apneic.

Expected actions:
  1. Initial steps under radiant warmer (warm, dry, stimulate, position, suction prn)
  2. PPV within 60 seconds; MR SOPA if HR not rising
  3. Intubation / LMA at 90 s, compressions if HR < 60 after 30 s effective ventilation
  4. UVC, epinephrine 0.02 mg/kg IV

Manikin settings: HR 40 at birth, rises to 110 after 45 s of effective PPV via ETT.

Bring your NRP cards. Sign-up sheet on the unit board.
""")

M('clean', 'clean-training', '',
  '"Kayla Ruiz" <kruiz@cedarridgerehab.org>', '"Nursing Education" <nursing-ed@cedarridgerehab.org>',
  'wound measurement tip sheet - draft for review', 'Tue, 08 Dec 2026 10:18:44 -0500',
  atts=[('wound_tipsheet_draft.html', """<html><body><h2>Measuring wounds the Cedar Ridge way</h2>
<ol><li>Length = head to toe, Width = side to side (perpendicular to length), Depth = deepest point with a swab.</li>
<li>Tunneling and undermining: use the clock, 12 o'clock toward the patient's head.</li>
<li>Always measure after cleansing, before applying the new dressing.</li></ol>
<h3>Example (fictional)</h3>
<table border="1"><tr><th>Patient</th><th>Location</th><th>L x W x D (cm)</th><th>Tunneling</th></tr>
<tr><td>Patient A</td><td>Sacrum</td><td>5.0 x 3.5 x 1.0</td><td>2 cm at 6 o'clock</td></tr>
<tr><td>Patient B</td><td>R heel</td><td>2.0 x 2.0 x 0.2</td><td>none</td></tr></table>
</body></html>""", 'text/html')],
  body="""Attached is the draft tip sheet for the January skills fair. The examples are made up. Feedback
by Friday please - especially whether the clock-face explanation is clear.

Kayla
""")

M('clean', 'clean-training', '',
  '"Dr. Amara Whitcombe" <awhitcombe@lindenwomens.org>', '"OB/GYN Residents" <obgyn-residents@lindenwomens.org>',
  'Case conference Friday - REI unknowns', 'Wed, 09 Dec 2026 19:22:15 -0500',
  body="""Residents,

Friday's REI case conference. Cases are composites and all details are invented; please come
with a differential and a workup plan.

Case A: 34 y/o G0, 14 months of trying, cycles q 35-60 days, BMI 31, acne. AMH 9.2.
Case B: 39 y/o G2P0020, two first-trimester losses, normal HSG, partner SA normal.
Case C: 27 y/o G0, primary amenorrhea, normal breast development, absent uterus on US.

Bonus: what's the one lab you'd order first for Case C and why?

AW
""")

M('clean', 'clean-training', '',
  '"Epic Training Team" <epic-training@lindenwomens.org>', '"New Hires - December" <newhires-dec@lindenwomens.org>',
  'Your Stork (OB) class login - PLAYGROUND only', 'Thu, 10 Dec 2026 08:15:00 -0500',
  html="""<p>Welcome to Linden! Your Epic Stork class is Monday 12/14, 8:00-4:30, Education Center room 3.</p>
<p>Log into the <b>PLAYGROUND</b> environment (green background) with:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Consolas">
<tr><td>User</td><td>STORK14</td></tr><tr><td>Password</td><td>train123 (you'll be forced to change it)</td></tr></table>
<p>Your class patients are: <b>Zzstork, Alpha</b> (G2P1, active labor), <b>Zzstork, Bravo</b> (scheduled C/S),
and <b>Zzstork, Baby Girl</b> (newborn for delivery summary). These are fictional patients in a training
environment.</p><p>Never practice in PROD (blue background).</p>
<p>Epic Training Team</p>""")

M('clean', 'clean-training', '',
  '"Respiratory Education" <rt-ed@cedarridgerehab.org>', '"Respiratory Therapy" <rt-dept@cedarridgerehab.org>',
  'Competency quiz: SBT and RSBI (answers inside)', 'Fri, 11 Dec 2026 11:00:00 -0500',
  body="""Annual competency - ventilator weaning. Answer key at the bottom, no peeking.

1. A patient's spontaneous RR is 30 and tidal volume 300 mL. What is the RSBI and does it
   predict success?
2. Name three criteria to stop an SBT early.
3. During a trach collar trial, SpO2 drops from 95% to 89% over 20 minutes, RR 34, using
   accessory muscles. What do you do?
4. True/false: A PMV can be placed with the cuff inflated.

---
Answers: 1) 100 - borderline/unfavorable (<105 predicts success but 100 is near the threshold).
2) RR >35 for >5 min, SpO2 <90%, HR >140 or change >20%, SBP >180 or <90, agitation/diaphoresis.
3) Stop the trial, return to vent settings, notify MD, document. 4) FALSE - never.
""")


# ============================ WRITE ============================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        e = build(m)
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'].split('-', 1)[1], i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(e.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['patient']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
