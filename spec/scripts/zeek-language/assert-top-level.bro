# Zeek test language.assert-top-level (testing/btest/language/assert-top-level.zeek)
assert getpid() > 0;
assert getpid() == 0, fmt("my pid greater 0? %s", getpid() > 0);
