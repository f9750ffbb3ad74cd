gazetteSearch.words("a",[["a",0,2,2]]);
