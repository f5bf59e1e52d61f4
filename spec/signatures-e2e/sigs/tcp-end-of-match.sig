signature with-msg {
  ip-proto == tcp
  payload /.*portability.*/
  event "message"
}
signature my-custom-event {
  ip-proto == tcp
  payload /.*portability.*/
  event DataEndOffset::portability_match
}
signature my-custom-event2 {
  ip-proto == tcp
  payload /.*portability.*/
  event DataEndOffset::portability_match_with_msg "custom message"
}
