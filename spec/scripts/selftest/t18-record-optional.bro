type R: record { i: int &optional; j: int &optional; k: int &optional; };
print R($i = +10);
