# Bro 1.x alarm statement (printed like print); alarm is not a reserved word.
global alarm = "x";
alarm "legacy", 1;
print alarm;
