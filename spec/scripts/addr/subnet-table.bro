global nets: table[subnet] of string = { [10.0.0.0/8] = "ten", [10.1.0.0/16] = "ten-one" };
print nets[10.1.2.3], nets[10.2.0.1], 10.9.9.9 in nets, 11.0.0.1 in nets;
