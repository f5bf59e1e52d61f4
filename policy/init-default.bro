##! What a default (non-bare) run loads after init-bare.bro: the parts of Zeek's base
##! scripts rxbro has (policy/base/README.md).

@load base/utils/site
# conn.log's stream (Conn::Info, Conn::LOG, c$conn); the engine still writes conn.log directly unless a
# script uses it (docs/logging.md).
@load base/protocols/conn/main
