function d(k: string): string { return "def-" + k; }
global t: table[string] of string &default = d;
print t["x"];
