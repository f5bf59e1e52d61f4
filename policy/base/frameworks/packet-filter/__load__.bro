##! base/frameworks/packet-filter: Zeek's PacketFilter framework (docs/filters.md). Default runs
##! load it through init-default.bro; a bare run gets it (and packet_filter.log) by loading this.

@load ./utils
@load ./main
@load ./netstats
