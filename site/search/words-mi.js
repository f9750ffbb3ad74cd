gazetteSearch.words("mi",[["mike",2]]);
