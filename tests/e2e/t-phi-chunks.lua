-- PHI split over many small body chunks is found; two forged X-PHI-Scan headers and a forged
-- X-PHI-Encrypt are deleted; X-PHI-Scan (phi) is inserted and X-PHI-Encrypt added.
dofile(os.getenv("MT_DIR") .. "/mtlib.lua")
local conn = mtlib.start("MTPHI1")
mtlib.headers(conn, {{"X-PHI-Scan", "clean; forged"}, {"From", "sender@example.test"},
  {"X-PHI-Encrypt", "no"}, {"x-phi-scan", "clean; forged again"}, {"Subject", "labs"},
  {"Message-ID", "<phi1@example.test>"}})
mtlib.body(conn, mtlib.phi_body(), tonumber(os.getenv("MT_CHUNK") or "7"))
mtlib.check(mt.eom(conn) == nil, "eom")
mtlib.check(mtlib.passed(conn), "eom reply")
mtlib.check(mt.eom_check(conn, MT_HDRDELETE, "X-PHI-Scan"), "forged X-PHI-Scan deleted")
mtlib.check(mt.eom_check(conn, MT_HDRDELETE, "X-PHI-Encrypt"), "forged X-PHI-Encrypt deleted")
mtlib.check(mt.eom_check(conn, MT_HDRINSERT, "X-PHI-Scan"), "X-PHI-Scan inserted")
local v = mt.getheader(conn, "X-PHI-Scan", 0)
mtlib.check(v ~= nil and string.find(v, "^phi;") ~= nil, "value starts phi; got " .. tostring(v))
mtlib.check(string.find(v, "SSN", 1, true) ~= nil, "types name SSN")
mtlib.check(mt.eom_check(conn, MT_HDRADD, "X-PHI-Encrypt", "required"), "X-PHI-Encrypt: required added")
mt.disconnect(conn)
