# Zeek test language.blank-expr-errors, its fourth part (testing/btest/language/blank-expr-errors.zeek)
# Ensure _ can not referenced when it's a const in an export section.
# Adding the const _ isn't an error though.
module MyModule;

export {
	const _: count = 1;
}

event zeek_init()
	{
	print MyModule::_;
	}
