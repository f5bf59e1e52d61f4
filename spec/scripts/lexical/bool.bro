print T, F, T && F, T || F, !T;
