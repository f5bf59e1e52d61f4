event zeek_init() { local a: any = "s"; print a as count; }
