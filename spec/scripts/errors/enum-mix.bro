type E: enum { A, B = 2 };
