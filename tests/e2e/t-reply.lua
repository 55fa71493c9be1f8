-- With a reject (or tempfail) policy, PHI gets the configured SMTP reply.
dofile(os.getenv("MT_DIR") .. "/mtlib.lua")
local conn = mtlib.start("MTREPLY1")
mtlib.headers(conn, {{"From", "sender@example.test"}, {"Subject", "labs"}})
mtlib.body(conn, mtlib.phi_body(), 65535)
mtlib.check(mt.eom(conn) == nil, "eom")
mtlib.check(mt.getreply(conn) == SMFIR_REPLYCODE, "reply code sent")
-- miltertest 1.5.0 cannot read back the reply text (eom_check MT_SMTPREPLY never matches);
-- the codes themselves are checked through Postfix in run.sh.
mt.disconnect(conn)
