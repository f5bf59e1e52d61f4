print -2hr, -5sec;
