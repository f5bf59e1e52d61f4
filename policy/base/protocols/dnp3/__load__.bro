##! base/protocols/dnp3: rxbro has no dnp3 analyzer yet. Loading this gives the
##! connection layer what Zeek's script registers with it: its server ports join
##! likely_server_ports (engine.md 2.2).
