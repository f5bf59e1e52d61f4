module Util;
export { global double_it: function(x: count): count; }
function double_it(x: count): count { return 2 * x; }
module GLOBAL;
print Util::double_it(4);
