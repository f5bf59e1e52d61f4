local x = 5;
print x > 3 ? "yes" : "no", x < 3 ? 1 : 2.5;
