#!/usr/bin/env python3
"""Sends COUNT messages over SMTP with THREADS clients, retrying each until it is accepted.

Usage: smtp_load.py HOST PORT[,PORT...] COUNT THREADS DEADLINE_SECONDS OUT.json
Message i goes to PORT number i modulo the number of ports (one MTA each). Message i has Message-ID <load-i@e2e.test>; every fifth carries PHI (goes to the encrypt route).
A 4xx reply or a dropped connection is a tempfail: the client waits 0.3 s and sends the message
again, as an MTA would; a 5xx reply is a failure and the message is given up. OUT.json gets
{"accepted": {id: times}, "tempfails": n, "failures": n, "left": n, "seconds": s}.
"""
import json
import queue
import smtplib
import sys
import threading
import time

host, ports, count, threads, deadline, out = sys.argv[1], [int(p) for p in sys.argv[2].split(",")], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
PHI = "Patient: Maria Lopez, DOB 03/14/1962, diagnosis: type 2 diabetes (E11.9)\r\nSSN: 536-90-4399\r\n"
CLEAN = "Hi team,\r\nThe weekly meeting moves to Thursday at 10:00 in room 4.\r\n"


def message(i):
    body = PHI if i % 5 == 0 else CLEAN
    return ("From: sender@ci.example.test\r\nTo: bob@remote.test\r\nSubject: load %d\r\n"
            "Message-ID: <load-%d@e2e.test>\r\n\r\n%s" % (i, i, body))


todo = queue.Queue()
for i in range(count):
    todo.put(i)
lock = threading.Lock()
accepted, stats = {}, {"tempfails": 0, "failures": 0}
start = time.monotonic()


def worker():
    while True:
        try:
            i = todo.get_nowait()
        except queue.Empty:
            return
        while time.monotonic() - start < deadline:
            try:
                with smtplib.SMTP(host, ports[i % len(ports)], timeout=60) as s:
                    s.sendmail("sender@ci.example.test", ["bob@remote.test"], message(i))
                with lock:
                    accepted[i] = accepted.get(i, 0) + 1
                break
            except smtplib.SMTPResponseException as e:
                if 400 <= e.smtp_code < 500:
                    with lock:
                        stats["tempfails"] += 1
                    time.sleep(0.3)
                    continue
                with lock:
                    stats["failures"] += 1
                break
            except smtplib.SMTPRecipientsRefused as e:
                temporary = all(400 <= code < 500 for code, _ in e.recipients.values())
                with lock:
                    stats["tempfails" if temporary else "failures"] += 1
                if not temporary:
                    break
                time.sleep(0.3)
            except (smtplib.SMTPServerDisconnected, ConnectionError, OSError):
                with lock:
                    stats["tempfails"] += 1
                time.sleep(0.3)


ts = [threading.Thread(target=worker) for _ in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
with open(out, "w") as f:
    json.dump({"accepted": {str(k): v for k, v in accepted.items()}, "tempfails": stats["tempfails"],
               "failures": stats["failures"], "left": count - len(accepted),
               "seconds": round(time.monotonic() - start, 1)}, f)
