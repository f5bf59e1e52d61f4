# Zeek test language.expire_func (testing/btest/language/expire_func.test)
# @args: -C -r ../shared/traces/zeek/var-services-std-ports.pcap
function inform_me(s: set[string], idx: string): interval
    {
    print fmt("expired %s", idx);
    return 0secs;
    }

global s: set[string] &create_expire=1secs &expire_func=inform_me;

event zeek_init()
    {
    add s["i"];
    add s["am"];
    add s["here"];
    }

event new_connection(c: connection)
    {
    add s[fmt("%s", c$id)];
    print s;
    }
