@if ( getenv("RXBRO_SURELY_UNSET_VARIABLE") == "" )
print "unset";
@endif
