global f: function(a: count): count;
function f(a: count): count { return a * 2; }
print f(21);
