# Sourced by the end-to-end scripts: start_with_sinks PORT adds the encrypt transport to the
# private Postfix in $D, starts the relay sink on $SINK and the gateway sink on $GW (dumping each
# message under $D/sink and $D/gw), starts Postfix (check "postfix starts") and waits until its
# smtpd on PORT answers.
start_with_sinks() {
  postconf -c "$D/etc" -M 'encrypt/unix = encrypt unix - - n - - smtp'
  postconf -c "$D/etc" -P 'encrypt/unix/smtp_tls_security_level=may' 'encrypt/unix/syslog_name=postfix/encrypt'
  smtp-sink -u postfix -d "$D/sink/%M." 127.0.0.1:$SINK 50 & echo $! > "$D/sink.sinkpid"
  smtp-sink -u postfix -d "$D/gw/%M." 127.0.0.1:$GW 50 & echo $! > "$D/gw.sinkpid"
  if postfix -c "$D/etc" check && postfix -c "$D/etc" start >/dev/null 2>&1; then ok "postfix starts"
  else notok "postfix starts"; fi
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && break; sleep 0.1; done
}
