# Zeek test language.record-ref-assign (testing/btest/language/record-ref-assign.zeek)
type State: record {
	host: string &default="NOT SET";
};

global session: State;
global s: State;
s = session;
s$host = "XXX";
print s$host, session$host;
