# Zeek tests bifs.md5, bifs.sha1, bifs.sha256 (testing/btest/bifs/*.test), with the opaque-handle API of current Zeek
print md5_hash("one");
print md5_hash("one", "two", "three");

local a = md5_hash_init();
local b = md5_hash_init();

md5_hash_update(a, "one");
md5_hash_update(b, "one");
md5_hash_update(b, "two");
md5_hash_update(b, "three");

print md5_hash_finish(a);
print md5_hash_finish(b);

print sha1_hash("one");
print sha1_hash("one", "two", "three");
local c = sha1_hash_init();
sha1_hash_update(c, "one");
print sha1_hash_finish(c);

print sha256_hash("one");
print sha256_hash("one", "two", "three");
local d: opaque of sha256 = sha256_hash_init();
sha256_hash_update(d, "one");
sha256_hash_update(d, "two");
sha256_hash_update(d, "three");
print sha256_hash_finish(d);
print type_name(d);
