local a: any = 5;
print a, a as count + 1, a is count, a is string, type_name(a);
