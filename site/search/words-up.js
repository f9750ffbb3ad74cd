gazetteSearch.words("up",[["up",0,2]]);
