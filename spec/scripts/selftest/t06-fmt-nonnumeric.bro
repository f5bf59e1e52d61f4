print fmt("*%10s*", 3hr);
print fmt("*%10x*", 127.0.0.1);
print fmt("*%10s*", 160/tcp);
print fmt("*%10s*", /^foo|bar/);
