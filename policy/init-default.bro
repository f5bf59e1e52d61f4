##! What a default (non-bare) run loads after init-bare.bro: the parts of Zeek's base
##! scripts rxbro has (policy/base/README.md).

@load base/utils/site
