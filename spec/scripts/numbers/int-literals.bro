print -5, +5, type_name(+5), type_name(-5);
