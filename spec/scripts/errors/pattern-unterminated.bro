local p = /abc
;
