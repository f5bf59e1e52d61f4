@deprecated "Use '@load qux' instead"
# Helper of at-deprecated.bro (the Zeek test's bar.zeek)
