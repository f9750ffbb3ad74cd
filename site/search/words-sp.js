gazetteSearch.words("sp",[["spike",0,4]]);
