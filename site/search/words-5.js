gazetteSearch.words("5",[["5",0]]);
