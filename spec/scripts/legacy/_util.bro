type Kind: enum { UNKNOWN };
module Util;
export { const greeting = "hi" &redef; }
