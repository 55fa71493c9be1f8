# Sourced by tests/e2e/run.sh and Benchmarks/milter.sh: a private Postfix instance under a
# directory of its own, listening on 127.0.0.1 only, logging to a file (no syslog, no systemd).
#
# private_postfix_init DIR HOSTNAME RELAYPORT
#   creates DIR/{etc,spool,data}, copies Debian's master.cf (it has the postlog service that
#   maillog_file needs), writes the base main.cf relaying to 127.0.0.1:RELAYPORT, turns chroot
#   off and removes the public smtp listener. Callers append their own main.cf lines and add
#   their smtpd listeners with `postconf -c DIR/etc -M`.
private_postfix_init() {
  local d=$1 host=$2 relay=$3
  mkdir -p "$d/etc" "$d/spool" "$d/data"
  chown postfix "$d/data"            # master refuses a data_directory postfix does not own
  cp /etc/postfix/master.cf "$d/etc/"
  cat > "$d/etc/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $d/spool
data_directory = $d/data
myhostname = $host
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
relayhost = [127.0.0.1]:$relay
maillog_file = $d/maillog
maillog_file_prefixes = $d
milter_default_action = tempfail
CF
  postconf -c "$d/etc" -F '*/*/chroot = n'
  postconf -c "$d/etc" -M# smtp/inet
}
