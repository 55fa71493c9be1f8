#!/usr/bin/env python3
"""Held-out blind evaluation set (prose4) for a healthcare DLP filter.

Usage: python3 gen.py OUTDIR
Writes every message as an .eml file plus labels.csv. Output is deterministic.
All names, numbers and organisations are invented.
"""
import sys, os, csv, base64, quopri, hashlib, datetime, html as htmlmod
from email.message import Message
from email.header import Header
from email.utils import parseaddr, formataddr, format_datetime

MSGS = []


def add(label, kind, patient, frm, to, subject, body, carrier='plain',
        charset='utf-8', cte=None, html=None, attach=(), fwd=None, cc=None,
        subj_enc=False, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, body=body, carrier=carrier,
                     charset=charset, cte=cte, html=html, attach=list(attach),
                     fwd=fwd, cc=cc, subj_enc=subj_enc, extra=extra or {}))


def _addr(s):
    out = []
    for one in s.split(';'):
        name, a = parseaddr(one.strip())
        if name:
            try:
                name.encode('ascii')
                out.append(formataddr((name, a)))
            except UnicodeEncodeError:
                out.append(formataddr((name, a), 'utf-8'))
        else:
            out.append(a)
    return ', '.join(out)


def textpart(text, subtype='plain', charset='utf-8', cte=None):
    p = Message()
    p['Content-Type'] = 'text/%s' % subtype
    p.set_param('charset', charset)
    data = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in data) else 'quoted-printable'
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    else:
        payload = data.decode('ascii')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def to_html(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for para in paras:
        lines = [htmlmod.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       + '<br>'.join(lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def attpart(fname, content, ctype=None, charset='utf-8'):
    if ctype is None:
        ext = fname.rsplit('.', 1)[-1].lower()
        ctype = {'txt': 'text/plain', 'csv': 'text/csv', 'html': 'text/html',
                 'htm': 'text/html', 'hl7': 'application/hl7-v2',
                 'x12': 'application/edi-x12', 'edi': 'application/edi-x12'
                 }.get(ext, 'application/octet-stream')
    p = Message()
    p['Content-Type'] = ctype
    if ctype.startswith('text/'):
        p.set_param('charset', charset)
    p.set_param('name', fname)
    p['Content-Disposition'] = 'attachment'
    p.set_param('filename', fname, header='Content-Disposition')
    data = content.encode(charset) if isinstance(content, str) else content
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p


BASE = datetime.datetime(2026, 10, 1, 7, 0, 0,
                         tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def build(d, idx, fname, when=None):
    h = int(hashlib.sha1(fname.encode()).hexdigest()[:8], 16)
    if when is None:
        when = d['extra'].get('date') or (
            BASE + datetime.timedelta(days=idx // 14, minutes=h % 660, seconds=h % 53))
    carrier = d['carrier']
    if carrier == 'html':
        body = textpart(d['html'] or to_html(d['body']), 'html', d['charset'], d['cte'])
    elif carrier == 'alt':
        body = Message()
        body['Content-Type'] = 'multipart/alternative'
        body.set_boundary('alt_' + hashlib.md5(fname.encode()).hexdigest()[:20])
        body.attach(textpart(d['body'], 'plain', d['charset'], d['cte']))
        body.attach(textpart(d['html'] or to_html(d['body']), 'html', d['charset'], d['cte']))
    else:
        body = textpart(d['body'], 'plain', d['charset'], d['cte'])
    parts = []
    for a in d['attach']:
        parts.append(attpart(*a))
    if d['fwd']:
        inner = build(d['fwd'], idx + 500, fname + '.inner',
                      when - datetime.timedelta(hours=2 + h % 46, minutes=h % 37))
        rp = Message()
        rp['Content-Type'] = 'message/rfc822'
        rp['Content-Disposition'] = 'attachment'
        rp.set_payload([inner])
        parts.append(rp)
    if parts:
        msg = Message()
        msg['Content-Type'] = 'multipart/mixed'
        msg.set_boundary('mix_' + hashlib.md5(fname.encode()).hexdigest()[:20])
        msg.attach(body)
        for p in parts:
            msg.attach(p)
    else:
        msg = body
    top = Message()
    top['From'] = _addr(d['frm'])
    top['To'] = _addr(d['to'])
    if d['cc']:
        top['Cc'] = _addr(d['cc'])
    subj = d['subject']
    try:
        subj.encode('ascii')
        ascii_subj = True
    except UnicodeEncodeError:
        ascii_subj = False
    if d['subj_enc'] or not ascii_subj:
        top['Subject'] = Header(subj, 'utf-8', header_name='Subject')
    else:
        top['Subject'] = subj
    top['Date'] = format_datetime(when)
    dom = parseaddr(d['frm'].split(';')[0])[1].split('@')[-1] or 'localhost'
    top['Message-ID'] = '<%s.%d@%s>' % (hashlib.sha1(fname.encode()).hexdigest()[:16], idx, dom)
    for k, v in d['extra'].items():
        if k != 'date':
            top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in msg.items():
        top[k] = v
    top.set_payload(msg.get_payload())
    return top


def fw(frm, to, subject, body, **kw):
    """Inner message for message/rfc822 forwarding."""
    d = dict(frm=frm, to=to, subject=subject, body=body, carrier='plain',
             charset='utf-8', cte=None, html=None, attach=[], fwd=None, cc=None,
             subj_enc=False, extra={})
    d.update(kw)
    return d

# =====================================================================
# PHI / care
# =====================================================================
add('phi', 'care', 'Whitcombe',
    'Renata Lusk, RN <rlusk@harborviewcommunityhosp.org>',
    'Jonah Ferreira <jferreira@harborviewcommunityhosp.org>',
    'handoff - 5 West bed 14',
    """Jonah,

Quick handoff before I run. Mr. Whitcombe in 14 went down for his colonoscopy at 10:40 and came back around 1. Prep was poor per GI so they want to repeat it Thursday with a two-day prep. He's tolerating clears. Vitals have been fine, last BP 132/78.

His daughter Carla called twice asking when he'll be discharged. I told her the team would round again after 4. Her cell is on the whiteboard.

Don't forget the 1800 blood draw, lab already printed the label.

Renata
""")

add('phi', 'care', 'Abernathy-Cole',
    'Dr. Samuel Oyelaran <s.oyelaran@lakeshoreortho.com>',
    'Front Desk <frontdesk@lakeshoreortho.com>',
    'Re: reschedule',
    """Please move Ms. Abernathy-Cole to the first slot next Tuesday. Her post-op x-rays from the knee replacement look good but I want to see her before PT advances her to stairs. If she can't do Tuesday, any morning that week works, just not Friday.

Also cancel the MRI order from August, she doesn't need it now.

SO

> On Mon, Oct 5, 2026 at 9:12 AM Front Desk wrote:
> Dr. O - Linda Abernathy-Cole called, she can't make Thursday's
> follow-up (her ride fell through). What do you want to do?
""")

add('phi', 'care', 'Baptiste',
    'Marisol Quintero <mquintero@comfortkeepershomecare.net>',
    'Intake Team <intake@comfortkeepershomecare.net>',
    'visit note - Baptiste 10/7',
    """Visit 10/7, 9:00-11:00 at the Baptiste home on Elmira Ave.

Mrs. Baptiste was up in her chair when I arrived. Helped her shower with the bench, changed the dressing on her left heel (wound nurse's orders), looks a little smaller than last week, no smell. Set up her pill box for the week. She said she skipped her evening pills twice because she fell asleep early. Her son Marc was there and said he'd start calling her at 7.

Blood sugar this morning 188, she had already eaten.

Next visit Friday.
Marisol Q., HHA
""", carrier='qp', cte='quoted-printable')

add('phi', 'care', 'Thorsby',
    'Kendra Vail <kvail@northfieldhospice.org>',
    'Bereavement Team <bereavement@northfieldhospice.org>',
    'Passing - Gerald Thorsby',
    """Team,

Gerald Thorsby died at home at 3:25 this morning with his wife Ellen and both sons present. Our on-call nurse Paulo pronounced and the funeral home (Hartley & Sons) picked him up at 6:10. Morphine and lorazepam were wasted with Ellen as witness, counts documented.

Ellen asked that the hospital bed and oxygen be picked up after the weekend. Please start the 13-month bereavement follow-up; she'd like a call rather than letters.

Thank you all for the care you gave him these last five weeks.

Kendra Vail, RN, Case Manager
""", carrier='alt')

add('phi', 'care', 'Delacroix',
    'Radiology Scheduling <rad.scheduling@meridianimaging.com>',
    'Dr. Priya Venkataraman <pvenkat@eastsidefamilymed.com>',
    'Results available: Delacroix, Yvette - CT abdomen/pelvis w contrast',
    """Dr. Venkataraman,

The final report for your patient Yvette Delacroix (CT abdomen/pelvis with contrast, performed 10/08/2026 at our Riverside location) is now available in the physician portal.

IMPRESSION (summary):
1. 1.8 cm hypodense lesion in the right hepatic lobe, indeterminate. Recommend MRI liver with contrast.
2. No free fluid. No lymphadenopathy.

The radiologist, Dr. Hallworth, attempted to reach your office by phone at 4:52 PM. Please call our reading room at 555-0147 with any questions.

Meridian Imaging Scheduling
This message is intended only for the addressee.
""", carrier='html', html="""<html><body style="font-family:Arial">
<p>Dr. Venkataraman,</p>
<p>The final report for your patient is now available in the physician portal.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Patient</th><td>Delacroix, Yvette</td></tr>
<tr><th>Exam</th><td>CT abdomen/pelvis with contrast</td></tr>
<tr><th>Performed</th><td>10/08/2026, Riverside</td></tr>
<tr><th>Impression</th><td>1. 1.8 cm hypodense lesion right hepatic lobe, indeterminate. Recommend MRI liver with contrast.<br>2. No free fluid. No lymphadenopathy.</td></tr>
</table>
<p>The radiologist, Dr. Hallworth, attempted to reach your office by phone at 4:52 PM. Please call our reading room at 555-0147 with any questions.</p>
<p style="color:#777;font-size:9pt">Meridian Imaging Scheduling &middot; This message is intended only for the addressee.</p>
</body></html>
""")

add('phi', 'care', 'Pruett',
    'Tasha Emmons <temmons@cedarvalleypt.com>',
    'Dr. Alan Rusk <arusk@cedarvalleyortho.com>',
    'Progress note - Colby Pruett, 6 visits',
    """Dr. Rusk,

Colby Pruett has completed 6 of 12 authorized visits since his ACL reconstruction. Knee flexion is up to 118 degrees (from 85 at eval), extension lacks 2. Quad lag resolved. He's jogging on the AlterG at 70% body weight without pain.

He missed last Wednesday (no-show, mom said a school game) but has otherwise been consistent. I'd like to request 8 more visits; the auth request is going to the insurer today.

Tasha Emmons, PT, DPT
Cedar Valley Physical Therapy
""")

add('phi', 'care', 'Nakagawa',
    'Brianne Tolliver <btolliver@stjudeofthevalley.org>',
    'Transfer Center <transfer@mercyregional.org>',
    'FW: transfer accepted',
    """Forwarding for your records. Bed is 4N-22. Family is driving separately.

-----Original Message-----
From: Dr. Evan Holcomb
Sent: Friday, October 9, 2026 2:14 PM
To: Brianne Tolliver
Subject: transfer accepted

Accepting Mrs. Nakagawa from your ED to our cardiac step-down. Please send the cath images on a disc or push to PACS, her last troponin and the echo from this morning. ETA by ground ambulance about 45 min. Keep the heparin drip running during transport.

Evan Holcomb, MD
""")

add('phi', 'care', 'Lindqvist',
    'Ortho Clinic <orthoclinic@pinecrestmedgroup.com>',
    'Karen Lindqvist <karen.lindqvist77@gmail.com>',
    'Your appointment on Oct 14',
    """Dear Karen Lindqvist,

This is a reminder of your upcoming appointment:

  Provider: Dr. Miriam Obuya, Orthopedic Surgery
  Date:     Wednesday, October 14, 2026, 8:45 AM
  Location: Pinecrest Medical Group, 2nd floor, Suite 210
  Reason:   Pre-operative visit, right shoulder arthroscopy

Please bring your insurance card and a list of your medications. Stop aspirin and fish oil 7 days before surgery unless told otherwise.

To cancel, reply to this email or call 555-0190.

Pinecrest Medical Group
""", carrier='alt', cte='quoted-printable')

add('phi', 'care', 'Hollister',
    'Greg Amundsen <gamundsen@riverbendsleep.com>',
    'Dr. Faye Cheung <fcheung@riverbendsleep.com>',
    'sleep study no-show x2',
    """Dr. Cheung - Derek Hollister no-showed for his in-lab sleep study again last night. That's twice (Sept 17 and Oct 8). The tech stayed until 10:30. We called his listed number and got voicemail.

Do you want us to switch him to the home study kit or discharge from the program per policy? His referring doc is Dr. Abiodun at Southgate Family.

Greg
""")

add('phi', 'care', 'Sorensen',
    'Lydia Marchetti <lmarchetti@brightsmilesdental.com>',
    'Dr. Paul Ostrowski <postrowski@ostrowskiendo.com>',
    'referral: Tove Sorensen #19',
    """Hi Dr. Ostrowski,

Referring Tove Sorensen to you for evaluation of tooth #19. She's had lingering sensitivity to cold since her crown prep in July, and the periapical we took Monday shows widening of the PDL around the mesial root. Percussion positive today. I've attached nothing yet; I'll upload the PA to your portal this afternoon.

She's anxious about treatment and asked whether nitrous is available at your office.

Thanks,
Lydia Marchetti, DDS
Bright Smiles Family Dental
""", carrier='b64', cte='base64')

add('phi', 'care', 'Okonkwo',
    'Social Work 6 East <sw6east@granitestatemedical.org>',
    'Beatrice Okonkwo <bea.okonkwo@outlook.com>',
    'Re: Dad going to rehab',
    """Hi Beatrice,

Yes, your father is cleared for discharge to Maple Ridge Rehab tomorrow morning. Transport is booked for 10 AM. Maple Ridge will continue his IV antibiotics through the PICC line until the 22nd and start PT/OT the day he arrives.

Please bring his glasses and hearing aids if you can; they weren't with him in the ED.

Warmly,
Denise Fairbanks, LCSW

> Is my dad (Chukwuma Okonkwo, room 612) going to the rehab place tomorrow
> or Monday? I need to ask off work. Thank you - Bea
""")
# =====================================================================
# PHI / names
# =====================================================================
add('phi', 'names', 'Gebremedhin',
    'Hana Tesfaye <htesfaye@capitolcommunityclinic.org>',
    'Dr. Robert Quarles <rquarles@capitolcommunityclinic.org>',
    'interpreter for Thursday',
    """Dr. Quarles,

I booked an Amharic interpreter (in person, not video) for W/ro Almaz Gebremedhin's follow-up Thursday at 1:30. Last time she nodded through the whole visit and then called me afterward to ask what the new pill was for. Her granddaughter usually comes but is in school that day.

She is still taking the metformin once a day instead of twice. I went over it with her again in Amharic on the phone.

Hana
Community Health Worker
""")

add('phi', 'names', 'Warsame',
    'Abdiwali Hersi <ahersi@cedarriverpeds.org>',
    'Nurse Line <nurseline@cedarriverpeds.org>',
    'callback - Hodan Abdirahman Warsame (age 4)',
    """Mom called back about Hodan Abdirahman Warsame. Fever 102.8 since last night, ate a little breakfast, drinking OK, wet diapers x3 today. She gave ibuprofen at 6am. Rash on the trunk started this morning, mom says it fades when she presses a glass on it.

Mom's English is limited, I spoke Somali with her. She can bring Hodan in at 2:40 if we have room. Please call her back before noon.

Abdiwali
""")

add('phi', 'names', 'Desrosiers',
    'Fabienne Charles <fcharles@flatbushcarecenter.org>',
    'Rehab Team <rehab@flatbushcarecenter.org>',
    "Mr. Desrosiers' wheelchair",
    """Hi all,

Mr. Desrosiers' new wheelchair cushion arrived, it's at the nurses' station. Please make sure he is sitting on it for every meal, his sacral area was pink again this morning at his bath. His wife, Madame Desrosiers, will be in at 3 and wants to talk to someone from PT about his walking.

Fabienne, LPN
""", carrier='html')

add('phi', 'names', 'Sokolova',
    'Inna Berezina <iberezina@brightonbeachmed.com>',
    'Billing <billing@brightonbeachmed.com>',
    'Sokolova, Valentina P. -- wrong procedure code',
    """Hi billing,

For Sokolova, Valentina Petrovna (DOS 09/29), the claim went out with 99214 but she also had the knee injection (20610) with the cortisone. Dr. Feldman documented it in the procedure note. Can you send a corrected claim?

Her daughter-in-law called about the bill, she said Medicare paid only the visit.

Thanks,
Inna
""")

add('phi', 'names', 'Papadopoulou',
    'Nikos Papadopoulos <nikos.pap@gmail.com>',
    'Astoria Cardiology <info@astoriacardiology.com>',
    'my mother Konstantina',
    """Hello,

My mother Konstantina Papadopoulou (everyone calls her Kiki) saw Dr. Lambros on Monday for her pacemaker check. She says the doctor told her the battery is getting low but she did not understand when they will replace it. She is 84 and does not drive, I have to take off from work.

Can someone call me? 555-0163. She has given permission, she signed the form last year.

Thank you
Nikos
""")

add('phi', 'names', 'Yıldırım',
    'Prior Auth Desk <priorauth@summitneurology.com>',
    'Dr. Claire Beaumont <cbeaumont@summitneurology.com>',
    'Yıldırım, Mehmet - MRI brain pre-auth DENIED',
    """Dr. Beaumont,

Denied again. The plan says they need documentation of 6 weeks of failed conservative treatment for the headaches before they'll approve the MRI with and without contrast. Your note from 9/30 says "3 weeks". Can you addend if there's more history, or do you want to do a peer-to-peer? Their deadline for P2P is Wednesday 5 PM.

- Jessica (auth desk)
""", subj_enc=True)

add('phi', 'names', 'Takemoto',
    'Aiko Mori <amori@pacificgardensnursing.com>',
    'Dr. Wendell Price <wprice@pacificgardensnursing.com>',
    'Takemoto-san fall last night',
    """Dr. Price,

Takemoto-san (Hiroshi, room 118) had an unwitnessed fall at about 2:10 this morning on the way to the bathroom. Found sitting on the floor, no head strike per him, small skin tear on right forearm, steri-stripped. Neuro checks every hour since, all normal. His son was notified at 7.

He is on apixaban so I want to ask if you'd like a head CT to be safe. He refuses to use the call light, says he doesn't want to bother anyone.

Aiko Mori, RN
""", carrier='alt')

add('phi', 'names', 'Chaudhry',
    'Coding <coding@westbrookhealth.org>',
    'Dr. Imran Siddiqui <isiddiqui@westbrookhealth.org>',
    'query: M.A. Chaudhry 10/02 admission',
    """Dr. Siddiqui,

Coding query for M.A. Chaudhry (Muhammad Asif), admitted 10/02, discharged 10/06.

Your discharge summary says "acute on chronic kidney injury" while the nephrology consult says "AKI on CKD stage 3b". Could you clarify the CKD stage in an addendum so we can code it accurately? Also the sodium of 126 on day 1 was treated with fluid restriction but hyponatremia isn't in the diagnosis list. Please indicate if it was clinically significant.

Thank you,
Rosalind Meeks, CCS
""", cte='quoted-printable')

add('phi', 'names', 'Gonçalves',
    'Thiago Barros <tbarros@framinghamfamily.org>',
    'Dr. Ellen Whitaker <ewhitaker@framinghamfamily.org>',
    'Nando - labs back',
    """Dr. Whitaker,

Labs back on Luiz Fernando Gonçalves ("Nando", the landscaper you saw Tuesday). A1c 9.4, LDL 161, creatinine normal, urine microalbumin elevated. He asked me to call him in Portuguese when results came in so I can explain. Do you want to start him on the new medication today or have him come in first?

Thiago, MA
""")

add('phi', 'names', 'Ortega Villaseñor',
    'Alondra Reyes <areyes@valleyhealthpartners.org>',
    'OB Triage <obtriage@valleyhealthpartners.org>',
    'heads up: Ortega Villaseñor coming in',
    """Heads up - María Guadalupe Ortega Villaseñor, 34 weeks, G3P2, just called from the parking lot. Says decreased fetal movement since this morning and some cramping. She'll be at triage in 5 minutes. Her chart is under ORTEGA VILLASENOR (no ñ, registration couldn't type it).

Husband is with her, Spanish only.

Alondra
""", cte='quoted-printable')

add('phi', 'names', "O'Donoghue",
    'Clodagh Brennan <cbrennan@sthelenscancercare.ie>',
    'Pharmacy Oncology <oncpharm@sthelenscancercare.ie>',
    "O'Donoghue cycle 4 - hold?",
    """Hi pharmacy,

Please hold Siobhán O'Donoghue's cycle 4 for today. Her neutrophils came back at 0.9 this morning and Dr. Keane wants to delay a week and add G-CSF. Mrs O'Donoghue's husband will collect her at 11 instead of 3.

Can you rebook the chair for next Tuesday and let me know if the bag was already made up?

Clodagh
Clinical Nurse Specialist
""", carrier='b64', cte='base64')

add('phi', 'names', 'McAllister',
    'Tammy Greer <tgreer@lakewoodseniorliving.com>',
    'Wellness Nurse <wellness@lakewoodseniorliving.com>',
    'Gus in 7B',
    """Hi Joan,

Gus in 7B (Fergus McAllister) was very confused at lunch, called me by his late wife's name and couldn't find his room. He was fine yesterday. His daughter said his last UTI started the same way. Can you check on him before dinner and maybe get a urine sample? I already moved his walker closer to the bed.

Tammy
Resident Services
""")

add('phi', 'names', 'Doris',
    'Night Charge <nightcharge4n@bayfrontgeneral.org>',
    'Day Charge <daycharge4n@bayfrontgeneral.org>',
    'overnight',
    """Quiet-ish night. Things for day shift:

- Doris in 412 pulled her IV twice, now has a new one in the left forearm with a sleeve over it. Sitter requested for today.
- 418 is still waiting on the echo, transport says first thing.
- Pharmacy needs a call about the vanc trough in 407.

Sorry about the med room, it's a mess, we had two rapid responses.

Lena
""")
# =====================================================================
# PHI / self
# =====================================================================
add('phi', 'self', 'Harrow',
    'Mel Harrow <melharrow1988@yahoo.com>',
    'Dr. Stein office <office@steinobgyn.com>',
    'spotting??',
    """hi its Melissa Harrow, i had my IUD put in on tuesday and ive been spotting every since, is that normal?? also cramps at night are pretty bad, the ibuprofen helps a little. should i come in or just wait it out. i dont want to bother dr stein if its nothing

thx
Mel
""")

add('phi', 'self', 'Dunmore',
    'rickdunmore <rick.dunmore@comcast.net>',
    'Patient Portal Messages <noreply@valleyheartcenter.com>',
    'Re: question about my meds',
    """ok thanks. so just to be clear I stop the lisinopril and start the new one tomorrow morning? the pharmacy said theres an interaction with my potassium pill. my pressure was 158/94 this morning on the home cuff.

Rick Dunmore

-----
From: Valley Heart Center Portal
Your care team has replied to your message. Log in to read it.
""")

add('phi', 'self', 'Ferreira',
    'Joana <joanaferreira.home@gmail.com>',
    'Kid Care Pediatrics <frontdesk@kidcarepeds.com>',
    'Mateo sick note for school',
    """Hello,

My son Mateo Ferreira was seen yesterday by Dr. Patel for strep throat (the quick test was positive). The school needs a note that he can go back Thursday after 24 hours on the antibiotic. Can you email it to me or should I pick it up?

His birthday is 3/14/2017 if you need it to find him.

Thanks so much,
Joana
""")

add('phi', 'self', 'Kowalczyk',
    'Teresa Kowalczyk <tkowalczyk52@aol.com>',
    'Billing Office <billing@lakelandmedicalassoc.com>',
    'bill for my husband',
    """To whom it may concern

I got a bill for $412.60 for my husband Stanley Kowalczyk for his visit with the kidney doctor on August 19. He has Medicare and the supplement from AARP. I think you didnt send it to the supplement. His account number on the bill is 55-20914.

He is in the nursing home now after his stroke so please send everything to me at this address.

Teresa Kowalczyk
""", carrier='alt')

add('phi', 'self', '',
    'J. <jay.b.writes@protonmail.com>',
    'Counseling Center <counseling@oakmontbehavioral.org>',
    'cancel thurs',
    """hey, need to cancel my session thursday 4pm with Dana. havent been sleeping and honestly just cant make myself leave the house this week. can she do a phone session instead? my DOB is 11/02/1996 if you need it. if not just put me down for the next one

- J
""")

add('phi', 'self', 'Albright',
    'Connie Albright <connie.albright@sbcglobal.net>',
    'Dr. Marcus Reyes <mreyes@sunrisegeriatrics.com>',
    'Fw: Mom after the hospital',
    """Dr Reyes - sorry to bother you on email but the nurse line keeps putting me on hold.

Mom (Harriet Albright) came home from St Luke's on Friday after the pneumonia. Shes weak, sleeping most of the day and only eating a few bites. The hospital changed her water pill and we dont know if she should still take the old one. Her legs are more swollen today.

Should I bring her in or take her back to the ER?

Connie (her daughter)
Sent from my iPhone
""")

add('phi', 'self', 'Liang',
    'Wei Liang <weiliang.sf@gmail.com>',
    'Bayview Dermatology <appointments@bayviewderm.com>',
    'biopsy result?',
    """Hi,

I had a biopsy on my back on 9/24 with Dr. Okafor. It has been 2 weeks and nobody called. The nurse said 7-10 days. I am very worried, my father had melanoma. Can someone please tell me the result or at least if it is done?

Wei Liang
DOB 07-19-1981
""", cte='base64')

add('phi', 'self', 'Bertrand',
    'Dave Bertrand <dbertrand@bertrandplumbing.com>',
    'Hillcrest Urgent Care <info@hillcresturgentcare.com>',
    'x-ray from saturday',
    """I was in saturday for my wrist after I fell off a ladder. The PA said the x-ray looked ok but a radiologist would look at it Monday and someone would call if there was a fracture. Nobody called but its still swollen and I cant grip a wrench. Do I still need the splint? Work wants a note saying when I can go back.

Dave Bertrand
555-0188
""")

add('phi', 'self', 'Nguyen',
    'Tracy Nguyen <tracy.nguyen.rn@gmail.com>',
    'Evergreen Memory Care <office@evergreenmemorycare.com>',
    'Re: Re: Dad',
    """Thanks Beth. I'll bring the new Depends and the shoes Saturday.

One more thing - the doctor from the hospital said to keep his quetiapine at night only, not the morning dose. Can you make sure the med tech has that? Last time he was so drowsy he fell asleep at breakfast.

Tracy

> On Oct 9, Beth Lowry wrote:
> Hi Tracy, your dad had a good week. He ate well and joined music on
> Wednesday. He needs more briefs and his sneakers are worn out.
>
>> On Oct 8, Tracy Nguyen wrote:
>> How is Dad (Van Nguyen) doing since he came back from the hospital?
""")

add('phi', 'self', 'Brandt',
    'Kelsey Brandt <kbrandt.home@icloud.com>',
    'HR Benefits <benefits@tristatelogistics.com>',
    'FMLA paperwork',
    """Hi Ronnie,

Attached is nothing, sorry - I'll scan tonight. But I wanted to give you a heads up: my surgeon scheduled my hysterectomy for November 3 at Mercy and I'll be out 6 weeks minimum. Dr. Castellano's office said they'd fax the certification form directly to you by Friday.

Can you tell me if short-term disability kicks in after the first week or two?

Kelsey Brandt
Dispatch, 2nd shift
""")

add('phi', 'self', 'Rourke',
    'Paddy <pjrourke@hotmail.com>',
    'Pharmacy <rx@corneroakpharmacy.com>',
    'refill',
    """need my refill of the inhaler and the prednisone. Rx # 4471902 and 4471903. can you put it on the card on file. will pick up after 5.

Patrick Rourke
""", carrier='qp', cte='quoted-printable')
# =====================================================================
# PHI / ids
# =====================================================================
add('phi', 'ids', '',
    'Lab Client Services <clientservices@keystonereflab.com>',
    'Office Manager <office@maplegroveinternalmed.com>',
    'Unlabeled specimen - action needed',
    """Good morning,

We received a specimen yesterday with a requisition but the tube label was incomplete. Requisition details:

  MRN:  MG-0048817
  DOB:  04/22/1959
  Tests ordered: CBC w/ diff, CMP, lipid panel, PSA
  Collected: 10/08/2026 08:15

The tube had only the DOB handwritten. Per CAP rules we cannot process it. Please recollect and relabel with two identifiers. Our courier can pick up at 2 PM.

Keystone Reference Laboratory - Client Services
""")

add('phi', 'ids', 'Marchbanks',
    'Statements <statements@northridgehealthsystem.org>',
    'heather.marchbanks@gmail.com',
    'Your statement from Northridge Health System',
    """NORTHRIDGE HEALTH SYSTEM - PATIENT STATEMENT

Guarantor: Heather Marchbanks
Patient:   Owen Marchbanks
Account #: 7700-31452-09
Statement date: 10/01/2026

Date      Description                              Charges   Ins Paid   You Owe
08/14/26  EMERGENCY DEPT VISIT LVL 4               1,842.00   1,310.00    532.00
08/14/26  XR FOREARM 2 VIEWS                         214.00     160.00     54.00
08/14/26  CLOSED REDUCTION FOREARM FX, PEDS          960.00     720.00    240.00

Amount due: $826.00   Due by 10/31/2026

Pay online at northridgehealth.example/pay or call 555-0122.
""", carrier='html', html="""<html><body>
<h3 style="font-family:Arial">Northridge Health System &ndash; Patient Statement</h3>
<table style="font-family:Arial;font-size:10pt" cellpadding="3">
<tr><td>Guarantor:</td><td>Heather Marchbanks</td></tr>
<tr><td>Patient:</td><td>Owen Marchbanks</td></tr>
<tr><td>Account #:</td><td>7700-31452-09</td></tr>
<tr><td>Statement date:</td><td>10/01/2026</td></tr>
</table>
<table border="1" cellspacing="0" cellpadding="3" style="font-family:Arial;font-size:10pt">
<tr><th>Date</th><th>Description</th><th>Charges</th><th>Ins Paid</th><th>You Owe</th></tr>
<tr><td>08/14/26</td><td>EMERGENCY DEPT VISIT LVL 4</td><td>1,842.00</td><td>1,310.00</td><td>532.00</td></tr>
<tr><td>08/14/26</td><td>XR FOREARM 2 VIEWS</td><td>214.00</td><td>160.00</td><td>54.00</td></tr>
<tr><td>08/14/26</td><td>CLOSED REDUCTION FOREARM FX, PEDS</td><td>960.00</td><td>720.00</td><td>240.00</td></tr>
</table>
<p style="font-family:Arial"><b>Amount due: $826.00</b> &nbsp; Due by 10/31/2026</p>
</body></html>
""")

add('phi', 'ids', 'Esposito',
    'Member Services <memberservices@bluecrestplan.com>',
    'Angela Esposito <aesposito@verizon.net>',
    'Explanation of Benefits - Claim 2026-0911-448102',
    """Dear Angela Esposito,

Member ID: BCX 882 417 336-02
Group #: 004471
Subscriber: Vincent Esposito

We processed a claim from Lakeside Allergy & Asthma for services on 09/11/2026:
  - Allergy skin testing, 40 tests (95004)
  - Office visit, established patient

Claim #: 2026-0911-448102
Billed: $1,120.00  Allowed: $486.20  Plan paid: $388.96  Your responsibility: $97.24 (coinsurance)

This is not a bill. If you have questions call the number on the back of your ID card.

BlueCrest Health Plan
""", cte='quoted-printable')

add('phi', 'ids', '',
    'Dr. Ivy Sandoval <isandoval@rosewoodpeds.com>',
    'Nurse Pool <nurses@rosewoodpeds.com>',
    'growth check',
    """Can someone pull the growth chart for the kiddo born 2/9/21, chart # RW 22-4810? Mom thinks she's not gaining, and the last two weights were 14.1 kg and 14.0 kg three months apart. I'd like a CBC, lead level and celiac screen at her visit on the 16th.

thanks
IS
""")

add('phi', 'ids', 'TRAN',
    'Refill Center <refills@greenleafpharmacy.com>',
    'Dr. Howard Kim <hkim@pacificaprimarycare.com>',
    'Refill request - TRAN, MINH - Rx 7302244',
    """REFILL AUTHORIZATION REQUEST

Patient: TRAN, MINH
DOB: 12-Jan-1948
Rx #: 7302244
Drug: Warfarin 5 mg tablet, take 1 tablet daily except 1/2 tablet on Mon and Fri
Last fill: 09/10/2026, qty 30, refills remaining: 0

Please respond by fax to 555-0109 or reply to this email with approval. Patient reports last INR 2.6 at your clinic.

Greenleaf Pharmacy #14
""")

add('phi', 'ids', '',
    'Claims Correspondence <claims@harborlifeins.com>',
    'Provider Relations <pr@westendsurgical.com>',
    'Request for records - claim HL-26-3308115',
    """Provider Relations,

To complete our review of claim HL-26-3308115 we require the operative report and pathology report for the following:

  Subscriber ID: H77203148
  Patient DOB: 8 June 1974
  Date of service: 07/29/2026
  Procedure billed: laparoscopic cholecystectomy (47562)

Please submit within 30 days via the provider portal or fax to 555-0176. Failure to respond may result in denial.

Harbor Life & Health Claims Unit
""")

add('phi', 'ids', 'Ashby',
    'HIM Department <him@stgilesmedical.org>',
    'Legal Requests <records@brandtmcgillicuddylaw.com>',
    'Re: records request - Ashby',
    """Counsel,

We received your subpoena for records of Gordon Ashby, DOB 3/3/61, MRN 000 418 227. The records of his admission 05/02-05/11/2026 (including ICU stay and the orthopedic surgery) total 412 pages. Per state law the copy fee is $0.75/page. Upon payment we'll release via secure link.

Note the behavioral health consult notes require a separate authorization signed by the patient.

Health Information Management
St. Giles Medical Center
""", carrier='b64', cte='base64')

add('phi', 'ids', '',
    'Veronica Pike <vpike@dunmoreeyecare.com>',
    'Optical Lab <orders@visioncraftlabs.com>',
    'order 88213 - pt acct OD-19-2270',
    """Hi, following up on order 88213 for our patient acct OD-19-2270 (DOB 5-30-52). She had cataract surgery in the left eye in August and the new Rx is:

OD -2.25 -0.75 x 090
OS plano -0.50 x 180
Add +2.50

She's waiting on these to drive. Any ETA?

Veronica
Dunmore Eye Care
""")

add('phi', 'ids', 'Fairweather',
    'Utilization Review <ur@keystonemedicaid.gov>',
    'Case Management <cm@lakewoodregional.org>',
    'Concurrent review determination - Fairweather, Rosalie',
    """Member: Fairweather, Rosalie
Medicaid ID: 61-0024-881-7Q
Auth #: IP2610-77014
Facility: Lakewood Regional Medical Center

Determination: Continued inpatient stay APPROVED through 10/12/2026. Additional days beyond 10/12 require updated clinicals demonstrating need for IV therapy.

Reviewer: A. Castaneda, RN
""")

add('phi', 'ids', '',
    'Scheduling <scheduling@peakviewimaging.com>',
    'Referrals <referrals@hollowayfamilyhealth.com>',
    'missing info on referral',
    """Hi,

We got a referral for a mammogram + ultrasound (diagnostic, palpable lump left breast, 2 o'clock) but the fax cut off the name. All we have:

  DOB: 09/14/68
  Phone: (555) 014-3377
  Ins member #: XQG440918207

Can you resend the full referral? We'd like to get her in this week given the indication.

Peakview Imaging
""")

add('phi', 'ids', 'Greaves',
    'Collections <collections@summitrevenue.com>',
    'Arthur Greaves <agreaves@frontier.net>',
    'FINAL NOTICE - Account 20481-776',
    """Arthur Greaves
1184 Larkspur Rd
Millbrook, PA 17000

RE: Balance owed to Millbrook Cardiology Associates
Account: 20481-776
Services: stress echocardiogram 03/18/2026, Holter monitor 03/25/2026
Balance: $318.40

This account has been placed with Summit Revenue Solutions. Please remit payment within 30 days or contact us to arrange a payment plan.
""", cte='quoted-printable')
# =====================================================================
# PHI / lists
# =====================================================================
add('phi', 'lists', 'Halvorsen',
    'OR Scheduling <orsched@tamarackmedical.org>',
    'Periop Staff <periop-all@tamarackmedical.org>',
    'OR schedule Tues 10/13 - FINAL',
    """Final board for Tuesday. Changes since yesterday marked *.

OR  Time   Patient              Age  Procedure                          Surgeon
1   0730   Halvorsen, Ingrid    67   R total hip arthroplasty           Dr. Mbeki
1   1100   Castro, Dolores      58   L TKA                              Dr. Mbeki
2   0730   Whitley, James       44   Lap chole                          Dr. Farrow
2   0930*  Pham, Kevin          31   Lap appendectomy (add-on)          Dr. Farrow
3   0800   Boateng, Yaw         72   TURP                               Dr. Lindgren
3   1030   Sutherland, Moira    55   Cystoscopy w/ stent exchange       Dr. Lindgren
4   0745   Rasmussen, Erik      61   CABG x3                            Dr. Achebe

* Pham added after midnight, NPO since 2200.

Anesthesia assignments to follow.
""")

add('phi', 'lists', 'Delgado',
    'Marta Ilves <milves@riverstonedialysis.com>',
    'Riverstone Staff <staff@riverstonedialysis.com>',
    'chair schedule MWF - week of 10/12',
    """Hi team, here's the MWF chair list. Note Mr. Delgado moves to 2nd shift starting Monday because of his new work hours.

Please see attached.

Marta
Charge Nurse
""", attach=[('MWF_chairs_1012.csv',
"""chair,shift,patient,dob,access,dry_wt_kg,notes
1,1st 05:30,"Delgado, Ramon",1966-02-11,L AVF,82.5,moves to 2nd shift 10/12
2,1st 05:30,"Ayodele, Grace",1957-09-30,R IJ permcath,61.0,hold heparin - GI bleed 9/28
3,1st 05:30,"Whitman, Larry",1949-12-02,L AVG,94.2,
4,1st 05:30,"Soto-Ruiz, Ana",1971-06-17,R AVF,58.8,new pt - first week
1,2nd 11:00,"Koenig, Harold",1944-03-05,L AVF,77.1,hypotensive last 3 tx
2,2nd 11:00,"Baptiste, Rose",1962-11-21,L AVF,69.4,
3,2nd 11:00,"Iqbal, Sana",1980-01-09,R AVG,55.0,transplant eval 10/20
""")])

add('phi', 'lists', 'Fontaine',
    'Infusion Center <infusion@lakeviewcancer.org>',
    'Pharmacy Compounding <compounding@lakeviewcancer.org>',
    'Thursday chairs',
    """Thursday chair assignments for pharmacy prep:

Chair 1  08:00  Fontaine, Marie-Claire   FOLFOX C6D1
Chair 2  08:00  Obi, Chinedu             pembrolizumab q3w
Chair 3  08:30  Hargrove, Tess           AC C2 (pegfilgrastim on-body)
Chair 4  09:00  Lucero, Ignacio          gemcitabine D8
Chair 5  10:00  Weiss, Jonathan          IVIG (not chemo, 4 hr)
Chair 6  12:30  Sato, Emi                carboplatin/paclitaxel C3D1 - labs pending

Please do not mix Sato until we confirm ANC. Call ext 4410.

Nadia
""", carrier='html')

add('phi', 'lists', 'Grady',
    'Case Management 3 North <cm3n@bellfieldhospital.org>',
    'Bed Management <bedmgmt@bellfieldhospital.org>',
    'anticipated discharges today',
    """Anticipated discharges 3N for today:

302A  Grady, Thomas      home w/ home health (PT/RN), ride 11:00
305B  Lowell, Betsy      SNF - Willow Creek, waiting on auth
309A  Nwachukwu, Peter   home, needs new O2 setup before d/c
311   Ferris, Andrea     AMA risk - wants to leave, MD aware
314B  Ybarra, Luis       home, teach insulin pen first

Likely tomorrow: 306A, 312.

Kim, RN CM
""")

add('phi', 'lists', 'Ellsworth',
    'Brooke Tamura <btamura@westlakefamilypractice.com>',
    'Dr. Nathan Cole <ncole@westlakefamilypractice.com>',
    'abnormal results to call back',
    """Dr. Cole - here's the callback list from your inbox. I've called the ones marked done.

1. Irene Ellsworth - TSH 0.08, free T4 high. Left VM x2.
2. Marcus Bell - potassium 5.9 (hemolyzed?) - needs redraw. DONE, coming tomorrow 8am.
3. Priya Nandakumar - pap ASC-US, HPV positive - needs colpo referral.
4. Walter Briggs - PSA 8.1 up from 4.6 - you wanted to call him yourself.
5. Sunny Okafor (peds) - lead level 7 - mom notified, DONE.

Brooke
""", cte='quoted-printable')

add('phi', 'lists', 'ABARA',
    'Quality Dept <quality@sunnybrookhealth.org>',
    'Infection Prevention <ip@sunnybrookhealth.org>',
    'C. diff cases Sept - line list',
    """Attached is the September line list for the monthly review. Two of these look hospital-onset, flagged in the last column.

R. Ouellette
Quality Analyst
""", attach=[('cdiff_linelist_sep2026.txt',
"""C. DIFFICILE LINE LIST - SEPTEMBER 2026 - CONFIDENTIAL
MRN        Name                 Unit   Admit     Pos Test   Onset
S0081122   ABARA, NGOZI         4W     09/02     09/07      HO
S0066410   PETTIGREW, ALAN      ICU    08/30     09/01      CO
S0091873   LUNDQUIST, HANNE     5E     09/11     09/19      HO
S0040017   MORENO, ESTEBAN      ED     09/22     09/22      CO
S0072291   FITZHUGH, CLARA      4W     09/20     09/24      CO-HCFA
""")])

add('phi', 'lists', 'Pellegrino',
    'Dr. Owen Marsh <omarsh@valleyoncology.com>',
    'Tumor Board <tumorboard@valleyoncology.com>',
    'Tumor board Wed - cases',
    """Cases for Wednesday noon:

1. Pellegrino, Frank (71) - new dx pancreatic head mass, CA19-9 410, EUS biopsy adenocarcinoma. Resectable vs borderline? - Dr. Marsh
2. Adeyemi, Folake (49) - ER+/PR+/HER2- breast, 2.3 cm, 1/3 nodes. Need for oncotype. - Dr. Lund
3. Krall, Dennis (63) - recurrent HNSCC after chemoradiation, PET avid R neck. Salvage surgery? - Dr. Ibarra

Path and radiology please pull images by Tuesday EOD.
""", carrier='alt')

add('phi', 'lists', 'Voss',
    'Coastal Home Health Scheduling <sched@coastalhomehealth.com>',
    'Aides Group <aides@coastalhomehealth.com>',
    'Route for Sat 10/10 - Aide: Kayla',
    """Kayla - your Saturday route:

8:00   Edna Voss, 14 Shoreline Dr apt 3      bath, dress, breakfast, meds reminder
9:30   Harold Pike, 220 Gull Rd              Hoyer transfer with family, catheter care
11:00  Mrs. Lucinda Barros, 9 Marsh Ln       light housekeeping, foot care (diabetic - do NOT cut nails)
1:00   Jerome Tate, 77 Bayberry Ct           shower, colostomy bag change
2:30   Ana Pinto, 301 Harbor St #5B          companionship, walk, log BP

Gate code at Shoreline is 4471. Call the office if anyone refuses care.
""")

add('phi', 'lists', 'Moreau',
    'School Nurse <nurse@lincolnelementary.k12.example>',
    'Principal Dawson <pdawson@lincolnelementary.k12.example>',
    'field trip med list - 4th grade',
    """Mr. Dawson,

For Friday's trip to the science museum, these 4th graders need meds or plans with them. I'll go myself since two have epi-pens.

- Lucas Moreau (Rm 12) - peanut allergy, EpiPen Jr x2
- Aaliyah Bennett (Rm 12) - asthma, albuterol inhaler before walking
- Owen Schultz (Rm 14) - type 1 diabetes, CGM, snack at 10, insulin pump
- Isabella Cruz (Rm 14) - bee sting allergy, EpiPen Jr
- Noah Fitzgerald (Rm 15) - ADHD med given at school, he'll take it at 11:30

Parents have signed the forms.
Carol Hendricks, RN
""")

add('phi', 'lists', 'Ruiz',
    'Outreach <outreach@sagebrushchc.org>',
    'Care Coordinators <cc@sagebrushchc.org>',
    'overdue mammo + colonoscopy outreach list',
    """Attached is this month's gap list pulled from the registry. Please call and document in the outreach log. Spanish speakers are marked.
""", attach=[('gap_list_oct.csv',
"""mrn,last,first,dob,phone,gap,language
SB1004421,Ruiz,Maribel,1970-04-12,555-0131,mammogram overdue 26 mo,es
SB1008830,Thompson,Gail,1962-08-03,555-0142,colonoscopy overdue / FIT not returned,en
SB1001275,Hernandez,Jose Luis,1959-11-28,555-0153,colonoscopy never done,es
SB1012908,Kaur,Harpreet,1967-02-19,555-0164,mammogram overdue 14 mo,pa
SB1009114,Yazzie,Loretta,1955-07-07,555-0175,mammogram + A1c overdue,en
""")], carrier='alt')

add('phi', 'lists', 'Kessler',
    'Vaccine Clinic <vaxclinic@hollowaycountyhealth.gov>',
    'Dr. Amira Haddad <ahaddad@hollowaycountyhealth.gov>',
    'FW: reactions from Saturday clinic',
    """Dr. Haddad, forwarding the reaction log from Saturday's flu/COVID clinic as requested. None needed transport.

---------- Forwarded message ---------
From: Jenna Ruiz <jruiz@hollowaycountyhealth.gov>
Date: Sat, Oct 3, 2026 at 4:41 PM
Subject: reactions

1. Brian Kessler, 52 - lightheaded 5 min after COVID shot, BP 98/60, lay down 20 min, recovered.
2. Amelia Chou, 17 - vasovagal syncope after flu shot, no injury, mom present.
3. Dolores Whitfield, 80 - hives on arm at 15 min, diphenhydramine 25 mg PO, resolved by 45 min. VAERS filed.
""")
# =====================================================================
# PHI / lang
# =====================================================================
add('phi', 'lang', 'Cárdenas',
    'Rosa Cárdenas <rosacardenas62@hotmail.com>',
    'Clínica del Valle <citas@clinicadelvalle.org>',
    'cita de mi esposo',
    """Buenas tardes,

Le escribo porque mi esposo Ernesto Cárdenas tenía cita el martes con el doctor Salgado para revisar los resultados de la sangre y del ultrasonido del hígado, pero lo internaron el domingo en el Hospital San Rafael por una hemorragia. Todavía está allí. ¿Pueden cambiar la cita para cuando salga? También necesita que le renueven la receta del propranolol.

Muchas gracias,
Rosa Cárdenas
""", charset='iso-8859-1', cte='quoted-printable')

add('phi', 'lang', 'Montoya',
    'Enf. Lucía Barrientos <lbarrientos@hospitalsantaines.mx>',
    'Dra. Patricia Ochoa <pochoa@hospitalsantaines.mx>',
    'Re: paciente de la cama 8',
    """Doctora,

La Sra. Guadalupe Montoya Ríos (cama 8) amaneció con glucosa de 312 en ayunas. Le apliqué la insulina de rescate según el esquema. Refiere mareo y sed. Los familiares preguntan si ya puede comer normal o sigue con dieta para diabético. ¿Quiere que le pidamos hemoglobina glucosilada?

Saludos,
Lucía

> ¿Cómo pasó la noche la paciente de la 8? - PO
""", charset='windows-1252', cte='quoted-printable', subj_enc=True)

add('phi', 'lang', 'Lefebvre',
    'Secrétariat Dr Garnier <secretariat.garnier@cabinetmedical-lyon.fr>',
    'Centre d\'imagerie Bellecour <rdv@imagerie-bellecour.fr>',
    'Demande de rendez-vous IRM - Mme Lefebvre',
    """Bonjour,

Je vous contacte de la part du Dr Garnier pour un rendez-vous d'IRM du genou droit pour Mme Hélène Lefebvre, née le 12/05/1958. Suspicion de lésion méniscale suite à une chute le mois dernier. L'ordonnance est jointe au dossier, elle peut venir le matin de préférence.

Vous pouvez la joindre au 06 12 34 56 78.

Cordialement,
Sandrine
Secrétariat médical
""", charset='iso-8859-1', cte='quoted-printable', subj_enc=True)

add('phi', 'lang', 'Jean-Louis',
    'Marie-Ange Jean-Louis <majeanlouis@videotron.ca>',
    'Clinique Saint-Michel <accueil@cliniquestmichel.qc.ca>',
    'résultats de ma fille',
    """Bonjour,

Ma fille Sophia Jean-Louis a fait une prise de sang la semaine dernière à votre clinique (le Dr Tremblay pensait à une anémie). Personne ne nous a rappelées. Elle est toujours fatiguée et très pâle. Pouvez-vous me dire si les résultats sont arrivés ? Son numéro de dossier est le 448-219.

Merci beaucoup
Marie-Ange
""", carrier='alt', charset='windows-1252', cte='quoted-printable')

add('phi', 'lang', 'Schäfer',
    'Praxis Dr. med. Kühn <praxis@kuehn-allgemeinmedizin.de>',
    'Physiotherapie am Markt <termine@physio-am-markt.de>',
    'Überweisung Herr Schäfer',
    """Sehr geehrte Damen und Herren,

anbei die Verordnung für Herrn Dieter Schäfer (geb. 03.08.1955). Diagnose: Zustand nach Implantation einer Knie-TEP links am 14.09.2026. Verordnet: 10x Krankengymnastik, 2x wöchentlich, sowie Lymphdrainage.

Herr Schäfer ist auf einen Rollator angewiesen; bitte Termine möglichst im Erdgeschoss.

Mit freundlichen Grüßen
Petra Weiland, MFA
""", charset='iso-8859-1', cte='quoted-printable', subj_enc=True,
    attach=[('Verordnung_Schaefer.txt',
"""Heilmittelverordnung
Patient: Schäfer, Dieter   geb. 03.08.1955
Versichertennr.: K204417389
Diagnose: Z96.652 Knie-TEP links
Heilmittel: KG 10x, MLD 6x
Dr. med. A. Kühn
""", 'text/plain', 'iso-8859-1')])

add('phi', 'lang', 'Albuquerque',
    'Fernanda Albuquerque <fe.albuquerque@uol.com.br>',
    'Consultório Dra. Tavares <contato@dratavarespediatria.com.br>',
    'febre do Davi',
    """Oi Dra. Tavares, boa noite

O Davi (Davi Albuquerque, 2 anos) está com febre de 39,2 desde ontem e agora começou a tossir muito. Dei dipirona às 18h. Ele está tomando o antibiótico que a senhora receitou na segunda (amoxicilina 5 ml de 8 em 8 horas) mas parece não melhorar. Levo ao pronto-socorro ou espero até amanhã?

Beijos, Fernanda
""", charset='iso-8859-1', cte='base64')

add('phi', 'lang', 'Bellandi',
    'Ambulatorio Cardiologia <cardiologia@ospedalesanpaolo.it>',
    'Giulia Bellandi <giulia.bellandi@libero.it>',
    'Esito Holter ECG - sig. Bellandi',
    """Gentile sig.ra Bellandi,

in risposta alla Sua richiesta, Le comunichiamo che il referto dell'Holter ECG di Suo padre, sig. Renato Bellandi, eseguito il 28/09, è disponibile. Il cardiologo ha riscontrato episodi di fibrillazione atriale parossistica e desidera vederlo in ambulatorio giovedì 15 ottobre alle ore 10:30 per valutare la terapia anticoagulante.

Si prega di portare l'elenco dei farmaci attuali.

Cordiali saluti,
Segreteria Ambulatorio di Cardiologia
""", carrier='html', charset='iso-8859-1', cte='quoted-printable')

add('phi', 'lang', 'Wiśniewska',
    'Katarzyna Nowak <k.nowak@przychodniazdrowie.pl>',
    'Gabinet USG <usg@przychodniazdrowie.pl>',
    'Pacjentka Wiśniewska - pilne USG',
    """Dzień dobry,

proszę o pilny termin USG jamy brzusznej dla pani Barbary Wiśniewskiej (PESEL 61040512345). Pacjentka zgłosiła się dziś z silnym bólem w prawym podżebrzu, podejrzenie kamicy żółciowej. Dr Zieliński prosi o badanie jeszcze w tym tygodniu.

Pozdrawiam,
Katarzyna Nowak
Rejestracja
""", charset='iso-8859-2', cte='quoted-printable', subj_enc=True)

add('phi', 'lang', 'Phạm',
    'Phạm Thị Lan <lanpham.hn@gmail.com>',
    'Phòng khám Đa khoa Hòa Bình <lienhe@phongkhamhoabinh.vn>',
    'Hỏi về kết quả xét nghiệm của mẹ tôi',
    """Chào bác sĩ,

Mẹ tôi là bà Phạm Thị Hồng, sinh năm 1950, đã làm xét nghiệm máu và siêu âm tim tại phòng khám vào ngày 02/10. Bác sĩ Trần nói sẽ gọi lại nhưng đến nay vẫn chưa có kết quả. Mẹ tôi vẫn bị khó thở khi đi lại và phù chân. Xin cho biết khi nào có kết quả và có cần tái khám không ạ.

Cảm ơn,
Lan
""", cte='base64')

add('phi', 'lang', 'Dela Cruz',
    'Maricel Dela Cruz <maricel.delacruz@yahoo.com>',
    'Nurse Station 7W <7west@stvincentmedical.org>',
    'Re: si Tatay',
    """Hello po,

Ako po si Maricel, anak ni Mr. Rodrigo Dela Cruz sa room 714. Tanong ko lang po kung natuloy na ang dialysis niya kanina? Sabi po kasi ng doktor kahapon baka ngayong araw na siya i-dialysis dahil mataas ang creatinine. Hindi po kasi sumasagot si Tatay sa phone niya. Salamat po!

Maricel
""")

add('phi', 'lang', 'Кузнецов',
    'Ольга Кузнецова <olga.kuznetsova@mail.ru>',
    'Регистратура <registratura@gp12-clinic.ru>',
    'Запись к кардиологу — Кузнецов Иван Сергеевич',
    """Здравствуйте!

Прошу записать моего отца, Кузнецова Ивана Сергеевича, 14.02.1949 г.р., к кардиологу. После выписки из больницы (инфаркт в сентябре) врач велел прийти на приём через месяц и сделать ЭКГ и анализ на холестерин. Полис ОМС 7751 2233 4455 6677.

Телефон для связи: +7 916 555-01-44.

С уважением,
Ольга
""", charset='koi8-r', cte='base64', subj_enc=True)

add('phi', 'lang', 'الحسيني',
    'Nour Al-Husseini <nour.alhusseini@gmail.com>',
    'Appointments <appointments@cedarsmedicalcenter.org>',
    'موعد والدي',
    """السلام عليكم،

أكتب بخصوص والدي السيد خالد الحسيني، تاريخ الميلاد 1952/06/03، رقم الملف 33-58214. أجرى عملية القسطرة القلبية يوم الأحد الماضي وطلب الدكتور منصور مراجعة بعد أسبوعين لفحص مكان القسطرة وتعديل جرعة دواء السيولة. نرجو تحديد موعد صباحي إن أمكن.

وشكراً،
نور
""", cte='base64', subj_enc=True)
# =====================================================================
# PHI / struct
# =====================================================================
add('phi', 'struct', 'BRANNIGAN',
    'Tom Wexler <twexler@cobaltregional.org>',
    'Interface Team <interfaces@cobaltregional.org>',
    'A01s rejecting in the lab feed since 6am',
    r"""Hey interface team,

Lab system is kicking back admits since this morning with "PV1-3 invalid location". Here's one from the error queue, it's a real patient so please don't forward outside the team:

MSH|^~\&|EPICADT|COBALT|SUNLAB|COBALT|20261009061544||ADT^A01|MSG00448122|P|2.5.1
EVN|A01|20261009061500
PID|1||CR00917734^^^COBALT^MR||BRANNIGAN^SHEILA^M||19630521|F|||88 QUARRY RD^^GRANVILLE^OH^43023||(555)010-4471|||M||CA9910447
PV1|1|I|3E^^^COBALT||||1447^OKAFOR^CHIDI^^^MD|||MED||||ER|||1447^OKAFOR^CHIDI^^^MD|IN||||||||||||||||||||||||||20261009060800
DG1|1||K85.90^Acute pancreatitis, unspecified^I10|||A

Looks like PV1-3 is missing room/bed now. Did someone change the bed board build?

Tom
""")

add('phi', 'struct', 'GUTIERREZ',
    'Lab Interface <labinterface@tricountylab.com>',
    'Medical Records <records@oakhollowclinic.com>',
    'Resend of result - provider never received',
    r"""Per your call, attached is the resend of the result your provider says never crossed into the chart. Please confirm receipt.

TriCounty Lab Interface Support
""", attach=[('ORU_resend_20261008.hl7',
"MSH|^~\\&|TCLAB|TRICOUNTY|OAKEMR|OAKHOLLOW|20261008154411||ORU^R01|TC88120937|P|2.3\r"
"PID|1||OH-552190||GUTIERREZ^ANDRES^J||19790214|M|||412 PINE ST^^OAK HOLLOW^TX^75000\r"
"ORC|RE|PO99813|TC5512044\r"
"OBR|1|PO99813|TC5512044|80053^COMPREHENSIVE METABOLIC PANEL|||20261008072000|||||||||2231^LIN^AMY^^^MD\r"
"OBX|1|NM|2345-7^GLUCOSE^LN||248|mg/dL|70-99|H|||F\r"
"OBX|2|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.7-1.3|H|||F\r"
"OBX|3|NM|2823-3^POTASSIUM^LN||5.4|mmol/L|3.5-5.1|H|||F\r"
"OBX|4|NM|2951-2^SODIUM^LN||136|mmol/L|135-145|N|||F\r", 'application/hl7-v2')])

add('phi', 'struct', 'HOLLOWAY',
    'Denise Crump <dcrump@pinevalebilling.com>',
    'Clearinghouse Support <support@medclearhub.com>',
    'Re: 837P rejected - invalid subscriber',
    r"""Hi, still getting the 2010BA rejection on this one. The member ID matches the card exactly. Can you look at what we're sending? Here's the claim loop (envelope removed):

NM1*85*2*PINEVALE FAMILY MEDICINE*****XX*1487729930~
N3*400 MAIN ST~
N4*PINEVALE*NC*27000~
REF*EI*561234567~
HL*2*1*22*0~
SBR*P*18*GRP44810******CI~
NM1*IL*1*HOLLOWAY*MARGARET*A***MI*ZKH447102931~
N3*19 BIRCH HOLLOW LN~
N4*PINEVALE*NC*27000~
DMG*D8*19580930*F~
NM1*PR*2*CAROLINA MUTUAL HEALTH*****PI*CMH01~
CLM*PV20261002A*185***11:B:1*Y*A*Y*Y~
HI*ABK:M17.11*ABF:E11.9~
LX*1~
SV1*HC:20610:RT*150*UN*1***1~
DTP*472*D8*20261002~
LX*2~
SV1*HC:J3301*35*UN*4***1~

Thanks,
Denise

> From: Clearinghouse Support
> Rejection: 2010BA NM109 Subscriber Primary Identifier invalid for payer CMH01.
""")

add('phi', 'struct', 'KRAMER',
    'EDI Mailbox <edi@cascadehealthplan.com>',
    'Accounts Receivable <ar@summitviewortho.com>',
    '835 remittance 10/09 - EFT 0004418822',
    """Attached is the 835 for EFT trace 0004418822. Paper copies are no longer mailed.
""", attach=[('835_CASCADE_20261009.edi',
"ISA*00*          *00*          *ZZ*CASCADEHP      *ZZ*SUMMITVIEWORT  *261009*0612*^*00501*000004418*0*P*:~"
"GS*HP*CASCADEHP*SUMMITVIEW*20261009*0612*4418*X*005010X221A1~"
"ST*835*0001~"
"BPR*I*1284.50*C*ACH*CCP*01*091000019*DA*88120044*1911223344**01*071000013*DA*5520014*20261009~"
"TRN*1*0004418822*1911223344~"
"N1*PR*CASCADE HEALTH PLAN~"
"N1*PE*SUMMITVIEW ORTHOPEDICS*XX*1922334455~"
"CLP*SV26-0911*1*2150*1284.5*215*12*2609118822041*11*1~"
"NM1*QC*1*KRAMER*DOUGLAS****MI*CHP550918274~"
"DTM*232*20260911~"
"SVC*HC:29881:RT*2150*1284.5**1~"
"CAS*PR*3*215~"
"CAS*CO*45*650.5~"
"SE*12*0001~"
"GE*1*4418~"
"IEA*1*000004418~", 'application/edi-x12')])

add('phi', 'struct', 'ABERNETHY',
    'Front Desk <frontdesk@riverbirchpeds.com>',
    'Billing Lead <billinglead@riverbirchpeds.com>',
    'is this kid active??',
    """Can you read this? Mom says he's covered but the 271 looks weird to me. Is he termed or not? Appointment is at 3.

ST*271*0001*005010X279A1~
BHT*0022*11*REQ8812*20261009*1044~
HL*1**20*1~
NM1*PR*2*SUNSTATE MEDICAID MCO*****PI*SSM77~
HL*2*1*21*1~
NM1*1P*2*RIVER BIRCH PEDIATRICS*****XX*1336699012~
HL*3*2*22*0~
TRN*2*REQ8812*9876543210~
NM1*IL*1*ABERNETHY*CALEB****MI*771049288~
DMG*D8*20180613*M~
DTP*346*D8*20260101~
EB*6**30~
DTP*347*D8*20260930~
MSG*COVERAGE TERMINATED - REDETERMINATION NOT RECEIVED~
SE*14*0001~
""")

add('phi', 'struct', 'OYELOWO',
    'Raj Menon <rmenon@northpointhealthit.com>',
    'Scheduling Integration <sched-int@northpointhealthit.com>',
    'SIU duplicates for the same appt',
    r"""Seeing the S12 fire twice for the same booking in PROD. Example below - same SCH-1, two control IDs 400 ms apart. Patient's visit is tomorrow so I'd rather not have a double-booked slot.

MSH|^~\&|CADENCE|NPH|ATHENA|NPH|20261009111502.114||SIU^S12|NPH55102|P|2.4
SCH|APT7718220||||||FOLLOWUP^Follow-up visit|POSTOP|20|MIN|^^20^20261010093000^20261010095000
PID|1||NP4410287^^^NPH^MR||OYELOWO^ADEBAYO||19851102|M
PV1|1|O|GENSURG^^^NPH
AIP|1||3389^WALDRON^KIRA^^^MD
NTE|1||Post-op check after inguinal hernia repair, drain removal

MSH|^~\&|CADENCE|NPH|ATHENA|NPH|20261009111502.518||SIU^S12|NPH55103|P|2.4
(identical body)

Raj
""")

add('phi', 'struct', 'LINDGREN',
    'Carrie Ostlund <costlund@lakeridgeradiology.com>',
    'RIS Support <ris-support@lakeridgeradiology.com>',
    'order came in without laterality',
    r"""Order landed in the RIS without laterality so the techs don't know which hip. Pasting the ORM. Can you tell if it's the ordering side or our mapping?

PID|1||LR-0093371||LINDGREN^ASTRID^E||19470309|F|||5 WILLOW CT^^LAKERIDGE^MN^55000
PV1|1|O|ORTHO CLINIC
ORC|NW|ORD44120||||||||||2290^HAUGEN^PER^^^MD
OBR|1|ORD44120||73502^XR HIP 2-3 VIEWS^CPT|||20261009||||||||^Hip pain after fall, r/o fracture|2290^HAUGEN^PER^^^MD

Thx,
Carrie
""", carrier='alt')

add('phi', 'struct', '',
    'Integration Engine Alerts <engine-alerts@fairmontmedical.org>',
    'Integration On-Call <integration-oncall@fairmontmedical.org>',
    '[ALERT] Channel PHARM_OUT - 3 messages errored',
    r"""Channel: PHARM_OUT (RDE^O11 to Omnicell)
Error: ACK AE - Unknown drug code

Sample message (1 of 3):

MSH|^~\&|FMC_EHR|FAIRMONT|OMNICELL|FAIRMONT|20261009143011||RDE^O11|FM7731022|P|2.5
PID|1||F0229184^^^FMC^MR||||19920417|F
PV1|1|I|L&D^2211^A
ORC|NW|RX4488012
RXE|^^^20261009143000^^S|00409-1234-01^OXYTOCIN 30 UNITS/500 ML^NDC|30||UNITS||||||||||||||||||
RXR|IV

This is an automated alert from the Fairmont integration engine.
""")

add('phi', 'struct', 'PRZYBYLSKI',
    'Alma Reyes <areyes@heartlandhealthplan.com>',
    'UM Intake <um@heartlandhealthplan.com>',
    'FW: 278 auth request stuck in pending',
    """Forwarding - provider says they sent this 278 on Monday and still shows pended. Can someone in UM look? Surgery is scheduled 10/16.
""", fwd=fw('Provider EDI <edi@grandriverspine.com>', 'UM Intake <um@heartlandhealthplan.com>',
    '278 request - PRZYBYLSKI',
    """Submitting again per phone call with rep (ref 4410-22).

ST*278*0001*005010X217~
BHT*0007*13*GRS20261005*20261005*0930~
HL*1**20*1~
NM1*X3*2*HEARTLAND HEALTH PLAN*****PI*HHP01~
HL*2*1*21*1~
NM1*1P*1*VANDERMEER*PIETER****XX*1558800122~
HL*3*2*22*1~
NM1*IL*1*PRZYBYLSKI*WALTER****MI*HHP00481772~
DMG*D8*19640718*M~
HL*4*3*EV*0~
UM*SC*I*2~
HI*ABK:M48.062~
SV1*HC:63047*1~
DTP*472*D8*20261016~
SE*15*0001~

Thank you,
Grand River Spine - Authorizations
"""))

add('phi', 'struct', 'NAKASHIMA',
    'Devon Pratt <dpratt@silverlakeimmunization.org>',
    'State Registry Help <iis-help@state-immreg.gov>',
    'VXU rejected - question on RXA-9',
    r"""Hello,

Our VXU for this child keeps coming back with "RXA-9 invalid". Is NIP001 still the right code table for historical vs administered? Message below.

MSH|^~\&|SLIMM|SILVERLAKE|IIS|STATE|20261008100212||VXU^V04^VXU_V04|SL20261008-0042|P|2.5.1|||ER|AL
PID|1||SL77120^^^SILVERLAKE^MR||NAKASHIMA^HARUTO^K^^^^L||20220305|M|||700 LOTUS AVE^^SILVERLAKE^CA^90000||^PRN^PH^^^555^0148227
NK1|1|NAKASHIMA^YUKI|MTH^Mother
ORC|RE||SL9912
RXA|0|1|20261008|20261008|03^MMR^CVX|0.5|mL^mL^UCUM||00^new immunization record^NIP01
RXA|0|1|20261008|20261008|21^varicella^CVX|0.5|mL^mL^UCUM||00^new immunization record^NIP01

Devon Pratt
Silver Lake Pediatrics
""", cte='quoted-printable')

add('phi', 'struct', 'ESPINOZA',
    'HIM Scanning <himscan@mesaverdehealth.org>',
    'Dr. Graham Whitlock <gwhitlock@mesaverdehealth.org>',
    'Transcribed note filed to wrong encounter?',
    r"""Dr. Whitlock,

The dictation below came through the transcription interface and attached to the 9/22 encounter instead of 10/06. Can you confirm it's the 10/06 clinic visit before we move it?

MSH|^~\&|TRANSCRIBE|MVH|EHR|MVH|20261007081533||MDM^T02|TX002281|P|2.3
PID|1||MV-310448||ESPINOZA^RAUL||19710726|M
PV1|1|O|GI CLINIC||||7721^WHITLOCK^GRAHAM
TXA|1|CN|TX|20261006||||||||DOC88120||||||AU
OBX|1|TX|CLINIC NOTE||Mr. Espinoza returns for follow-up of his cirrhosis. Paracentesis last week removed 4.2 L. Continues on spironolactone and furosemide. Discussed transplant referral.||||||F

HIM
""", carrier='html')
# =====================================================================
# CLEAN / staff
# =====================================================================
add('clean', 'staff', '',
    'Dr. Leah Morrow <lmorrow@cobaltregional.org>',
    'Hospitalist Group <hospitalists@cobaltregional.org>',
    'swap request Nov 14-15',
    """Hi all,

Anyone willing to take my nights Nov 14-15? I'll take any two of your December weekdays in exchange. My sister's wedding got moved up and I can't get out of it.

Leah
""")

add('clean', 'staff', '',
    'Clinical Education <clined@harborviewcommunityhosp.org>',
    'All Nursing <nursing-all@harborviewcommunityhosp.org>',
    'Updated sepsis bundle - effective Nov 1',
    """Good afternoon,

Starting November 1 the sepsis order set changes as follows:

1. Lactate is drawn with the first set of blood cultures, repeat within 2 hours if initial > 2.0.
2. 30 mL/kg crystalloid for hypotension or lactate >= 4, document actual body weight used.
3. Broad-spectrum antibiotics within 1 hour of recognition; pharmacy will verify stat orders within 10 minutes.
4. Reassessment note is required after the fluid bolus.

Skills stations will be open in the education room Oct 20-23, 0700-0900 and 1900-2100. Attendance counts toward annual competencies.

Clinical Education
""", carrier='alt')

add('clean', 'staff', '',
    'Dr. Arjun Mehta <amehta@valleyoncology.com>',
    'Residents <im-residents@valleyoncology.com>',
    'Morning report case - Thursday',
    """For Thursday's morning report. Please read before, we'll go through it as an unknown.

A man in his late 50s presents with 3 weeks of fatigue, night sweats and a 5 kg weight loss. Exam shows splenomegaly 4 cm below the costal margin, no lymphadenopathy. CBC: WBC 86,000 with left shift and basophilia, Hgb 10.9, platelets 520,000. Smear shows the full spectrum of myeloid maturation.

Questions:
1. What is your leading diagnosis and what single test confirms it?
2. How would you distinguish this from a leukemoid reaction?
3. First-line treatment options and how do you monitor response?

Details have been altered and the case is de-identified.

AM
""")

add('clean', 'staff', '',
    'Nina Castellanos <ncastellanos@pinecrestmedgroup.com>',
    'Ortho Clinic Staff <ortho-staff@pinecrestmedgroup.com>',
    'leaving at 2 tomorrow',
    """FYI I'm leaving at 2 tomorrow, I have a dentist appointment I've rescheduled three times already. Marco is covering the cast room and I'll have the room stocks done before I go. Text me if anything comes up.

Nina
""")

add('clean', 'staff', '',
    'Employee Wellness <wellness@granitestatemedical.org>',
    'All Staff <allstaff@granitestatemedical.org>',
    'Flu shots for staff + free chair massages',
    """Hi everyone,

Staff flu vaccination clinics are open:
  Mon-Fri, 6:30-8:30 AM and 6:30-8:30 PM, Conference Room B
  Roving cart on night shift Tues and Thurs

Declination forms are due Dec 1. Bring your badge.

Also, the wellness committee has chair massages in the chapel lounge on Friday 11-3 - sign up at the front desk of Employee Health. We know it's been a rough few months. The Employee Assistance Program is free and confidential: 555-0100.

Take care of yourselves,
Employee Wellness Committee
""", carrier='html')

add('clean', 'staff', '',
    'Dr. Farah Qureshi <fqureshi@eastsidefamilymed.com>',
    'Dr. Priya Venkataraman <pvenkat@eastsidefamilymed.com>',
    'Re: statin question',
    """Priya,

Short answer: for a primary prevention patient in their 60s with LDL in the 160s and a 10-year ASCVD risk around 12%, I'd start a moderate-intensity statin and recheck lipids in 8-12 weeks. A CAC score is reasonable if the patient is on the fence. For statin intolerance I usually try rosuvastatin every other day before giving up.

Happy to look at a specific chart if you want, just send me the name through the EHR message, not here.

Farah

> Farah - quick curbside, how aggressive are you being with statins in
> the borderline-risk folks lately? - P
""")

add('clean', 'staff', '',
    'Charge Nurse ED <edcharge@bayfrontgeneral.org>',
    'ED Nurses <ednurses@bayfrontgeneral.org>',
    'December schedule posted',
    """December schedule is posted on the board and in the staffing app. Holiday rotation this year: if you worked Christmas last year you're on New Year's this year.

Open shifts still unfilled: Dec 3 N, Dec 9 D, Dec 17 N, Dec 24 D, Dec 31 N (bonus pay applies to the last two).

Please request swaps through the app, not by text, so payroll can track them.

Kayla
""", cte='quoted-printable')

add('clean', 'staff', '',
    'Pharmacy & Therapeutics <pt-committee@westbrookhealth.org>',
    'Medical Staff <medstaff@westbrookhealth.org>',
    'Formulary update: IV iron substitution',
    """Effective October 19, iron sucrose will replace ferric gluconate on the inpatient formulary. Orders for ferric gluconate will be automatically converted by pharmacy per the P&T-approved therapeutic interchange:

  ferric gluconate 125 mg IV  ->  iron sucrose 100 mg IV
  ferric gluconate 250 mg IV  ->  iron sucrose 200 mg IV

Test doses are not required for iron sucrose. Questions to the clinical pharmacy pager.

P&T Committee
""")

add('clean', 'staff', '',
    'Dr. Ian Faulkner <ifaulkner@lakeshoreortho.com>',
    'Dr. Samuel Oyelaran <s.oyelaran@lakeshoreortho.com>',
    'Fwd: M&M slides',
    """Sam - forwarding the M&M draft. I scrubbed the dates and ages and removed the images with burned-in labels. Can you check slide 6, I wasn't sure whether the implant lot number counted as identifying so I took it out too.

---------- Forwarded message ---------
From: Quality Office
Subject: M&M slides

Case summary (de-identified): Elderly patient, elective TKA, postoperative day 2 developed unilateral calf swelling. Duplex confirmed DVT. Mechanical prophylaxis had been documented but pump found disconnected on two checks. Discussion points: compliance audits, nursing documentation, choice of chemical prophylaxis in patients with bleeding risk.
""")

add('clean', 'staff', '',
    'Kelly Branson <kbranson@comfortkeepershomecare.net>',
    'Field Staff <field@comfortkeepershomecare.net>',
    'mileage + winter driving reminder',
    """Hi team,

Mileage sheets for October are due by the 5th. Please use the new form, the old one doesn't have the odometer column.

With snow coming, reminder that if roads are unsafe you call the office BEFORE canceling a visit so we can reach the client's family. Keep a scraper, blanket and charger in the car. Nobody should be driving up Ridge Road in an ice storm for a bath visit.

Kelly, Field Supervisor
""")

add('clean', 'staff', '',
    'Dr. Rachel Imani <rimani@sunrisegeriatrics.com>',
    'NP Group <np-group@sunrisegeriatrics.com>',
    'deprescribing journal club',
    """Journal club Wednesday at 12:15 - we're doing the deprescribing trial on PPIs in nursing home residents. PDF is in the shared drive under Journal Club/2026.

Discussion questions:
- What proportion of residents on PPIs had a documented indication?
- Rebound symptoms - how did they taper?
- Would this change your practice?

Lunch is Mediterranean, vegetarian options.
Rachel
""", carrier='b64', cte='base64')

add('clean', 'staff', '',
    'Sonia Petrakis <spetrakis@brightsmilesdental.com>',
    'Hygiene Team <hygiene@brightsmilesdental.com>',
    'new sterilization log',
    """Team,

The state inspector is coming sometime in November. Starting Monday we're logging every autoclave cycle on the new sheet (cycle #, time, operator initials, indicator result). Spore tests are Wednesdays now, not Fridays. Please don't leave the log blank on lunch breaks.

Thanks for being awesome,
Sonia, Office Manager
""")
# =====================================================================
# CLEAN / lookalike
# =====================================================================
add('clean', 'lookalike', '',
    'Maple Paws Veterinary <frontdesk@maplepawsvet.com>',
    'Diane Korhonen <dkorhonen@gmail.com>',
    "Biscuit's dental - discharge instructions",
    """Hi Diane,

Biscuit did great today! Summary of his visit:

  Patient: Biscuit (canine, beagle mix, 9 yrs)
  Client #: MP-20417
  Procedure: dental cleaning under general anesthesia, extraction of two premolars
  Medications sent home: carprofen 25 mg, 1 tablet twice daily x 5 days; clindamycin 75 mg twice daily x 7 days

Soft food only for 10 days. He may be groggy tonight. Recheck in 2 weeks with Dr. Halvorsen.

Maple Paws Veterinary Hospital
""", carrier='alt')

add('clean', 'lookalike', '',
    'First Lakeshore Bank <alerts@firstlakeshorebank.com>',
    'Marcus Whitlow <mwhitlow@outlook.com>',
    'Verify your identity - account ending 4471',
    """Dear Marcus Whitlow,

We noticed a sign-in from a new device on your online banking profile. To keep your account secure, please confirm the details we have on file:

  Customer number: 0044-718-2290
  Date of birth on file: 02/17/1983
  Account: Checking ****4471

If this was you, no action is needed. If not, call us at the number on the back of your card. We will never ask for your full PIN by email.

First Lakeshore Bank Security Team
""")

add('clean', 'lookalike', '',
    'Horizon Wireless <billing@horizonwireless.example>',
    'Tanisha Okafor <tanisha.okafor@yahoo.com>',
    'Your bill is ready - Account 771042889-00001',
    """Hi Tanisha,

Your October bill is ready.

  Account number: 771042889-00001
  Amount due: $142.38
  Due date: 11/02/2026
  Lines: 3 (including 1 device payment, installment 14 of 24)

Your account PIN and date of birth (MM/DD) are required when you call Customer Care.

Thanks for being a Horizon customer since 2019.
""", carrier='html')

add('clean', 'lookalike', '',
    'Redline Car Rental <reservations@redlinerental.example>',
    'Gustavo Pereira Lima <gplima@hotmail.com>',
    'Reservation confirmed: RL-88210-KQ',
    """Reservation confirmation RL-88210-KQ

Renter: Gustavo Pereira Lima
Driver license: FL P640-118-72-044-0
Date of birth: 11 Mar 1990
Pick-up: MCO Airport, Oct 22, 2026 10:00
Return: MCO Airport, Oct 29, 2026 10:00
Vehicle: Mid-size SUV or similar
Loss damage waiver: declined

Drivers under 25 pay an additional daily fee. Bring a major credit card in the renter's name.
""")

add('clean', 'lookalike', '',
    'Ironworks Fitness <members@ironworksfitness.example>',
    'Colleen Fitzpatrick <colleenfitz@gmail.com>',
    'Membership freeze approved',
    """Hi Colleen,

Your membership freeze has been approved.

  Member #: IW-0028817
  Plan: All-Access Monthly
  Freeze period: Nov 1, 2026 - Jan 31, 2027
  Freeze fee: $10/month

Your personal training sessions (4 remaining) will be held until you return. We hope to see you back for the New Year challenge!

Ironworks Fitness
""")

add('clean', 'lookalike', '',
    'Office of the Registrar <registrar@westmorelandstate.edu>',
    'Daniela Ruiz-Ochoa <druizochoa@students.westmorelandstate.edu>',
    'Enrollment verification - Spring 2027',
    """Dear Daniela Ruiz-Ochoa,

This confirms your enrollment for Spring 2027.

  Student ID: W00482917
  Date of birth: 1999-08-24
  Program: BSN, Nursing (pre-licensure)
  Status: Full-time, 15 credits
  Courses: NURS 310 Pathophysiology, NURS 320 Pharmacology, NURS 330 Adult Health I, NURS 331 Clinical Practicum, STAT 205

Your clinical placement will be assigned by the School of Nursing in December. Tuition balance due January 8.

Office of the Registrar
""", cte='quoted-printable')

add('clean', 'lookalike', '',
    'Globetrek Travel Insurance <policies@globetrekins.example>',
    'Hiroshi Yamada <hyamada.travel@gmail.com>',
    'Your policy documents GTI-2026-5571904',
    """Dear Hiroshi Yamada,

Thank you for purchasing Globetrek Comprehensive.

  Policy number: GTI-2026-5571904
  Insured: Hiroshi Yamada (DOB 04/09/1971), Emiko Yamada (DOB 12/30/1974)
  Trip: Tokyo - Lisbon - Porto, Nov 3 to Nov 21, 2026
  Trip cost insured: $8,400
  Emergency medical limit: $250,000 per person

Your policy documents are attached to your online account. Keep this policy number with you when travelling. For 24/7 assistance abroad call +1 555 010 9900.

Globetrek Travel Insurance
""", carrier='alt')

add('clean', 'lookalike', '',
    'Coach Renee Salazar <rsalazar.u12@gmail.com>',
    'U12 Girls Parents <u12girls-parents@riversideyouthsoccer.example>',
    'Tournament roster - birth certificates needed',
    """Hi parents,

For the Harvest Cup the league is checking ages, so I need copies of birth certificates for anyone not already on file by Wednesday. Here's the roster I submitted:

  #3  Ava Lindqvist      06/14/2014
  #5  Sofia Marquez      01/30/2015
  #7  Kenzie O'Brien     09/02/2014
  #9  Priya Raman        11/19/2014
  #10 Harper Nwosu       03/08/2015
  #12 Lily Chen-Walsh    07/27/2014

Games are Saturday 8 AM and 1 PM at Hollis Park. Please have the girls there 45 minutes early in white jerseys.

Coach Renee
""")

add('clean', 'lookalike', '',
    'Sudsy Pup Grooming <booking@sudsypup.example>',
    'Rob Tanaka <robtanaka@comcast.net>',
    'Re: Mochi appointment',
    """Hi Rob,

Mochi is booked for Saturday at 9:30 for a full groom + nail grind. We noted she's on the apoquel for her itchy skin and the vet's note says to use the oatmeal shampoo only. We'll go easy around her ears since the infection just cleared.

Client acct #: SP-3318

See you Saturday!
Jess @ Sudsy Pup

> Can Mochi come in Saturday morning? She just finished ear drops from the
> vet, and she's still on her allergy pill. - Rob
""")

add('clean', 'lookalike', '',
    'Keystone Auto Insurance <claims@keystoneauto.example>',
    'Benedikt Varga <bvarga@gmail.com>',
    'Claim KA-26-0093318 - rental authorization',
    """Dear Benedikt Varga,

Your collision claim KA-26-0093318 (2021 Honda CR-V, VIN ending 44812) has been accepted. A rental car is authorized for up to 14 days at $40/day while repairs are completed at Lakeside Collision.

  Policy #: KAP 7718 2204
  Date of loss: 10/02/2026
  Deductible: $500

No injuries were reported on this claim. Your adjuster is Maria Cole, ext 4418.
""")

add('clean', 'lookalike', '',
    'Brightwater Public Library <circulation@brightwaterlibrary.example>',
    'Eleanor Abernathy <eabernathy42@aol.com>',
    'Items due soon - card 21887004412209',
    """Dear Eleanor Abernathy,

The following items on library card 21887004412209 are due on 10/20/2026:

  - "The Complete Guide to Living with Arthritis" (book)
  - "Chair Yoga for Seniors" (DVD)
  - "Mediterranean Diet Cookbook" (book)

You can renew online up to 3 times unless another patron has placed a hold.

Brightwater Public Library
""")

add('clean', 'lookalike', '',
    'SkyWest Loyalty <loyalty@skywestair.example>',
    'Amara Nwosu <amara.nwosu@gmail.com>',
    'Your boarding pass - Atlanta to Denver',
    """Hello Amara Nwosu,

You're checked in.

  SkyMiles #: 4420 1187 093
  Confirmation: QX7P2M
  Flight SW 1182, ATL to DEN, Oct 18, 2026, departs 7:45 AM, seat 14C
  Date of birth (for Secure Flight): 07/05/1988

Your upgrade request is waitlisted (position 3). Bags must be checked 45 minutes before departure.

SkyWest Airlines
""")
# =====================================================================
# CLEAN / training
# =====================================================================
add('clean', 'training', '',
    'EHR Training Team <ehrtraining@cobaltregional.org>',
    'New Hires Oct <newhires-oct@cobaltregional.org>',
    'Your training environment login + practice patients',
    """Welcome to Cobalt Regional!

Before your classroom session on Tuesday please log into the TRAINING environment (TRN, not PRD) and complete the exercises in the workbook. Use these practice patients only:

  ZZTEST, ALPHA    MRN TRN000101   - admit to 4W, place diet order, document vitals
  ZZTEST, BRAVO    MRN TRN000102   - med reconciliation, discontinue home lisinopril
  ZZTEST, CHARLIE  MRN TRN000103   - discharge with follow-up appointment

These are fictitious records that reset every night at 2 AM. Never practice on a real patient chart.

EHR Training Team
""")

add('clean', 'training', '',
    'Sim Lab <simlab@westmorelandstate.edu>',
    'NURS 330 Students <nurs330@westmorelandstate.edu>',
    'Sim scenario for Friday - read before lab',
    """Friday's simulation scenario: "Mr. Sam Manikin"

Background: 68-year-old man, post-op day 1 after right hemicolectomy. At 0300 he becomes restless, HR 124, BP 88/50, RR 26, temp 38.6, SpO2 91% on 2 L. Urine output 15 mL/hr for the past 3 hours.

You will be expected to:
- recognize sepsis and call a rapid response using SBAR
- draw cultures and lactate, start fluids per order
- communicate with the family member (played by a standardized actor)

Wear your clinical uniform. Debriefing will follow in Room 214.

Sim Lab Coordinator
""", carrier='alt')

add('clean', 'training', '',
    'Sarah Lin <slin@medicodexsolutions.example>',
    'Dr. Nathan Cole <ncole@westlakefamilypractice.com>',
    'Follow-up from our demo - sample report attached',
    """Hi Dr. Cole,

Thanks for joining the MediCodex demo yesterday. As promised, attached is the sample quality report we walked through. All patients in the demo tenant are synthetic, generated by our data simulator; none correspond to real people.

Happy to set up a pilot for your practice in January.

Best,
Sarah Lin
Account Executive, MediCodex
""", attach=[('demo_quality_report.csv',
"""patient,dob,measure,status,last_value
"Demo, Patient One",1960-01-01,A1c < 8,NOT MET,9.1
"Demo, Patient Two",1955-02-02,BP < 140/90,MET,128/82
"Demo, Patient Three",1970-03-03,Colorectal screening,NOT MET,none
"Sample, Jane",1980-04-04,Cervical screening,MET,2025-05-01
"Sample, John",1948-05-05,Statin therapy,MET,atorvastatin 40
""")])

add('clean', 'training', '',
    'Interface Team <interfaces@cobaltregional.org>',
    'Vendor Implementation <impl@sunlabsystems.example>',
    'TEST messages for validation - NOT PRODUCTION',
    r"""Attached below are the synthetic test messages for the ADT validation script. These were generated in our TST environment with fictitious patients. Please do not load into production.

MSH|^~\&|EPICADT|COBALT_TST|SUNLAB|COBALT_TST|20261001090000||ADT^A01|TST0001|T|2.5.1
EVN|A01|20261001090000
PID|1||TST9000001^^^COBALT^MR||TESTPATIENT^ADAM||19000101|M|||123 TEST ST^^TESTVILLE^OH^00000
PV1|1|I|3E^301^A^COBALT||||9999^TESTDOC^DOCTOR^^^MD
MSH|^~\&|EPICADT|COBALT_TST|SUNLAB|COBALT_TST|20261001090500||ADT^A03|TST0002|T|2.5.1
PID|1||TST9000001^^^COBALT^MR||TESTPATIENT^ADAM||19000101|M

Note MSH-11 = T (training/test). Expected ACK: AA for both.
""")

add('clean', 'training', '',
    'Pharmacy Informatics <rx-informatics@fairmontmedical.org>',
    'Nurse Educators <educators@fairmontmedical.org>',
    'BCMA downtime drill - using Mickey Mouse patient',
    """For Thursday's barcode downtime drill we'll use the test patient "MOUSE, MICKEY" (MRN 99999999) on unit 5E bed 99. Pharmacy has loaded a mock MAR with vancomycin, heparin and insulin lispro so staff can practice the paper MAR workflow.

Please remind staff the wristband and the test meds are labeled TEST ONLY in red. Do not take any of the drill supplies out of the education room.

Thanks,
Pharmacy Informatics
""")

add('clean', 'training', '',
    'HIPAA Compliance <compliance@northridgehealthsystem.org>',
    'All Workforce <workforce@northridgehealthsystem.org>',
    'Annual privacy training due Nov 30',
    """Annual HIPAA Privacy & Security training is now assigned in the learning portal. It takes about 40 minutes. New this year:

- A module on sending PHI by email: when encryption is required and how to use [secure] in the subject line.
- Scenarios on social media posts in patient care areas.
- Reporting a misdirected fax or email within 24 hours.

Completion is required to keep your network access active.

Office of Compliance
""", carrier='html')

add('clean', 'training', '',
    'Jorge Vidal <jvidal@medclearhub.com>',
    'Denise Crump <dcrump@pinevalebilling.com>',
    'Sample 837P from our companion guide',
    """Denise, here's the sample claim straight out of our companion guide (section 4.2) so you can compare loop structure with what your system generates. All values are dummy data.

NM1*IL*1*DOE*JOHN****MI*TEST000000001~
N3*123 ANY STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*M~
NM1*PR*2*SAMPLE PAYER*****PI*00000~
CLM*TESTCLAIM001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99213*100*UN*1***1~

Compare your NM109 with the format the payer list shows for CMH01.
Jorge
""")

add('clean', 'training', '',
    'Informatics <informatics@stgilesmedical.org>',
    'Physician Champions <champions@stgilesmedical.org>',
    'Go-live dress rehearsal - script',
    """Dress rehearsal is Saturday 8 AM. Each champion will run the following script end-to-end in the PLY (playground) environment:

1. Register TEST, WALKIN (ED) and triage.
2. Place CT head order, result with the canned "normal" report.
3. Admit TEST, WALKIN to 6 North, complete admission med rec.
4. Transfer to ICU, then back to 6N.
5. Discharge with two prescriptions to the test pharmacy.

Log any defects in the tracker with screenshots. Breakfast at 7:30.
""", cte='quoted-printable')

add('clean', 'training', '',
    'Coding Academy <academy@codingprosonline.example>',
    'Students <students@codingprosonline.example>',
    'Week 6 practice case - answer key',
    """Week 6 practice case answer key:

Case: A 45-year-old female presents to the office with a laceration to the left forearm, 3.2 cm, simple repair performed. Tetanus booster given.

Codes:
  S51.812A  Laceration without foreign body of left forearm, initial encounter
  W26.0XXA  Contact with knife
  12002     Simple repair, 2.6-7.5 cm
  90715     Tdap vaccine
  90471     Immunization administration

Common mistake: coding 12001 because the wound "looked small". Always go by documented length.
""")

add('clean', 'training', '',
    'Amanda Price <aprice@healthsimlabs.example>',
    'Workshop Attendees <attendees@healthsimlabs.example>',
    'Synthetic dataset for the FHIR/HL7 workshop',
    """Thanks for registering! The workshop dataset (synthetic, generated with an open-source patient generator) is attached. It contains 500 fake patients with names like "Abe604 Runolfsdottir785" so nobody mistakes them for real people.

Bring a laptop with Python 3.10+.
""", attach=[('synthetic_sample.txt',
r"""# SYNTHETIC TEST DATA - NOT REAL PATIENTS
MSH|^~\&|SYNTH|SIMLAB|WORKSHOP|SIMLAB|20260101000000||ORU^R01|SYN000001|T|2.5.1
PID|1||SYN-0001||RUNOLFSDOTTIR785^ABE604||19710312|M
OBX|1|NM|4548-4^Hemoglobin A1c^LN||6.1|%|4.0-5.6|H|||F
PID|1||SYN-0002||KUHLMAN926^MARISSA143||19880630|F
OBX|1|NM|2093-3^Cholesterol^LN||212|mg/dL|<200|H|||F
""")])

add('clean', 'training', '',
    'Dr. Helen Marsh <hmarsh@tamarackmedical.org>',
    'Anesthesia Residents <anes-residents@tamarackmedical.org>',
    'Crisis resource management sim - roles',
    """Tuesday's CRM session, roles:

Scenario A (malignant hyperthermia): Patel = team lead, Brooks = airway, Cho = dantrolene prep, Ibekwe = recorder.
Scenario B (can't intubate, can't oxygenate): Brooks = lead, Patel = front-of-neck access, Cho = airway assistant.

The mannequin will be "Mr. Sim" as always. Debrief uses the PEARLS model. No phones in the sim theatre.

HM
""")

add('clean', 'training', '',
    'Dana Whitfield <dwhitfield@riverbirchpeds.com>',
    'Front Desk Team <frontdesk@riverbirchpeds.com>',
    'practice in the new scheduling system',
    """Hi everyone,

The new scheduling system goes live Nov 2. Please practice booking in the sandbox this week using the fake families we made: the "Testerson" family (Timmy Testerson, DOB 01/01/2020, and Tina Testerson, DOB 02/02/2018). Try a well-child visit, a sick visit and a vaccine-only nurse visit for each.

Don't worry about breaking anything - the sandbox resets every Sunday.

Dana
""", carrier='b64', cte='base64')
# =====================================================================
# CLEAN / news
# =====================================================================
add('clean', 'news', '',
    'Hollowell County Health Dept <alerts@hollowellcountyhealth.gov>',
    'Health Alert Network <han-subscribers@hollowellcountyhealth.gov>',
    'HEALTH ADVISORY: Measles exposure at Eastgate Mall, Oct 3',
    """HEALTH ADVISORY - For clinicians and the public

The Hollowell County Health Department has confirmed a case of measles in an unvaccinated adult visitor. People who were at the following locations may have been exposed:

  Eastgate Mall food court, Saturday Oct 3, 11:00 AM - 3:00 PM
  Riverside Urgent Care waiting room, Monday Oct 5, 6:00 PM - 9:00 PM

Symptoms typically appear 7-21 days after exposure: fever, cough, runny nose, red eyes, followed by rash. Anyone with symptoms should CALL AHEAD before visiting a clinic.

Clinicians: test suspected cases with throat swab PCR and report immediately to 555-0111.
""", carrier='alt')

add('clean', 'news', '',
    'Sports Desk Daily <newsletter@sportsdeskdaily.example>',
    'subscribers@sportsdeskdaily.example',
    'Morning Huddle: Okoro out for season with torn ACL',
    """MORNING HUDDLE

Harbor City Hawks star forward Emeka Okoro will miss the rest of the season after tearing the anterior cruciate ligament in his left knee during Sunday's win, the team announced Monday. Okoro, 27, will undergo reconstructive surgery next week in Denver. Typical recovery is nine to twelve months.

Also today: the Pioneers' goalie cleared concussion protocol and is expected to start Friday; baseball's winter meetings move to Nashville.
""", carrier='html')

add('clean', 'news', '',
    'Lakeview Cancer Institute Foundation <foundation@lakeviewcancer.org>',
    'Mr. and Mrs. Edward Tillman <etillman@gmail.com>',
    'Thank you for your generous gift',
    """Dear Edward and Joan,

On behalf of everyone at Lakeview Cancer Institute, thank you for your gift of $2,500 to the Nurses' Education Fund in honor of nurse Patricia Olsen's 30 years of service.

Your generosity will help send eight oncology nurses to national certification courses next year. A plaque recognizing your gift will be placed in the infusion centre lobby.

With gratitude,
Marjorie Haines
Director of Development

Gift receipt #F26-11873. No goods or services were provided in exchange for this contribution.
""")

add('clean', 'news', '',
    'Hartley & Sons Funeral Home <obituaries@hartleyfuneral.example>',
    'Obituary Subscribers <obits@hartleyfuneral.example>',
    'Obituary: Eleanor Mae Pritchard, 1938-2026',
    """Eleanor Mae Pritchard, 88, of Millbrook passed away peacefully on October 6, 2026, surrounded by her family.

Born in Scranton to Walter and Ruth Dobbs, Eleanor taught third grade at Millbrook Elementary for 34 years and never missed a Christmas pageant. She loved her garden, her church choir and a good crossword.

She is survived by her children, Karen (Tom) Ashford and David Pritchard, seven grandchildren and two great-grandchildren. Visitation will be held Friday from 4-7 PM at Hartley & Sons, with a funeral Mass Saturday at 10 AM at St. Brigid's.

In lieu of flowers, donations may be made to the Millbrook Public Library.
""", cte='quoted-printable')

add('clean', 'news', '',
    'Bellfield Hospital <news@bellfieldhospital.org>',
    'Community Newsletter <community@bellfieldhospital.org>',
    'Bellfield Health Matters - October',
    """BELLFIELD HEALTH MATTERS | October 2026

* Our new Heart & Vascular Center opens November 9. Tour it during our open house, 10 AM - 2 PM, with free blood pressure screenings.
* Breast Cancer Awareness Month: walk-in screening mammograms are available Saturdays this month. Most insurance plans cover one screening per year.
* Recipe of the month: roasted squash and lentil soup (low sodium).
* Meet Dr. Hannah Oduya, our new pediatric endocrinologist, who joins us from Children's of Riverside.

Unsubscribe at any time.
""", carrier='html')

add('clean', 'news', '',
    'State Dept of Public Health <dph-news@state-health.example>',
    'Media List <media@state-health.example>',
    'Press release: Flu season begins, vaccines widely available',
    """FOR IMMEDIATE RELEASE

The Department of Public Health today reported the first laboratory-confirmed influenza cases of the 2026-27 season. Twelve cases were reported statewide in the week ending October 3, compared with 7 in the same week last year. No deaths have been reported.

"Now is the time to get vaccinated," said Commissioner Dr. Laura Beckett. Flu shots are available at pharmacies, clinics and county health departments, often at no cost.

Media contact: Pat Greenway, 555-0133
""")

add('clean', 'news', '',
    'Celebrity Buzz <daily@celebbuzz.example>',
    'readers@celebbuzz.example',
    'Singer Tamsin Vale reveals thyroid cancer battle in new interview',
    """Pop star Tamsin Vale opened up in a podcast interview released Tuesday about her treatment for thyroid cancer last year. "I didn't tell anyone outside my family," the 31-year-old said, adding that she had surgery and is now cancer-free. Vale postponed the European leg of her tour in 2025, citing "personal reasons" at the time.

She said she hopes sharing her story will encourage fans to get any lump checked.

Read more: Vale's new album drops in December.
""", carrier='alt')

add('clean', 'news', '',
    'Wellness Weekly <hello@wellnessweekly.example>',
    'subscribers@wellnessweekly.example',
    '5 signs your iron might be low',
    """Feeling tired all the time? Low iron is one of the most common nutritional deficiencies, especially in women of reproductive age.

Signs to watch for:
1. Fatigue that doesn't improve with sleep
2. Pale skin or inner eyelids
3. Shortness of breath on stairs
4. Brittle nails
5. Cravings for ice (pica)

Talk to your doctor before starting supplements - a simple blood test (ferritin) can confirm it.

This newsletter is for general information and is not medical advice.
""", cte='base64')

add('clean', 'news', '',
    'Summit Neurology Marketing <marketing@summitneurology.com>',
    'Referring Physicians <referrers@summitneurology.com>',
    'Now accepting referrals: Headache & Migraine Clinic',
    """Dear colleague,

Summit Neurology is pleased to announce the opening of our dedicated Headache & Migraine Clinic, led by Dr. Claire Beaumont. We offer:

- New patient appointments within 14 days
- Botulinum toxin and CGRP therapies
- Nerve blocks and infusion suite
- Same-week MRI coordination

Referral fax: 555-0155. Referral guidelines are on our website.

Warm regards,
Summit Neurology
""")

add('clean', 'news', '',
    'Evergreen Memory Care <office@evergreenmemorycare.com>',
    'Families <families@evergreenmemorycare.com>',
    'Fall Family Newsletter',
    """Dear families,

What a season! Highlights from the past month:

- Our residents planted 200 tulip bulbs in the courtyard with help from Brownie Troop 412.
- The Harvest Dance was a hit - thank you to the Hollis High jazz band.
- Music therapy is now offered three times a week.

Reminder: flu vaccine consent forms for residents were mailed last week; please return them by October 20. Visiting hours during the holidays will be extended until 8 PM.

Warmly,
Beth Lowry, Executive Director
""")

add('clean', 'news', '',
    'Medscape-style Digest <digest@clinicalbrief.example>',
    'Subscribers <subscribers@clinicalbrief.example>',
    'Clinical Brief: new guideline lowers BP target for older adults',
    """CLINICAL BRIEF | Cardiology

A joint guideline published this week recommends a systolic blood pressure target below 130 mmHg for most adults over 65 living in the community, citing a pooled analysis of 11 trials with over 40,000 participants. Fall risk and orthostatic symptoms should be assessed before intensifying therapy.

Also in this issue: once-weekly insulin approval, RSV vaccine uptake data, and an update on antibiotic shortages.
""", carrier='html')

add('clean', 'news', '',
    'Riverside Running Club <news@riversiderunners.example>',
    'Members <members@riversiderunners.example>',
    'Club news: congratulations and a heads-up',
    """Congratulations to everyone who ran the Autumn Half on Sunday! 43 club members finished, and 11 set personal bests.

The race medical tent reported a busy morning with several runners treated for dehydration in the unexpected heat, so please hydrate and check the forecast before long runs. Our free CPR and first-aid class with the Red Cross is Nov 7 - sign up on the website.

See you at Tuesday track night!
""", cte='quoted-printable')
# =====================================================================
# CLEAN / admin
# =====================================================================
add('clean', 'admin', '',
    'Facilities Management <facilities@bayfrontgeneral.org>',
    'Nursing Leadership <nursing-leaders@bayfrontgeneral.org>',
    'Planned water shutoff - 4 North, Sat 10/17 0100-0500',
    """Work order WO-2026-118472

The plumbing contractor will replace a failed riser valve on 4 North. Domestic water to rooms 401-422 and the 4N soiled utility room will be off from 0100 to 0500 on Saturday, 10/17. Bottled water and portable hand hygiene stations will be delivered by 2330 Friday.

Please notify night staff. Contact the facilities on-call at ext 7700 with concerns.

Facilities Management
""")

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@westbrookhealth.org>',
    'Rosalind Meeks <rmeeks@westbrookhealth.org>',
    '[Ticket INC0448120] Resolved: Encoder not launching from workqueue',
    """Hello Rosalind,

Your incident INC0448120 has been resolved.

  Short description: 3M encoder not launching from coding workqueue
  Asset tag: WBH-LT-20917
  Resolution: Cleared Citrix profile cache and reinstalled the browser plug-in (v12.4.1). User confirmed working.

If the issue returns, reply to this email within 5 days to reopen the ticket.

IT Service Desk
""", carrier='html')

add('clean', 'admin', '',
    'Purchasing <purchasing@lakewoodregional.org>',
    'Orders <orders@medlinesupplyco.example>',
    'PO 4500218841 - ICU supplies',
    """Please process the following purchase order.

PO #: 4500218841
Ship to: Lakewood Regional Medical Center, Receiving Dock B, 1200 Lake Blvd
Bill to: Accounts Payable, same address
Cost center: 6120-ICU

Line  Item #        Description                              Qty   UOM   Unit    Ext
1     MSC-44810     Central line dressing kit, CHG           200   EA    6.85    1,370.00
2     DYND-70382    Foley catheter tray 16 Fr, silver        100   EA    11.20   1,120.00
3     SWAN-7711     Arterial line transducer kit             40    EA    38.50   1,540.00
4     NDC 0409-4888 Sodium chloride 0.9% 1000 mL             480   EA    1.92    921.60

Total: $4,951.60
Required by: 10/20/2026
""", attach=[('PO_4500218841.csv',
"""line,item,description,qty,uom,unit_price,extended
1,MSC-44810,"Central line dressing kit, CHG",200,EA,6.85,1370.00
2,DYND-70382,"Foley catheter tray 16 Fr, silver",100,EA,11.20,1120.00
3,SWAN-7711,Arterial line transducer kit,40,EA,38.50,1540.00
4,NDC 0409-4888,Sodium chloride 0.9% 1000 mL,480,EA,1.92,921.60
""")])

add('clean', 'admin', '',
    'Accounts Receivable <ar@medlinesupplyco.example>',
    'Accounts Payable <ap@lakewoodregional.org>',
    'Invoice INV-88012934 past due',
    """Dear Accounts Payable,

Our records show invoice INV-88012934 (customer account 0011-4478-209, PO 4500207715) for $12,804.33 dated 08/28/2026 is now 42 days past due. The shipment included exam gloves, IV start kits and sharps containers delivered to Receiving Dock B.

Please remit or let us know if there's a dispute. Remittance details: ABA 071000013, account 5520014.

Thank you,
Collections, Medline Supply Co.
""")

add('clean', 'admin', '',
    'Dr. Miriam Obuya <mobuya@pinecrestmedgroup.com>',
    'Ortho Providers <ortho-providers@pinecrestmedgroup.com>',
    'Invitation: Ortho service line budget review',
    """You're invited: Ortho service line FY27 budget review

When: Thursday, October 22, 2026, 7:00 AM - 8:00 AM
Where: Admin Conference Room 3 / Teams meeting ID 284 771 093 442, passcode Q7mP2x

Agenda:
1. Implant contract renewal (vendor proposals attached in Teams)
2. Second fluoroscopy C-arm capital request
3. PA staffing for Saturday clinic

Coffee provided.
""", carrier='alt', extra={'X-MS-Has-Attach': 'no'})

add('clean', 'admin', '',
    'Security Operations <security@granitestatemedical.org>',
    'All Staff <allstaff@granitestatemedical.org>',
    'Badge reader upgrade - Employee entrance B',
    """The badge readers at Employee Entrance B will be replaced on Tuesday between 5 and 7 AM. Please use Entrance A or the ED ambulance bay entrance (staff only) during that window. Badges issued before 2019 (those starting with 00-) will need to be reissued - visit Security in basement room B-014.

Security Operations
""")

add('clean', 'admin', '',
    'Biomed Engineering <biomed@sunnybrookhealth.org>',
    'Unit Managers <unitmanagers@sunnybrookhealth.org>',
    'Infusion pump recall - serial ranges',
    """Manufacturer field safety notice received for model LX-400 infusion pumps. Affected serial numbers:

  LX4-200100 through LX4-200480
  LX4-310000 through LX4-310125

Biomed will swap affected units this week. Please locate the asset tag (blue sticker, SB-BIO-XXXXX) on each pump on your unit and reply with a count. Do not remove pumps from service if they are currently infusing; tag them and call ext 5521.

Biomedical Engineering
""", cte='quoted-printable')

add('clean', 'admin', '',
    'Credentialing <credentialing@valleyhealthpartners.org>',
    'Dr. Thomas Reinholt <treinholt@valleyhealthpartners.org>',
    'Reappointment packet due - NPI 1669021457',
    """Dr. Reinholt,

Your medical staff reappointment is due by November 30. Our records:

  NPI: 1669021457
  State license #: MD-0048817, expires 03/31/2027
  DEA #: BR4471023, expires 06/30/2027
  Board certification: Internal Medicine, valid through 2029

Please upload your current CV, proof of malpractice coverage and your CME certificates (50 hours) to the credentialing portal.

Medical Staff Office
""")

add('clean', 'admin', '',
    'Environmental Services <evs@tamarackmedical.org>',
    'Periop Staff <periop-all@tamarackmedical.org>',
    'Terminal clean schedule for ORs + floor waxing',
    """ORs 1-4 terminal clean will run Saturday after the last case; ORs 5-8 on Sunday. The floor waxing crew will do the PACU corridor Sunday night, 2200-0400 - please route stretcher traffic through the back hallway.

EVS contact: Marisol Garza, ext 3312.
""")

add('clean', 'admin', '',
    'Parking Office <parking@stgilesmedical.org>',
    'Nina Castellanos <ncastellanos@pinecrestmedgroup.com>',
    'Parking permit renewal - Permit #P-2026-07714',
    """Hello Nina,

Your employee parking permit P-2026-07714 (Garage C, level 3+) expires October 31. Renewal is $45/month via payroll deduction. Vehicle on file: 2019 Toyota RAV4, plate 7KLM442.

Renew in the employee portal by October 25 to avoid a lapse.

Parking & Transportation
""")

add('clean', 'admin', '',
    'Joint Commission Readiness <accreditation@northridgehealthsystem.org>',
    'Department Directors <directors@northridgehealthsystem.org>',
    'Tracer prep: document list due Friday',
    """Directors,

For the mock survey on November 3-4, please send the following by Friday:

- Policy PC-014 (Pain Assessment) with latest revision date
- Competency checklists for new hires since January (counts only)
- Hand hygiene audit results Q3
- Fire drill logs for your area (last 4 quarters)

Please name files as DEPT-DOCUMENT-2026 (e.g. 5E-HH-AUDIT-2026). Do not include any patient records or screenshots from the EHR.

Accreditation Office
""", carrier='b64', cte='base64')

add('clean', 'admin', '',
    'Vendor Billing <billing@cleanlinelinen.example>',
    'Accounts Payable <ap@cedarvalleypt.com>',
    'Statement - Customer 40-11872 - September linen service',
    """Statement of account

Customer: Cedar Valley Physical Therapy, 3 locations
Customer #: 40-11872
Period: 09/01/2026 - 09/30/2026

Treatment table sheets (flat)     1,240 pcs   $0.42   $520.80
Towels, bath                      2,880 pcs   $0.31   $892.80
Hot pack covers                     360 pcs   $0.55   $198.00
Delivery fee (12 stops)                                 $144.00

Total due: $1,755.60   Terms: Net 30

Thank you for your business.
""", carrier='alt')
# =====================================================================
# Additional carriers: forwarded message/rfc822, HTML attributes, .html
# attachments, encoded subjects
# =====================================================================
add('phi', 'care', 'Maldonado',
    'Shannon Pierce <spierce@tristatelogistics.com>',
    'Occupational Health <occhealth@tristatelogistics.com>',
    'FW: return to work note - D. Maldonado (warehouse)',
    """Forwarding the doctor's note Diego sent in. He's asking to come back Monday on light duty. Can you confirm the restrictions work for the dock or if we need to put him on inventory?

Shannon Pierce
HR Generalist
""", fwd=fw('Diego Maldonado <diegomaldo84@gmail.com>', 'Shannon Pierce <spierce@tristatelogistics.com>',
    'doctor note',
    """Hi Shannon here is the note from the clinic.

----
Eastgate Occupational Medicine
Patient: Diego Maldonado   Date of visit: 10/08/2026

Mr. Maldonado was seen for a lumbar strain sustained at work on 10/01. He completed 4 sessions of physical therapy and an x-ray of the lumbar spine was negative.
He may return to work 10/12/2026 with restrictions: no lifting over 20 lb, no repetitive bending, 10-minute break every 2 hours, for 3 weeks. Re-evaluation 10/29.

Dr. Joyce Amankwah, MD
----

thanks
Diego
"""))

add('phi', 'names', 'Kariuki',
    'Wound Care Clinic <woundcare@granitestatemedical.org>',
    'Dr. Lorenzo Baptiste <lbaptiste@granitestatemedical.org>',
    'wound photos from today',
    """See photos in the HTML version.""", carrier='alt', html="""<html><body style="font-family:Segoe UI,Arial">
<p>Dr. Baptiste,</p>
<p>Week 3 photos below. Granulation is improving on the medial border; still some slough at 6 o'clock. Continue the silver alginate and compression?</p>
<p><img src="cid:wound1" alt="Wanjiru Kariuki - L lateral malleolus venous ulcer - 10/09/2026 - 3.1 x 2.4 cm" title="Kariuki W. week 3" width="320"></p>
<p><img src="cid:wound2" alt="Kariuki - same wound with ruler, depth 0.3 cm" width="320"></p>
<p>Esther Wambui, RN CWON</p>
</body></html>
""")

add('phi', 'ids', '',
    'Peak Family Dental <billing@peakfamilydental.example>',
    'Claims <dentalclaims@unitycareplan.example>',
    'Attachment for claim - narrative',
    "(HTML only)", carrier='html', html="""<html><body>
<p>Please attach the narrative below to the pending claim.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><td><b>Subscriber ID</b></td><td>UCP-4419-00872</td></tr>
<tr><td><b>Patient DOB</b></td><td>July 2, 1990</td></tr>
<tr><td><b>Claim #</b></td><td>D26-0994127</td></tr>
<tr><td><b>Procedures</b></td><td>D3330 root canal, molar #30; D2740 crown, porcelain/ceramic #30</td></tr>
<tr><td><b>Narrative</b></td><td>Deep distal caries with irreversible pulpitis, symptomatic to cold &gt;30 s. Pre-op radiograph attached. Crown required due to loss of marginal ridges and cusp fracture.</td></tr>
</table>
<p>Thank you,<br>Peak Family Dental billing</p>
</body></html>
""")

add('phi', 'lists', 'Brennan',
    'ED Follow-up Nurse <edfollowup@mercyregional.org>',
    'ED Physicians <ed-physicians@mercyregional.org>',
    'culture callbacks - weekend',
    """Weekend cultures that need a provider decision are in the attached page (open in a browser). Please initial by end of day Monday.

Tess
""", attach=[('ed_culture_callbacks.html',
"""<html><head><title>ED culture callbacks 10/10-10/11</title></head><body>
<h3>ED culture callbacks - weekend 10/10-10/11</h3>
<table border="1" cellpadding="3">
<tr><th>Patient</th><th>Phone</th><th>Visit</th><th>Culture</th><th>Rx given</th><th>Action needed</th></tr>
<tr><td>Brennan, Maeve</td><td>555-0119</td><td>10/09</td><td>Urine: E. coli &gt;100k, resistant to TMP-SMX</td><td>TMP-SMX</td><td>change to nitrofurantoin</td></tr>
<tr><td>Osei, Kwabena</td><td>555-0127</td><td>10/08</td><td>Wound: MRSA</td><td>cephalexin</td><td>change to doxycycline</td></tr>
<tr><td>Lindahl, Greta</td><td>555-0138</td><td>10/09</td><td>Blood: 1 of 2 coag-neg staph</td><td>none</td><td>likely contaminant - call pt</td></tr>
<tr><td>Quispe, Rosa</td><td>555-0146</td><td>10/10</td><td>Throat: group A strep</td><td>none (rapid neg)</td><td>call in amoxicillin</td></tr>
</table></body></html>
""")])

add('phi', 'self', 'Oduya',
    'Grace Oduya <grace.oduya@gmail.com>',
    'Maple Grove Internal Medicine <office@maplegroveinternalmed.com>',
    'Re: Re: my blood pressure readings',
    """Hi again, here are this week's numbers like Dr. Hale asked. I took the amlodipine every morning.

Mon 148/92
Tue 141/88
Wed 152/95 (was stressed at work)
Thu 139/86
Fri 144/90

Still getting headaches in the afternoon. Do I need to go up on the dose?
Grace

> On Fri, Oct 2, 2026 at 3:10 PM Maple Grove Internal Medicine wrote:
> Hi Ms. Oduya, Dr. Hale would like you to send your home blood pressure
> readings for one week, taken each morning before your medication.
>
>> On Thu, Oct 1, 2026, Grace Oduya wrote:
>> My BP was 160/100 at the pharmacy kiosk today, should I be worried?
""", charset='windows-1252', cte='quoted-printable')

add('phi', 'care', 'Castellano',
    'School Nurse <nurse@westridgemiddle.k12.example>',
    'Ana Castellano <ana.castellano@gmail.com>',
    'Mateo in the health office today',
    """Hi Mrs. Castellano,

Just letting you know Mateo came to the health office after lunch with a headache and felt dizzy after PE. His temperature was normal and his blood sugar check (per his plan) was 64, so I gave him juice and crackers and rechecked at 15 minutes: 102. He went back to class at 1:40.

I've logged it in his care plan. You may want to let his endocrinologist know this is the second low this week.

Mrs. Hendry, RN
Westridge Middle School Health Office
""", subj_enc=True)

add('clean', 'lookalike', '',
    'Diane Korhonen <dkorhonen@gmail.com>',
    'Pet Insurance Claims <claims@pawsureins.example>',
    'Fwd: Biscuit invoice for claim',
    """Hi, submitting the attached vet invoice for reimbursement under policy PS-2210-88417. Let me know if you need his records too.

Diane Korhonen
""", fwd=fw('Maple Paws Veterinary <frontdesk@maplepawsvet.com>', 'Diane Korhonen <dkorhonen@gmail.com>',
    'Invoice #55812 - Biscuit',
    """Invoice #55812   Client #: MP-20417   Patient: Biscuit (canine)

Anesthesia, general (up to 60 min)     $385.00
Dental scaling & polishing             $210.00
Extraction, premolar x2                $240.00
Dental radiographs, full mouth         $165.00
Carprofen 25 mg x10                     $28.50
Clindamycin 75 mg x14                   $31.20

Total: $1,059.70   Paid by Visa ****0912
"""))

add('clean', 'staff', '',
    'Dr. Wendell Price <wprice@pacificgardensnursing.com>',
    'Aiko Mori <amori@pacificgardensnursing.com>',
    'Re: Re: falls huddle',
    """Agree, let's do it Wednesdays at 1:45 so both shifts overlap. I'll bring the unit fall rate by month. Let's keep it to trends and systems - no individual residents in the slides, anything specific we discuss at the bedside.

W.

> Could we start a weekly 15-min falls huddle? Night shift keeps saying
> the bed alarms are too sensitive and they turn them off.
>
>> Aiko - saw the quarterly report, falls are up 20% on the east hall.
>> Any ideas? - WP
""")

add('clean', 'training', '',
    'Nurse Educator <educator@bellfieldhospital.org>',
    'New Grad Cohort <newgrads@bellfieldhospital.org>',
    'Fwd: sample SBAR for practice',
    """New grads - here's the sample SBAR that Risk Management approved for the orientation packet. Patient is fictional. Practice reading it aloud in under 60 seconds.
""", fwd=fw('Risk Management <risk@bellfieldhospital.org>', 'Nurse Educator <educator@bellfieldhospital.org>',
    'SBAR example (fictional)',
    """FICTIONAL EXAMPLE FOR TRAINING

S: This is Jamie, RN on 3 North. I'm calling about Mr. Example in 399, he's more short of breath.
B: He's a 72-year-old man admitted for heart failure exacerbation, got 40 mg IV furosemide at 0800.
A: RR 28, SpO2 88% on 2 L, crackles halfway up, he's anxious. I think he's getting worse.
R: I'd like you to come see him now; can I increase his oxygen and get a chest x-ray?
"""))

add('clean', 'news', '',
    'Marjorie Haines <mhaines@lakeviewcancer.org>',
    'Board of Trustees <trustees@lakeviewcancer.org>',
    'Fwd: Gala press coverage',
    """Board members - nice coverage of Saturday's gala in the Ledger. Forwarding the article text.
""", fwd=fw('Lakeview Ledger <newsroom@lakeviewledger.example>', 'Marjorie Haines <mhaines@lakeviewcancer.org>',
    'Gala raises $1.2M for Lakeview Cancer Institute',
    """More than 400 guests attended the Lakeview Cancer Institute's Sunflower Gala on Saturday at the Grand Pavilion, raising $1.2 million for a new pediatric infusion wing. Former Governor Alan Mercer served as honorary chair. Local restaurateur Teresa Bianchi was honored with the Community Champion award for 15 years of volunteer service.
""", carrier='html'))

add('clean', 'admin', '',
    'Réception Siège <reception@groupe-santemed.example>',
    'Équipe Administrative <admin@groupe-santemed.example>',
    'Réunion budgétaire – salle Émeraude, jeudi 14h',
    """Bonjour à tous,

La réunion budgétaire du trimestre aura lieu jeudi à 14h en salle Émeraude (2e étage). Ordre du jour : renouvellement du contrat de maintenance des ascenseurs (devis n° DV-2026-0441), achat de fauteuils pour la salle d'attente, et point sur les factures fournisseurs en retard.

Merci de confirmer votre présence.

Cordialement,
Hélène Marchand
""", charset='iso-8859-1', cte='quoted-printable')

add('clean', 'staff', '',
    'Dra. Carmen Villalobos <cvillalobos@hospitalsantaines.mx>',
    'Residentes Medicina Interna <residentes-mi@hospitalsantaines.mx>',
    'Guardias de noviembre',
    """Residentes,

Ya está publicado el rol de guardias de noviembre. Recuerden que los cambios deben solicitarse con 48 horas de anticipación y con la firma del jefe de residentes. La sesión académica del miércoles será sobre manejo de cetoacidosis diabética en urgencias; la presenta el Dr. Ibarra.

Saludos,
Dra. Villalobos
""", charset='iso-8859-1', cte='quoted-printable', subj_enc=True)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: gen.py OUTDIR\n')
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    for idx, d in enumerate(MSGS):
        key = (d['label'], d['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (d['label'], d['kind'], counters[key])
        msg = build(d, idx, fname)
        with open(os.path.join(out, fname), 'wb') as f:
            f.write(msg.as_bytes())
        rows.append((fname, d['label'], d['kind'], d['patient'] if d['label'] == 'phi' else ''))
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages to %s' % (len(rows), out))


if __name__ == '__main__':
    main()
