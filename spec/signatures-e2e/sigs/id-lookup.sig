signature id {
  ip-proto == udp_proto_number
  event "id"
}
signature idtable {
  dst-ip == mynets
  event "idtable"
}
