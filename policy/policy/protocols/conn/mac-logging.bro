##! policy/protocols/conn/mac-logging: conn.log gets orig_l2_addr and resp_l2_addr, the
##! link-layer addresses of each side's first packet (unset without a link layer).
##! rxbro writes conn.log in TypeScript; loading this turns the two columns on.

@load base/protocols/conn

module Conn;

# The same two columns when conn.log goes through its stream (docs/logging.md).
redef record Info += {
	orig_l2_addr: string &log &optional;
	resp_l2_addr: string &log &optional;
};
