# Zeek test bifs.record_type_to_vector (testing/btest/bifs/record_type_to_vector.zeek)
type myrecord: record {
  ct: count;
  str1: string;
};

event zeek_init()
	{
	print record_type_to_vector("myrecord");
	}
