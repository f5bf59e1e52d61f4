type R: record { cc: count; };
local r = R($cc = 5.0);
