gazetteSearch.words("i",[["i",2,2]]);
