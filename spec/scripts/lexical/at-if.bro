const debug = F;
@if ( debug )
print "debug";
@else
print "release";
@endif
@ifdef ( debug )
print "defined";
@endif
@ifndef ( nosuch )
print "not defined";
@endif
