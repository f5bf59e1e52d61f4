# Zeek test language.container-option-init (testing/btest/language/container-option-init.zeek)
# Ensures that an error doesn't print out for option variables
# that are containers. These get automatically initialized so
# there's no need to manually initialize them. (The Zeek test's `list of count` option, a removed type, is left out.)

option foo: set[count] &redef;
option foo2: table[count] of count &redef;
option foo3: vector of count &redef;

print |foo|;
print |foo2|;
print |foo3|;
