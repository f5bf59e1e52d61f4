function f(a: count, b: string &default = "dflt"): string { return fmt("%d-%s", a, b); }
print f(1), f(2, "x");
