# engine.md 5.13.3: port lists, ranges and comparisons.
signature src-port-range { src-port == 29997-29999,30001-30002,30003 event "src-port-range" }
signature dst-port-lt { dst-port < 13001 event "dst-port-lt" }
signature dst-port-gt-nomatch { dst-port > 13000 event "dst-port-gt-nomatch" }
signature src-port-ne-list { src-port != 22,23,24,25 event "src-port-ne-list" }
