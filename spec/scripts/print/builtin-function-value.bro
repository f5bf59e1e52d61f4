# A built-in used as a value prints its name, like a script function (print/function-values.bro).
event zeek_init() { local f = to_upper; print f("abc"), f, fmt; }
