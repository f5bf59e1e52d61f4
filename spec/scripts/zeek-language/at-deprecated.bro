# Zeek test language.at-deprecated (testing/btest/language/at-deprecated.zeek): its foo.zeek; bar.zeek and baz.zeek
# are _at-deprecated-bar.bro and _at-deprecated-baz.bro
@deprecated
@load ./_at-deprecated-bar
@load ./_at-deprecated-baz
