type foo: enum { a, b };
module test;
redef enum foo += { c };
export { type bar: enum { d }; }
print a, b, c, d;
