gazetteSearch.words("t",[["t",2]]);
