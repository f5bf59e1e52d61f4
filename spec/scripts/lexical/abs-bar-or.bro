# Inside |...|, a '|' followed by something that can only start an operand is the binary "or" (Zeek test
# language.set: |b | set(1,7,2,9)|); otherwise it closes the bracket.
local a = set(1, 5, 7);
local b = set(1, 2);
print |b | set(1, 7, 2, 9)|, |a & b| == |b | a|;
print |a| - 1, |a|+|b|, |b | a| * 2;
local i = -3;
print |i| == 3, |i|, |-5|;
