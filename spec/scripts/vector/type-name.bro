print type_name(vector("a"));
