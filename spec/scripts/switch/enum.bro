type E: enum { A, B, C };
function f(e: E): string { switch ( e ) { case A: return "a"; case B, C: return "bc"; } return "none"; }
print f(A), f(C);
