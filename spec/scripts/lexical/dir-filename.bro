# @DIR and @FILENAME are string constants of the current script (§1.5).
print @FILENAME, /spec\/scripts\/lexical$/ in @DIR;
