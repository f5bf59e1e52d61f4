print strstr("this is a test", "his"), strstr("this is a test", "are");
print to_lower("this is a Test");
print to_upper("this is a Test");
