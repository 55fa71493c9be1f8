#!/usr/bin/env python3
"""Writes the policy end-to-end messages into a directory (python3 stdlib only).

Usage: policy-fixtures.py DIR
Each message has a unique Message-ID <NAME@e2e.test>: a one-patient referral, a 600-row patient
list as a CSV attachment, and a clean note whose Subject carries the encryption trigger.
"""
import sys
from email.message import EmailMessage
from email import policy

FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tomasz", "Fatima", "Kenji",
         "Grace", "Mateo", "Leila", "Samuel", "Ingrid", "Omar", "Chloe", "Dmitri", "Nadia", "Hugo",
         "Sofia", "Kwame", "Elena", "Rahul", "Hannah"]
LAST = ["Lopez", "Nguyen", "Okafor", "Schmidt", "Kowalski", "Haddad", "Petrov", "Garcia", "Jensen",
        "Tanaka", "Moreau", "Silva", "Kaplan", "Osei", "Lindqvist", "Rossi", "Brennan", "Novak",
        "Mensah", "Fischer", "Duarte", "Ivanova", "Oconnor", "Yilmaz"]
REFERRAL = ("Dear Dr. Brennan,\n"
            "I am referring Maria Lopez (DOB 03/14/1962, MRN 00482913) for evaluation of her type 2\n"
            "diabetes (E11.9) with worsening neuropathy. Please see her within two weeks.\n")


def message(name, subject, body, to="bob@remote.test"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "sender@ci.example.test"
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = "<%s@e2e.test>" % name
    m.set_content(body, cte="7bit")
    return m


def patient_list(name, rows):
    m = message(name, "quarterly review", "Attached is the patient list for the quarterly review.\n")
    lines = ["MRN,Last Name,First Name,DOB,Diagnosis"]
    for i in range(rows):
        mrn = 10000000 + (i * 7919) % 89999999
        dob = "%02d/%02d/%04d" % (1 + i % 12, 1 + i % 28, 1940 + i % 60)
        lines.append("%d,%s,%s,%s,E11.9" % (mrn, LAST[i % len(LAST)], FIRST[(i // len(LAST)) % len(FIRST)], dob))
    m.add_attachment(("\r\n".join(lines) + "\r\n").encode(), maintype="text", subtype="csv",
                     filename="patients.csv")
    return m


def main():
    d = sys.argv[1]
    msgs = {
        "sim-referral": message("sim-referral", "referral", REFERRAL),
        "sim-list": patient_list("sim-list", 600),
        "sim-trigger": message("sim-trigger", "[secure] lunch", "See you at noon.\n"),
        "trigger": message("trigger", "Re: [SECURE] lunch plans", "See you at noon on Friday.\n"),
        "trigger-utf8": message("trigger-utf8", "[secure] Résultats de labo", "Voir la piece jointe.\n"),
        "list": patient_list("list", 600),
        "referral": message("referral", "referral", REFERRAL),
        "partner": message("partner", "referral", REFERRAL, to="results@lab.test"),
    }
    for name, m in msgs.items():
        with open("%s/%s.eml" % (d, name), "wb") as f:
            f.write(m.as_bytes())


if __name__ == "__main__":
    main()
