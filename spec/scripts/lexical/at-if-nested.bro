@if ( T )
@if ( F )
print "no";
@else
print "inner else";
@endif
@endif
