# Zeek test bifs.fmt_ftp_port (testing/btest/bifs/fmt_ftp_port.zeek)
event bro_init()
	{
	local a = 192.168.0.2;
	local b = 257/tcp;
	print fmt_ftp_port(a, b);

	a = [fe80::1234];
	print fmt_ftp_port(a, b);
	}
