##! base/frameworks/notice/weird: in Zeek the weird part of the notice framework (weird.log).
##! rxbro writes weird.log from the notice framework subset, so this loads that.

@load base/frameworks/notice
