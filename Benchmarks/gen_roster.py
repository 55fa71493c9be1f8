#!/usr/bin/env python3
"""Synthetic patient roster for the exact-data-match benchmark (seeded, no real person).

Writes a CSV with the columns of Benchmarks/edm-schema.yaml (mrn, ssn, first_name, last_name,
dob, zip, phone) and, with --message, a ~100 KB plain-text message of ordinary mail prose that
mentions --mention roster patients (name + date of birth, an MRN in an odd format) among
look-alike numbers that belong to no one.
"""
import argparse
import random

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
         "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra "
         "Mark Margaret Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Ngozi Chidinma "
         "José María Thi Minh Wei Mei Aarav Priya Olusegun Amara Søren Zoë Mateo Lucía Dmitri Anastasia").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
        "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
        "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Okonkwo Núñez Kowalczyk O'Brien "
        "Nakamura Haddad Petrov Johansson Schmidt Rossi Dubois Kim Patel Shah Chen Wang Singh").split()
MONTHS = "January February March April May June July August September October November December".split()


def patients(n, rng):
    mrns = rng.sample(range(1_000_000, 99_999_999), n)
    for i in range(n):
        y, m, d = rng.randint(1925, 2024), rng.randint(1, 12), rng.randint(1, 28)
        ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        yield (str(mrns[i]), ssn, rng.choice(FIRST), rng.choice(LAST) + ("" if rng.random() < 0.8 else f"-{rng.choice(LAST)}"),
               f"{y:04d}-{m:02d}-{d:02d}", f"{rng.randint(1000, 99950):05d}", phone)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--message")
    ap.add_argument("--mention", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20261204)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    picked = []
    pick_every = max(1, a.records // max(1, a.mention))
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write("mrn,ssn,first_name,last_name,dob,zip,phone\n")
        rows = []
        for i, p in enumerate(patients(a.records, rng)):
            rows.append(",".join(f'"{v}"' if "," in v else v for v in p))
            if i % pick_every == 0 and len(picked) < a.mention:
                picked.append(p)
            if len(rows) == 10_000:
                f.write("\n".join(rows) + "\n")
                rows = []
        if rows:
            f.write("\n".join(rows) + "\n")
    if a.message:
        prose = ("Thanks for the update on the quarterly numbers; the meeting moved to room 4120 at 10:30. "
                 "Invoice 88231907 and PO 55120 were approved on 2024-11-14, call 555-0199 with questions. ")
        parts = []
        size = 0
        k = 0
        while size < 100_000:
            chunk = prose + f"Ticket {rng.randint(10_000_000, 99_999_999)} ref {rng.randint(100, 999)}-{rng.randint(1000, 9999)}. "
            if k < len(picked) and rng.random() < 0.3:
                mrn, _, first, last, dob, _, _ = picked[k]
                y, m, d = dob.split("-")
                chunk += (f"{first} {last} (born {MONTHS[int(m) - 1]} {int(d)}, {y}) was seen; "
                          f"chart {mrn[:2]}-{mrn[2:5]}-{mrn[5:]}. ")
                k += 1
            parts.append(chunk)
            size += len(chunk.encode())
        with open(a.message, "w", encoding="utf-8") as f:
            f.write("From: a@example.org\nTo: b@example.org\nSubject: update\nMessage-ID: <bench@example.org>\n\n")
            f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
