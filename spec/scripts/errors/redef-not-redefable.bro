const c = 1;
redef c = 2;
