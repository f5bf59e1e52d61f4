# from_json reads to_json's own port form {"port":n,"proto":"tcp"} as well as "80/tcp" (round trip)
type port_t: port; event zeek_init() { print from_json("{\"port\":80,\"proto\":\"tcp\"}", port_t); print from_json(to_json(53/udp), port_t); print from_json("{\"port\":80}", port_t); }
