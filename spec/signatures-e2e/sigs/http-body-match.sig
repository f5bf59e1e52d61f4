signature http_request_body_AB_prefix {
  http-request-body /^AB/
  event "http_request_body_AB_prefix"
}
signature http_request_body_AB_then_CD {
  http-request-body /AB/
  http-request-body /CD/
  event "http_request_body_AB_then_CD"
}
signature http_request_body_AB_only {
  http-request-body /^AB$/
  event "http_request_body_AB_only"
}
signature http_reply_body_CD_prefix {
  http-reply-body /^CD/
  event "http_reply_body_CD_prefix"
}
signature http_reply_body_CD_only {
  http-reply-body /^CD$/
  event "http_reply_body_CD_only"
}
