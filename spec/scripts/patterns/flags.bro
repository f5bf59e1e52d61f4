print /fOO/i in "xfoox", /"fOO"/i in "xFoObar", /a.b/s == "a\nb", /a.b/ == "a\nb";
