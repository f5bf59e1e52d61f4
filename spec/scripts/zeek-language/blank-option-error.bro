# Zeek test language.blank-option-error (testing/btest/language/blank-option-error.zeek)
module MyModule;

export {
	option _: count = 42;
}
