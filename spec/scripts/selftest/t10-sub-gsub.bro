print sub("this is a test", /is|ss/, "at");
print gsub("this is a test", /is|ss/, "at");
print sub("test", /^est/, "ea");
print gsub("test test", /test$/, "tea");
