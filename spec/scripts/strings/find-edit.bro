# Zeek's find_all (set, tests bifs.find_all), find_all_ordered (vector, bifs.find_all_ordered), edit (bifs.edit),
# starts_with/ends_with and bytestring_to_hexstr (bifs.bytestring_to_hexstr).
local a = "this is a test";
print find_all(a, /hi|es/), |find_all(a, /aa|bb/)|;
print find_all_ordered("a1b22c333", /[0-9]+/), find_all("xaxa", /a/);
print edit("hello there", "e");
print starts_with(a, "this"), starts_with(a, "is"), ends_with(a, "test"), ends_with(a, "tes");
print bytestring_to_hexstr("04"), bytestring_to_hexstr(""), bytestring_to_hexstr("\xff\x00A");
