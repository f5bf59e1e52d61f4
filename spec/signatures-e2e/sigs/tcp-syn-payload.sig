# engine.md 5.13.13: data in a SYN or SYN+ACK is the start of the stream.
signature test-signature {
    ip-proto == tcp
    dst-port = 80
    payload /.*passwd/
    event "payload of dst-port=80/tcp contains 'passwd'"
}
