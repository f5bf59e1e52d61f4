# Zeek test bifs.enum_names (testing/btest/bifs/enum_names.zeek); set order is insertion order (declaration, then redef)
type Color: enum { RED, GREEN, BLUE };
type ColorAlias: Color;

redef enum Color += { PURPLE };

module Monochrome;

type Color: enum { WHITE, BLACK };


print "with types";
print enum_names(Color);
print enum_names(ColorAlias);
print enum_names(Monochrome::Color);

print "with strings";
print enum_names("Color");
print enum_names("ColorAlias");
print enum_names("Monochrome::Color");
