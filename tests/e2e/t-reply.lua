-- With a reject (or tempfail) policy, PHI gets the configured SMTP reply.
-- MT_CODE/MT_XCODE: expected codes (550/5.7.1 or 451/4.7.1).
dofile(os.getenv("MT_DIR") .. "/mtlib.lua")
local code, xcode = os.getenv("MT_CODE"), os.getenv("MT_XCODE")
local conn = mtlib.start("MTREPLY1")
mtlib.headers(conn, {{"From", "sender@example.test"}, {"Subject", "labs"}})
mtlib.body(conn, mtlib.phi_body(), 65535)
mtlib.check(mt.eom(conn) == nil, "eom")
mtlib.check(mt.getreply(conn) == SMFIR_REPLYCODE, "reply code sent")
mtlib.check(mt.eom_check(conn, MT_SMTPREPLY, code, xcode), "reply " .. code .. " " .. xcode)
mt.disconnect(conn)
