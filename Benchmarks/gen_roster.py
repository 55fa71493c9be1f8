#!/usr/bin/env python3
"""Synthetic patient roster for the exact-data-match benchmark (seeded, no real person).

Writes a CSV with the columns of Benchmarks/edm-schema.yaml (mrn, ssn, first_name, last_name,
dob, zip, phone) and, with --messages DIR, --count messages of about 100 KB of ordinary mail
prose full of dates, ZIP-like and MRN-like numbers, some naming roster patients (name + date of
birth, an MRN in an odd format).
"""
import argparse
import os
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
    ap.add_argument("--messages", help="directory for --count messages of about 100 KB")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--text", help="mail text to cut the messages from (else dense synthetic lines)")
    ap.add_argument("--dense-messages", help="directory for --count dense messages (numbers and dates in every line)")
    ap.add_argument("--mention", type=int, default=600)
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
    text = open(a.text, encoding="utf-8").read(a.count * 100_000 + 10) if a.text else ""
    for out, realistic in ((a.messages, bool(a.text)), (a.dense_messages, False)):
        if not out:
            continue
        os.makedirs(out, exist_ok=True)
        dense = ("Thanks for the update on the quarterly numbers; the meeting moved to room 4120 at 10:30 on "
                 "March 3, 2025. Invoice 88231907 and PO 55120 were approved on 2024-11-14; call (617) 555-0199 "
                 "with questions. Mary from accounts will send the summary to the team by Friday. ")

        def mention(p):
            mrn, _, first, last, dob, _, _ = p
            y, m, d = dob.split("-")
            return (f"{first} {last} (born {MONTHS[int(m) - 1]} {int(d)}, {y}) was seen today; "
                    f"chart {mrn[:2]}-{mrn[2:5]}-{mrn[5:]}.")

        for n in range(a.count):
            mine = [picked[(n * 3 + j) % len(picked)] for j in range(3)] if picked else []
            if realistic:
                # Realistic mail text (Benchmarks/gen_text.py), with three roster patients in it.
                lines = text[n * 100_000:(n + 1) * 100_000].split("\n")
                for j, p in enumerate(mine):
                    lines.insert((j + 1) * len(lines) // 4, mention(p))
            else:
                # Dense: dates, ZIP-, phone- and MRN-shaped numbers in every line.
                lines, size, k = [], 0, 0
                while size < 100_000:
                    chunk = dense + (f"Ticket {rng.randint(1_000_000_000, 9_999_999_999)} ref {rng.randint(100, 999)}-"
                                     f"{rng.randint(1000, 9999)}, zip {rng.randint(10_000, 99_999)}. ")
                    if k < len(mine) and rng.random() < 0.05:
                        chunk += mention(mine[k])
                        k += 1
                    lines.append(chunk)
                    size += len(chunk.encode())
            with open(os.path.join(out, f"{n:03d}.eml"), "w", encoding="utf-8", newline="") as f:
                f.write("From: a@example.org\r\nTo: b@example.net\r\nSubject: note\r\nMIME-Version: 1.0\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + "\r\n".join(lines) + "\r\n")

if __name__ == "__main__":
    main()
