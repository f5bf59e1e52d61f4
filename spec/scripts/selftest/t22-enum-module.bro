type E1: enum { ONE };
module TEST;
type E2: enum { TWO };
print ONE;
print TWO;
