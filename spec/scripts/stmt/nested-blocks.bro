local x = 1;
{
	local y = x + 1;
	{
		print y;
	}
}
