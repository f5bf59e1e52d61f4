const c: count = 1 &persistent;
