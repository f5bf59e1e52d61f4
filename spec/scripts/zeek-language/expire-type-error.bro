# Zeek test language.expire-type-error (testing/btest/language/expire-type-error.zeek)
global data: table[int] of string &write_expire="kaputt";
