@load ./_helper
@load ./_helper.bro
print helper_value;
