#!/usr/bin/env python3
"""Generates deterministic email-like text for the scanner benchmark.

  gen_text.py --mb 100 --out mail.txt          realistic mail text (prose, signatures, numbers, some PHI)
  gen_text.py --mb 100 --no-digits --out p.txt  prose with no digits at all

Standard library only; seeded, so every run writes the same bytes.
"""
import argparse
import random

WORDS = ("the of and to a in is that for it as was with be by on not he this are or his from at which but "
         "have an they you were her she there been one all we their has would when if more no out so said "
         "what up its about into than them can only other new some could time these two may then do first "
         "any my now such like our over man me even most made after also did many before must through back "
         "years where much your way well down should because each just those people how too little state "
         "good very make world still own see men work long get here between both life being under never day "
         "same another know while last might us great old year off come since against go came right used take "
         "three meeting schedule project update please review attached report thanks regards team office "
         "budget quarter client account invoice shipment order delivery policy training staff clinic health "
         "care program newsletter wellness benefits enrollment insurance coverage provider network").split()
NAMES = "Maria Lopez|John Smith|Linda Williams|Robert Johnson|Patricia Brown|James Garcia|Mary Miller".split("|")
STREETS = ["Elm Street", "Oak Ave", "Maple Drive", "Main St", "Cedar Lane", "Park Road"]
DX = ["type 2 diabetes mellitus", "hypertension", "asthma", "major depressive disorder", "COPD", "pneumonia"]
DRUGS = ["metformin", "lisinopril", "atorvastatin", "sertraline", "albuterol", "insulin glargine"]
ICD = ["E11.9", "I10", "J45.909", "F32.A", "J44.1", "J18.9"]


def ssn(r):
    while True:
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a != 666:
            return f"{a:03d}-{g:02d}-{s:04d}"


def sentence(r, digits):
    n = r.randint(6, 18)
    words = [r.choice(WORDS) for _ in range(n)]
    if digits and r.random() < 0.12:
        words.insert(r.randint(0, n), r.choice([
            f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2020, 2026)}", f"{r.randint(1, 12)}:{r.randint(0, 59):02d}",
            f"${r.randint(1, 9999)}.{r.randint(0, 99):02d}", f"#{r.randint(100000, 999999)}", str(r.randint(1, 500)),
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"({r.randint(200, 999)}) 555-{r.randint(0, 9999):04d}",
        ]))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def phi_block(r):
    name = r.choice(NAMES)
    return (f"Patient: {name}\nDOB: {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1930, 2010)}  "
            f"MRN: {r.randint(10000000, 99999999)}\nSSN: {ssn(r)}\nDx: {r.choice(ICD)} {r.choice(DX)}; "
            f"started {r.choice(DRUGS)}.\nAddress: {r.randint(1, 9999)} {r.choice(STREETS)}, Springfield, IL 62704\n")


def signature(r):
    return (f"\n--\n{r.choice(NAMES)}\nClinic Operations\nPhone: ({r.randint(200, 999)}) 555-{r.randint(0, 9999):04d}"
            f" | Fax: ({r.randint(200, 999)}) 555-{r.randint(0, 9999):04d}\n"
            "CONFIDENTIALITY NOTICE: This message may contain protected health information.\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-digits", action="store_true")
    ap.add_argument("--seed", type=int, default=20261129)
    a = ap.parse_args()
    r = random.Random(a.seed)
    target = int(a.mb * 1_000_000)
    size = 0
    with open(a.out, "w", encoding="ascii", newline="\n") as f:
        while size < target:
            parts = ["Hi " + r.choice(WORDS) + ",\n\n"]
            for _ in range(r.randint(3, 10)):
                parts.append(" ".join(sentence(r, not a.no_digits) for _ in range(r.randint(2, 7))) + "\n\n")
            if not a.no_digits:
                if r.random() < 0.05:
                    parts.append(phi_block(r))
                parts.append(signature(r))
                # A quoted earlier message, as replies carry.
                if r.random() < 0.6:
                    quoted = [" ".join(sentence(r, True) for _ in range(r.randint(2, 6))) for _ in range(r.randint(2, 8))]
                    parts.append("\nOn Mon, Nov 2, 2026 at 9:14 AM " + r.choice(NAMES) + " wrote:\n")
                    parts.append("".join("> " + q + "\n>\n" for q in quoted))
            else:
                parts.append("\nThanks,\n" + r.choice(NAMES) + "\n\n")
            block = "".join(parts)
            f.write(block)
            size += len(block)


if __name__ == "__main__":
    main()
