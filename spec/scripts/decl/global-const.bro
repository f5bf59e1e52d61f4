global x = 5;
const y = 6;
global z: count;
x = x + y;
print x, y;
