# Dependencies (same direction, reverse, negated), payload-size and tcp-state on get.pcap.
signature get { ip-proto == tcp payload /GET / tcp-state originator event "get" }
signature get-then-host { ip-proto == tcp payload /.*Host: bro\.org/ requires-signature get event "get-then-host" }
signature reply-after-get { ip-proto == tcp payload /HTTP\/1\.1 200/ requires-reverse-signature get tcp-state responder,established event "reply-after-get" }
signature no-post { ip-proto == tcp payload /HTTP\// requires-reverse-signature ! post event "no-post" }
signature post { ip-proto == tcp payload /POST / event "post" }
signature small-request { ip-proto == tcp payload /GET/ payload-size < 200 event "small-request" }
signature big-request-nomatch { ip-proto == tcp payload /GET/ payload-size > 200 event "big-request-nomatch" }
signature same-ip-nomatch { ip-proto == tcp same-ip event "same-ip-nomatch" }
