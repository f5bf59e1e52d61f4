signature blah {
  ip-proto == tcp
  src-port == 21
  payload /.*/
  eval mark_conn
}
