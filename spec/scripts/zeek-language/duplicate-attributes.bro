# Zeek test language.duplicate-attributes (testing/btest/language/duplicate-attributes.zeek)
global a: table[count] of count &default = 10 &default = 9;
global b: table[count] of count &deprecated &deprecated;
global c: table[count] of count &deprecated="a" &deprecated;
global d: table[count] of count &deprecated &deprecated="a";
global e: table[count] of count &redef &redef;
