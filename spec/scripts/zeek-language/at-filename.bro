# Zeek test language.at-filename (testing/btest/language/at-filename.zeek)
print @FILENAME;
