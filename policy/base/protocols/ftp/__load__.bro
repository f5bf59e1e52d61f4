##! base/protocols/ftp: rxbro has no ftp analyzer yet. Loading this gives the
##! connection layer what Zeek's script registers with it: its server ports join
##! likely_server_ports (engine.md 2.2).
