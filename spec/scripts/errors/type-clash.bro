local x: count = "s";
