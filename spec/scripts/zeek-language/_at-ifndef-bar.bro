# Helper for at-ifndef.bro (the Zeek test's bar.zeek, loaded first).
module Bar;

export {
  option exists = T;
}
