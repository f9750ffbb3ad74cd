gazetteSearch.words("p",[["p",0]]);
