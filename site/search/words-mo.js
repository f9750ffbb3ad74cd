gazetteSearch.words("mo",[["monday",0]]);
