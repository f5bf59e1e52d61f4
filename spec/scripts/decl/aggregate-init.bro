global s: set[count];
global t: table[count] of string;
global v: vector of count;
print |s|, |t|, |v|;
