gazetteSearch.words("m",[["m",4]]);
