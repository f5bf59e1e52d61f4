print [0xaaaa::bbbb], [::], [::1];
