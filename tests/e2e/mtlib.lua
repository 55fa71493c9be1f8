-- Shared helpers for the miltertest protocol tests (Debian package `miltertest`).
-- Environment: MT_SOCKET (e.g. inet:18890@127.0.0.1), MT_SSN (identifier sent in PHI bodies).
mtlib = {}

function mtlib.socket()
  return os.getenv("MT_SOCKET") or "inet:18890@127.0.0.1"
end

function mtlib.check(cond, what)
  if not cond then error("failed: " .. what) end
end

-- Connects, sends connect info, macros, HELO, MAIL, RCPT; returns the connection.
function mtlib.start(qid, rcpt)
  local conn = mt.connect(mtlib.socket(), 40, 0.25)
  mtlib.check(conn ~= nil, "connect")
  mt.macro(conn, SMFIC_CONNECT, "{client_addr}", "192.0.2.10", "{daemon_name}", "mt")
  mtlib.check(mt.conninfo(conn, "client.example.test", "192.0.2.10") == nil, "conninfo")
  mtlib.check(mt.helo(conn, "client.example.test") == nil, "helo")
  mt.macro(conn, SMFIC_MAIL, "i", qid, "{auth_authen}", "")
  mtlib.check(mt.mailfrom(conn, "<sender@example.test>") == nil, "mailfrom")
  mtlib.check(mt.rcptto(conn, rcpt or "<bob@remote.test>") == nil, "rcptto")
  return conn
end

function mtlib.headers(conn, list)
  for _, h in ipairs(list) do
    mtlib.check(mt.header(conn, h[1], h[2]) == nil, "header " .. h[1])
  end
  mtlib.check(mt.eoh(conn) == nil, "eoh")
end

-- Sends a body in chunks of `size` bytes.
function mtlib.body(conn, text, size)
  local i = 1
  while i <= #text do
    mtlib.check(mt.bodystring(conn, string.sub(text, i, i + size - 1)) == nil, "body chunk")
    i = i + size
  end
end

function mtlib.phi_body()
  return "Hello,\r\nPatient: Maria Lopez, DOB 03/14/1962, diagnosis: type 2 diabetes (E11.9)\r\n" ..
         "SSN: " .. (os.getenv("MT_SSN") or "536-90-4399") .. "\r\nThanks\r\n"
end

function mtlib.clean_body()
  return "Hi team,\r\nThe weekly meeting moves to Thursday at 10:00 in room 4.\r\nAgenda to follow.\r\n"
end

-- True when the end-of-message reply lets the message through.
function mtlib.passed(conn)
  local r = mt.getreply(conn)
  return r == SMFIR_CONTINUE or r == SMFIR_ACCEPT
end
