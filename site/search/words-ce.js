gazetteSearch.words("ce",[["center",0]]);
