# Zeek test language.expire_multiple (testing/btest/language/expire_multiple.test): rxbro accepts what Zeek rejects
global s: set[string] &create_expire=1secs &read_expire=1secs;
