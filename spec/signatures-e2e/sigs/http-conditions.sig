# URI, header and body conditions on get.pcap; body matching is not bounded by dpd_buffer_size.
signature uri { http-request /\/download\/CHANGES\.bro-aux\.txt/ event "uri" }
signature uri-unanchored-nomatch { http-request /CHANGES/ event "uri-unanchored-nomatch" }
signature req-header { http-request-header /User-Agent: Wget/ event "req-header" }
signature reply-header { http-reply-header /Content-Type: text\/plain/ event "reply-header" }
signature reply-body { http-reply-body /.*Fix parallel make portability/ event "reply-body" }
signature req-body-nomatch { http-request-body /.*/ event "req-body-nomatch" }
