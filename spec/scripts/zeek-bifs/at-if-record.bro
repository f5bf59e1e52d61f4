# Zeek test language.at-if-record (testing/btest/language/at-if-record.zeek), its last variant with common.zeek inline
# Even more strange.
@if ( T )
type r: record {
  c: count;
@endif

@if ( F )
  d: double &default=1.0;;
};
@else
  d: double &default=42.0;
};
@endif
event zeek_init()
	{
	print "r", record_fields(r);
	}
