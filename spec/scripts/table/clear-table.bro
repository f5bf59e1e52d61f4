global t: table[count] of count = { [1] = 2 };
clear_table(t);
print |t|;
