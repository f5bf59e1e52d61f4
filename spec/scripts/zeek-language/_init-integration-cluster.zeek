# Stand-in for Zeek's base/frameworks/cluster (rxbro has none): just the two types language.init-integration
# uses, with the fields its baseline prints.
module Cluster;

export {
	type NodeType: enum { NONE, CONTROL, MANAGER, LOGGER, PROXY, WORKER, };

	type Node: record {
		node_type: NodeType;
		ip: addr;
		zone_id: string &default="";
		p: port &default=0/unknown;
		manager: string &optional;
		id: string &optional;
		metrics_port: port &optional;
	};
}
