# &default_insert stores the produced default; &default does not (§7.5).
global a: table[string] of count &default = 5;
global b: table[string] of count &default_insert = 7;
print a["x"], "x" in a, b["x"], "x" in b, |b|;
