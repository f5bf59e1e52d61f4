@load nosuchfile
