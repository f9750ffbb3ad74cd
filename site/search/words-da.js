gazetteSearch.words("da",[["dannel",0]]);
