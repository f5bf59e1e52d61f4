global s: set[string];
add s["x"];
add s["x"];
add s["y"];
print |s|;
delete s["x"];
delete s["nope"];
print |s|, "y" in s;
