print |1.2.3.4|, |[::1]|, is_v4_addr(1.2.3.4), is_v6_addr([::1]), is_v4_addr([::ffff:1.2.3.4]);
