gazetteSearch.words("20",[["2011",0],["2015",0]]);
