type E: enum { A = 10, B = 20 };
print |A|, |B|;
