global h: hook();
hook h() &priority = 1 { print "a"; return; }
hook h() { print "b"; }
if ( hook h() ) print "done";
