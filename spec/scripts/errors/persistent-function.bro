global f: function(n: count): count &persistent;
