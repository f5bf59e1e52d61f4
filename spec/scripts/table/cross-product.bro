global s: set[port, string] = { [[80/tcp, 8080/tcp], "http"] };
print |s|, [8080/tcp, "http"] in s;
