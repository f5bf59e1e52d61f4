##! What a default (non-bare) run loads after init-bare.bro: the parts of Zeek's base
##! scripts rxbro has (policy/base/README.md).

@load base/utils/site
# Zeek's base/utils helpers, which its default run loads too (docs/zeek-utils.md).
@load base/utils/addrs
@load base/utils/conn-ids
@load base/utils/directions-and-hosts
@load base/utils/email
@load base/utils/files
@load base/utils/numbers
@load base/utils/paths
@load base/utils/patterns
@load base/utils/queue
@load base/utils/strings
@load base/utils/thresholds
@load base/utils/time
@load base/utils/urls
# conn.log's stream (Conn::Info, Conn::LOG, c$conn); the engine still writes conn.log directly unless a
# script uses it (docs/logging.md).
@load base/protocols/conn/main
# Zeek's PacketFilter framework: packet_filter.log and the capture_filters/restrict_filters redefs.
@load base/frameworks/packet-filter
