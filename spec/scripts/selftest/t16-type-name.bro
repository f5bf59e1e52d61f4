print type_name(-3);
print type_name(5hr);
print type_name(set(1, 2, 3));
print type_name(vector(1, 2, 3));
print type_name([fe80:1234::]/32);
