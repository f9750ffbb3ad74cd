gazetteSearch.words("3",[["3",0]]);
