##! base/frameworks/signatures: rxbro's signature framework subset (policy/signatures.bro).

@load signatures
