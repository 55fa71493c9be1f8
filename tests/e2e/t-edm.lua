-- Exact data match through the milter: a body holding only a roster MRN in an unfamiliar
-- format (EDM_BODY) gets an X-PHI-Scan value starting with EDM_EXPECT (phi with the roster).
dofile(os.getenv("MT_DIR") .. "/mtlib.lua")
local conn = mtlib.start("MTEDM1")
mtlib.headers(conn, {{"From", "sender@example.test"}, {"Subject", "chart"}, {"Message-ID", "<edm1@example.test>"}})
mtlib.body(conn, os.getenv("EDM_BODY"), 4096)
mtlib.check(mt.eom(conn) == nil, "eom")
local v = mt.getheader(conn, "X-PHI-Scan", 0)
mtlib.check(v ~= nil and string.find(v, "^" .. os.getenv("EDM_EXPECT")) ~= nil, "X-PHI-Scan " .. tostring(v))
mt.disconnect(conn)
