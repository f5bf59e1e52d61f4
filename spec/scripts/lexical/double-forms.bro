print 3., 3.0, 3e0, 3E0, 3e+0, 3e-0, .03E2;
print 1.5 == 15e-1;
