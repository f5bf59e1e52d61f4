global h: hook();
print hook h();
