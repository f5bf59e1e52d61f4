# engine.md 5.13.7: every UDP payload is matched from the start state, anchored.
signature xxxx { ip-proto == udp payload /XXXX/ event "Found XXXX" }
signature bol-xxxx { ip-proto == udp payload /^XXXX/ event "Found ^XXXX" }
signature any-xxxx { ip-proto == udp payload /.*XXXX/ event "Found .*XXXX" }
signature yyyy { ip-proto == udp payload /yyyy/i event "Found YYYY" }
signature bol-yyyy { ip-proto == udp payload /^YYYY/ event "Found ^YYYY" }
signature any-yyyy { ip-proto == udp payload /.*YYYY/ event "Found .*YYYY" }
signature nope { ip-proto == udp payload /.*nope/ event "Found .*nope" }
