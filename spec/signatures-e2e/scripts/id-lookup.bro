##! Script constants the id-lookup signatures name (engine.md 5.13.11).
const udp_proto_number = 17;
const mynets: set[subnet] = { 192.168.1.0/24, 10.0.0.0/8, 127.0.0.0/24 };
