type R: record { a: count; };
local r = R($a = 1);
delete r$a;
