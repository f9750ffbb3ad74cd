gazetteSearch.words("is",[["is",0]]);
