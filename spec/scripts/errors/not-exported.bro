module A;
global secret = 1;
module B;
print A::secret;
