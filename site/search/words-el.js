gazetteSearch.words("el",[["election",0]]);
