function twice(f: function(x: count): count, v: count): count { return f(f(v)); }
function inc(x: count): count { return x + 1; }
print twice(inc, 5);
