print fmt("a\tb");
print fmt("%s and %s", 1, "a");
print fmt("%d", 80/tcp), fmt("%x", 255), fmt("%5d|", 42);
