print set(42);
print table([4] = vector("1"), [5] = vector());
