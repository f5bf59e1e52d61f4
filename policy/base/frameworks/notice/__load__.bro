##! base/frameworks/notice: rxbro's notice framework subset (policy/notice.bro).

@load notice
