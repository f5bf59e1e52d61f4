type Color: enum { Red };
redef enum Color += { Pink, Gray };
print Pink, |Gray|;
