gazetteSearch.words("s",[["s",0,2,2]]);
