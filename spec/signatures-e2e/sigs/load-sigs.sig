signature my-sig {
ip-proto == tcp
payload /GET \/images/
event "works"
}
