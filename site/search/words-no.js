gazetteSearch.words("no",[["not",0]]);
