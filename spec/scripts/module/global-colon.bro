global x = "global";
module M;
global x = "M";
print x, ::x, M::x;
