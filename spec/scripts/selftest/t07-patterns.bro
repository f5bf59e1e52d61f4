local s = "foo";
print /a/, /a/ in s;
print /o/, /o/ in s;
