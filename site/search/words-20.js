gazetteSearch.words("20",[["2011",0]]);
