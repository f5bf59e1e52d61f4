@deprecated
# Helper of at-deprecated.bro (the Zeek test's baz.zeek)
