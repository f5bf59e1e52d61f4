print /x/i, /x/s;
