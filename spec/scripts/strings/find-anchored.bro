# find_all, find_all_ordered and find_first try a match at every byte with `^` allowed there (Zeek's MatchPrefix
# per position, which Zeek's base/utils/urls relies on); split_string and gsub honour `^` (Zeek 6.2 and later).
print find_all("https://a.com x https://b.com", /^https?:\/\/[a-z.]+/);
print find_all_ordered("ab ab", /^a/), find_first("xab", /^a/), find_last("xab", /^a/);
print split_string("ab ab", /^a/), gsub("ab ab", /^a/, "-");
