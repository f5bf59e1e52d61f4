print 1 +;
print ) ;
